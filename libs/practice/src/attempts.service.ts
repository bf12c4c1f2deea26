import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CatalogService, PromptEntity } from '@prepstack/catalog';
import { Clock, Connection } from '@prepstack/platform';
import { AttemptStatus, CriterionScore, MAX_ANSWER_BYTES } from './domain';
import { AttemptsArgs } from './dto/attempts.args';
import { SaveDraftInput } from './dto/save-draft.input';
import { StartAttemptInput } from './dto/start-attempt.input';
import { SubmitAttemptInput } from './dto/submit-attempt.input';
import { AttemptEntity, PracticeSetEntity, StoredHint } from './entities';
import { connectionFromRows, parseTimeKey, timeKey } from './keyset';
import { AttemptModel, toAttemptModel } from './models/attempt.model';
import { PracticeException } from './practice.exception';
import { finishTimer } from './practice-set-timer';
import { ReviewsService } from './reviews.service';
import { checkCriterionScores, ratingForScore, rubricScore, utf8Bytes } from './scoring';

/** What the mock-interview library hands over for each prompt a candidate answered and was scored on. */
export interface MockAttemptInput {
  /** The candidate. */
  userId: string;
  promptId: string;
  mockSessionId: string;
  startedAt: Date;
  submittedAt: Date;
  /** At most 64 KiB of UTF-8. */
  answer: string;
  language?: string | null;
  /** The interviewer's score 0..3 for every rubric criterion, each once. */
  scorecard: { criterionId: string; score: number }[];
  feedback?: string | null;
}

/** The pause fields once a pause (if any) ends at `now`: pausedAt cleared, its length added to pausedMs. */
function endPause(attempt: Pick<AttemptEntity, 'pausedAt' | 'pausedMs'>, now: Date): { pausedAt: null; pausedMs: number } {
  const pause = attempt.pausedAt ? Math.max(0, now.getTime() - attempt.pausedAt.getTime()) : 0;
  return { pausedAt: null, pausedMs: attempt.pausedMs + pause };
}

const isUniqueViolation = (error: unknown) => error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505';
const isForeignKeyViolation = (error: unknown) => error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23503';

