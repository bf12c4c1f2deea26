import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Table `refresh_token`: every refresh token ever issued to a session, stored as its SHA-256.
 * A used token stays (with `used_at`) so that presenting it again is recognised as reuse.
 */
@Entity({ name: 'refresh_token' })
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  /** SHA-256 of the token (32 bytes); the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'bytea', unique: true })
  tokenHash: Buffer;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** When it was exchanged for its successor; null while it is the session's current token. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
