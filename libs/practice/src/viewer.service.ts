import { Injectable } from '@nestjs/common';
import { AuthUser, bearerToken, IdentityContext, IdentityException, TokensService } from '@prepstack/identity';

/**
 * Who is asking, on fields that anonymous callers may read too (the personal fields of a
 * Prompt): the signed-in user, or null without a token. A token that is there but unusable
 * (expired, revoked, malformed) is an error, as behind GqlAuthGuard, so a client learns to
 * refresh rather than silently losing its personal fields.
 */
@Injectable()
export class ViewerService {
  // One check per operation however many fields ask: keyed by the GraphQL context object.
  private readonly viewers = new WeakMap<object, Promise<AuthUser | null>>();

  constructor(private readonly tokens: TokensService) {}

  /** @throws IdentityException UNAUTHENTICATED (INVALID, EXPIRED, REVOKED) for a token that does not work */
  viewer(context: IdentityContext): Promise<AuthUser | null> {
    if (context.user) return Promise.resolve(context.user);
    let viewer = this.viewers.get(context);
    if (!viewer) {
      viewer = this.authenticate(context);
      this.viewers.set(context, viewer);
    }
    return viewer;
  }

  private async authenticate(context: IdentityContext): Promise<AuthUser | null> {
    const token = context.wsAuthToken ?? bearerToken(context.req?.headers?.authorization);
    if (token === undefined) return null;
    if (token === '') throw IdentityException.unauthenticated('INVALID');
    const user = await this.tokens.authenticate(token);
    context.user ??= user;
    return user;
  }
}
