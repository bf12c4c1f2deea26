import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { CatalogService, PromptContent } from '@prepstack/catalog';
import { checkCriterionScores } from '@prepstack/practice';
import { UsersService } from '@prepstack/identity';
import { Clock } from '@prepstack/platform';
import { CriterionScore, EndReason, MockRole, MockSessionStatus, newEvent, NewEvent, SessionEvent, TimerStatus } from './domain';
import { DraftThrottle } from './draft-throttle';
import { InterviewsException } from './interviews.exception';
import { SessionLogService } from './session-log.service';
import { currentPrompt, holderOf, remainingMs, roleOf, SessionState } from './session-state';

/** Characters of a join code: no 0/O or 1/I/L, which people misread when they read a code out. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** Draft writes accepted per session per second (the rest are coalesced; see DraftThrottle). */
export const DRAFTS_PER_SECOND = 20;

export interface CreateMockSession {
  stack: string;
  level: string;
  promptIds: string[];
  durationMinutes: number;
  swapRoles: boolean;
  /** The creator's own role. */
  role: MockRole;
}

function joinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Refuses unless the session is live and the user holds one of `roles`. */
function requireRole(state: SessionState, userId: string, action: string, roles: MockRole[]): MockRole {
  const role = roleOf(state, userId);
  if (role === undefined) throw InterviewsException.forbidden(action);
  if (state.status === MockSessionStatus.ENDED) throw InterviewsException.ended();
  if (!roles.includes(role)) throw InterviewsException.forbidden(action, roles);
  return role;
}

const INTERVIEWER = [MockRole.INTERVIEWER];
const CANDIDATE = [MockRole.CANDIDATE];

/**
 * Rooms and every action in them. Each action checks the actor's role against the session's
 * current state (the fold of its log) and appends its events through SessionLogService, in one
 * transaction per action.
 */
