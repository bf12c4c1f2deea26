import type { KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@prepstack/platform';
import type { AuthUser } from './auth-user';
import { ACCESS_TOKEN_TTL_MS, JWT_AUDIENCE, JWT_ISSUER, JWT_KEY, REFRESH_TOKEN_TTL_MS } from './identity.constants';
import { IdentityException } from './identity.exception';
import { SessionRevokeReason } from './models/account-event.model';

/** What a sign-in or a refresh hands to the client. */
export interface IssuedTokens {
  userId: string;
  sessionId: string;
  /** HS256 JWT: `sub` user id, `sid` session id, `iat`/`exp` in s, 15 minutes apart. */
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** 32 random bytes, base64url (43 characters); only its SHA-256 is stored. */
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** The outcome of presenting a refresh token. */
export type RotationResult =
  | { ok: true; tokens: IssuedTokens }
  | { ok: false; reason: 'INVALID' | 'EXPIRED' | 'REVOKED' }
  /** A token already exchanged was presented again: its whole session is now revoked. */
  | { ok: false; reason: 'REUSED'; userId: string; sessionId: string };

const sha256 = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * Access and refresh tokens. Every sign-in is a session (`auth_session`), i.e. one refresh-token
 * family: each refresh exchanges the presented token for a new one (rotation) and marks the
 * old one used; presenting a used token again means it was copied, so the whole session is
 * revoked and every token of it stops working, access tokens included (they carry `sid` and
 * are checked against the session on every use).
 */
@Injectable()
export class TokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(JWT_KEY) private readonly key: KeyObject,
  ) {}

  /** Starts a session for a user who just proved who they are. */
  async startSession(userId: string): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const [{ id: sessionId }] = await manager.query('INSERT INTO auth_session (user_id, created_at) VALUES ($1, $2) RETURNING id', [userId, now]);
      return this.issue(manager, userId, sessionId, now);
    });
  }

  /**
   * Exchanges a refresh token for a new pair. Concurrent exchanges of one token are serialised
   * by a row lock, so exactly one succeeds and the other counts as reuse.
   */
  async rotate(refreshToken: string): Promise<RotationResult> {
    return this.dataSource.transaction(async (manager): Promise<RotationResult> => {
      const now = this.clock.now();
      const [row]: { id: string; session_id: string; user_id: string; expires_at: Date; used_at: Date | null; revoked_at: Date | null }[] =
        await manager.query(
          `SELECT t.id, t.session_id, s.user_id, t.expires_at, t.used_at, s.revoked_at
             FROM refresh_token t JOIN auth_session s ON s.id = t.session_id
            WHERE t.token_hash = $1
              FOR UPDATE OF t, s`,
          [sha256(refreshToken)],
        );
      if (!row) return { ok: false, reason: 'INVALID' };
      if (row.revoked_at) return { ok: false, reason: 'REVOKED' };
      if (row.used_at) {
        await this.revoke(manager, row.session_id, SessionRevokeReason.REUSE, now);
        return { ok: false, reason: 'REUSED', userId: row.user_id, sessionId: row.session_id };
      }
      if (row.expires_at.getTime() <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
      await manager.query('UPDATE refresh_token SET used_at = $2 WHERE id = $1', [row.id, now]);
      await manager.query('UPDATE auth_session SET refreshed_at = $2 WHERE id = $1', [row.session_id, now]);
      return { ok: true, tokens: await this.issue(manager, row.user_id, row.session_id, now) };
    });
  }

  /**
   * Checks an access token: signature, issuer, audience, expiry (by the app's clock), and that
   * its session is still live.
   *
   * @throws IdentityException UNAUTHENTICATED with reason INVALID (malformed, tampered, other
   *   key or algorithm), EXPIRED, or REVOKED (session logged out, revoked for reuse, or user gone)
   */
  async authenticate(accessToken: string): Promise<AuthUser> {
    let sub: string;
    let sid: string;
    let exp: number;
    try {
      const { payload } = await jwtVerify(accessToken, this.key, {
        algorithms: ['HS256'],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        requiredClaims: ['sub', 'sid', 'iat', 'exp'],
        currentDate: this.clock.now(),
      });
      if (typeof payload.sid !== 'string' || !isUuid(payload.sid) || !isUuid(payload.sub!)) throw new Error('bad claims');
      ({ sub, sid, exp } = payload as { sub: string; sid: string; exp: number });
    } catch (error) {
      throw IdentityException.unauthenticated((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'EXPIRED' : 'INVALID');
    }
    const [session]: { revoked_at: Date | null }[] = await this.dataSource.query(
      'SELECT revoked_at FROM auth_session WHERE id = $1 AND user_id = $2',
      [sid, sub],
    );
    if (!session || session.revoked_at) throw IdentityException.unauthenticated('REVOKED');
    return { id: sub, sessionId: sid, accessTokenExpiresAt: new Date(exp * 1000) };
  }

  /** Ends a session: its refresh tokens and access tokens stop working. @returns false when it had already ended */
  async revokeSession(sessionId: string, reason: SessionRevokeReason): Promise<boolean> {
    return this.dataSource.transaction((manager) => this.revoke(manager, sessionId, reason, this.clock.now()));
  }

  /** Deletes sessions whose every refresh token has expired (their access tokens have too). @returns sessions deleted */
  async purge(): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM auth_session s
        WHERE NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.session_id = s.id AND t.expires_at > $1)
          AND s.created_at < $2`,
      [this.clock.now(), new Date(this.clock.now().getTime() - ACCESS_TOKEN_TTL_MS)],
    );
    return deleted;
  }

  private async revoke(manager: EntityManager, sessionId: string, reason: SessionRevokeReason, now: Date): Promise<boolean> {
    const [, changed] = await manager.query(
      'UPDATE auth_session SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL',
      [sessionId, now, reason],
    );
    return changed > 0;
  }

  private async issue(manager: EntityManager, userId: string, sessionId: string, now: Date): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
    await manager.query('INSERT INTO refresh_token (session_id, token_hash, issued_at, expires_at) VALUES ($1, $2, $3, $4)', [
      sessionId,
      sha256(refreshToken),
      now,
      refreshTokenExpiresAt,
    ]);
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + ACCESS_TOKEN_TTL_MS / 1000;
    const accessToken = await new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { userId, sessionId, accessToken, accessTokenExpiresAt: new Date(expiresAt * 1000), refreshToken, refreshTokenExpiresAt };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value: string): boolean {
  return UUID.test(value);
}