/**
 * Attempts: start, hints, drafts, submit with self-assessment, abandon, history; and the MOCK
 * attempts the interviews library records. Every read and write is scoped to the owner: another
 * user's attempt is NOT_FOUND, never FORBIDDEN. Writes to one attempt are serialised on its row
 * lock (`SELECT … FOR UPDATE`), so concurrent submits, hints and drafts cannot interleave.
 */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly reviews: ReviewsService,
  ) {}

  /**
   * Starts a SOLO attempt on an active prompt, recording the start time and the prompt's content
   * revision; when the user already has one in progress on the prompt, returns that one (at most
   * one attempt in progress per user and prompt), attached to the practice set if given.
   *
   * @throws PracticeException NOT_FOUND on `input.promptId` (no active prompt) or
   *   `input.practiceSetId` (not the user's set); BAD_USER_INPUT on `input.promptId` when the
   *   prompt is not in the set; CONFLICT when the set is finished
   */
  async start(userId: string, input: StartAttemptInput): Promise<AttemptModel> {
    const [prompt] = await this.catalog.promptsByIds([input.promptId]);
    if (!prompt) throw PracticeException.notFound('prompt', 'input.promptId', input.promptId);
    const setId = input.practiceSetId?.toLowerCase() ?? null;
    return this.dataSource.transaction(async (m) => {
      if (setId) await this.checkSetItem(m, userId, setId, prompt.id);
      const now = this.clock.now();
      // Retried: an attempt in progress may be submitted between the insert and the read.
      for (let round = 0; round < 3; round++) {
        const inserted: { id: string }[] = await m.query(
          `INSERT INTO attempt (user_id, prompt_id, prompt_revision, mode, status, started_at, updated_at, practice_set_id)
           VALUES ($1, $2, $3, 'SOLO', 'IN_PROGRESS', $4, $4, $5)
           ON CONFLICT (user_id, prompt_id) WHERE status = 'IN_PROGRESS' DO NOTHING RETURNING id`,
          [userId, prompt.id, prompt.revision, now, setId],
        );
        if (inserted.length) return toAttemptModel(await m.findOneByOrFail(AttemptEntity, { id: inserted[0].id }));
        const existing = await m.findOne(AttemptEntity, {
          where: { userId, promptId: prompt.id, status: AttemptStatus.IN_PROGRESS },
          lock: { mode: 'pessimistic_write' },
        });
        if (existing) {
          if (setId && !existing.practiceSetId) {
            await m.update(AttemptEntity, { id: existing.id }, { practiceSetId: setId, updatedAt: now });
            existing.practiceSetId = setId;
            existing.updatedAt = now;
          }
          return toAttemptModel(existing);
        }
      }
      throw new Error(`could not start or resume an attempt on prompt ${prompt.id}`);
    });
  }

  /**
   * Reveals the next hint of an attempt in progress (hints come in the prompt's order, most
   * general first), recording when.
   *
   * @throws PracticeException NOT_FOUND on `attemptId`; CONFLICT (NOT_IN_PROGRESS) once
   *   submitted or abandoned, (NO_MORE_HINTS) when every hint is revealed
   */
  async revealHint(userId: string, attemptId: string): Promise<AttemptModel> {
    return this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, userId, attemptId, 'attemptId');
      this.requireInProgress(attempt);
      const { hints } = await this.catalog.promptContent(attempt.promptId);
      const index = attempt.hintsRevealed.length;
      if (index >= hints.length) throw PracticeException.conflict(`all ${hints.length} hints are already revealed`, 'NO_MORE_HINTS');
      const now = this.clock.now();
      const hintsRevealed: StoredHint[] = [...attempt.hintsRevealed, { index, text: hints[index], revealedAt: now.toISOString() }];
      await m.update(AttemptEntity, { id: attempt.id }, { hintsRevealed, updatedAt: now });
      return toAttemptModel({ ...attempt, hintsRevealed, updatedAt: now });
    });
  }

  /**
   * Saves the answer so far (and its language, kept when not given) on an attempt in progress.
   * @throws PracticeException NOT_FOUND on `input.attemptId`; CONFLICT (NOT_IN_PROGRESS)
   */
  async saveDraft(userId: string, input: SaveDraftInput): Promise<AttemptModel> {
    return this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, userId, input.attemptId, 'input.attemptId');
      this.requireInProgress(attempt);
      const changes = { answer: input.answer, language: input.language ?? attempt.language, updatedAt: this.clock.now() };
      await m.update(AttemptEntity, { id: attempt.id }, changes);
      return toAttemptModel({ ...attempt, ...changes });
    });
  }

  /**
   * Pauses the clock of an attempt in progress (pausing a paused one changes nothing). Drafts
   * and hints still save while paused; the time until resume or submit is left out of the
   * attempt's duration.
   *
   * @throws PracticeException NOT_FOUND on `attemptId`; CONFLICT (NOT_IN_PROGRESS) once
   *   submitted or abandoned
   */
  async pause(userId: string, attemptId: string): Promise<AttemptModel> {
    return this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, userId, attemptId, 'attemptId');
      this.requireInProgress(attempt);
      if (attempt.pausedAt) return toAttemptModel(attempt);
      const now = this.clock.now();
      const changes = { pausedAt: now, updatedAt: now };
      await m.update(AttemptEntity, { id: attempt.id }, changes);
      return toAttemptModel({ ...attempt, ...changes });
    });
  }

  /**
   * Starts a paused attempt's clock again (resuming a running one changes nothing), adding the
   * pause to `pausedMs`.
   *
   * @throws PracticeException NOT_FOUND on `attemptId`; CONFLICT (NOT_IN_PROGRESS) once
   *   submitted or abandoned
   */
  async resume(userId: string, attemptId: string): Promise<AttemptModel> {
    return this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, userId, attemptId, 'attemptId');
      this.requireInProgress(attempt);
      if (!attempt.pausedAt) return toAttemptModel(attempt);
      const now = this.clock.now();
      const changes = { ...endPause(attempt, now), updatedAt: now };
      await m.update(AttemptEntity, { id: attempt.id }, changes);
      return toAttemptModel({ ...attempt, ...changes });
    });
  }

  /**
   * Submits an attempt: the final answer, a self-assessment of every rubric criterion (0..3)
   * and a review rating. Records the duration (submit − start − time paused, ms), the hints used and the
   * score (see rubricScore: round(100 × Σ wᵢ·sᵢ / (3 × Σ wᵢ))), then updates the review card
   * and writes a review log row (ts-fsrs), all in one transaction. A submitted attempt never
   * changes again.
   *
   * Idempotent by `input.idempotencyKey`: the same key on a submitted attempt returns the stored
   * result and writes nothing; concurrent submits wait on the attempt's row lock, so exactly one
   * of them submits.
   *
   * @throws PracticeException NOT_FOUND on `input.attemptId` (absent or another user's);
   *   CONFLICT (ALREADY_SUBMITTED) for another key on a submitted attempt, (NOT_IN_PROGRESS)
   *   on an abandoned one; BAD_USER_INPUT on `input.selfAssessment…` (see checkCriterionScores)
   */
  async submit(userId: string, input: SubmitAttemptInput): Promise<AttemptModel> {
    return this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, userId, input.attemptId, 'input.attemptId');
      if (attempt.status === AttemptStatus.SUBMITTED) {
        if (attempt.idempotencyKey === input.idempotencyKey) return toAttemptModel(attempt);
        throw PracticeException.conflict('this attempt is already submitted (with another idempotency key)', 'ALREADY_SUBMITTED', {
          field: 'input.idempotencyKey',
        });
      }
      this.requireInProgress(attempt);
      const { rubric } = await this.catalog.promptContent(attempt.promptId);
      checkCriterionScores(rubric, input.selfAssessment, 'input.selfAssessment');
      const now = this.clock.now();
      const selfAssessment: CriterionScore[] = input.selfAssessment.map((s) => ({ criterionId: s.criterionId, score: s.score }));
      // Submitting while paused ends the pause at the submit.
      const paused = endPause(attempt, now);
      const changes = {
        status: AttemptStatus.SUBMITTED,
        submittedAt: now,
        updatedAt: now,
        ...paused,
        durationMs: Math.max(0, now.getTime() - attempt.startedAt.getTime() - paused.pausedMs),
        answer: input.answer,
        language: input.language ?? attempt.language,
        selfAssessment,
        score: rubricScore(rubric, selfAssessment),
        rating: input.rating,
        idempotencyKey: input.idempotencyKey,
      };
      await m.update(AttemptEntity, { id: attempt.id }, changes);
      await this.reviews.review(m, { userId, promptId: attempt.promptId, attemptId: attempt.id, rating: input.rating, at: now });
      if (attempt.practiceSetId) await this.finishSetIfComplete(m, attempt.practiceSetId, now);
      return toAttemptModel({ ...attempt, ...changes });
    });
  }

  /**
   * Gives up an attempt in progress (abandoning twice is harmless). It keeps its draft and
   * hints, gets no score and changes no review.
   *
   * @throws PracticeException NOT_FOUND on `attemptId`; CONFLICT (ALREADY_SUBMITTED)
   */
  async abandon(userId: string, attemptId: string): Promise<AttemptModel> {
    return this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, userId, attemptId, 'attemptId');
      if (attempt.status === AttemptStatus.ABANDONED) return toAttemptModel(attempt);
      if (attempt.status === AttemptStatus.SUBMITTED) throw PracticeException.conflict('a submitted attempt cannot be abandoned', 'ALREADY_SUBMITTED');
      const now = this.clock.now();
      const changes = { status: AttemptStatus.ABANDONED, abandonedAt: now, updatedAt: now, ...endPause(attempt, now) };
      await m.update(AttemptEntity, { id: attempt.id }, changes);
      if (attempt.practiceSetId) await this.finishSetIfComplete(m, attempt.practiceSetId, now);
      return toAttemptModel({ ...attempt, ...changes });
    });
  }

  /** @throws PracticeException NOT_FOUND on `id` when absent or another user's */
  async get(userId: string, id: string): Promise<AttemptModel> {
    const attempt = await this.dataSource.getRepository(AttemptEntity).findOne({ where: { id: id.toLowerCase(), userId } });
    if (!attempt) throw PracticeException.notFound('attempt', 'id', id);
    return toAttemptModel(attempt);
  }

  /**
   * One page of the user's attempts, newest start first (started_at, id descending), filtered
   * by prompt, the prompt's stack (cross-stack prompts included), kind and topic or area, status,
   * mode and a start-time window [from, to). Retired prompts' attempts are included.
   *
   * @throws DomainException BAD_USER_INPUT on `after` for a cursor that is not ours
   */
  async list(userId: string, args: AttemptsArgs): Promise<Connection<AttemptModel>> {
    const f = args.filter ?? {};
    const qb = this.dataSource
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .innerJoin(PromptEntity, 'p', 'p.id = a.prompt_id')
      .where('a.user_id = :userId', { userId });
    if (f.promptId) qb.andWhere('a.prompt_id = :promptId', { promptId: f.promptId.toLowerCase() });
    if (f.stack) qb.andWhere(':stack = ANY(p.stacks)', { stack: f.stack });
    if (f.kind) qb.andWhere('p.kind = :kind', { kind: f.kind });
    if (f.topic) {
      qb.andWhere(f.topic.includes('/') ? ':topic = ANY(p.topics)' : `EXISTS (SELECT 1 FROM unnest(p.topics) AS t(id) WHERE split_part(t.id, '/', 1) = :topic)`, {
        topic: f.topic,
      });
    }
    if (f.status) qb.andWhere('a.status = :status', { status: f.status });
    if (f.mode) qb.andWhere('a.mode = :mode', { mode: f.mode });
    if (f.from) qb.andWhere('a.started_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.started_at < :to', { to: f.to });
    const totalCount = await qb.getCount();
    if (args.after) {
      const { at, id } = parseTimeKey(args.after);
      qb.andWhere('(a.started_at, a.id) < (:afterAt, :afterId)', { afterAt: at, afterId: id });
    }
    const rows = await qb.orderBy('a.started_at', 'DESC').addOrderBy('a.id', 'DESC').limit(args.first + 1).getMany();
    return connectionFromRows(rows.map(toAttemptModel), args, (a) => timeKey(a.startedAt, a.id), totalCount);
  }

  /** The prompts among `promptIds` the user has submitted an attempt on (solo or mock). */
  async submittedPromptIds(userId: string, promptIds: readonly string[]): Promise<Set<string>> {
    if (!promptIds.length) return new Set();
    const rows: { prompt_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT prompt_id FROM attempt WHERE user_id = $1 AND status = 'SUBMITTED' AND prompt_id = ANY($2::uuid[])`,
      [userId, promptIds.map((id) => id.toLowerCase())],
    );
    return new Set(rows.map((r) => r.prompt_id));
  }

  /**
   * Records a prompt a candidate answered in a mock session as a SUBMITTED attempt of mode MOCK,
   * with the interviewer's scorecard and feedback. The score uses the solo formula (rubricScore);
   * the review rating is derived from it (ratingForScore: <40 AGAIN, <65 HARD, <85 GOOD, else
   * EASY) and updates the review card and log as a solo submit does, reviewed at `submittedAt`.
   *
   * Idempotent per (mockSessionId, userId, promptId) (a unique index): a second call, even a
   * concurrent one, returns the first result and writes nothing.
   *
   * @returns the attempt's id and its 0..100 score
   * @throws PracticeException BAD_USER_INPUT on `answer` (over 64 KiB), `scorecard…` (see
   *   checkCriterionScores), `userId` (no such user); NOT_FOUND on `promptId` (not in the bank)
   */
  async recordMockAttempt(input: MockAttemptInput): Promise<{ attemptId: string; score: number }> {
    const recorded = await this.recordedMock(this.dataSource.manager, input);
    if (recorded) return recorded;
    if (utf8Bytes(input.answer) > MAX_ANSWER_BYTES) throw PracticeException.badInput('answer', `must be at most ${MAX_ANSWER_BYTES} bytes (UTF-8)`);
    const [prompt] = await this.catalog.promptsByIds([input.promptId]);
    if (!prompt) throw PracticeException.notFound('prompt', 'promptId', input.promptId);
    const { rubric } = await this.catalog.promptContent(prompt.id);
    checkCriterionScores(rubric, input.scorecard, 'scorecard');
    const scorecard: CriterionScore[] = input.scorecard.map((s) => ({ criterionId: s.criterionId, score: s.score }));
    const score = rubricScore(rubric, scorecard);
    const rating = ratingForScore(score);
    try {
      return await this.dataSource.transaction(async (m) => {
        const inserted: { id: string }[] = await m.query(
          `INSERT INTO attempt (user_id, prompt_id, prompt_revision, mode, status, started_at, submitted_at, updated_at, duration_ms,
                                answer, language, scorecard, feedback, score, rating, mock_session_id)
           VALUES ($1, $2, $3, 'MOCK', 'SUBMITTED', $4, $5, $5, $6, $7, $8, $9, $10, $11, $12, $13)
           ON CONFLICT (mock_session_id, user_id, prompt_id) WHERE mock_session_id IS NOT NULL DO NOTHING RETURNING id`,
          [
            input.userId,
            prompt.id,
            prompt.revision,
            input.startedAt,
            input.submittedAt,
            Math.max(0, input.submittedAt.getTime() - input.startedAt.getTime()),
            input.answer,
            input.language ?? null,
            JSON.stringify(scorecard),
            input.feedback ?? null,
            score,
            rating,
            input.mockSessionId,
          ],
        );
        // Another call recorded it first (we waited on its insert): return its result.
        if (!inserted.length) return (await this.recordedMock(m, input))!;
        await this.reviews.review(m, { userId: input.userId, promptId: prompt.id, attemptId: inserted[0].id, rating, at: input.submittedAt });
        return { attemptId: inserted[0].id, score };
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw PracticeException.badInput('userId', `no user with id '${input.userId}'`);
      if (isUniqueViolation(error)) return (await this.recordedMock(this.dataSource.manager, input))!;
      throw error;
    }
  }

  private async recordedMock(
    m: EntityManager,
    input: { userId: string; promptId: string; mockSessionId: string },
  ): Promise<{ attemptId: string; score: number } | null> {
    const found = await m.findOne(AttemptEntity, {
      where: { mockSessionId: input.mockSessionId.toLowerCase(), userId: input.userId.toLowerCase(), promptId: input.promptId.toLowerCase() },
    });
    return found ? { attemptId: found.id, score: found.score! } : null;
  }

  /** The user's attempt, locked for the rest of the transaction. @throws NOT_FOUND on `field` */
  private async lockOwn(m: EntityManager, userId: string, attemptId: string, field: string): Promise<AttemptEntity> {
    const attempt = await m.findOne(AttemptEntity, { where: { id: attemptId.toLowerCase(), userId }, lock: { mode: 'pessimistic_write' } });
    if (!attempt) throw PracticeException.notFound('attempt', field, attemptId);
    return attempt;
  }

  private requireInProgress(attempt: AttemptEntity): void {
    if (attempt.status !== AttemptStatus.IN_PROGRESS) {
      throw PracticeException.conflict(`the attempt is ${attempt.status.toLowerCase().replace('_', ' ')}, no longer in progress`, 'NOT_IN_PROGRESS');
    }
  }

  /** @throws NOT_FOUND when the set is not the user's; BAD_USER_INPUT when the prompt is not in it; CONFLICT when finished */
  private async checkSetItem(m: EntityManager, userId: string, setId: string, promptId: string): Promise<void> {
    const set = await m.findOne(PracticeSetEntity, { where: { id: setId, userId } });
    if (!set) throw PracticeException.notFound('practice set', 'input.practiceSetId', setId);
    if (set.status === 'FINISHED') throw PracticeException.conflict('the practice set is finished', 'SET_FINISHED', { field: 'input.practiceSetId' });
    const [item] = await m.query('SELECT 1 FROM practice_set_item WHERE practice_set_id = $1 AND prompt_id = $2', [setId, promptId]);
    if (!item) throw PracticeException.badInput('input.promptId', 'the prompt is not in this practice set');
  }

  /** Finishes a set once each of its prompts has a submitted or abandoned attempt in it and none in progress. */
  private async finishSetIfComplete(m: EntityManager, setId: string, now: Date): Promise<void> {
    const set = await m.findOne(PracticeSetEntity, { where: { id: setId }, lock: { mode: 'pessimistic_write' } });
    if (!set || set.status === 'FINISHED') return;
    const [{ open }]: { open: number }[] = await m.query(
      `SELECT count(*)::int AS open FROM practice_set_item i
        WHERE i.practice_set_id = $1
          AND (NOT EXISTS (SELECT 1 FROM attempt a WHERE a.practice_set_id = i.practice_set_id AND a.prompt_id = i.prompt_id AND a.status <> 'IN_PROGRESS')
               OR EXISTS (SELECT 1 FROM attempt a WHERE a.practice_set_id = i.practice_set_id AND a.prompt_id = i.prompt_id AND a.status = 'IN_PROGRESS'))`,
      [setId],
    );
    if (open > 0) return;
    const done = finishTimer({ startedAt: set.startedAt, pausedAt: set.pausedAt, pausedMs: set.pausedMs, budgetMs: set.minutes * 60_000, finishedAt: null }, now);
    await m.update(PracticeSetEntity, { id: setId }, { status: 'FINISHED', pausedAt: null, pausedMs: done.pausedMs, finishedAt: done.finishedAt });
  }
}

