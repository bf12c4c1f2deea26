import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@prepstack/platform';
import { addressBucket } from './client-address';
import { IdentityException } from './identity.exception';

/** One counter a login attempt is charged to. */
export interface ThrottleKey {
  /** `email:<sha256 hex>` or `address:<bucket>` */
  key: string;
  /** Attempts allowed in a window. */
  limit: number;
}

/** Attempts charged by {@link LoginThrottleService.reserve}, to hand back on success. */
export interface ThrottleReservation {
  charges: { key: string; windowStart: Date }[];
}

/**
 * Seconds until a window that started at `windowStart` ends, at least 1.
 * @param windowMs window length in ms
 */
export function retryAfterSeconds(windowStart: Date, windowMs: number, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
}

/**
 * Login rate limit shared by every replica through Postgres (`login_throttle`): per email and
 * per client address, at most N failures in a window that starts at the window's first
 * failure and lasts LOGIN_FAILURE_WINDOW_MS. An attempt is charged *before* the password is
 * checked (one atomic upsert per key), so parallel guesses cannot slip past the limit, and the
 * charge is handed back when the login succeeds. Unknown emails are charged like known ones.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** The counters a login for `email` from `address` is charged to. Emails are stored hashed. */
  keysFor(email: string, address: string): ThrottleKey[] {
    return [
      { key: `email:${createHash('sha256').update(email).digest('hex')}`, limit: this.config.LOGIN_MAX_FAILURES_PER_EMAIL },
      { key: `address:${addressBucket(address)}`, limit: this.config.LOGIN_MAX_FAILURES_PER_ADDRESS },
    ];
  }

  /**
   * Charges one attempt to each key, or none when any key is over its limit.
   *
   * @throws IdentityException RATE_LIMITED with `retryAfter` (seconds until the latest of the
   *   exhausted windows ends)
   */
  async reserve(keys: ThrottleKey[]): Promise<ThrottleReservation> {
    const now = this.clock.now();
    const windowMs = this.config.LOGIN_FAILURE_WINDOW_MS;
    const expired = new Date(now.getTime() - windowMs);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const charges: ThrottleReservation['charges'] = [];
      let retryAfter = 0;
      // A fixed key order, so two attempts never wait on each other's rows (no deadlock).
      for (const { key, limit } of [...keys].sort((a, b) => a.key.localeCompare(b.key))) {
        const [row]: { window_start: Date; attempts: number }[] = await runner.query(
          `INSERT INTO login_throttle AS t (key, window_start, attempts) VALUES ($1, $2, 1)
           ON CONFLICT (key) DO UPDATE SET
             window_start = CASE WHEN t.window_start <= $3 THEN EXCLUDED.window_start ELSE t.window_start END,
             attempts = CASE WHEN t.window_start <= $3 THEN 1 ELSE t.attempts + 1 END
           RETURNING window_start, attempts`,
          [key, now, expired],
        );
        charges.push({ key, windowStart: row.window_start });
        if (row.attempts > limit) retryAfter = Math.max(retryAfter, retryAfterSeconds(row.window_start, windowMs, now));
      }
      if (retryAfter > 0) {
        await runner.rollbackTransaction();
        throw IdentityException.rateLimited(retryAfter);
      }
      await runner.commitTransaction();
      return { charges };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Hands back the attempts of a login that succeeded (or failed for a reason of ours). */
  async release(reservation: ThrottleReservation): Promise<void> {
    for (const { key, windowStart } of reservation.charges) {
      await this.dataSource.query(
        'UPDATE login_throttle SET attempts = attempts - 1 WHERE key = $1 AND window_start = $2 AND attempts > 0',
        [key, windowStart],
      );
    }
  }

  /** Deletes counters whose window has ended. @returns rows deleted */
  async purge(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.LOGIN_FAILURE_WINDOW_MS);
    const [, deleted] = await this.dataSource.query('DELETE FROM login_throttle WHERE window_start <= $1', [cutoff]);
    return deleted;
  }
}
