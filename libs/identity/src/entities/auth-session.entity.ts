import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Table `auth_session`: one sign-in, i.e. one refresh-token family. Access tokens name it
 * (`sid`), so revoking it ends every token of that sign-in at once.
 */
@Entity({ name: 'auth_session' })
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Last refresh-token rotation. */
  @Column({ name: 'refreshed_at', type: 'timestamptz', nullable: true })
  refreshedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** LOGOUT or REUSE (SessionRevokeReason); set together with revoked_at. */
  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;
}
