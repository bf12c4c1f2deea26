import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DataSource, QueryRunner } from 'typeorm';
import { Clock } from '@prepstack/platform';
import { AttemptCsvRow, attemptsCsv, attemptsCsvHeader } from './csv';

/** Rows read per query when walking a user's attempts or review log. */
const PAGE = 500;

/** Version of the JSON export's shape; changes when a field is renamed or removed. */
export const EXPORT_FORMAT = 'prepstack-export/1';

/** Session events a user wrote themselves: their chat, notes, scorecards given and live drafts. */
const OWN_EVENT_TYPES = ['CHAT_MESSAGE', 'NOTE_ADDED', 'SCORECARD_SUBMITTED', 'DRAFT_UPDATED'];

const ATTEMPT_COLUMNS = `a.id, a.prompt_id AS "promptId", p.slug AS "promptSlug", p.title AS "promptTitle", p.kind AS "promptKind",
  a.prompt_revision AS "promptRevision", a.mode, a.status, a.started_at AS "startedAt", a.submitted_at AS "submittedAt",
  a.abandoned_at AS "abandonedAt", a.updated_at AS "updatedAt", a.duration_ms::float8 AS "durationMs", a.paused_at AS "pausedAt",
  a.paused_ms::float8 AS "pausedMs", a.answer, a.language,
  a.hints_revealed AS "hintsRevealed", jsonb_array_length(a.hints_revealed) AS "hintsUsed", a.self_assessment AS "selfAssessment",
  a.scorecard, a.feedback, a.score, a.rating, a.practice_set_id AS "practiceSetId", a.mock_session_id AS "mockSessionId"`;

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

type PageHandler = (rows: Record<string, unknown>[], first: boolean) => Promise<void>;

/** Writes a chunk, waiting while the socket's buffer is full (backpressure). */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!chunk) return;
  if (!out.write(chunk)) await once(out, 'drain');
}

