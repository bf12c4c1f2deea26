import { EventEmitter } from 'node:events';
import { PubSub } from 'graphql-subscriptions';
import { describe, expect, it, vi } from 'vitest';
import { ManualClock } from '@prepstack/platform';
import { AccountEventsService } from './account-events.service';
import type { AuthUser } from './auth-user';
import { IdentityException } from './identity.exception';
import { SessionRevokeReason } from './models/account-event.model';
import type { TokensService } from './tokens.service';
import { WsAuthenticator, WsConnectionContext } from './ws-auth';

const USER: AuthUser = { id: 'u1', sessionId: 's1', accessTokenExpiresAt: new Date() };

function setup(authenticate: (token: string) => Promise<AuthUser>) {
  const emitter = new EventEmitter();
  const events = new AccountEventsService(new PubSub({ eventEmitter: emitter }), new ManualClock());
  const auth = new WsAuthenticator({ authenticate } as unknown as TokensService, events);
  const close = vi.fn();
  const ctx = (connectionParams?: Record<string, unknown>) =>
    ({ connectionParams, extra: { socket: { close }, request: {} } }) as unknown as WsConnectionContext;
  const listeners = () => emitter.listenerCount('account:u1');
  return { auth, events, close, ctx, listeners };
}

describe('WsAuthenticator', () => {
  it('closes with 4401 without a token, and keeps nothing', async () => {
    const { auth, close, ctx, listeners } = setup(async () => USER);
    expect(await auth.onConnect(ctx({}))).toBe(false);
    expect(await auth.onConnect(ctx(undefined))).toBe(false);
    expect(close).toHaveBeenCalledWith(4401, 'Unauthorized: token missing');
    expect(listeners()).toBe(0);
  });

  it('closes with 4401 naming why a token was refused', async () => {
    const { auth, close, ctx, listeners } = setup(async () => {
      throw IdentityException.unauthenticated('EXPIRED');
    });
    expect(await auth.onConnect(ctx({ authToken: 't' }))).toBe(false);
    expect(close).toHaveBeenCalledWith(4401, 'Unauthorized: token expired');
    expect(listeners()).toBe(0);
  });

  it('accepts a good token, hands it to operations, and stops watching on close', async () => {
    const { auth, close, ctx, listeners } = setup(async () => USER);
    const c = ctx({ authToken: 'good' });
    expect(await auth.onConnect(c)).toBe(true);
    expect(auth.context(c)).toMatchObject({ wsAuthToken: 'good' });
    expect(listeners()).toBe(1);
    auth.onClose(c);
    auth.onClose(c);
    expect(listeners()).toBe(0);
    expect(close).not.toHaveBeenCalled();
  });

  it('closes the socket with 4401 when its session is revoked, not for other sessions', async () => {
    const { auth, events, close, ctx } = setup(async () => USER);
    await auth.onConnect(ctx({ authToken: 'good' }));
    await events.sessionRevoked('u1', 'another-session', SessionRevokeReason.LOGOUT);
    expect(close).not.toHaveBeenCalled();
    await events.sessionRevoked('u1', 's1', SessionRevokeReason.REUSE);
    expect(close).toHaveBeenCalledWith(4401, 'Unauthorized: session revoked');
  });

  it('cleans up when the client leaves while its token is being checked', async () => {
    let release!: () => void;
    let calls = 0;
    const { auth, ctx, listeners } = setup(async () => {
      if (++calls === 2) await new Promise<void>((r) => (release = r));
      return USER;
    });
    const c = ctx({ authToken: 'good' });
    const connecting = auth.onConnect(c);
    await vi.waitFor(() => expect(calls).toBe(2));
    auth.onClose(c);
    release();
    await connecting;
    expect(listeners()).toBe(0);
  });

  it('lets an unexpected failure through (graphql-ws closes with 4500) without leaking a watch', async () => {
    let calls = 0;
    const { auth, ctx, listeners } = setup(async () => {
      if (++calls === 2) throw new Error('database down');
      return USER;
    });
    await expect(auth.onConnect(ctx({ authToken: 'good' }))).rejects.toThrow('database down');
    expect(listeners()).toBe(0);
  });
});
