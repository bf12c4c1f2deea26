import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Connection, paginateList } from '@prepstack/platform';
import { CatalogException } from './catalog.exception';
import { ContentImportService } from './content/content-import.service';
import { BehaviouralSpec, DsaSpec, RubricCriterionInput, STARTER_LANGUAGES } from './content/prompt-schema';
import { PromptFilter, PromptsArgs } from './dto/prompts.args';
import { PromptEntity, TopicEntity } from './entities';
import { DIFFICULTY_ORDER, Difficulty, LEVEL_ORDER, Level, PromptKind, Stack } from './models/enums';
import { DsaDetailsModel, PromptModel } from './models/prompt.model';
import { StackModel } from './models/stack.model';
import { TopicModel } from './models/topic.model';
import { STACKS } from './stacks';

/** How often a process checks whether another process imported new content, in ms. */
const VERSION_CHECK_MS = 5_000;
/** Cached filter and search results per snapshot. */
const MAX_CACHED_QUERIES = 1_000;

/**
 * A prompt with everything a candidate must not see before answering: hints, rubric detail,
 * reference answer, follow-ups, hidden tests. Features decide who sees which part, when.
 */
export interface PromptContent {
  /** The candidate-facing view. */
  prompt: PromptModel;
  /** Ordered hints, most general first. */
  hints: string[];
  /** Criteria with weights (percent, adding up to 100) and what scores 1..3 look like. */
  rubric: RubricCriterionInput[];
  /** Markdown. */
  referenceAnswer: string;
  followUps: string[];
  /** DSA only: hidden test cases, complexity note and the full spec (with reference solutions). */
  dsa: DsaSpec | null;
  /** Behavioural only: what a strong answer shows per level, and red flags. */
  behavioural: BehaviouralSpec | null;
}

/** The active catalog of one content version, held in memory. */
interface CatalogSnapshot {
  /** id of the latest content_import row (0 before any import). */
  version: number;
  /** Active prompts in catalog order: level, difficulty, title. */
  prompts: PromptModel[];
  byId: Map<string, PromptModel>;
  bySlug: Map<string, PromptModel>;
  content: Map<string, PromptContent>;
  topics: TopicModel[];
  stacks: StackModel[];
  /** Filter key → matching prompts, in order. */
  results: Map<string, PromptModel[]>;
}

function toDsaDetails(dsa: NonNullable<PromptEntity['dsa']>): DsaDetailsModel {
  const sig = dsa.signature;
  const isClass = 'className' in sig;
  return {
    harness: dsa.harness,
    functionName: isClass ? undefined : sig.name,
    className: isClass ? sig.className : undefined,
    params: isClass ? sig.constructor : sig.params,
    returns: isClass ? undefined : sig.returns,
    methods: isClass ? sig.methods : [],
    compare: dsa.compare,
    starterCode: STARTER_LANGUAGES.map((language) => ({ language, code: dsa.starterCode[language] })),
    examples: dsa.examples,
    hiddenTestCount: dsa.tests.length,
  };
}

/** The candidate-facing view of a stored prompt: no reference answer, hints, rubric detail or hidden tests. */
function toPromptModel(p: PromptEntity, topics: Map<string, TopicModel>): PromptModel {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    kind: p.kind as PromptKind,
    difficulty: p.difficulty as Difficulty,
    level: p.level as Level,
    stacks: p.stacks as Stack[],
    topics: p.topics.map((t) => topics.get(t)).filter((t): t is TopicModel => t !== undefined),
    tags: p.tags,
    body: p.body,
    suggestedMinutes: p.suggestedMinutes,
    hintCount: p.hints.length,
    rubric: p.rubric.map(({ id, title, weight }) => ({ id, title, weight })),
    revision: p.revision,
    contentHash: p.contentHash,
    dsa: p.dsa ? toDsaDetails(p.dsa) : null,
    design: p.design,
    behavioural: p.behavioural ? { competency: p.behavioural.competency, star: p.behavioural.star } : null,
  };
}

function matches(p: PromptModel, f: PromptFilter): boolean {
  return (
    (!f.stack || p.stacks.includes(f.stack)) &&
    (!f.kind || p.kind === f.kind) &&
    (!f.level || p.level === f.level) &&
    (!f.difficulty || p.difficulty === f.difficulty) &&
    (!f.tag || p.tags.includes(f.tag)) &&
    (!f.topic || p.topics.some((t) => t.id === f.topic || t.area === f.topic))
  );
}

/**
 * Reads of the catalog. The active prompts are held in memory (a few hundred rows) and reloaded
 * when content is imported, here at once and in other processes within VERSION_CHECK_MS;
 * full-text search runs in Postgres (`websearch_to_tsquery`, ranked by `ts_rank_cd`) and is
 * cached per snapshot.
 */
