import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress owns no table; it aggregates practice's `attempt` in SQL, and this migration shapes
 * that table for its reads (on purpose: these columns and indexes exist for progress).
 *
 * - `score_weight`, a stored generated column: 2^((submitted_at − 2025-01-01) / 30 days) for a
 *   submitted attempt. Mastery's recency-weighted mean score weighs each score by
 *   0.5^(age / 30 days) = 2^((t − now) / 30 days) = score_weight × 2^((2025-01-01 − now) / 30 days);
 *   the second factor is the same for every attempt and cancels in Σ w·score / Σ w, so the mean
 *   is plain sums over this column, with no exponential per row at read time. The 30-day
 *   half-life is SCORE_HALF_LIFE_DAYS in libs/progress/src/mastery.ts: changing it means a new
 *   migration. The values reach e^709 (the double's limit) around 2105: rebase the anchor well
 *   before then.
 * - The partial index practice created on (user_id, submitted_at) becomes a covering one with
 *   prompt_id, score and score_weight, so progress's queries are index-only scans (with the
 *   visibility map kept current by autovacuum). Same keys and predicate: it serves everything
 *   the old one did, which is dropped rather than maintained twice.
 */
export class Progress1764057600000 implements MigrationInterface {
  name = 'Progress1764057600000';

  async up(q: QueryRunner): Promise<void> {
    // Immutable although date_part(text, timestamptz) is only stable: the epoch of an instant
    // does not depend on the session's time zone, which is what makes date_part stable.
    await q.query(`
      CREATE FUNCTION progress_score_weight(submitted timestamptz) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT exp((date_part('epoch', submitted) - 1735689600) * (ln(2) / (30 * 86400))) $$`);
    await q.query(`
      ALTER TABLE attempt ADD COLUMN score_weight double precision
        GENERATED ALWAYS AS (CASE WHEN status = 'SUBMITTED' THEN progress_score_weight(submitted_at) END) STORED`);
    await q.query(
      `CREATE INDEX attempt_user_submitted_cover_idx ON attempt (user_id, submitted_at) INCLUDE (prompt_id, score, score_weight) WHERE status = 'SUBMITTED'`,
    );
    await q.query('DROP INDEX attempt_user_submitted_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX attempt_user_submitted_idx ON attempt (user_id, submitted_at) WHERE status = 'SUBMITTED'`);
    await q.query('DROP INDEX attempt_user_submitted_cover_idx');
    await q.query('ALTER TABLE attempt DROP COLUMN score_weight');
    await q.query('DROP FUNCTION progress_score_weight(timestamptz)');
  }
}
