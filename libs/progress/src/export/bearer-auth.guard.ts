import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AuthUser, bearerToken, IdentityException, TokensService } from '@prepstack/identity';

/** An HTTP request a {@link BearerAuthGuard} let through. */
export type AuthenticatedRequest = Request & { user: AuthUser };

/**
 * Lets a plain HTTP route (not GraphQL) through only with a valid access token in
 * `Authorization: Bearer <token>`, checked as GraphQL's guard checks it (TokensService), and
 * puts the user on `req.user`.
 *
 * @throws IdentityException UNAUTHENTICATED with `reason` MISSING, INVALID, EXPIRED or REVOKED
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(private readonly tokens: TokensService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) throw IdentityException.unauthenticated('MISSING');
    if (token === '') throw IdentityException.unauthenticated('INVALID');
    req.user = await this.tokens.authenticate(token);
    return true;
  }
}
