import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';

/** The fields of AuthPayload the tests read. */
export const AUTH_PAYLOAD = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email displayName }';

export const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { ${AUTH_PAYLOAD} } }`;
export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${AUTH_PAYLOAD} } }`;
export const REFRESH = `mutation Refresh($token: String!) { refreshToken(token: $token) { ${AUTH_PAYLOAD} } }`;

export interface RegisteredUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  accessToken: string;
  refreshToken: string;
  /** `{ authorization: 'Bearer <accessToken>' }` for TestApp.gql. */
  auth: Record<string, string>;
}

/** A unique, valid email for this test process. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(5).toString('hex')}@example.com`;
}

/** Registers a user over GraphQL (so it is signed in) with unique, valid defaults. */
export async function registerUser(
  t: TestApp,
  overrides: Partial<{ email: string; password: string; displayName: string }> = {},
): Promise<RegisteredUser> {
  const input = { email: uniqueEmail(), password: 'correct horse battery staple', displayName: 'Ada Lovelace', ...overrides };
  const res = await t.gql(REGISTER, { input });
  if (res.errors) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  const payload = res.data.register;
  return {
    id: payload.user.id,
    email: payload.user.email,
    password: input.password,
    displayName: payload.user.displayName,
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    auth: { authorization: `Bearer ${payload.accessToken}` },
  };
}
