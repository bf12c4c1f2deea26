import { Injectable } from '@nestjs/common';
import { Stack } from '@prepstack/catalog';
import { PracticeQueueService } from '@prepstack/practice';
import { WeakestTopicsArgs } from './dto/progress.args';
import { MasteryService } from './mastery.service';
import { WeakTopicModel } from './models/readiness.model';
import { UserTimeService } from './user-time.service';

/**
 * The user's weakest topics in a stack and what to practise next in each. Weakest means lowest
 * mastery now (ties: lower recent score, then topic id) among the topics the user has practised
 * (a submitted attempt on one of the topic's prompts in the stack): a topic never tried is not
 * weak but not started, and readiness shows it as uncovered. The recommendations are the
 * practice queue (libs/practice, PracticeQueueService) narrowed to each topic: its due reviews,
 * then prompts never answered; this library does not rank prompts itself.
 */
@Injectable()
export class WeakestTopicsService {
  constructor(
    private readonly mastery: MasteryService,
    private readonly time: UserTimeService,
    private readonly queue: PracticeQueueService,
  ) {}

  async weakestTopics(userId: string, args: WeakestTopicsArgs): Promise<WeakTopicModel[]> {
    const { now, timeZone, today } = await this.time.of(userId);
    const [snapshot, topicModel] = await Promise.all([
      this.mastery.snapshot(userId, args.stack as Stack, now, { today, timeZone }),
      this.mastery.topicModels(),
    ]);
    const weakest = [...snapshot.topics]
      .filter(([, m]) => m.promptsAnswered > 0)
      .sort(([a, x], [b, y]) => x.mastery - y.mastery || (x.recentScore ?? 0) - (y.recentScore ?? 0) || a.localeCompare(b))
      .slice(0, args.count);
    if (!weakest.length) return [];
    const recommended = await this.queue.queueForTopics(
      userId,
      { stack: args.stack },
      weakest.map(([id]) => id),
      args.perTopic,
    );
    return weakest.map(([id, m]) => ({
      topic: topicModel(id),
      mastery: m.mastery,
      recentScore: m.recentScore,
      retrievability: m.retrievability,
      attempts: m.attempts,
      promptsAnswered: m.promptsAnswered,
      promptsAvailable: m.promptsAvailable,
      dueReviews: m.dueReviews,
      recommended: recommended.get(id) ?? [],
    }));
  }
}
