import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Table `login_throttle`: failed (and in-flight) login attempts per key in the current window.
 * Shared by every API replica; updated only by atomic upserts (LoginThrottleService).
 */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  /** `email:<sha256 of the normalised email>` or `address:<client address or IPv6 /64>`. */
  @PrimaryColumn({ type: 'text' })
  key: string;

  /** First attempt of the current window; the window lasts LOGIN_FAILURE_WINDOW_MS from it. */
  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  /** Failures in the window, plus attempts still being checked. */
  @Column({ type: 'int' })
  attempts: number;
}
