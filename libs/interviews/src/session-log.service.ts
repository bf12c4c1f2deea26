import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { channelName, Clock, InjectPubSub, PubSubEngine } from '@prepstack/platform';
import { NewEvent, SessionEvent, SessionEventType, visibilityOf } from './domain';
import { SessionEventEntity } from './entities';
import { InterviewsException } from './interviews.exception';
import { emptySession, foldEvents, SessionState } from './session-state';

/** Sessions whose folded state a process keeps in memory. */
const MAX_CACHED_SESSIONS = 2_000;
/** Events read from the log per query when replaying or folding. */
export const LOG_PAGE = 500;

/** The PubSub channel of a session's events. */
export const sessionChannel = (sessionId: string) => channelName('session', sessionId);

function toEvent(row: SessionEventEntity): SessionEvent {
  return {
    sessionId: row.sessionId,
    seq: row.seq,
    type: row.type,
    actorId: row.actorId,
    payload: row.payload as never,
    visibility: row.visibility,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The event log of mock sessions: the one place events are appended. An append runs in a
 * transaction that locks the session row, folds the log up to that point, lets the caller
 * decide on that state, inserts the new events with the next seqs (gap-free, because the row
 * lock serialises appends per session) and updates the projections; the events are published
 * only after the commit. Folded states are cached per process and caught up from the log, so
 * several processes can append to one session.
 */
@Injectable()
export class SessionLogService {
  private readonly logger = new Logger(SessionLogService.name);
  private readonly cache = new Map<string, SessionState>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends the events `decide` returns for the session's current state, atomically.
   *
   * @param decide throws a domain exception to refuse the action; returns the events to append
   * @returns the committed events (seq assigned) and the state after them
   * @throws InterviewsException NOT_FOUND for an unknown session, or whatever `decide` throws
   */
  async append(
    sessionId: string,
    actorId: string | null,
    decide: (state: SessionState, manager: EntityManager) => NewEvent[] | Promise<NewEvent[]>,
  ): Promise<{ events: SessionEvent[]; state: SessionState }> {
    const events = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query('SELECT last_seq FROM mock_session WHERE id = $1 FOR UPDATE', [sessionId]);
      if (!row) throw InterviewsException.sessionNotFound();
      const state = await this.caughtUp(sessionId, row.last_seq, manager);
      const planned = await decide(state, manager);
      if (planned.length === 0) return [];
      const now = this.clock.now().toISOString();
      const appended: SessionEvent[] = planned.map((e, i) => ({
        sessionId,
        seq: state.lastSeq + i + 1,
        type: e.type,
        actorId,
        payload: e.payload,
        visibility: visibilityOf(e.type),
        createdAt: now,
      }));
      await manager.query(
        `INSERT INTO session_event (session_id, seq, type, actor_id, payload, visibility, created_at)
         SELECT $1, e.seq, e.type, $2, e.payload, e.visibility, $3
           FROM jsonb_to_recordset($4::jsonb) AS e(seq int, type text, payload jsonb, visibility text)`,
        [sessionId, actorId, now, JSON.stringify(appended.map(({ seq, type, payload, visibility }) => ({ seq, type, payload, visibility })))],
      );
      await this.project(manager, sessionId, appended);
      return appended;
    });
    const state = this.cache.get(sessionId);
    if (state) foldEvents(state, events);
    // Committed first, published second; subscribers fill any gap from the log.
    for (const event of events) await this.pubSub.publish(sessionChannel(sessionId), event);
    return { events, state: state ?? (await this.state(sessionId)) };
  }

  /**
   * The cached state when this process has one (possibly a few events behind), else the state
   * read from the log. For pre-checks whose action re-checks under the row lock anyway.
   */
  async recentState(sessionId: string): Promise<SessionState> {
    return this.cache.get(sessionId) ?? this.state(sessionId);
  }

  /**
   * The session's state folded from its log (cached, caught up with the log on every call).
   * @throws InterviewsException NOT_FOUND for an unknown session
   */
  async state(sessionId: string): Promise<SessionState> {
    const [row] = await this.dataSource.query('SELECT last_seq FROM mock_session WHERE id = $1', [sessionId]);
    if (!row) throw InterviewsException.sessionNotFound();
    return this.caughtUp(sessionId, row.last_seq, this.dataSource.manager);
  }

  /** Events with seq > afterSeq, in order, at most `limit`. */
  async read(sessionId: string, afterSeq: number, limit = LOG_PAGE, manager: EntityManager = this.dataSource.manager): Promise<SessionEvent[]> {
    const rows = await manager.getRepository(SessionEventEntity).find({
      where: { sessionId, seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
      take: limit,
    });
    return rows.map(toEvent);
  }

  /** Events with afterSeq < seq < beforeSeq, in order. */
  async readBetween(sessionId: string, afterSeq: number, beforeSeq: number): Promise<SessionEvent[]> {
    const rows: SessionEventEntity[] = await this.dataSource.getRepository(SessionEventEntity)
      .createQueryBuilder('e')
      .where('e.session_id = :sessionId AND e.seq > :afterSeq AND e.seq < :beforeSeq', { sessionId, afterSeq, beforeSeq })
      .orderBy('e.seq', 'ASC')
      .getMany();
    return rows.map(toEvent);
  }

  /** The (seq, type, payload) of the events that change roles, for visibility at replay. */
  async roleEvents(sessionId: string, uptoSeq: number): Promise<SessionEvent[]> {
    const rows: SessionEventEntity[] = await this.dataSource.getRepository(SessionEventEntity)
      .createQueryBuilder('e')
      .where(`e.session_id = :sessionId AND e.seq <= :uptoSeq AND e.type IN ('PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'ROLES_SWAPPED')`, { sessionId, uptoSeq })
      .orderBy('e.seq', 'ASC')
      .getMany();
    return rows.map(toEvent);
  }

  /** Live sessions whose timer ran out by `now`, oldest deadline first (at most `limit`). */
  async expiredSessions(now: Date, limit = 20): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM mock_session WHERE status = 'LIVE' AND timer_deadline <= $1 ORDER BY timer_deadline LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Ended sessions whose attempts are not recorded yet (a crash between the two steps). */
  async unrecordedSessions(limit = 20): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM mock_session WHERE status = 'ENDED' AND attempts_recorded_at IS NULL ORDER BY ended_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  private async caughtUp(sessionId: string, lastSeq: number, manager: EntityManager): Promise<SessionState> {
    let state = this.cache.get(sessionId);
    if (!state || state.lastSeq > lastSeq) state = emptySession(sessionId);
    while (state.lastSeq < lastSeq) {
      const page = await this.read(sessionId, state.lastSeq, LOG_PAGE, manager);
      if (page.length === 0) break;
      foldEvents(state, page);
    }
    if (this.cache.size >= MAX_CACHED_SESSIONS && !this.cache.has(sessionId)) {
      this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(sessionId, state);
    return state;
  }

  /** Keeps the query-side projections in step with the appended events (same transaction). */
  private async project(manager: EntityManager, sessionId: string, events: SessionEvent[]): Promise<void> {
    const last = events.at(-1)!;
    await manager.query('UPDATE mock_session SET last_seq = $2 WHERE id = $1', [sessionId, last.seq]);
    for (const e of events) {
      const p = e.payload as never as Record<string, string>;
      switch (e.type as SessionEventType) {
        case 'PARTICIPANT_JOINED':
          await manager.query(
            `INSERT INTO mock_participant (session_id, user_id, role, active, joined_at) VALUES ($1, $2, $3, true, $4)
             ON CONFLICT (session_id, user_id) DO UPDATE SET role = EXCLUDED.role, active = true`,
            [sessionId, p.userId, p.role, e.createdAt],
          );
          break;
        case 'PARTICIPANT_LEFT':
          await manager.query('UPDATE mock_participant SET active = false WHERE session_id = $1 AND user_id = $2', [sessionId, p.userId]);
          break;
        case 'ROLES_SWAPPED':
          await manager.query(
            `UPDATE mock_participant SET role = CASE user_id WHEN $2::uuid THEN 'INTERVIEWER' ELSE 'CANDIDATE' END
              WHERE session_id = $1 AND user_id IN ($2::uuid, $3::uuid)`,
            [sessionId, p.interviewerId, p.candidateId],
          );
          break;
        case 'TIMER_STARTED':
        case 'TIMER_RESUMED':
          await manager.query('UPDATE mock_session SET timer_deadline = $2 WHERE id = $1', [sessionId, p.deadline]);
          break;
        case 'TIMER_PAUSED':
        case 'TIMER_EXPIRED':
          await manager.query('UPDATE mock_session SET timer_deadline = NULL WHERE id = $1', [sessionId]);
          break;
        case 'SESSION_ENDED':
          await manager.query(`UPDATE mock_session SET status = 'ENDED', ended_at = $2, timer_deadline = NULL WHERE id = $1`, [sessionId, e.createdAt]);
          break;
        case 'ATTEMPTS_RECORDED':
          await manager.query('UPDATE mock_session SET attempts_recorded_at = $2 WHERE id = $1', [sessionId, e.createdAt]);
          break;
        default:
          break;
      }
    }
    this.logger.debug(`session ${sessionId}: appended ${events.map((e) => `${e.seq}:${e.type}`).join(', ')}`);
  }
}
