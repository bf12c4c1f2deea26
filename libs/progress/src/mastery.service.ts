import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogService, PromptKind, PromptModel, Stack, TopicModel } from '@prepstack/catalog';
import { MAX_PAGE_SIZE } from '@prepstack/platform';
import { FORGETTING_CURVE, Mastery, masteryOf } from './mastery';
import { MASTERY_INPUTS_SQL, MasteryInputsRow } from './sql';

/** Mastery of one scope (topic, kind or stack) now, over all of the user's history. */
export interface ScopeMastery extends Mastery {
  /** Submitted attempts on the scope's prompts, ever. */
  attempts: number;
  /** Distinct prompts of the scope with a submitted attempt, ever. */
  promptsAnswered: number;
  /** Active prompts of the scope in the stack (cross-stack ones included). */
  promptsAvailable: number;
  /** Review cards due before the end of today (user's zone) on active prompts; 0 when not asked. */
  dueReviews: number;
}

export interface MasterySnapshot {
  /** By topic id; every topic with an active prompt in the stack or any history of the user's. */
  topics: Map<string, ScopeMastery>;
  kinds: Map<PromptKind, ScopeMastery>;
  stack: ScopeMastery;
}

/** Counts of active prompts of a stack, per topic and kind. */
interface Available {
  topics: Map<string, number>;
  kinds: Map<PromptKind, number>;
  total: number;
}

const EMPTY: MasteryInputsRow = { scope: 'topic', key: null, answered: 0, attempts: 0, ws: 0, w: 0, cards: 0, rsum: 0, due: 0 };

/**
 * Mastery now per topic, kind and stack (mastery.ts has the formula): one aggregate query
 * (MASTERY_INPUTS_SQL) over the user's attempts and review cards, combined with the catalog's
 * counts of active prompts per topic, held in memory.
 */
@Injectable()
export class MasteryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  /**
   * @param due the user's today and zone, to count the reviews due before today ends; null to skip
   */
  async snapshot(userId: string, stack: Stack, now: Date, due: { today: string; timeZone: string } | null): Promise<MasterySnapshot> {
    const [rows, available] = await Promise.all([
      this.dataSource.query(MASTERY_INPUTS_SQL, [
        userId,
        stack,
        now,
        due?.today ?? null,
        due?.timeZone ?? null,
        FORGETTING_CURVE.decay,
        FORGETTING_CURVE.factor,
      ]) as Promise<MasteryInputsRow[]>,
      this.available(stack),
    ]);
    const of = (row: MasteryInputsRow | undefined, promptsAvailable: number): ScopeMastery => {
      const r = row ?? EMPTY;
      return {
        ...masteryOf({ cards: r.cards, retrievabilitySum: r.rsum, weightedScoreSum: r.ws, weightSum: r.w, promptsAnswered: r.answered, promptsAvailable }),
        attempts: r.attempts,
        promptsAnswered: r.answered,
        promptsAvailable,
        dueReviews: r.due,
      };
    };
    const topicRows = new Map(rows.filter((r) => r.scope === 'topic').map((r) => [r.key!, r]));
    const kindRows = new Map(rows.filter((r) => r.scope === 'kind').map((r) => [r.key as PromptKind, r]));
    const topicIds = new Set([...available.topics.keys(), ...topicRows.keys()]);
    return {
      topics: new Map([...topicIds].map((id) => [id, of(topicRows.get(id), available.topics.get(id) ?? 0)])),
      kinds: new Map(Object.values(PromptKind).map((k) => [k, of(kindRows.get(k), available.kinds.get(k) ?? 0)])),
      stack: of(rows.find((r) => r.scope === 'stack'), available.total),
    };
  }

  /** Catalog topics by id (taxonomy order), with a stand-in for a topic no longer in topics.yaml. */
  async topicModels(): Promise<(id: string) => TopicModel> {
    const byId = new Map((await this.catalog.topics()).map((t) => [t.id, t]));
    return (id) => byId.get(id) ?? { id, area: id.split('/')[0], areaTitle: id.split('/')[0], title: id, promptCount: 0 };
  }

  /** Taxonomy position of each catalog topic, for ordering. */
  async topicOrder(): Promise<Map<string, number>> {
    return new Map((await this.catalog.topics()).map((t, i) => [t.id, i]));
  }

  private async available(stack: Stack): Promise<Available> {
    const prompts: PromptModel[] = [];
    for (let after: string | null = null; ; ) {
      const page = await this.catalog.prompts({ filter: { stack }, first: MAX_PAGE_SIZE, after });
      prompts.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const topics = new Map<string, number>();
    const kinds = new Map<PromptKind, number>();
    for (const p of prompts) {
      kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
      for (const id of new Set(p.topics.map((t) => t.id))) topics.set(id, (topics.get(id) ?? 0) + 1);
    }
    return { topics, kinds, total: prompts.length };
  }
}
