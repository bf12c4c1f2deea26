import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mock interviews: sessions, their append-only event log keyed by (session_id, seq), and the
 * participant projection used to authorise actions.
 */
export class Interviews1763971200000 implements MigrationInterface {
  name = 'Interviews1763971200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mock_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        join_code text NOT NULL UNIQUE,
        created_by uuid NOT NULL REFERENCES app_user (id),
        stack text NOT NULL,
        level text NOT NULL,
        status text NOT NULL DEFAULT 'LIVE' CHECK (status IN ('LIVE', 'ENDED')),
        last_seq int NOT NULL DEFAULT 0,
        timer_deadline timestamptz,
        attempts_recorded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      )`);
    await q.query(`CREATE INDEX mock_session_timer_idx ON mock_session (timer_deadline) WHERE status = 'LIVE' AND timer_deadline IS NOT NULL`);
    await q.query(`CREATE INDEX mock_session_unrecorded_idx ON mock_session (ended_at) WHERE status = 'ENDED' AND attempts_recorded_at IS NULL`);
    await q.query(`
      CREATE TABLE session_event (
        session_id uuid NOT NULL REFERENCES mock_session (id) ON DELETE CASCADE,
        seq int NOT NULL CHECK (seq > 0),
        type text NOT NULL,
        actor_id uuid,
        payload jsonb NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('ALL', 'INTERVIEWERS')),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (session_id, seq)
      )`);
    await q.query(`
      CREATE TABLE mock_participant (
        session_id uuid NOT NULL REFERENCES mock_session (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        role text NOT NULL CHECK (role IN ('INTERVIEWER', 'CANDIDATE', 'OBSERVER')),
        active boolean NOT NULL DEFAULT true,
        joined_at timestamptz NOT NULL,
        PRIMARY KEY (session_id, user_id)
      )`);
    await q.query(`CREATE INDEX mock_participant_user_idx ON mock_participant (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE mock_participant');
    await q.query('DROP TABLE session_event');
    await q.query('DROP TABLE mock_session');
  }
}
