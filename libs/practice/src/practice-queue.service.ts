import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogService, Level, PromptKind, PromptModel, Stack } from '@prepstack/catalog';
import { MAX_PAGE_SIZE } from '@prepstack/platform';
import { QueueReason } from './domain';
import { buildQueue, QueueInput } from './queue';
import { ReviewsService } from './reviews.service';

/** The prompt filter of the practice queue and of practice sets; unset fields do not filter. */
export interface PracticeFilter {
  stack?: Stack | null;
  /** Any of these kinds; empty: every kind. */
  kinds?: PromptKind[] | null;
  /** Any of these topic ids (`dsa/graphs`) or areas (`dsa`); empty: every topic. */
  topics?: string[] | null;
  level?: Level | null;
}

/** One entry of the queue, with its prompt. */
export interface QueueItem {
  prompt: PromptModel;
  reason: QueueReason;
  due: Date | null;
  topic: string | null;
  inProgressAttemptId: string | null;
}

/** The user's state read once for buildQueue, with the prompts matching the filter. */
type QueueInputs = Omit<QueueInput, 'candidates' | 'count'> & { candidates: PromptModel[] };

/**
 * What to practise next: due reviews, then unseen prompts of the user's weak topics, then new
 * prompts, all matching the filter (ordering documented on buildQueue in queue.ts).
 */
@Injectable()
export class PracticeQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly reviews: ReviewsService,
  ) {}

  /** Up to `count` prompts to practise next, each once. */
  async queue(userId: string, filter: PracticeFilter, count: number): Promise<QueueItem[]> {
    const inputs = await this.inputs(userId, filter);
    return this.build(inputs, inputs.candidates, count);
  }

  /**
   * The queue of each topic, as `queue` would give it with the filter narrowed to that one topic
   * (id such as `dsa/graphs`), from one read of the user's state: for callers that recommend
   * per topic (progress's weakest topics).
   *
   * @returns topic id → up to `count` entries, for every topic asked
   */
  async queueForTopics(userId: string, filter: Omit<PracticeFilter, 'topics'>, topics: readonly string[], count: number): Promise<Map<string, QueueItem[]>> {
    const inputs = await this.inputs(userId, filter);
    return new Map(
      topics.map((topic) => [topic, this.build(inputs, inputs.candidates.filter((p) => p.topics.some((t) => t.id === topic)), count)]),
    );
  }

  /** Everything buildQueue needs about the user, read once. */
  private async inputs(userId: string, filter: PracticeFilter): Promise<QueueInputs> {
    const [candidates, due, seenRows, scoreRows, inProgressRows] = await Promise.all([
      this.matching(filter),
      this.reviews.dueCards(userId),
      this.dataSource.query(`SELECT prompt_id FROM review_card WHERE user_id = $1`, [userId]) as Promise<{ prompt_id: string }[]>,
      this.dataSource.query(
        `SELECT DISTINCT ON (prompt_id) prompt_id, score FROM attempt
          WHERE user_id = $1 AND status = 'SUBMITTED' ORDER BY prompt_id, submitted_at DESC, id DESC`,
        [userId],
      ) as Promise<{ prompt_id: string; score: number }[]>,
      this.dataSource.query(`SELECT prompt_id, id FROM attempt WHERE user_id = $1 AND status = 'IN_PROGRESS'`, [userId]) as Promise<
        { prompt_id: string; id: string }[]
      >,
    ]);
    const answered = new Map((await this.catalog.promptsByIds(scoreRows.map((r) => r.prompt_id))).map((p) => [p.id, p]));
    return {
      candidates,
      due: due.map((c) => ({ promptId: c.promptId, due: c.due })),
      seen: new Set(seenRows.map((r) => r.prompt_id)),
      scores: scoreRows
        .filter((r) => answered.has(r.prompt_id))
        .map((r) => ({ promptId: r.prompt_id, score: r.score, topics: answered.get(r.prompt_id)!.topics.map((t) => t.id) })),
      inProgress: new Map(inProgressRows.map((r) => [r.prompt_id, r.id])),
    };
  }

  private build(inputs: QueueInputs, candidates: PromptModel[], count: number): QueueItem[] {
    const entries = buildQueue({
      ...inputs,
      candidates: candidates.map((p) => ({ id: p.id, topics: p.topics.map((t) => t.id) })),
      count,
    });
    const byId = new Map(candidates.map((p) => [p.id, p]));
    return entries.map((e) => ({ ...e, prompt: byId.get(e.promptId)! }));
  }

  /** Active prompts matching the filter, in catalog order (read page by page from the catalog). */
  private async matching(filter: PracticeFilter): Promise<PromptModel[]> {
    const all: PromptModel[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.catalog.prompts({ filter: { stack: filter.stack ?? undefined, level: filter.level ?? undefined }, first: MAX_PAGE_SIZE, after });
      all.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
    const topics = filter.topics?.length ? filter.topics : null;
    return all.filter(
      (p) => (!kinds || kinds.has(p.kind)) && (!topics || p.topics.some((t) => topics.includes(t.id) || topics.includes(t.area))),
    );
  }
}
