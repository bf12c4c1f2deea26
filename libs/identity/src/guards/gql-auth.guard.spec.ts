import { describe, expect, it } from 'vitest';
import { bearerToken } from './gql-auth.guard';

describe('bearerToken', () => {
  it('reads the token of a Bearer header, scheme in any case', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer   abc.def.ghi ')).toBe('abc.def.ghi');
  });

  it('tells a missing header from one that is not a Bearer token', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBe('');
    expect(bearerToken('Bearer')).toBe('');
    expect(bearerToken('Bearer a b')).toBe('');
    expect(bearerToken(['Bearer a', 'Bearer b'])).toBe('');
  });
});
