import { describe, expect, it } from 'vitest';
import { ApiError, errorAdvice, errorTitle, fieldError, fieldName } from './errors';

describe('ApiError.fromGraphQL', () => {
  it("keeps the API's code, field, reason, retryAfter and problems", () => {
    const e = ApiError.fromGraphQL(
      {
        message: 'input.email: must be an email address',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.email',
          problems: [
            { field: 'input.email', message: 'must be an email address' },
            { field: 'input.password', message: 'must be at least 10 characters' },
          ],
        },
      },
      'req-1',
    );
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details).toMatchObject({ field: 'input.email', requestId: 'req-1' });
    expect(fieldError(e, 'input.email')).toBe('must be an email address');
    expect(fieldError(e, 'input.password')).toBe('must be at least 10 characters');
    expect(fieldError(e, 'input.displayName')).toBeUndefined();
    expect(fieldName(e.details.field)).toBe('email');
  });

  it('strips the "field: " prefix of a domain error that names its field', () => {
    const e = ApiError.fromGraphQL({ message: 'input.email: an account with this email already exists', extensions: { code: 'CONFLICT', field: 'input.email' } });
    expect(fieldError(e, 'input.email')).toBe('an account with this email already exists');
  });

  it('treats an unknown or missing code as an internal error, with advice naming the request id', () => {
    const e = ApiError.fromGraphQL({ message: 'Internal server error', extensions: { code: 'SOMETHING_NEW' } }, 'abc');
    expect(e.code).toBe('INTERNAL_SERVER_ERROR');
    expect(errorAdvice(e)).toContain('abc');
  });

  it('has a headline for every code, with the wait for RATE_LIMITED', () => {
    const limited = ApiError.fromGraphQL({ message: 'too many failed sign-ins', extensions: { code: 'RATE_LIMITED', retryAfter: 125 } });
    expect(errorTitle(limited)).toBe('Too many attempts: try again in 3 min');
    expect(errorTitle(new ApiError('x', 'NETWORK'))).toBe('Cannot reach the server');
    expect(errorTitle(new ApiError('x', 'UNAUTHENTICATED', { reason: 'INVALID_CREDENTIALS' }))).toBe('Sign-in failed');
  });
});

describe('ApiError.fromHttp', () => {
  it("keeps the code, reason and status of a plain-HTTP route's error body", () => {
    const e = ApiError.fromHttp({ code: 'UNAUTHENTICATED', message: 'access token expired', reason: 'EXPIRED' }, 'req-2', 401);
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('UNAUTHENTICATED');
    expect(e.message).toBe('access token expired');
    expect(e.details).toMatchObject({ reason: 'EXPIRED', requestId: 'req-2', status: 401 });
  });

  it('treats an unknown code as an internal error', () => {
    expect(ApiError.fromHttp({ code: 'TEAPOT', message: 'no' }).code).toBe('INTERNAL_SERVER_ERROR');
  });
});
