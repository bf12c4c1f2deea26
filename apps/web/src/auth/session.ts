import { installAuthHooks } from '../api/client';
import { ApiError } from '../api/errors';
import { execute } from '../api/graphql';
import { configureLive, resetLive, subscribe } from '../api/live';
import type { LoginInput, MeQuery, RegisterInput } from '../gql/graphql';
import { setTargetStack } from '../lib/preferences';
import { storage } from '../lib/storage';
import { createStore } from '../lib/store';
import { AccountEventsSubscription, LoginMutation, LogoutMutation, MeQuery as MeDocument, RefreshTokenMutation, RegisterMutation } from './auth.operations';

export type SessionUser = MeQuery['me'];

/** A signed-in session as kept in localStorage (so it survives reloads and is shared by tabs). */
export interface Session {
  accessToken: string;
  /** ISO time; the token is refreshed shortly before. */
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: SessionUser;
}

const KEY = 'prepstack.session';
/** Refresh this long before the access token expires (ms), so requests never carry a stale one. */
const REFRESH_AHEAD_MS = 60_000;

function load(): Session | null {
  const text = storage.get(KEY);
  if (!text) return null;
  try {
    const s = JSON.parse(text) as Session;
    if (typeof s.accessToken !== 'string' || typeof s.refreshToken !== 'string' || !s.user?.id) return null;
    if (Date.parse(s.refreshTokenExpiresAt) <= Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}

/** The signed-in session, or null. */
export const session = createStore<Session | null>(load());
/** Why the user was signed out without asking (shown once on the sign-in screen). */
export const sessionNotice = createStore<string | null>(null);

session.subscribe((s) => setTargetStack(s?.user.targetStack ?? null));
setTargetStack(session.get()?.user.targetStack ?? null);

function save(next: Session | null): void {
  const previous = session.get();
  storage.set(KEY, next ? JSON.stringify(next) : null);
  session.set(next);
  // A socket carries the token it connected with: a new user (or none) needs a new one.
  if (previous?.user.id !== next?.user.id) resetLive();
}

// Another tab signed in, out, or rotated the tokens.
window.addEventListener('storage', (event) => {
  if (event.key !== KEY) return;
  const next = load();
  const previous = session.get();
  session.set(next);
  if (previous?.user.id !== next?.user.id) resetLive();
});

/** Ends the session locally, telling the user why on the sign-in screen. */
export function endSession(notice: string | null): void {
  sessionNotice.set(notice);
  save(null);
}

/** The `sid` claim of an access token: which session a SESSION_REVOKED event is about. */
export function sessionIdOf(accessToken: string): string | null {
  try {
    const payload = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return (JSON.parse(atob(payload)) as { sid?: string }).sid ?? null;
  } catch {
    return null;
  }
}

let inflight: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for a new pair. Refresh tokens work once and reusing one revokes
 * the whole session, so only one exchange runs at a time: in this tab (one promise) and across
 * tabs (a Web Lock, after which the tokens are re-read in case another tab already rotated them).
 *
 * @returns false when there is no session any more (it was ended, with a notice)
 */
export function refresh(): Promise<boolean> {
  inflight ??= (async () => {
    const before = session.get();
    if (!before) return false;
    const exchange = async (): Promise<boolean> => {
      const current = load();
      if (!current) {
        session.set(null);
        return false;
      }
      if (current.refreshToken !== before.refreshToken) {
        session.set(current);
        return true;
      }
      try {
        const data = await execute(RefreshTokenMutation, { token: current.refreshToken });
        save(data.refreshToken);
        return true;
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT')) {
          endSession(
            error.details.reason === 'REUSED'
              ? 'You were signed out because your sign-in was used from somewhere else. Sign in again.'
              : 'Your session has ended. Sign in again.',
          );
        }
        return false;
      }
    };
    return navigator.locks ? navigator.locks.request('prepstack-refresh', exchange) : exchange();
  })().finally(() => {
    inflight = null;
  });
  return inflight;
}

/** A usable access token (refreshed first when it is about to expire), or null when signed out. */
async function accessToken(): Promise<string | null> {
  const s = session.get();
  if (!s) return null;
  if (Date.parse(s.accessTokenExpiresAt) - Date.now() < REFRESH_AHEAD_MS) await refresh();
  return session.get()?.accessToken ?? null;
}

installAuthHooks({ accessToken, refresh });
configureLive({ token: accessToken, onUnauthorized: refresh });

/** Signs in. @throws ApiError (UNAUTHENTICATED for wrong credentials, RATE_LIMITED with retryAfter) */
export async function signIn(input: LoginInput): Promise<SessionUser> {
  const data = await execute(LoginMutation, { input });
  sessionNotice.set(null);
  save(data.login);
  return data.login.user;
}

/** Creates an account and signs in. @throws ApiError (CONFLICT on input.email, BAD_USER_INPUT naming the field) */
export async function signUp(input: RegisterInput): Promise<SessionUser> {
  const data = await execute(RegisterMutation, { input });
  sessionNotice.set(null);
  save(data.register);
  return data.register.user;
}

/** Signs out here: the API ends the session (its tokens stop working), then the tokens are forgotten. */
export async function signOut(): Promise<void> {
  const token = await accessToken().catch(() => null);
  if (token) {
    // Forget the tokens even when the API cannot be told (offline): they expire on their own.
    await execute(LogoutMutation, {}, { token }).catch(() => undefined);
  }
  endSession(null);
}

/** Replaces the user of the session (after a profile change). */
export function updateSessionUser(user: SessionUser): void {
  const s = session.get();
  if (s && s.user.id === user.id) save({ ...s, user });
}

/** Re-reads the signed-in user at start-up: the stored profile may be stale, or the session over. */
export async function verifySession(): Promise<void> {
  if (!session.get()) return;
  try {
    const token = await accessToken();
    if (!token) return;
    const data = await execute(MeDocument, {}, { token });
    updateSessionUser(data.me);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && !(await refresh())) return;
  }
}

/**
 * Follows the account's events while signed in: profile changes made elsewhere show here, and a
 * revoked session (signed out in another tab, a reused refresh token) signs this one out.
 *
 * @returns a function that stops following
 */
export function followAccountEvents(): () => void {
  return subscribe(AccountEventsSubscription, {}, {
    next: ({ accountEvents: event }) => {
      const s = session.get();
      if (!s) return;
      if (event.type === 'PROFILE_UPDATED' && event.profile) updateSessionUser(event.profile);
      if (event.type === 'SESSION_REVOKED' && event.sessionId === sessionIdOf(s.accessToken)) {
        endSession(event.reason === 'REUSE' ? 'You were signed out because your sign-in was used from somewhere else. Sign in again.' : 'You signed out.');
      }
    },
  });
}
