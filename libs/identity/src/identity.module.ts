import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@prepstack/platform';
import { AccountEventsService } from './account-events.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { GqlAuthGuard } from './guards/gql-auth.guard';
import { IdentityHousekeeping } from './identity-housekeeping.service';
import { JWT_KEY } from './identity.constants';
import { resolveJwtSecret } from './jwt-secret';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './passwords.service';
import { TokensService } from './tokens.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';
import { WsAuthenticator } from './ws-auth';

/**
 * Accounts and authorization: registration, login (rate limited), rotating refresh tokens,
 * and the guard that protects personal fields on HTTP and WebSocket. Features that serve
 * personal data import this module and use GqlAuthGuard and @CurrentUser().
 */
@Module({
  providers: [
    // A KeyObject made once: given raw bytes, jose would import an HMAC key on every verify.
    { provide: JWT_KEY, inject: [APP_CONFIG], useFactory: async (config: AppConfig) => createSecretKey(await resolveJwtSecret(config)) },
    PasswordService,
    UsersService,
    TokensService,
    LoginThrottleService,
    AccountEventsService,
    AuthService,
    AuthResolver,
    UsersResolver,
    GqlAuthGuard,
    WsAuthenticator,
    IdentityHousekeeping,
  ],
  exports: [GqlAuthGuard, TokensService, UsersService, WsAuthenticator],
})
export class IdentityModule {}
