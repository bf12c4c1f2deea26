import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A solo attempt's clock can be paused: `paused_at` is set while it is paused, and `paused_ms`
 * sums the pauses already over, so duration = submitted_at − started_at − paused_ms. Both
 * columns have constant defaults, so adding them rewrites no rows (PostgreSQL 11+).
 */
export class AttemptPause1764144000000 implements MigrationInterface {
  name = 'AttemptPause1764144000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt ADD COLUMN paused_at timestamptz, ADD COLUMN paused_ms bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE attempt ADD CONSTRAINT attempt_paused_only_in_progress CHECK (paused_at IS NULL OR status = 'IN_PROGRESS')`);
    await q.query(`ALTER TABLE attempt ADD CONSTRAINT attempt_paused_ms_non_negative CHECK (paused_ms >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt DROP CONSTRAINT attempt_paused_ms_non_negative, DROP CONSTRAINT attempt_paused_only_in_progress`);
    await q.query(`ALTER TABLE attempt DROP COLUMN paused_ms, DROP COLUMN paused_at`);
  }
}
