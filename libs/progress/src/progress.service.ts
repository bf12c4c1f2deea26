import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PromptKind, Stack } from '@prepstack/catalog';
import { DEFAULT_PROGRESS_DAYS, MAX_PROGRESS_DAYS, ProgressArgs } from './dto/progress.args';
import { isoWeekStarts } from './local-date';
import { MasteryService, ScopeMastery } from './mastery.service';
import { ProgressFiguresModel, ProgressModel, WeeklyScoreModel } from './models/progress.model';
import { WINDOW_FIGURES_SQL, WindowFiguresRow } from './sql';
import { UserTimeService } from './user-time.service';
import { resolveWindow } from './window';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Window figures (the row of one scope, if it had attempts) and mastery now, as one scope's progress. */
function figures(row: WindowFiguresRow | undefined, now: ScopeMastery): ProgressFiguresModel {
  const trend: WeeklyScoreModel[] = (row?.trend ?? []).map(([weekStart, attempts, total]) => ({ weekStart, attempts, averageScore: round2(total / attempts) }));
  return {
    attempts: row?.attempts ?? 0,
    prompts: row?.prompts ?? 0,
    averageScore: row ? round2(row.total / row.attempts) : null,
    bestScore: row?.best ?? null,
    lastPractisedAt: row?.last ?? null,
    trend,
    mastery: now.mastery,
    retrievability: now.retrievability,
    recentScore: now.recentScore,
    evidence: now.evidence,
    promptsAvailable: now.promptsAvailable,
    promptsAnswered: now.promptsAnswered,
    dueReviews: now.dueReviews,
  };
}

/**
 * The progress review of a stack: per topic, per kind and for the whole stack, the submitted
 * attempts of a window of local days (count, distinct prompts, mean and best score, last
 * practised, weekly trend) with mastery and due reviews as of now. Two aggregate queries, run
 * side by side; a prompt counts in every topic it has, and cross-stack prompts in every stack.
 */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mastery: MasteryService,
    private readonly time: UserTimeService,
  ) {}

  /**
   * @throws ProgressException BAD_USER_INPUT on `from` (after `to`, or a window over 366 days)
   */
  async progress(userId: string, args: ProgressArgs): Promise<ProgressModel> {
    const { now, timeZone, today } = await this.time.of(userId);
    const { from, to } = resolveWindow(args, today, DEFAULT_PROGRESS_DAYS, MAX_PROGRESS_DAYS);
    const [rows, snapshot, topicModel, order] = await Promise.all([
      this.dataSource.query(WINDOW_FIGURES_SQL, [userId, args.stack, from, to, timeZone]) as Promise<WindowFiguresRow[]>,
      this.mastery.snapshot(userId, args.stack, now, { today, timeZone }),
      this.mastery.topicModels(),
      this.mastery.topicOrder(),
    ]);
    const byScope = new Map(rows.map((r) => [`${r.scope}:${r.key}`, r]));
    const group = (scope: WindowFiguresRow['scope'], key: string | null) => byScope.get(`${scope}:${key}`);
    const topicIds = [...new Set([...snapshot.topics.keys(), ...rows.filter((r) => r.scope === 'topic').map((r) => r.key!)])].sort(
      (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
    );
    const empty = this.emptyScope();
    return {
      stack: args.stack as Stack,
      from,
      to,
      timeZone,
      weeks: isoWeekStarts(from, to),
      overall: figures(group('stack', null), snapshot.stack),
      kinds: Object.values(PromptKind).map((kind) => ({ kind, ...figures(group('kind', kind), snapshot.kinds.get(kind) ?? empty) })),
      topics: topicIds.map((id) => ({ topic: topicModel(id), ...figures(group('topic', id), snapshot.topics.get(id) ?? empty) })),
    };
  }

  private emptyScope(): ScopeMastery {
    return { mastery: 0, retrievability: null, recentScore: null, evidence: 0, attempts: 0, promptsAnswered: 0, promptsAvailable: 0, dueReviews: 0 };
  }
}
