import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CatalogService, Difficulty } from '@prepstack/catalog';
import { Clock, Connection, ConnectionArgs } from '@prepstack/platform';
import { AttemptStatus, PracticeSetStatus } from './domain';
import { StartPracticeSetInput } from './dto/start-practice-set.input';
import { AttemptEntity, PracticeSetEntity, PracticeSetItemEntity } from './entities';
import { connectionFromRows, parseTimeKey, timeKey } from './keyset';
import { toAttemptModel } from './models/attempt.model';
import { PracticeSetModel } from './models/practice-set.model';
import { PracticeException } from './practice.exception';
import { elapsedMs, finishTimer, pauseTimer, remainingMs, resumeTimer, SetTimer, targetTimes, timerStatus } from './practice-set-timer';
import { PracticeQueueService } from './practice-queue.service';

const timerOf = (s: PracticeSetEntity): SetTimer => ({
  startedAt: s.startedAt,
  pausedAt: s.pausedAt,
  pausedMs: s.pausedMs,
  budgetMs: s.minutes * 60_000,
  finishedAt: s.finishedAt,
});

/**
 * Practice sets: a timed study session over prompts picked from the practice queue. The timer
 * lives on the server (start, pauses, finish are stored instants; elapsed and remaining time are
 * computed from the app's clock on every read), so every client and replica shows the same
 * time. Attempts join a set through startAttempt(practiceSetId); a set finishes by itself once
 * each of its prompts has a submitted or abandoned attempt, or by finishPracticeSet.
 */