@Injectable()
export class MockSessionsService implements OnModuleDestroy {
  private readonly drafts: DraftThrottle<{ userId: string; text: string; language: string | null }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: SessionLogService,
    private readonly catalog: CatalogService,
    private readonly users: UsersService,
  ) {
    this.drafts = new DraftThrottle(DRAFTS_PER_SECOND, (sessionId, d) => this.writeDraft(sessionId, d.userId, d.text, d.language));
  }

  onModuleDestroy(): void {
    this.drafts.close();
  }

  /**
   * Creates a room with a fresh join code; the creator joins it in `role`.
   * @throws CatalogException NOT_FOUND on `promptIds` naming no active prompt
   */
  async create(userId: string, input: CreateMockSession): Promise<SessionState> {
    const found = await this.catalog.promptsByIds(input.promptIds);
    const missing = input.promptIds.find((id) => !found.some((p) => p.id === id.toLowerCase()));
    if (missing) throw InterviewsException.badInput('promptIds', `no active prompt with id '${missing}'`);
    const me = await this.users.get(userId);
    let sessionId: string | undefined;
    let code = '';
    for (let attempt = 0; !sessionId; attempt++) {
      try {
        code = joinCode();
        const [row] = await this.dataSource.query(
          'INSERT INTO mock_session (join_code, created_by, stack, level) VALUES ($1, $2, $3, $4) RETURNING id',
          [code, userId, input.stack, input.level],
        );
        sessionId = row.id as string;
      } catch (error) {
        // A join-code collision: draw again.
        if (!(error instanceof QueryFailedError) || attempt > 5) throw error;
      }
    }
    const { state } = await this.log.append(sessionId, userId, () => [
      newEvent('SESSION_CREATED', {
        joinCode: code,
        stack: input.stack,
        level: input.level,
        plannedPromptIds: found.map((p) => p.id),
        durationMinutes: input.durationMinutes,
        swapRoles: input.swapRoles,
      }),
      newEvent('PARTICIPANT_JOINED', { userId, displayName: me.displayName, role: input.role }),
    ]);
    return state;
  }

  /** The live session with this join code, or NOT_FOUND. */
  async findByCode(code: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT id FROM mock_session WHERE join_code = $1 AND status = 'LIVE'`, [code.toUpperCase()]);
    if (!row) throw InterviewsException.codeNotFound();
    return row.id;
  }

  /**
   * Joins by code in a role: one interviewer and one candidate at a time, any number of
   * observers. Joining again in the role one holds changes nothing.
   * @throws InterviewsException NOT_FOUND (code), CONFLICT (role taken, or already in another role)
   */
  async join(userId: string, code: string, role: MockRole): Promise<SessionState> {
    const sessionId = await this.findByCode(code);
    const me = await this.users.get(userId);
    const { state } = await this.log.append(sessionId, userId, (s) => {
      if (s.status === MockSessionStatus.ENDED) throw InterviewsException.ended();
      const mine = roleOf(s, userId);
      if (mine === role) return [];
      if (mine !== undefined) throw InterviewsException.conflict(`you are already the ${mine.toLowerCase()} here; leave first`, 'role');
      if (role !== MockRole.OBSERVER && holderOf(s, role)) throw InterviewsException.conflict(`this session already has a ${role.toLowerCase()}`, 'role');
      return [newEvent('PARTICIPANT_JOINED', { userId, displayName: me.displayName, role })];
    });
    return state;
  }

  async leave(userId: string, sessionId: string): Promise<SessionEvent> {
    return this.one(sessionId, userId, (s) => {
      if (roleOf(s, userId) === undefined) throw InterviewsException.forbidden('leave');
      return [newEvent('PARTICIPANT_LEFT', { userId })];
    });
  }

  /**
   * Shows a prompt to the candidate: `promptId`, or the next planned prompt not yet shown.
   * @throws InterviewsException BAD_USER_INPUT when nothing is left to push or the prompt is unknown
   */
  async pushPrompt(userId: string, sessionId: string, promptId?: string | null): Promise<SessionEvent> {
    return this.one(sessionId, userId, async (s) => {
      requireRole(s, userId, 'push a prompt', INTERVIEWER);
      return [await this.pushEvent(s, promptId)];
    });
  }

  /** Reveals the current prompt's next hint to the candidate. */
  async revealHint(userId: string, sessionId: string): Promise<SessionEvent> {
    return this.one(sessionId, userId, async (s) => {
      requireRole(s, userId, 'reveal a hint', INTERVIEWER);
      const open = currentPrompt(s);
      if (!open) throw InterviewsException.conflict('push a prompt first');
      const { hints } = await this.catalog.promptContent(open.promptId);
      const index = open.hints.length;
      if (index >= hints.length) throw InterviewsException.conflict('every hint of this prompt is already revealed');
      return [newEvent('HINT_REVEALED', { promptId: open.promptId, index, text: hints[index] })];
    });
  }

  async startTimer(userId: string, sessionId: string, now: Date): Promise<SessionEvent> {
    return this.one(sessionId, userId, (s) => {
      requireRole(s, userId, 'start the timer', INTERVIEWER);
      if (s.timer.status !== TimerStatus.IDLE) throw InterviewsException.conflict('the timer has already started');
      const durationMs = s.timer.durationMs;
      return [newEvent('TIMER_STARTED', { durationMs, deadline: new Date(now.getTime() + durationMs).toISOString() })];
    });
  }

  async pauseTimer(userId: string, sessionId: string, now: Date): Promise<SessionEvent> {
    return this.one(sessionId, userId, (s) => {
      requireRole(s, userId, 'pause the timer', INTERVIEWER);
      if (s.timer.status !== TimerStatus.RUNNING) throw InterviewsException.conflict('the timer is not running');
      return [newEvent('TIMER_PAUSED', { remainingMs: remainingMs(s.timer, now) })];
    });
  }

  async resumeTimer(userId: string, sessionId: string, now: Date): Promise<SessionEvent> {
    return this.one(sessionId, userId, (s) => {
      requireRole(s, userId, 'resume the timer', INTERVIEWER);
      if (s.timer.status !== TimerStatus.PAUSED) throw InterviewsException.conflict('the timer is not paused');
      return [newEvent('TIMER_RESUMED', { deadline: new Date(now.getTime() + s.timer.remainingMs).toISOString() })];
    });
  }

  /** A private note, seen by interviewers only. */
  async addNote(userId: string, sessionId: string, text: string): Promise<SessionEvent> {
    return this.one(sessionId, userId, (s) => {
      requireRole(s, userId, 'add notes', INTERVIEWER);
      return [newEvent('NOTE_ADDED', { text })];
    });
  }

  /**
   * The interviewer's scorecard for a prompt shown in this session (default: the current or
   * last one): a score 0..3 for every rubric criterion, exactly once, and written feedback.
   * Submitting again replaces it.
   * @throws InterviewsException BAD_USER_INPUT naming `scores` or `promptId`
   */
  async submitScorecard(userId: string, sessionId: string, input: { promptId?: string | null; scores: CriterionScore[]; feedback: string }): Promise<SessionEvent> {
    return this.one(sessionId, userId, async (s) => {
      requireRole(s, userId, 'submit a scorecard', INTERVIEWER);
      const shown = input.promptId ? [...s.prompts].reverse().find((p) => p.promptId === input.promptId?.toLowerCase()) : s.prompts.at(-1);
      if (!shown) throw InterviewsException.badInput('promptId', input.promptId ? 'this prompt was not shown in this session' : 'no prompt has been shown yet');
      if (!shown.candidateId) throw InterviewsException.conflict('nobody was the candidate for this prompt');
      const { rubric } = await this.catalog.promptContent(shown.promptId);
      checkCriterionScores(rubric, input.scores, 'scores');
      return [newEvent('SCORECARD_SUBMITTED', { promptId: shown.promptId, candidateId: shown.candidateId, scores: input.scores, feedback: input.feedback })];
    });
  }

  /** Interviewer and candidate change places; the next planned prompt (if any) follows for the new candidate. */
  async swapRoles(userId: string, sessionId: string): Promise<SessionEvent> {
    const { events } = await this.log.append(sessionId, userId, async (s) => {
      requireRole(s, userId, 'swap roles', INTERVIEWER);
      const candidate = holderOf(s, MockRole.CANDIDATE);
      if (!candidate) throw InterviewsException.conflict('there is no candidate to swap with');
      const swapped = newEvent('ROLES_SWAPPED', { interviewerId: candidate.userId, candidateId: userId });
      const next = this.nextPlanned(s);
      if (!next) return [swapped];
      const { prompt } = await this.catalog.promptContent(next);
      return [swapped, newEvent('PROMPT_PUSHED', { promptId: prompt.id, title: prompt.title, candidateId: userId })];
    });
    return events[0];
  }

  /**
   * The candidate's live answer. Accepted at most DRAFTS_PER_SECOND times a second per
   * session; over that the latest is held and written when the window opens.
   * @returns 'written' when appended now, 'held' when kept for the next window
   * @throws InterviewsException FORBIDDEN unless the caller is the candidate
   */
  async updateDraft(userId: string, sessionId: string, text: string, language: string | null): Promise<'written' | 'held'> {
    // The cached state is enough to refuse early; writeDraft re-checks under the row lock.
    const state = await this.log.recentState(sessionId);
    requireRole(state, userId, 'update the draft', CANDIDATE);
    return this.drafts.submit(sessionId, { userId, text, language });
  }

  async sendChatMessage(userId: string, sessionId: string, text: string): Promise<SessionEvent> {
    return this.one(sessionId, userId, (s) => {
      requireRole(s, userId, 'chat', [MockRole.INTERVIEWER, MockRole.CANDIDATE]);
      return [newEvent('CHAT_MESSAGE', { text })];
    });
  }

  /** Ends the session (interviewer, or the server when the timer runs out: `userId` null). */
  async end(userId: string | null, sessionId: string, reason: EndReason): Promise<SessionEvent | null> {
    const { events } = await this.log.append(sessionId, userId, (s) => {
      if (userId !== null) requireRole(s, userId, 'end the session', INTERVIEWER);
      else if (s.status === MockSessionStatus.ENDED) return [];
      const ending: NewEvent[] = [];
      if (reason === EndReason.TIMER_EXPIRED) ending.push(newEvent('TIMER_EXPIRED', {}));
      ending.push(newEvent('SESSION_ENDED', { reason }));
      return ending;
    });
    this.drafts.forget(sessionId);
    return events.at(-1) ?? null;
  }

  private async writeDraft(sessionId: string, userId: string, text: string, language: string | null): Promise<void> {
    await this.log.append(sessionId, userId, (s) => {
      // Roles may have changed while the draft was held.
      if (roleOf(s, userId) !== MockRole.CANDIDATE || s.status === MockSessionStatus.ENDED) return [];
      return [newEvent('DRAFT_UPDATED', { promptId: currentPrompt(s)?.promptId ?? null, text, language })];
    });
  }

  private nextPlanned(s: SessionState): string | undefined {
    const shown = new Set(s.prompts.map((p) => p.promptId));
    return s.plannedPromptIds.find((id) => !shown.has(id));
  }

  private async pushEvent(s: SessionState, promptId?: string | null): Promise<NewEvent> {
    const id = promptId ?? this.nextPlanned(s);
    if (!id) throw InterviewsException.badInput('promptId', 'every planned prompt has been shown; name one');
    let content: PromptContent;
    try {
      content = await this.catalog.promptContent(id);
    } catch {
      throw InterviewsException.badInput('promptId', `no active prompt with id '${id}'`);
    }
    return newEvent('PROMPT_PUSHED', { promptId: content.prompt.id, title: content.prompt.title, candidateId: holderOf(s, MockRole.CANDIDATE)?.userId ?? null });
  }

  private async one(sessionId: string, userId: string, decide: (s: SessionState) => NewEvent[] | Promise<NewEvent[]>): Promise<SessionEvent> {
    const { events } = await this.log.append(sessionId, userId, decide);
    return events[0];
  }
}
