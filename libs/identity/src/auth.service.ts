import { Injectable } from '@nestjs/common';
import { AccountEventsService } from './account-events.service';
import type { AuthUser } from './auth-user';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { IdentityException } from './identity.exception';
import { LoginThrottleService } from './login-throttle.service';
import { SessionRevokeReason } from './models/account-event.model';
import { AuthPayloadModel } from './models/auth-payload.model';
import { TokensService } from './tokens.service';
import { UsersService } from './users.service';

/** Registration, login, refresh and logout: the flows that hand out or take back tokens. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottleService,
    private readonly events: AccountEventsService,
  ) {}

  /**
   * Creates the account and signs it in.
   * @throws IdentityException CONFLICT on `input.email` when the email is taken
   */
  async register(input: RegisterInput): Promise<AuthPayloadModel> {
    const user = await this.users.register(input);
    return { ...(await this.tokens.startSession(user.id)), user };
  }

  /**
   * Signs in. The attempt is charged to the email's and the client address's rate limits
   * first; a success hands the charge back.
   *
   * @param address the client address (req.ip)
   * @throws IdentityException RATE_LIMITED with `retryAfter` (s); UNAUTHENTICATED
   *   (INVALID_CREDENTIALS), the same for an unknown email and a wrong password
   */
  async login(input: LoginInput, address: string): Promise<AuthPayloadModel> {
    const reservation = await this.throttle.reserve(this.throttle.keysFor(input.email, address));
    let user;
    try {
      user = await this.users.verifyCredentials(input.email, input.password);
    } catch (error) {
      await this.throttle.release(reservation); // our failure, not the client's
      throw error;
    }
    if (!user) throw IdentityException.invalidCredentials();
    await this.throttle.release(reservation);
    return { ...(await this.tokens.startSession(user.id)), user };
  }

  /**
   * Exchanges a refresh token for a new pair. Presenting an already used token revokes its
   * whole session and tells the user's clients (SESSION_REVOKED, reason REUSE).
   *
   * @throws IdentityException UNAUTHENTICATED on `token` with reason INVALID, EXPIRED, REVOKED or REUSED
   */
  async refresh(token: string): Promise<AuthPayloadModel> {
    const result = await this.tokens.rotate(token);
    if (!result.ok) {
      if (result.reason === 'REUSED') await this.events.sessionRevoked(result.userId, result.sessionId, SessionRevokeReason.REUSE);
      throw IdentityException.refreshRejected(result.reason);
    }
    return { ...result.tokens, user: await this.users.get(result.tokens.userId) };
  }

  /** Ends the caller's session: its refresh token and every access token of it stop working. */
  async logout(user: AuthUser): Promise<boolean> {
    if (await this.tokens.revokeSession(user.sessionId, SessionRevokeReason.LOGOUT)) {
      await this.events.sessionRevoked(user.id, user.sessionId, SessionRevokeReason.LOGOUT);
    }
    return true;
  }
}