@Injectable()
export class PracticeSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly queue: PracticeQueueService,
  ) {}

  /**
   * Starts a set of up to `size` prompts taken from the head of the user's practice queue for
   * the filter, with a time budget of `minutes` split into targets by difficulty (targetTimes).
   *
   * @throws PracticeException BAD_USER_INPUT on `input` when no prompt matches the filter
   */
  async start(userId: string, input: StartPracticeSetInput): Promise<PracticeSetModel> {
    const picked = await this.queue.queue(userId, input, input.size);
    if (!picked.length) throw PracticeException.badInput('input', 'no prompt matches this filter');
    const targets = targetTimes(
      input.minutes * 60_000,
      picked.map((p) => p.prompt.difficulty),
    );
    const id = await this.dataSource.transaction(async (m) => {
      const [{ id: setId }]: { id: string }[] = await m.query(
        `INSERT INTO practice_set (user_id, stack, level, kinds, topics, minutes, status, started_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'RUNNING', $7) RETURNING id`,
        [userId, input.stack ?? null, input.level ?? null, input.kinds ?? [], input.topics ?? [], input.minutes, this.clock.now()],
      );
      await m.insert(
        PracticeSetItemEntity,
        picked.map((p, position) => ({
          practiceSetId: setId,
          position,
          promptId: p.prompt.id,
          difficulty: p.prompt.difficulty,
          targetMs: targets.get(p.prompt.difficulty)!,
        })),
      );
      return setId;
    });
    return this.get(userId, id);
  }

  /** @throws PracticeException NOT_FOUND on `id` when absent or another user's */
  async get(userId: string, id: string): Promise<PracticeSetModel> {
    const set = await this.dataSource.getRepository(PracticeSetEntity).findOne({ where: { id: id.toLowerCase(), userId } });
    if (!set) throw PracticeException.notFound('practice set', 'id', id);
    return (await this.toModels([set]))[0];
  }

  /**
   * One page of the user's sets, newest first.
   * @throws DomainException BAD_USER_INPUT on `after` for a cursor that is not ours
   */
  async list(userId: string, args: ConnectionArgs): Promise<Connection<PracticeSetModel>> {
    const qb = this.dataSource.getRepository(PracticeSetEntity).createQueryBuilder('s').where('s.user_id = :userId', { userId });
    const totalCount = await qb.getCount();
    if (args.after) {
      const { at, id } = parseTimeKey(args.after);
      qb.andWhere('(s.started_at, s.id) < (:afterAt, :afterId)', { afterAt: at, afterId: id });
    }
    const rows = await qb.orderBy('s.started_at', 'DESC').addOrderBy('s.id', 'DESC').limit(args.first + 1).getMany();
    return connectionFromRows(await this.toModels(rows), args, (s) => timeKey(s.startedAt, s.id), totalCount);
  }

  /**
   * Stops the set's clock (pausing a paused set changes nothing).
   * @throws PracticeException NOT_FOUND on `id`; CONFLICT (SET_FINISHED, TIME_UP)
   */
  pause(userId: string, id: string): Promise<PracticeSetModel> {
    return this.change(userId, id, (set, now) => {
      if (timerStatus(timerOf(set), now) === PracticeSetStatus.TIME_UP) throw PracticeException.conflict('the time of this practice set is up', 'TIME_UP');
      const t = pauseTimer(timerOf(set), now);
      return { status: t.pausedAt ? 'PAUSED' : 'RUNNING', pausedAt: t.pausedAt };
    });
  }

  /**
   * Starts the set's clock again (resuming a running set changes nothing).
   * @throws PracticeException NOT_FOUND on `id`; CONFLICT (SET_FINISHED)
   */
  resume(userId: string, id: string): Promise<PracticeSetModel> {
    return this.change(userId, id, (set, now) => {
      const t = resumeTimer(timerOf(set), now);
      return { status: 'RUNNING', pausedAt: null, pausedMs: t.pausedMs };
    });
  }

  /**
   * Ends the set now; attempts in progress stay open on their own.
   * @throws PracticeException NOT_FOUND on `id`; CONFLICT (SET_FINISHED)
   */
  finish(userId: string, id: string): Promise<PracticeSetModel> {
    return this.change(userId, id, (set, now) => {
      const t = finishTimer(timerOf(set), now);
      return { status: 'FINISHED', pausedAt: null, pausedMs: t.pausedMs, finishedAt: t.finishedAt };
    });
  }

  private async change(
    userId: string,
    id: string,
    apply: (set: PracticeSetEntity, now: Date) => Partial<PracticeSetEntity>,
  ): Promise<PracticeSetModel> {
    const set = await this.dataSource.transaction(async (m: EntityManager) => {
      const found = await m.findOne(PracticeSetEntity, { where: { id: id.toLowerCase(), userId }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw PracticeException.notFound('practice set', 'id', id);
      if (found.status === 'FINISHED') throw PracticeException.conflict('the practice set is finished', 'SET_FINISHED');
      const changes = apply(found, this.clock.now());
      await m.update(PracticeSetEntity, { id: found.id }, changes);
      return { ...found, ...changes };
    });
    return (await this.toModels([set]))[0];
  }

  /** Sets with their items, each item's latest attempt in the set, and the timer read now. */
  private async toModels(sets: PracticeSetEntity[]): Promise<PracticeSetModel[]> {
    if (!sets.length) return [];
    const ids = sets.map((s) => s.id);
    const [items, attempts] = await Promise.all([
      this.dataSource.getRepository(PracticeSetItemEntity).find({ where: { practiceSetId: In(ids) }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(AttemptEntity).find({ where: { practiceSetId: In(ids) }, order: { startedAt: 'DESC', id: 'DESC' } }),
    ]);
    const prompts = new Map((await this.catalog.promptsByIds([...new Set(items.map((i) => i.promptId))])).map((p) => [p.id, p]));
    const latest = new Map<string, AttemptEntity>();
    for (const a of attempts) {
      const key = `${a.practiceSetId}:${a.promptId}`;
      if (!latest.has(key)) latest.set(key, a);
    }
    const now = this.clock.now();
    return sets.map((set) => {
      const own = items.filter((i) => i.practiceSetId === set.id);
      const rows = own.map((i) => {
        const attempt = latest.get(`${set.id}:${i.promptId}`);
        return {
          position: i.position,
          promptId: i.promptId,
          prompt: prompts.get(i.promptId) ?? null,
          difficulty: i.difficulty,
          targetMs: i.targetMs,
          status: attempt?.status ?? null,
          attempt: attempt ? toAttemptModel(attempt) : null,
        };
      });
      const scores = rows.filter((r) => r.status === AttemptStatus.SUBMITTED).map((r) => r.attempt!.score!);
      const timer = timerOf(set);
      const targets = Object.values(Difficulty)
        .map((difficulty) => ({ difficulty, targetMs: own.find((i) => i.difficulty === difficulty)?.targetMs }))
        .filter((t): t is { difficulty: Difficulty; targetMs: number } => t.targetMs !== undefined);
      return {
        id: set.id,
        stack: set.stack,
        level: set.level,
        kinds: set.kinds,
        topics: set.topics,
        status: timerStatus(timer, now),
        minutes: set.minutes,
        startedAt: set.startedAt,
        pausedAt: set.pausedAt,
        finishedAt: set.finishedAt,
        elapsedMs: elapsedMs(timer, now),
        remainingMs: remainingMs(timer, now),
        targets,
        items: rows,
        submittedCount: scores.length,
        averageScore: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
      };
    });
  }
}
