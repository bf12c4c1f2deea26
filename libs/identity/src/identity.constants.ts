/** Lifetime of an access token (JWT), in ms: 15 minutes. */
export const ACCESS_TOKEN_TTL_MS = 15 * 60_000;

/** Lifetime of a refresh token, in ms: 30 days from its issue; each rotation starts a new one. */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3_600_000;

/** Injection token of the HS256 key (bytes) that signs access tokens. */
export const JWT_KEY = Symbol('JWT_KEY');

/** `iss` and `aud` of our access tokens. */
export const JWT_ISSUER = 'prepstack';
export const JWT_AUDIENCE = 'prepstack-api';

/** Channel scope of a user's account events: `account:<userId>`. */
export const ACCOUNT_CHANNEL = 'account';
