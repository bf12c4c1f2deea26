import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IdentityContext } from '../auth-user';
import { IdentityException } from '../identity.exception';
import { TokensService } from '../tokens.service';

/**
 * The access token of a request: `Authorization: Bearer <token>`.
 * @returns undefined when there is no header; '' when the header is not a Bearer token
 */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header) : null;
  return match ? match[1] : '';
}

/**
 * Lets an operation through only for a signed-in user, on HTTP (`Authorization: Bearer`) and
 * on WebSocket (the `connectionParams.authToken` the socket was accepted with, checked again
 * for every operation so an expired or revoked token stops opening subscriptions). Puts the
 * user on the context for @CurrentUser(). Put it on every resolver that serves personal data,
 * class-level where all fields need it.
 *
 * @throws IdentityException UNAUTHENTICATED with `reason` MISSING, INVALID, EXPIRED or REVOKED
 */
@Injectable()
export class GqlAuthGuard implements CanActivate {
  constructor(private readonly tokens: TokensService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = GqlExecutionContext.create(context).getContext<IdentityContext>();
    if (ctx.user) return true; // another field of the same operation already checked it
    const token = ctx.wsAuthToken ?? bearerToken(ctx.req?.headers?.authorization);
    if (token === undefined) throw IdentityException.unauthenticated('MISSING');
    if (token === '') throw IdentityException.unauthenticated('INVALID');
    ctx.user = await this.tokens.authenticate(token);
    return true;
  }
}