/**
 * Export of everything a user created, read from one REPEATABLE READ snapshot so the parts agree
 * with each other, and streamed: attempts and review logs are read a page at a time, so a
 * long history never sits in memory whole.
 *
 * Scope (nothing of anyone else's): the profile (no password hash), review settings, attempts
 * (answers, hints, self-assessments; for MOCK attempts the interviewer's scorecard and feedback,
 * i.e. the mock-session feedback the user received), review cards and the review log, notes,
 * practice sets, and the mock sessions the user took part in with the events they wrote there
 * (chat, notes, scorecards given, drafts). Other participants' events, names and attempts are
 * left out, and a scorecard given does not name its candidate.
 */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The whole export as one JSON document (EXPORT_FORMAT), written to `out` (not ended). */
  async writeJson(userId: string, out: Writable): Promise<void> {
    await this.inSnapshot(async (q) => {
      const [profile] = await q.query(
        `SELECT id, email, display_name AS "displayName", target_stack AS "targetStack", target_level AS "targetLevel", timezone,
                daily_goal AS "dailyGoal", created_at AS "createdAt", updated_at AS "updatedAt"
           FROM app_user WHERE id = $1`,
        [userId],
      );
      const [settings] = await q.query(`SELECT desired_retention AS "desiredRetention", updated_at AS "updatedAt" FROM review_settings WHERE user_id = $1`, [userId]);
      const head = { format: EXPORT_FORMAT, exportedAt: this.clock.now(), profile: profile ?? null, reviewSettings: settings ?? null };
      await write(out, `${JSON.stringify(head).slice(0, -1)},"attempts":[`);
      await this.eachAttemptPage(q, userId, async (rows, first) => write(out, (first ? '' : ',') + rows.map((r) => JSON.stringify(r)).join(',')));

      await write(out, '],"reviewCards":');
      await write(
        out,
        JSON.stringify(
          await q.query(
            `SELECT c.prompt_id AS "promptId", p.slug AS "promptSlug", c.due, c.stability, c.difficulty, c.elapsed_days AS "elapsedDays",
                    c.scheduled_days AS "scheduledDays", c.learning_steps AS "learningSteps", c.reps, c.lapses, c.state,
                    c.last_review AS "lastReview", c.updated_at AS "updatedAt"
               FROM review_card c JOIN prompt p ON p.id = c.prompt_id WHERE c.user_id = $1 ORDER BY p.slug`,
            [userId],
          ),
        ),
      );

      await write(out, ',"reviewLogs":[');
      await this.eachReviewLogPage(q, userId, async (rows, first) => write(out, (first ? '' : ',') + rows.map((r) => JSON.stringify(r)).join(',')));

      await write(out, '],"notes":');
      await write(
        out,
        JSON.stringify(
          await q.query(
            `SELECT n.prompt_id AS "promptId", p.slug AS "promptSlug", n.body, n.updated_at AS "updatedAt"
               FROM prompt_note n JOIN prompt p ON p.id = n.prompt_id WHERE n.user_id = $1 ORDER BY p.slug`,
            [userId],
          ),
        ),
      );
      await write(out, `,"practiceSets":${JSON.stringify(await this.practiceSets(q, userId))}`);
      await write(out, `,"mockSessions":${JSON.stringify(await this.mockSessions(q, userId))}}`);
    });
  }

  /** Every attempt of the user as CSV (header first, oldest start first), written to `out` (not ended). */
  async writeAttemptsCsv(userId: string, out: Writable): Promise<void> {
    await this.inSnapshot(async (q) => {
      await write(out, attemptsCsvHeader());
      await this.eachAttemptPage(q, userId, (rows) => write(out, attemptsCsv(rows as unknown as AttemptCsvRow[])));
    });
  }

  private async inSnapshot(work: (q: QueryRunner) => Promise<void>): Promise<void> {
    const q = this.dataSource.createQueryRunner();
    await q.connect();
    try {
      await q.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await work(q);
      await q.query('COMMIT');
    } catch (error) {
      await q.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await q.release();
    }
  }

  /** The user's attempts, oldest start first, a page at a time (keyset on started_at, id). */
  private eachAttemptPage(q: QueryRunner, userId: string, page: PageHandler): Promise<void> {
    return this.eachPage(
      q,
      userId,
      `SELECT ${ATTEMPT_COLUMNS}, a.started_at::text AS "_at" FROM attempt a JOIN prompt p ON p.id = a.prompt_id
        WHERE a.user_id = $1 AND (a.started_at, a.id) > ($2::timestamptz, $3::uuid)
        ORDER BY a.started_at, a.id LIMIT ${PAGE}`,
      page,
    );
  }

  /** The user's review log, oldest review first, a page at a time (keyset on review, id). */
  private eachReviewLogPage(q: QueryRunner, userId: string, page: PageHandler): Promise<void> {
    return this.eachPage(
      q,
      userId,
      `SELECT l.id, l.attempt_id AS "attemptId", l.prompt_id AS "promptId", l.rating, l.state, l.due, l.stability, l.difficulty,
              l.elapsed_days AS "elapsedDays", l.last_elapsed_days AS "lastElapsedDays", l.scheduled_days AS "scheduledDays",
              l.learning_steps AS "learningSteps", l.review, l.review::text AS "_at"
         FROM review_log l
        WHERE l.user_id = $1 AND (l.review, l.id) > ($2::timestamptz, $3::uuid)
        ORDER BY l.review, l.id LIMIT ${PAGE}`,
      page,
    );
  }

  /**
   * Runs a keyset query page by page: $2, $3 are the last row's (time, id); the time travels as
   * Postgres text (`_at`) because a JS Date would cut its microseconds and repeat rows.
   */
  private async eachPage(q: QueryRunner, userId: string, sql: string, page: PageHandler): Promise<void> {
    let after: [string, string] = ['-infinity', ZERO_UUID];
    for (let first = true; ; first = false) {
      const rows: (Record<string, unknown> & { _at: string; id: string })[] = await q.query(sql, [userId, after[0], after[1]]);
      if (rows.length) {
        after = [rows.at(-1)!._at, rows.at(-1)!.id];
        await page(
          rows.map(({ _at, ...row }) => row),
          first,
        );
      }
      if (rows.length < PAGE) return;
    }
  }

  private async practiceSets(q: QueryRunner, userId: string): Promise<unknown[]> {
    const sets: { id: string }[] = await q.query(
      `SELECT id, stack, level, kinds, topics, minutes, status, started_at AS "startedAt", paused_at AS "pausedAt",
              paused_ms::float8 AS "pausedMs", finished_at AS "finishedAt"
         FROM practice_set WHERE user_id = $1 ORDER BY started_at, id`,
      [userId],
    );
    if (!sets.length) return [];
    const items: { practiceSetId: string }[] = await q.query(
      `SELECT i.practice_set_id AS "practiceSetId", i.position, i.prompt_id AS "promptId", p.slug AS "promptSlug", i.difficulty, i.target_ms AS "targetMs"
         FROM practice_set_item i JOIN prompt p ON p.id = i.prompt_id
        WHERE i.practice_set_id = ANY ($1::uuid[]) ORDER BY i.practice_set_id, i.position`,
      [sets.map((s) => s.id)],
    );
    return sets.map((s) => ({ ...s, items: items.filter((i) => i.practiceSetId === s.id).map(({ practiceSetId: _, ...item }) => item) }));
  }

  /** Sessions the user took part in: their role, the feedback they received, the events they wrote. */
  private async mockSessions(q: QueryRunner, userId: string): Promise<unknown[]> {
    const sessions: { id: string }[] = await q.query(
      `SELECT s.id, s.stack, s.level, s.status, s.created_at AS "createdAt", s.ended_at AS "endedAt", s.created_by = $1 AS "createdByMe",
              m.role AS "myRole", m.joined_at AS "joinedAt"
         FROM mock_participant m JOIN mock_session s ON s.id = m.session_id
        WHERE m.user_id = $1
        ORDER BY s.created_at, s.id`,
      [userId],
    );
    if (!sessions.length) return [];
    const ids = sessions.map((s) => s.id);
    const [feedback, events]: [{ mockSessionId: string }[], { sessionId: string; type: string; payload: Record<string, unknown> }[]] = await Promise.all([
      q.query(
        `SELECT a.mock_session_id AS "mockSessionId", a.id AS "attemptId", a.prompt_id AS "promptId", p.slug AS "promptSlug", a.score,
                a.scorecard, a.feedback, a.submitted_at AS "submittedAt"
           FROM attempt a JOIN prompt p ON p.id = a.prompt_id
          WHERE a.user_id = $1 AND a.mock_session_id = ANY ($2::uuid[])
          ORDER BY a.submitted_at, a.id`,
        [userId, ids],
      ),
      q.query(
        `SELECT e.session_id AS "sessionId", e.seq, e.type, e.payload, e.created_at AS "createdAt"
           FROM session_event e
          WHERE e.session_id = ANY ($2::uuid[]) AND e.actor_id = $1 AND e.type = ANY ($3::text[])
          ORDER BY e.session_id, e.seq`,
        [userId, ids, OWN_EVENT_TYPES],
      ),
    ]);
    return sessions.map((s) => ({
      ...s,
      feedbackReceived: feedback.filter((f) => f.mockSessionId === s.id).map(({ mockSessionId: _, ...f }) => f),
      myEvents: events
        .filter((e) => e.sessionId === s.id)
        .map(({ sessionId: _, ...e }) => {
          // A scorecard given stays, without whom it was about.
          if (e.type !== 'SCORECARD_SUBMITTED') return e;
          const { candidateId: _candidate, ...payload } = e.payload;
          return { ...e, payload };
        }),
    }));
  }
}
