import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practice: attempts (solo and mock), FSRS review cards and their log, personal notes, review
 * settings, and timed practice sets.
 */
export class Practice1763884800000 implements MigrationInterface {
  name = 'Practice1763884800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice_set (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        stack text CHECK (stack IN ('java', 'python', 'node', 'go', 'dotnet')),
        level text CHECK (level IN ('JUNIOR', 'MID', 'SENIOR', 'STAFF')),
        kinds text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        minutes int NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        status text NOT NULL CHECK (status IN ('RUNNING', 'PAUSED', 'FINISHED')),
        started_at timestamptz NOT NULL,
        paused_at timestamptz,
        paused_ms bigint NOT NULL DEFAULT 0 CHECK (paused_ms >= 0),
        finished_at timestamptz,
        CHECK ((status = 'PAUSED') = (paused_at IS NOT NULL)),
        CHECK ((status = 'FINISHED') = (finished_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX practice_set_user_started_idx ON practice_set (user_id, started_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE practice_set_item (
        practice_set_id uuid NOT NULL REFERENCES practice_set (id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 0),
        prompt_id uuid NOT NULL REFERENCES prompt (id),
        difficulty text NOT NULL CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
        target_ms int NOT NULL CHECK (target_ms >= 0),
        PRIMARY KEY (practice_set_id, position),
        UNIQUE (practice_set_id, prompt_id)
      )`);
    await q.query(`
      CREATE TABLE attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        prompt_id uuid NOT NULL REFERENCES prompt (id),
        prompt_revision int NOT NULL,
        mode text NOT NULL CHECK (mode IN ('SOLO', 'MOCK')),
        status text NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'ABANDONED')),
        started_at timestamptz NOT NULL,
        submitted_at timestamptz,
        abandoned_at timestamptz,
        updated_at timestamptz NOT NULL,
        duration_ms bigint CHECK (duration_ms >= 0),
        answer text NOT NULL DEFAULT '' CHECK (octet_length(answer) <= 65536),
        language text CHECK (length(language) <= 32),
        hints_revealed jsonb NOT NULL DEFAULT '[]',
        self_assessment jsonb,
        scorecard jsonb,
        feedback text,
        score int CHECK (score BETWEEN 0 AND 100),
        rating text CHECK (rating IN ('AGAIN', 'HARD', 'GOOD', 'EASY')),
        idempotency_key text CHECK (length(idempotency_key) <= 128),
        mock_session_id uuid,
        practice_set_id uuid REFERENCES practice_set (id) ON DELETE SET NULL,
        CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL)),
        CHECK (status <> 'SUBMITTED' OR (score IS NOT NULL AND rating IS NOT NULL AND duration_ms IS NOT NULL)),
        CHECK ((status = 'ABANDONED') = (abandoned_at IS NOT NULL)),
        CHECK ((mode = 'MOCK') = (mock_session_id IS NOT NULL)),
        CHECK (mode = 'SOLO' OR status = 'SUBMITTED')
      )`);
    // History of a user, newest first (attempts query).
    await q.query(`CREATE INDEX attempt_user_started_idx ON attempt (user_id, started_at DESC, id DESC)`);
    // Progress over time (reports aggregate submitted attempts by day).
    await q.query(`CREATE INDEX attempt_user_submitted_idx ON attempt (user_id, submitted_at) WHERE status = 'SUBMITTED'`);
    // "Has this user submitted on these prompts" (visibility) and latest score per prompt (queue).
    await q.query(`CREATE INDEX attempt_user_prompt_submitted_idx ON attempt (user_id, prompt_id, submitted_at DESC) WHERE status = 'SUBMITTED'`);
    // At most one attempt in progress per user and prompt: startAttempt resumes it.
    await q.query(`CREATE UNIQUE INDEX attempt_one_in_progress_idx ON attempt (user_id, prompt_id) WHERE status = 'IN_PROGRESS'`);
    // recordMockAttempt is idempotent per session, candidate and prompt.
    await q.query(`CREATE UNIQUE INDEX attempt_mock_uq ON attempt (mock_session_id, user_id, prompt_id) WHERE mock_session_id IS NOT NULL`);
    await q.query(`CREATE INDEX attempt_practice_set_idx ON attempt (practice_set_id) WHERE practice_set_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE review_card (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        prompt_id uuid NOT NULL REFERENCES prompt (id),
        due timestamptz NOT NULL,
        stability double precision NOT NULL,
        difficulty double precision NOT NULL,
        elapsed_days int NOT NULL,
        scheduled_days int NOT NULL,
        learning_steps int NOT NULL,
        reps int NOT NULL CHECK (reps >= 0),
        lapses int NOT NULL CHECK (lapses >= 0),
        state text NOT NULL CHECK (state IN ('NEW', 'LEARNING', 'REVIEW', 'RELEARNING')),
        last_review timestamptz,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, prompt_id)
      )`);
    await q.query(`CREATE INDEX review_card_user_due_idx ON review_card (user_id, due, prompt_id)`);
    await q.query(`
      CREATE TABLE review_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        prompt_id uuid NOT NULL REFERENCES prompt (id),
        attempt_id uuid NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
        rating text NOT NULL CHECK (rating IN ('AGAIN', 'HARD', 'GOOD', 'EASY')),
        state text NOT NULL CHECK (state IN ('NEW', 'LEARNING', 'REVIEW', 'RELEARNING')),
        due timestamptz NOT NULL,
        stability double precision NOT NULL,
        difficulty double precision NOT NULL,
        elapsed_days int NOT NULL,
        last_elapsed_days int NOT NULL,
        scheduled_days int NOT NULL,
        learning_steps int NOT NULL,
        review timestamptz NOT NULL,
        CONSTRAINT review_log_attempt_key UNIQUE (attempt_id)
      )`);
    await q.query(`CREATE INDEX review_log_user_review_idx ON review_log (user_id, review)`);
    await q.query(`CREATE INDEX review_log_user_prompt_idx ON review_log (user_id, prompt_id, review)`);
    await q.query(`
      CREATE TABLE prompt_note (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        prompt_id uuid NOT NULL REFERENCES prompt (id),
        body text NOT NULL CHECK (octet_length(body) BETWEEN 1 AND 16384),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, prompt_id)
      )`);
    await q.query(`
      CREATE TABLE review_settings (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        desired_retention double precision NOT NULL CHECK (desired_retention BETWEEN 0.7 AND 0.99),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE review_settings');
    await q.query('DROP TABLE prompt_note');
    await q.query('DROP TABLE review_log');
    await q.query('DROP TABLE review_card');
    await q.query('DROP TABLE attempt');
    await q.query('DROP TABLE practice_set_item');
    await q.query('DROP TABLE practice_set');
  }
}
