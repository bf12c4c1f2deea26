import { DomainException, ErrorCode } from '@prepstack/platform';

/** Why a token was refused; sent as `extensions.reason` so a client knows whether to refresh. */
export type TokenRejection = 'MISSING' | 'INVALID' | 'EXPIRED' | 'REVOKED' | 'REUSED';

/** Errors identity raises; mapped to GraphQL errors by the platform's one mapping. */
export class IdentityException extends DomainException {
  /** No usable access token: missing, malformed, tampered, expired or of a revoked session. */
  static unauthenticated(reason: TokenRejection): IdentityException {
    const message =
      reason === 'MISSING'
        ? 'sign in first: send an access token (Authorization: Bearer <token>, or authToken in connectionParams)'
        : reason === 'EXPIRED'
          ? 'the access token has expired; refresh it'
          : 'the access token is not valid; sign in again';
    return new IdentityException(ErrorCode.UNAUTHENTICATED, message, { reason });
  }

  /** The refresh token is unknown, expired, of a revoked session, or was already used (reuse). */
  static refreshRejected(reason: Exclude<TokenRejection, 'MISSING'>): IdentityException {
    const message =
      reason === 'REUSED'
        ? 'this refresh token was already used; every token of its sign-in has been revoked, sign in again'
        : 'the refresh token is not valid; sign in again';
    return new IdentityException(ErrorCode.UNAUTHENTICATED, message, { field: 'token', reason });
  }

  /** The same error for an unknown email and a wrong password (no user enumeration). */
  static invalidCredentials(): IdentityException {
    return new IdentityException(ErrorCode.UNAUTHENTICATED, 'email or password is incorrect', { reason: 'INVALID_CREDENTIALS' });
  }

  static emailTaken(field: string): IdentityException {
    return new IdentityException(ErrorCode.CONFLICT, `${field}: an account with this email already exists`, { field });
  }

  /** @param retryAfter seconds until the next attempt can succeed */
  static rateLimited(retryAfter: number): IdentityException {
    return new IdentityException(ErrorCode.RATE_LIMITED, `too many failed sign-ins; try again in ${retryAfter} s`, { retryAfter });
  }

  static forbidden(message: string): IdentityException {
    return new IdentityException(ErrorCode.FORBIDDEN, message);
  }
}
