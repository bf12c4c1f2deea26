import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity: accounts, sign-in sessions (refresh-token families) with their rotated refresh
 * tokens, and the login rate-limit counters shared by every replica.
 */
export class Identity1763798400000 implements MigrationInterface {
  name = 'Identity1763798400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND length(email) <= 254),
        password_hash text NOT NULL,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
        target_stack text CHECK (target_stack IN ('java', 'python', 'node', 'go', 'dotnet')),
        target_level text CHECK (target_level IN ('JUNIOR', 'MID', 'SENIOR', 'STAFF')),
        timezone text NOT NULL DEFAULT 'UTC',
        daily_goal int NOT NULL DEFAULT 3 CHECK (daily_goal BETWEEN 1 AND 50),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_key UNIQUE (email)
      )`);
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        refreshed_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text CHECK (revoked_reason IN ('LOGOUT', 'REUSE')),
        CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_session (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT refresh_token_hash_key UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX refresh_token_session_idx ON refresh_token (session_id)`);
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        attempts int NOT NULL CHECK (attempts >= 0)
      )`);
    await q.query(`CREATE INDEX login_throttle_window_idx ON login_throttle (window_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_throttle');
    await q.query('DROP TABLE refresh_token');
    await q.query('DROP TABLE auth_session');
    await q.query('DROP TABLE app_user');
  }
}
