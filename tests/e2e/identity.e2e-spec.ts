import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@prepstack/platform';
import { LOGIN, REFRESH, REGISTER, registerUser, uniqueEmail } from '../harness/identity-factory';
import { GqlResponse, startTestApp, TestApp } from '../harness/test-app';

const ME = '{ me { id email displayName targetStack targetLevel timezone dailyGoal createdAt } }';
const UPDATE_PROFILE = `mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) { targetStack targetLevel timezone dailyGoal }
}`;
const LOGOUT = 'mutation { logout }';
const SECRET = 'an-e2e-test-secret-that-is-long-enough-0123456789';
const MINUTE = 60_000;

const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function expectError(res: GqlResponse, code: string, extensions: Record<string, unknown> = {}) {
  expect(res.errors, JSON.stringify(res.body)).toHaveLength(1);
  expect(res.errors![0].extensions).toMatchObject({ code, ...extensions });
  expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js:\d+|argon2|SELECT|INSERT/);
}

describe('accounts over HTTP', () => {
  let t: TestApp;
  const clock = new ManualClock();
  // Clients are told apart by X-Forwarded-For, which loopback (the test client) may set.
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    t.gql(LOGIN, { input: { email, password } }, headers);

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET: SECRET, TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES_PER_ADDRESS: '15' }, { clock });
  });
  afterAll(() => t?.close());

  describe('register → login → me', () => {
    it('registers with a normalised email, signs in with any casing, and reads the profile', async () => {
      const email = uniqueEmail('Ada');
      const reg = await t.gql(REGISTER, { input: { email: `  ${email.toUpperCase()} `, password: 'correct horse battery', displayName: ' Ada ' } });
      expect(reg.errors).toBeUndefined();
      expect(reg.data.register.user).toMatchObject({ email: email.toLowerCase(), displayName: 'Ada' });
      expect(reg.data.register.accessToken.split('.')).toHaveLength(3);
      expect(new Date(reg.data.register.accessTokenExpiresAt).getTime() - clock.now().getTime()).toBeLessThanOrEqual(15 * MINUTE);
      expect(new Date(reg.data.register.accessTokenExpiresAt).getTime() - clock.now().getTime()).toBeGreaterThan(14 * MINUTE);

      const res = await login(` ${email.toUpperCase()}`, 'correct horse battery', from('10.1.0.1'));
      expect(res.errors).toBeUndefined();
      expect(res.data.login.user.id).toBe(reg.data.register.user.id);

      const me = await t.gql(ME, undefined, bearer(res.data.login.accessToken));
      expect(me.errors).toBeUndefined();
      expect(me.data.me).toMatchObject({
        id: reg.data.register.user.id,
        email: email.toLowerCase(),
        displayName: 'Ada',
        targetStack: null,
        targetLevel: null,
        timezone: 'UTC',
        dailyGoal: 3,
      });
      // The registration's own tokens are a session too.
      expect((await t.gql(ME, undefined, bearer(reg.data.register.accessToken))).data.me.id).toBe(reg.data.register.user.id);
    });

    it('stores an argon2id hash, never the password', async () => {
      const user = await registerUser(t, { password: 'a password to look for' });
      const [row] = await t.app.get((await import('typeorm')).DataSource).query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain('a password to look for');
    });

    it('refuses a second account for the same email, whatever its case, with CONFLICT', async () => {
      const user = await registerUser(t);
      const res = await t.gql(REGISTER, { input: { email: user.email.toUpperCase(), password: 'another password', displayName: 'Eve' } });
      expectError(res, 'CONFLICT', { field: 'input.email' });
    });

    it('answers UNAUTHENTICATED for a personal field without a usable token, and leaves public fields open', async () => {
      expectError(await t.gql(ME), 'UNAUTHENTICATED', { reason: 'MISSING' });
      expectError(await t.gql(ME, undefined, { authorization: 'Basic dXNlcjpwYXNz' }), 'UNAUTHENTICATED', { reason: 'INVALID' });
      expectError(await t.gql(ME, undefined, bearer('not.a.jwt')), 'UNAUTHENTICATED', { reason: 'INVALID' });
      expectError(await t.gql(UPDATE_PROFILE, { input: { dailyGoal: 5 } }), 'UNAUTHENTICATED');
      expectError(await t.gql(LOGOUT), 'UNAUTHENTICATED');
      const open = await t.gql('{ stacks { id } }', undefined, bearer('not.a.jwt'));
      expect(open.errors).toBeUndefined();
    });
  });

  describe('profile', () => {
    it('changes the fields given, keeps the others, and clears with null', async () => {
      const user = await registerUser(t);
      const first = await t.gql(UPDATE_PROFILE, { input: { targetStack: 'go', targetLevel: 'SENIOR', timezone: 'Europe/Berlin', dailyGoal: 5 } }, user.auth);
      expect(first.errors).toBeUndefined();
      expect(first.data.updateProfile).toEqual({ targetStack: 'go', targetLevel: 'SENIOR', timezone: 'Europe/Berlin', dailyGoal: 5 });
      const second = await t.gql(UPDATE_PROFILE, { input: { targetStack: null, dailyGoal: 2 } }, user.auth);
      expect(second.data.updateProfile).toEqual({ targetStack: null, targetLevel: 'SENIOR', timezone: 'Europe/Berlin', dailyGoal: 2 });
      expect((await t.gql(ME, undefined, user.auth)).data.me).toMatchObject({ targetLevel: 'SENIOR', dailyGoal: 2 });
    });

    it.each([
      [{ timezone: 'Mars/Olympus_Mons' }, 'input.timezone'],
      [{ timezone: null }, 'input.timezone'],
      [{ dailyGoal: 0 }, 'input.dailyGoal'],
      [{ dailyGoal: 51 }, 'input.dailyGoal'],
      [{ targetLevel: 'PRINCIPAL' }, 'input'],
    ])('refuses %j naming %s', async (input, field) => {
      const user = await registerUser(t);
      expectError(await t.gql(UPDATE_PROFILE, { input }, user.auth), 'BAD_USER_INPUT', { field });
    });
  });

  describe('bad input names the field', () => {
    const valid = () => ({ email: uniqueEmail(), password: 'correct horse battery', displayName: 'Grace' });
    const megabyte = 'x'.repeat(1024 * 1024);

    it.each([
      ['a bad email', { email: 'not-an-email' }, 'input.email'],
      ['an email with two @', { email: 'a@b@example.com' }, 'input.email'],
      ['a short password', { password: 'short' }, 'input.password'],
      ['a 129-character password', { password: 'p'.repeat(129) }, 'input.password'],
      ['a 1 MB password', { password: megabyte }, 'input.password'],
      ['an empty display name', { displayName: '   ' }, 'input.displayName'],
    ])('register with %s', async (_label, override, field) => {
      const res = await t.gql(REGISTER, { input: { ...valid(), ...override } });
      expectError(res, 'BAD_USER_INPUT', { field });
      expect(res.errors![0].message).toContain(field);
      expect(JSON.stringify(res.body)).not.toContain('x'.repeat(200));
    });

    it('register with a field missing, in variables and inline', async () => {
      const { password: _omitted, ...rest } = valid();
      expectError(await t.gql(REGISTER, { input: rest }), 'BAD_USER_INPUT', { field: 'input.password' });
      const inline = await t.gql(`mutation { register(input: { email: "${uniqueEmail()}", displayName: "G" }) { accessToken } }`);
      expectError(inline, 'BAD_USER_INPUT', { field: 'input.password' });
      expectError(await t.gql(`mutation { register { accessToken } }`), 'BAD_USER_INPUT', { field: 'input' });
    });

    it('login with a bad email, a 1 MB password or a missing password, before any password check', async () => {
      expectError(await login('nobody', 'whatever password'), 'BAD_USER_INPUT', { field: 'input.email' });
      const started = Date.now();
      expectError(await login(uniqueEmail(), megabyte), 'BAD_USER_INPUT', { field: 'input.password' });
      expect(Date.now() - started).toBeLessThan(5_000);
      expectError(await t.gql(LOGIN, { input: { email: uniqueEmail() } }), 'BAD_USER_INPUT', { field: 'input.password' });
      expectError(await t.gql(REFRESH, {}), 'BAD_USER_INPUT', { field: 'token' });
    });
  });

  describe('refresh tokens', () => {
    it('rotates on every use: each refresh token works once and returns a new pair', async () => {
      const user = await registerUser(t);
      const first = await t.gql(REFRESH, { token: user.refreshToken });
      expect(first.errors).toBeUndefined();
      const pair = first.data.refreshToken;
      expect(pair.user.id).toBe(user.id);
      expect(pair.refreshToken).not.toBe(user.refreshToken);
      expect((await t.gql(ME, undefined, bearer(pair.accessToken))).data.me.id).toBe(user.id);
      const second = await t.gql(REFRESH, { token: pair.refreshToken });
      expect(second.errors).toBeUndefined();
      expect(second.data.refreshToken.refreshToken).not.toBe(pair.refreshToken);
    });

    it('revokes the whole family when a rotated token is used again, and spares other sign-ins', async () => {
      const user = await registerUser(t);
      const other = (await login(user.email, user.password, from('10.2.0.1'))).data.login;
      const rotated = (await t.gql(REFRESH, { token: user.refreshToken })).data.refreshToken;

      // Someone replays the token that was already exchanged.
      expectError(await t.gql(REFRESH, { token: user.refreshToken }), 'UNAUTHENTICATED', { reason: 'REUSED', field: 'token' });

      // Every token of that sign-in is dead: the current refresh token and both access tokens.
      expectError(await t.gql(REFRESH, { token: rotated.refreshToken }), 'UNAUTHENTICATED', { reason: 'REVOKED' });
      expectError(await t.gql(ME, undefined, bearer(rotated.accessToken)), 'UNAUTHENTICATED', { reason: 'REVOKED' });
      expectError(await t.gql(ME, undefined, user.auth), 'UNAUTHENTICATED', { reason: 'REVOKED' });

      // The other sign-in keeps working.
      expect((await t.gql(ME, undefined, bearer(other.accessToken))).data.me.id).toBe(user.id);
      expect((await t.gql(REFRESH, { token: other.refreshToken })).errors).toBeUndefined();
    });

    it('lets exactly one of two simultaneous refreshes with one token win; the other counts as reuse', async () => {
      const user = await registerUser(t);
      const results = await Promise.all([t.gql(REFRESH, { token: user.refreshToken }), t.gql(REFRESH, { token: user.refreshToken })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)!.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REUSED' });
    });

    it('refuses an unknown token and one past its 30 days', async () => {
      expectError(await t.gql(REFRESH, { token: 'made-up-token' }), 'UNAUTHENTICATED', { reason: 'INVALID' });
      const user = await registerUser(t);
      clock.advance(30 * 24 * 60 * MINUTE + 1_000);
      expectError(await t.gql(REFRESH, { token: user.refreshToken }), 'UNAUTHENTICATED', { reason: 'EXPIRED' });
    });

    it('logout ends this session only', async () => {
      const user = await registerUser(t);
      const other = (await login(user.email, user.password, from('10.3.0.1'))).data.login;
      const res = await t.gql(LOGOUT, undefined, user.auth);
      expect(res.data).toEqual({ logout: true });
      expectError(await t.gql(ME, undefined, user.auth), 'UNAUTHENTICATED', { reason: 'REVOKED' });
      expectError(await t.gql(REFRESH, { token: user.refreshToken }), 'UNAUTHENTICATED', { reason: 'REVOKED' });
      expect((await t.gql(ME, undefined, bearer(other.accessToken))).data.me.id).toBe(user.id);
    });
  });

  describe('access tokens', () => {
    const key = new TextEncoder().encode(SECRET);
    const mint = (claims: { sub: string; sid: string }, issuedAt: Date, ttlSeconds: number, signingKey = key, audience = 'prepstack-api') =>
      new SignJWT({ sid: claims.sid })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.sub)
        .setIssuer('prepstack')
        .setAudience(audience)
        .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
        .setExpirationTime(Math.floor(issuedAt.getTime() / 1000) + ttlSeconds)
        .sign(signingKey);
    const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; sid: string; exp: number; iat: number };

    it('carry the user and session, and expire after 15 minutes by the app clock', async () => {
      const user = await registerUser(t);
      const claims = claimsOf(user.accessToken);
      expect(claims.sub).toBe(user.id);
      expect(claims.exp - claims.iat).toBe(15 * 60);
      clock.advance(15 * MINUTE - 2_000);
      expect((await t.gql(ME, undefined, user.auth)).errors).toBeUndefined();
      clock.advance(2_000);
      expectError(await t.gql(ME, undefined, user.auth), 'UNAUTHENTICATED', { reason: 'EXPIRED' });
      // A refresh brings the session back.
      const fresh = (await t.gql(REFRESH, { token: user.refreshToken })).data.refreshToken;
      expect((await t.gql(ME, undefined, bearer(fresh.accessToken))).data.me.id).toBe(user.id);
    });

    it('refuses one minted already expired with the right secret', async () => {
      const user = await registerUser(t);
      const expired = await mint(claimsOf(user.accessToken), new Date(clock.now().getTime() - 16 * MINUTE), 15 * 60);
      expectError(await t.gql(ME, undefined, bearer(expired)), 'UNAUTHENTICATED', { reason: 'EXPIRED' });
    });

    it('refuses tampered, foreign-key, unsigned and wrong-audience tokens', async () => {
      const victim = await registerUser(t);
      const attacker = await registerUser(t);
      const [header, payload, signature] = attacker.accessToken.split('.');
      const forged = { ...claimsOf(attacker.accessToken), sub: victim.id };
      const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
      const foreign = await mint(claimsOf(victim.accessToken), clock.now(), 900, new TextEncoder().encode('x'.repeat(48)));
      const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
      const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('A') ? 'B' : 'A'}A`;
      const otherAudience = await mint(claimsOf(victim.accessToken), clock.now(), 900, key, 'another-service');
      for (const token of [tampered, foreign, unsigned, flipped, otherAudience]) {
        expectError(await t.gql(ME, undefined, bearer(token)), 'UNAUTHENTICATED', { reason: 'INVALID' });
      }
      // Right key, but a session of somebody else: refused, not confused.
      const crossed = await mint({ sub: victim.id, sid: claimsOf(attacker.accessToken).sid }, clock.now(), 900);
      expectError(await t.gql(ME, undefined, bearer(crossed)), 'UNAUTHENTICATED', { reason: 'REVOKED' });
    });
  });

  describe('login rate limit', () => {
    const WINDOW = 15 * MINUTE;

    it('gives an unknown email and a wrong password the same error', async () => {
      const user = await registerUser(t);
      const wrong = await login(user.email, 'not the password', from('10.4.0.1'));
      const unknown = await login(uniqueEmail('nobody'), 'not the password', from('10.4.0.1'));
      expectError(wrong, 'UNAUTHENTICATED');
      expect(unknown.errors).toEqual(wrong.errors);
    });

    it('takes about as long for an unknown email as for a wrong password', async () => {
      const user = await registerUser(t);
      const time = async (email: string, i: number) => {
        const started = performance.now();
        await login(email, 'not the password', from(`10.5.0.${i}`));
        return performance.now() - started;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 5; i++) {
        known.push(await time(user.email, i));
        unknown.push(await time(uniqueEmail('nobody'), i));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
      // Both do one argon2id verification (~tens of ms); without the dummy hash an unknown
      // email would answer ~10× faster. Loose bounds: the suite runs files in parallel.
      expect(median(unknown)).toBeGreaterThan(median(known) / 3);
      expect(median(unknown)).toBeLessThan(median(known) * 3);
    });

    it('per email: 10 failures, then RATE_LIMITED with retryAfter even for the right password, then recovers', async () => {
      const user = await registerUser(t);
      for (let i = 0; i < 10; i++) {
        expectError(await login(user.email, `wrong password ${i}`, from(`10.6.${i}.1`)), 'UNAUTHENTICATED');
      }
      const limited = await login(user.email, user.password, from('10.6.99.1'));
      expectError(limited, 'RATE_LIMITED');
      expect(limited.errors![0].extensions!.retryAfter).toBe(15 * 60);

      clock.advance(WINDOW - 60_000);
      const still = await login(user.email, user.password, from('10.6.99.2'));
      expectError(still, 'RATE_LIMITED');
      expect(still.errors![0].extensions!.retryAfter).toBe(60);

      clock.advance(60_000);
      const recovered = await login(user.email, user.password, from('10.6.99.3'));
      expect(recovered.errors).toBeUndefined();
      expect(recovered.data.login.user.id).toBe(user.id);
    });

    it('per email, unknown emails too (the limit does not tell them apart)', async () => {
      const email = uniqueEmail('ghost');
      for (let i = 0; i < 10; i++) expectError(await login(email, 'guess', from(`10.7.${i}.1`)), 'UNAUTHENTICATED');
      expectError(await login(email, 'guess', from('10.7.99.1')), 'RATE_LIMITED');
    });

    it('per client address: 15 failures across any emails, then RATE_LIMITED for every email from it', async () => {
      const user = await registerUser(t);
      for (let i = 0; i < 15; i++) expectError(await login(uniqueEmail('spray'), 'guess', from('10.8.0.1')), 'UNAUTHENTICATED');
      expectError(await login(user.email, user.password, from('10.8.0.1')), 'RATE_LIMITED');
      // Another client is not affected, nor is the account.
      expect((await login(user.email, user.password, from('10.8.0.2'))).errors).toBeUndefined();
      clock.advance(WINDOW);
      expect((await login(user.email, user.password, from('10.8.0.1'))).errors).toBeUndefined();
    });

    it('does not count successful logins', async () => {
      const user = await registerUser(t);
      for (let i = 0; i < 20; i++) expect((await login(user.email, user.password, from('10.9.0.1'))).errors).toBeUndefined();
    });

    it('holds under parallel guessing: 20 at once give exactly 10 checks and 10 refusals', async () => {
      const user = await registerUser(t);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => login(user.email, `guess ${i}`, from(`10.10.${i}.1`))));
      const codes = results.map(codeOf);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(10);
    });
  });
});
