import type { RequestLike } from './client-address';

/** Who is signed in, as @CurrentUser() gives it to resolvers on HTTP and WebSocket alike. */
export interface AuthUser {
  /** app_user id (UUID). */
  id: string;
  /** The sign-in (auth_session id) the access token belongs to. */
  sessionId: string;
  /** When the access token presented expires. */
  accessTokenExpiresAt: Date;
}

/**
 * The part of the GraphQL context identity reads and writes: the request (HTTP, or the
 * WebSocket upgrade), the token a WebSocket connected with, and the user a guard authenticated.
 */
export interface IdentityContext {
  req?: RequestLike & { headers?: Record<string, string | string[] | undefined> };
  /** Set on WebSocket operations: the connectionParams.authToken the socket was accepted with. */
  wsAuthToken?: string;
  /** Set by GqlAuthGuard. */
  user?: AuthUser;
}
