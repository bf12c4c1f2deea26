import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Table `app_user` (`user` is reserved in Postgres): one row per account. */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Trimmed and lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  /** argon2id PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** A stack id (`java`, `node`, …) or null when not chosen yet. */
  @Column({ name: 'target_stack', type: 'text', nullable: true })
  targetStack: string | null;

  /** JUNIOR | MID | SENIOR | STAFF, or null when not chosen yet. */
  @Column({ name: 'target_level', type: 'text', nullable: true })
  targetLevel: string | null;

  /** IANA time zone name, e.g. `Europe/Berlin`; days and streaks are counted in it. */
  @Column({ type: 'text', default: 'UTC' })
  timezone: string;

  /** Prompts the user means to practise per day, 1..50. */
  @Column({ name: 'daily_goal', type: 'int', default: 3 })
  dailyGoal: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
