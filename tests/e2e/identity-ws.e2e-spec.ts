import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@prepstack/platform';
import { TokensService, UsersService } from '@prepstack/identity';
import { LOGIN, REFRESH, registerUser, uniqueEmail } from '../harness/identity-factory';
import { startTestApp, TestApp } from '../harness/test-app';
import { openWs, WsConnection } from '../harness/ws-client';

const ACCOUNT_EVENTS = `subscription Events($userId: ID) {
  accountEvents(userId: $userId) { type occurredAt sessionId reason profile { id dailyGoal timezone } }
}`;
const UPDATE_PROFILE = 'mutation Update($input: UpdateProfileInput!) { updateProfile(input: $input) { dailyGoal } }';
const MINUTE = 60_000;

describe('authorization over WebSocket (graphql-ws)', () => {
  let t: TestApp;
  const clock = new ManualClock();
  const sockets: WsConnection[] = [];
  const open = (token?: string, params?: Record<string, unknown>) => {
    const ws = openWs(t.baseUrl, token, params);
    sockets.push(ws);
    return ws;
  };
  // Resolves once the server has the subscription, so an event published next is not missed.
  const settle = () => new Promise((r) => setTimeout(r, 150));

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await t?.close();
  });

  describe('closes the socket with 4401 at connect', () => {
    it('without a token', async () => {
      const ws = open();
      expect(await ws.closed).toMatchObject({ code: 4401, reason: 'Unauthorized: token missing' });
    });

    it('with a token that is not a JWT, or an empty one', async () => {
      expect((await open('garbage').closed).code).toBe(4401);
      expect((await open(undefined, { authToken: '' }).closed).code).toBe(4401);
      expect((await open(undefined, { authToken: 42 }).closed).code).toBe(4401);
    });

    it('with a tampered token', async () => {
      const victim = await registerUser(t);
      const attacker = await registerUser(t);
      const [header, payload, signature] = attacker.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: victim.id })).toString('base64url')}.${signature}`;
      expect(await open(forged).closed).toMatchObject({ code: 4401, reason: 'Unauthorized: token invalid' });
    });

    it('with an expired token', async () => {
      const user = await registerUser(t);
      clock.advance(15 * MINUTE);
      expect(await open(user.accessToken).closed).toMatchObject({ code: 4401, reason: 'Unauthorized: token expired' });
    });

    it('with the token of a signed-out session', async () => {
      const user = await registerUser(t);
      await t.gql('mutation { logout }', undefined, user.auth);
      expect(await open(user.accessToken).closed).toMatchObject({ code: 4401, reason: 'Unauthorized: token revoked' });
    });
  });

  it('accepts a valid token and gives resolvers the same user as HTTP', async () => {
    const user = await registerUser(t);
    const ws = open(user.accessToken);
    await ws.connected;
    const me = ws.subscribe('{ me { id email } }');
    expect(await me.next()).toEqual({ data: { me: { id: user.id, email: user.email } } });
    await me.done;
  });

  it('delivers the signed-in user their own account events, and nobody else', async () => {
    const ada = await registerUser(t);
    const bob = await registerUser(t);
    const adaWs = open(ada.accessToken);
    const bobWs = open(bob.accessToken);
    const adaEvents = adaWs.subscribe(ACCOUNT_EVENTS);
    const adaOwnId = adaWs.subscribe(ACCOUNT_EVENTS, { userId: ada.id });
    const bobEvents = bobWs.subscribe(ACCOUNT_EVENTS);
    await Promise.all([adaWs.connected, bobWs.connected]);
    await settle();

    expect((await t.gql(UPDATE_PROFILE, { input: { dailyGoal: 7, timezone: 'Asia/Tokyo' } }, ada.auth)).errors).toBeUndefined();
    for (const sub of [adaEvents, adaOwnId]) {
      const event = await sub.next();
      expect(event.errors).toBeUndefined();
      expect(event.data.accountEvents).toMatchObject({ type: 'PROFILE_UPDATED', profile: { id: ada.id, dailyGoal: 7, timezone: 'Asia/Tokyo' }, sessionId: null });
    }

    // Signing out on another device: this device hears of it, the signed-out socket is closed.
    const laptop = (await t.gql(LOGIN, { input: { email: ada.email, password: ada.password } })).data.login;
    const laptopWs = open(laptop.accessToken);
    await laptopWs.connected;
    const claims = JSON.parse(Buffer.from(laptop.accessToken.split('.')[1], 'base64url').toString());
    await t.gql('mutation { logout }', undefined, { authorization: `Bearer ${laptop.accessToken}` });
    expect((await adaEvents.next()).data.accountEvents).toMatchObject({ type: 'SESSION_REVOKED', sessionId: claims.sid, reason: 'LOGOUT', profile: null });
    expect(await laptopWs.closed).toMatchObject({ code: 4401, reason: 'Unauthorized: session revoked' });

    await settle();
    expect(bobEvents.pending()).toBe(0);
  });

  it('tells the user when a reused refresh token revoked a session', async () => {
    const user = await registerUser(t);
    const second = (await t.gql(LOGIN, { input: { email: user.email, password: user.password } })).data.login;
    const ws = open(second.accessToken);
    const events = ws.subscribe(ACCOUNT_EVENTS);
    await ws.connected;
    await settle();
    const stolenWs = open(user.accessToken);
    await stolenWs.connected;
    await t.gql(REFRESH, { token: user.refreshToken });
    await t.gql(REFRESH, { token: user.refreshToken });
    expect((await events.next()).data.accountEvents).toMatchObject({ type: 'SESSION_REVOKED', reason: 'REUSE' });
    // Sockets of the revoked session are closed, on this and (through PubSub) other replicas.
    expect(await stolenWs.closed).toMatchObject({ code: 4401, reason: 'Unauthorized: session revoked' });
    expect(await Promise.race([ws.closed, settle().then(() => 'open')])).toBe('open');
  });

  it("refuses another user's stream with FORBIDDEN and keeps the socket open", async () => {
    const ada = await registerUser(t);
    const eve = await registerUser(t);
    const ws = open(eve.accessToken);
    const spy = ws.subscribe(ACCOUNT_EVENTS, { userId: ada.id });
    const result = await spy.next();
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['accountEvents'], extensions: { code: 'FORBIDDEN' } });
    await spy.done;

    // The refusal ended that operation only.
    const me = ws.subscribe('{ me { id } }');
    expect((await me.next()).data).toEqual({ me: { id: eve.id } });
  });

  it('stops opening subscriptions once the token of an open socket expires', async () => {
    const user = await registerUser(t);
    const ws = open(user.accessToken);
    await ws.connected;
    clock.advance(15 * MINUTE);
    const sub = ws.subscribe(ACCOUNT_EVENTS);
    const result = await sub.next();
    expect(result.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'EXPIRED' });
  });

  it('validates operations as HTTP does: bad variables, unknown fields and the depth limit', async () => {
    const user = await registerUser(t);
    const ws = open(user.accessToken);

    const badId = await ws.subscribe(ACCOUNT_EVENTS, { userId: 'not-a-uuid' }).next();
    expect(badId.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });

    const badType = await ws.subscribe(ACCOUNT_EVENTS, { userId: { nested: true } }).next();
    expect(badType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });

    const unknown = await ws.subscribe('subscription { accountEvents { nonsense } }').done.catch((errors) => errors);
    expect(unknown[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });

    const parse = await ws.subscribe('subscription { accountEvents { ').done.catch((errors) => errors);
    expect(parse[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
  });

  it('works across API processes through Redis: events cross over, a logout on one closes sockets on the other', async () => {
    const env = { JWT_SECRET: 'identity-ws-e2e-secret-0123456789abcdef', REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const a = await startTestApp(env);
    const b = await startTestApp(env, { db: a.db });
    try {
      const user = await registerUser(a);
      const phone = (await b.gql(LOGIN, { input: { email: user.email, password: user.password } })).data.login;
      const laptopWs = openWs(a.baseUrl, user.accessToken);
      const phoneWs = openWs(a.baseUrl, phone.accessToken);
      sockets.push(laptopWs, phoneWs);
      const events = laptopWs.subscribe(ACCOUNT_EVENTS);
      await Promise.all([laptopWs.connected, phoneWs.connected]);
      await settle();

      expect((await b.gql(UPDATE_PROFILE, { input: { dailyGoal: 9 } }, user.auth)).errors).toBeUndefined();
      const event = await events.next();
      expect(event.errors).toBeUndefined();
      expect(event.data.accountEvents).toMatchObject({ type: 'PROFILE_UPDATED', profile: { id: user.id, dailyGoal: 9 } });
      expect(Date.parse(event.data.accountEvents.occurredAt)).not.toBeNaN();

      await b.gql('mutation { logout }', undefined, { authorization: `Bearer ${phone.accessToken}` });
      expect(await phoneWs.closed).toMatchObject({ code: 4401, reason: 'Unauthorized: session revoked' });
      expect((await events.next()).data.accountEvents).toMatchObject({ type: 'SESSION_REVOKED', reason: 'LOGOUT' });
    } finally {
      await b.close();
      await a.close();
      await a.db.drop();
    }
  });

  it('applies GRAPHQL_MAX_DEPTH to subscriptions', async () => {
    const shallow = await startTestApp({ GRAPHQL_MAX_DEPTH: '2' });
    try {
      // Signed in through the services: the register mutation itself is deeper than 2.
      const user = await shallow.app.get(UsersService).register({ email: uniqueEmail(), password: 'correct horse battery', displayName: 'Lin' });
      const { accessToken } = await shallow.app.get(TokensService).startSession(user.id);
      const ws = openWs(shallow.baseUrl, accessToken);
      try {
        const errors = await ws.subscribe('subscription { accountEvents { profile { id } } }').done.catch((e) => e);
        expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(errors[0].message).toMatch(/depth/i);
      } finally {
        await ws.dispose();
      }
    } finally {
      await shallow.close();
    }
  });
});
