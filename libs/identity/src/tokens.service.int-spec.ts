import { createSecretKey } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { PubSub } from 'graphql-subscriptions';
import { loadConfig, ManualClock } from '@prepstack/platform';
import { databaseOptions } from '../../../apps/api/src/database/database.config';
import { createTestDatabase, TestDatabase } from '../../../tests/harness/database';
import { AccountEventsService } from './account-events.service';
import { IdentityHousekeeping } from './identity-housekeeping.service';
import { IdentityException } from './identity.exception';
import { LoginThrottleService } from './login-throttle.service';
import { SessionRevokeReason } from './models/account-event.model';
import { PasswordService } from './passwords.service';
import { TokensService } from './tokens.service';
import { UsersService } from './users.service';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('identity storage (real Postgres)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let clock: ManualClock;
  let tokens: TokensService;
  let throttle: LoginThrottleService;
  let users: UsersService;
  let housekeeping: IdentityHousekeeping;
  const config = loadConfig({ NODE_ENV: 'test', LOGIN_MAX_FAILURES_PER_EMAIL: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '5', LOGIN_FAILURE_WINDOW_MS: String(15 * MINUTE) });
  const count = async (table: string) => Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  let n = 0;
  const newUser = () => users.register({ email: `u${++n}@example.com`, password: 'correct horse battery', displayName: 'U' });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(databaseOptions(db.url, 4)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query('TRUNCATE app_user, auth_session, refresh_token, login_throttle CASCADE');
    clock = new ManualClock(new Date('2026-01-01T00:00:00Z'));
    tokens = new TokensService(dataSource, clock, createSecretKey(new TextEncoder().encode('k'.repeat(40))));
    throttle = new LoginThrottleService(dataSource, clock, config);
    users = new UsersService(dataSource, new PasswordService(), new AccountEventsService(new PubSub(), clock));
    housekeeping = new IdentityHousekeeping(throttle, tokens);
  });

  describe('TokensService', () => {
    it('stores refresh tokens only as SHA-256 and rotates within one session', async () => {
      const user = await newUser();
      const first = await tokens.startSession(user.id);
      const rows = await dataSource.query('SELECT token_hash, used_at FROM refresh_token');
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toHaveLength(32);
      expect(JSON.stringify(rows)).not.toContain(first.refreshToken);

      const rotated = await tokens.rotate(first.refreshToken);
      expect(rotated.ok).toBe(true);
      if (!rotated.ok) return;
      expect(rotated.tokens.sessionId).toBe(first.sessionId);
      expect(await count('refresh_token')).toBe(2);
      expect(await tokens.rotate(first.refreshToken)).toEqual({ ok: false, reason: 'REUSED', userId: user.id, sessionId: first.sessionId });
      const [session] = await dataSource.query('SELECT revoked_at, revoked_reason FROM auth_session');
      expect(session.revoked_reason).toBe('REUSE');
      expect(await tokens.rotate(rotated.tokens.refreshToken)).toEqual({ ok: false, reason: 'REVOKED' });
    });

    it('authenticates by the clock and the session', async () => {
      const user = await newUser();
      const issued = await tokens.startSession(user.id);
      await expect(tokens.authenticate(issued.accessToken)).resolves.toMatchObject({ id: user.id, sessionId: issued.sessionId });
      clock.advance(15 * MINUTE);
      await expect(tokens.authenticate(issued.accessToken)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'EXPIRED' } });
      clock.advance(-MINUTE);
      expect(await tokens.revokeSession(issued.sessionId, SessionRevokeReason.LOGOUT)).toBe(true);
      expect(await tokens.revokeSession(issued.sessionId, SessionRevokeReason.LOGOUT)).toBe(false);
      await expect(tokens.authenticate(issued.accessToken)).rejects.toBeInstanceOf(IdentityException);
    });

    it('deletes sessions only once every refresh token of them has expired', async () => {
      const user = await newUser();
      const old = await tokens.startSession(user.id);
      clock.advance(20 * DAY);
      const recent = await tokens.startSession(user.id);
      clock.advance(11 * DAY); // old's token expired a day ago, recent's has 19 days left
      expect(await housekeeping.purge()).toEqual({ windows: 0, sessions: 1 });
      expect((await dataSource.query('SELECT id FROM auth_session')).map((r: { id: string }) => r.id)).toEqual([recent.sessionId]);
      expect(await tokens.rotate(old.refreshToken)).toEqual({ ok: false, reason: 'INVALID' });
    });

    it('deletes a user with every session and token', async () => {
      const user = await newUser();
      await tokens.startSession(user.id);
      await dataSource.query('DELETE FROM app_user WHERE id = $1', [user.id]);
      expect([await count('auth_session'), await count('refresh_token')]).toEqual([0, 0]);
    });
  });

  describe('LoginThrottleService', () => {
    const keys = () => throttle.keysFor('ada@example.com', '203.0.113.9');

    it('hashes emails in keys and buckets IPv6 by /64', () => {
      const [email, address] = throttle.keysFor('ada@example.com', '2001:db8:1:2:3:4:5:6');
      expect(email.key).toMatch(/^email:[0-9a-f]{64}$/);
      expect(address.key).toBe('address:2001:db8:1:2::/64');
    });

    it('charges attempts atomically and refuses past the limit without charging more', async () => {
      await Promise.all([1, 2, 3].map(() => throttle.reserve(keys())));
      await expect(throttle.reserve(keys())).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { retryAfter: 900 } });
      const rows = await dataSource.query('SELECT key, attempts FROM login_throttle ORDER BY key');
      expect(rows.map((r: { attempts: number }) => r.attempts)).toEqual([3, 3]);
    });

    it('hands back the charge of a success, and starts a new window once the old one ends', async () => {
      const reservation = await throttle.reserve(keys());
      await throttle.release(reservation);
      expect((await dataSource.query('SELECT attempts FROM login_throttle')).map((r: { attempts: number }) => r.attempts)).toEqual([0, 0]);
      for (let i = 0; i < 3; i++) await throttle.reserve(keys());
      clock.advance(10 * MINUTE);
      await expect(throttle.reserve(keys())).rejects.toMatchObject({ details: { retryAfter: 300 } });
      clock.advance(5 * MINUTE);
      await expect(throttle.reserve(keys())).resolves.toBeDefined();
      const [row] = await dataSource.query("SELECT attempts, window_start FROM login_throttle WHERE key LIKE 'email:%'");
      expect(row).toEqual({ attempts: 1, window_start: clock.now() });
    });

    it('purges ended windows only', async () => {
      await throttle.reserve(throttle.keysFor('old@example.com', '198.51.100.1'));
      clock.advance(15 * MINUTE);
      await throttle.reserve(throttle.keysFor('new@example.com', '198.51.100.2'));
      expect(await housekeeping.purge()).toEqual({ windows: 2, sessions: 0 });
      expect(await count('login_throttle')).toBe(2);
    });
  });
});