@Injectable()
export class CatalogService {
  private readonly logger = new Logger(CatalogService.name);
  private current?: Promise<CatalogSnapshot>;
  private lastCheck = 0;
  private checking = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    importer: ContentImportService,
  ) {
    importer.onImported(() => this.invalidate());
  }

  /** Drops the in-memory catalog; the next read loads it again. */
  invalidate(): void {
    this.current = undefined;
  }

  /** Stacks with their active prompt counts. */
  async stacks(): Promise<StackModel[]> {
    return (await this.snapshot()).stacks;
  }

  /** Topics in taxonomy order, optionally of one area, with their active prompt counts. */
  async topics(area?: string): Promise<TopicModel[]> {
    const { topics } = await this.snapshot();
    return area ? topics.filter((t) => t.area === area) : topics;
  }

  /**
   * One page of active prompts matching the filter: in catalog order, or by relevance when
   * `filter.search` is set.
   *
   * @throws DomainException BAD_USER_INPUT on `after` for a cursor not in this result
   */
  async prompts(args: PromptsArgs): Promise<Connection<PromptModel>> {
    const snap = await this.snapshot();
    const filter = args.filter ?? {};
    const key = JSON.stringify([filter.stack, filter.kind, filter.level, filter.difficulty, filter.topic, filter.tag, filter.search]);
    let list = snap.results.get(key);
    if (!list) {
      const source = filter.search ? await this.searchRanked(snap, filter.search) : snap.prompts;
      list = source.filter((p) => matches(p, filter));
      if (snap.results.size >= MAX_CACHED_QUERIES) snap.results.clear();
      snap.results.set(key, list);
    }
    return paginateList(list, (p) => p.slug, args);
  }

  /**
   * An active prompt by id or slug.
   *
   * @throws CatalogException BAD_USER_INPUT unless exactly one of id and slug is given;
   *   NOT_FOUND when no active prompt has it
   */
  async prompt(by: { id?: string | null; slug?: string | null }): Promise<PromptModel> {
    if (!by.id === !by.slug) throw CatalogException.needsOneOf(['id', 'slug']);
    const snap = await this.snapshot();
    const found = by.id ? snap.byId.get(by.id.toLowerCase()) : snap.bySlug.get(by.slug!);
    if (!found) throw CatalogException.promptNotFound(by.id ? 'id' : 'slug', (by.id ?? by.slug)!);
    return found;
  }

  /**
   * The full content of an active prompt, answer included: for features to reveal by their
   * own rules (after an attempt, to an interviewer). Never return it to a client as is.
   *
   * @throws CatalogException NOT_FOUND when no active prompt has this id
   */
  async promptContent(id: string): Promise<PromptContent> {
    const found = (await this.snapshot()).content.get(id.toLowerCase());
    if (!found) throw CatalogException.promptNotFound('id', id);
    return found;
  }

  /** Active prompts by id, in the given order; unknown ids are left out. */
  async promptsByIds(ids: readonly string[]): Promise<PromptModel[]> {
    const { byId } = await this.snapshot();
    return ids.map((id) => byId.get(id.toLowerCase())).filter((p): p is PromptModel => p !== undefined);
  }

  private async searchRanked(snap: CatalogSnapshot, search: string): Promise<PromptModel[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM prompt, websearch_to_tsquery('english', $1) AS q
        WHERE retired_at IS NULL AND search @@ q
        ORDER BY ts_rank_cd(search, q) DESC, slug`,
      [search],
    );
    return rows.map((r) => snap.byId.get(r.id)).filter((p): p is PromptModel => p !== undefined);
  }

  private snapshot(): Promise<CatalogSnapshot> {
    if (!this.current) {
      const loading = this.load();
      this.current = loading;
      // A failed load must not stick: the next read tries again.
      loading.catch(() => {
        if (this.current === loading) this.current = undefined;
      });
      this.lastCheck = Date.now();
      return loading;
    }
    if (Date.now() - this.lastCheck > VERSION_CHECK_MS && !this.checking) void this.checkVersion();
    return this.current;
  }

  /** Reloads in the background when another process imported content (stale-while-revalidate). */
  private async checkVersion(): Promise<void> {
    this.checking = true;
    this.lastCheck = Date.now();
    try {
      const [{ version }] = await this.dataSource.query('SELECT coalesce(max(id), 0)::int AS version FROM content_import');
      const snap = await this.current;
      if (snap && snap.version !== version) {
        const next = this.load();
        await next;
        this.current = next;
      }
    } catch (error) {
      this.logger.warn(`catalog version check failed: ${(error as Error).message}`);
    } finally {
      this.checking = false;
    }
  }

  private async load(): Promise<CatalogSnapshot> {
    const [{ version }] = await this.dataSource.query('SELECT coalesce(max(id), 0)::int AS version FROM content_import');
    const [entities, topicRows] = await Promise.all([
      this.dataSource.getRepository(PromptEntity).find({ where: { retiredAt: IsNull() } }),
      this.dataSource.getRepository(TopicEntity).find({ order: { position: 'ASC' } }),
    ]);
    const topicCounts = new Map<string, number>();
    entities.forEach((e) => e.topics.forEach((t) => topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1)));
    const topics = topicRows.map((t) => ({ id: t.id, area: t.area, areaTitle: t.areaTitle, title: t.title, promptCount: topicCounts.get(t.id) ?? 0 }));
    const topicById = new Map(topics.map((t) => [t.id, t]));
    const prompts = entities
      .map((e) => toPromptModel(e, topicById))
      .sort(
        (a, b) =>
          LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
          DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
          a.title.localeCompare(b.title, 'en') ||
          a.slug.localeCompare(b.slug),
      );
    const byId = new Map(prompts.map((p) => [p.id, p]));
    const content = new Map(
      entities.map((e) => [
        e.id,
        {
          prompt: byId.get(e.id)!,
          hints: e.hints,
          rubric: e.rubric,
          referenceAnswer: e.referenceAnswer,
          followUps: e.followUps,
          dsa: e.dsa,
          behavioural: e.behavioural,
        },
      ]),
    );
    return {
      version,
      prompts,
      byId,
      content,
      bySlug: new Map(prompts.map((p) => [p.slug, p])),
      topics,
      stacks: STACKS.map((s) => ({ ...s, promptCount: prompts.filter((p) => p.stacks.includes(s.id)).length })),
      results: new Map(),
    };
  }
}
