import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { CatalogService } from '@prepstack/catalog';
import { UsersService } from '@prepstack/identity';
import { Clock, ConnectionArgs } from '@prepstack/platform';
import { DEFAULT_RETENTION, ReviewRating, ReviewState } from './domain';
import { pageAfterKey, timeKey } from './keyset';
import { ReviewCardEntity, ReviewLogEntity, ReviewSettingsEntity } from './entities';
import { ReviewCardConnection, ReviewCardModel, ReviewSettingsModel } from './models/review-card.model';
import { CardState, retrievability, scheduleReview } from './scheduling/fsrs';
import { endOfLocalDay } from './timezone';

/** One rated attempt to apply to the user's review card of its prompt. */
export interface ReviewInput {
  userId: string;
  promptId: string;
  attemptId: string;
  rating: ReviewRating;
  /** When the review happened (the attempt's submit time). */
  at: Date;
}

function cardState(row: ReviewCardEntity): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

/**
 * Spaced-repetition reviews: one FSRS card per user and prompt (scheduled by ts-fsrs, see
 * scheduling/fsrs.ts), a log row per rated attempt, and the user's desired retention.
 * "Due now" means due before the end of the user's current local day in their profile's
 * time zone (see timezone.ts).
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly users: UsersService,
    private readonly catalog: CatalogService,
  ) {}

  /** The user's desired retention (0.7..0.99; 0.9 until set). */
  async settings(userId: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewSettingsModel> {
    const row = await manager.findOne(ReviewSettingsEntity, { where: { userId } });
    return { desiredRetention: row?.desiredRetention ?? DEFAULT_RETENTION };
  }

  /**
   * Sets the desired retention; it applies from the next review on (due dates already set stay).
   * The range is checked at the edge (SetReviewSettingsInput) and again by the table.
   */
  async setSettings(userId: string, desiredRetention: number): Promise<ReviewSettingsModel> {
    await this.dataSource.query(
      `INSERT INTO review_settings (user_id, desired_retention, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET desired_retention = excluded.desired_retention, updated_at = excluded.updated_at`,
      [userId, desiredRetention, this.clock.now()],
    );
    return { desiredRetention };
  }

  /**
   * Applies a rated attempt to the user's card of the prompt (creating it on the first rating)
   * and writes the review log row, inside the caller's transaction. Concurrent reviews of one
   * card are serialised on the card's row lock, so each builds on the other's result.
   *
   * @returns the card after the review
   */
  async review(manager: EntityManager, input: ReviewInput): Promise<CardState> {
    // Insert-if-missing first, so there is always a row to lock, even for the first review.
    await manager.query(
      `INSERT INTO review_card (user_id, prompt_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, updated_at)
       VALUES ($1, $2, $3, 0, 0, 0, 0, 0, 0, 0, 'NEW', NULL, $3) ON CONFLICT (user_id, prompt_id) DO NOTHING`,
      [input.userId, input.promptId, input.at],
    );
    const row = await manager.findOneOrFail(ReviewCardEntity, {
      where: { userId: input.userId, promptId: input.promptId },
      lock: { mode: 'pessimistic_write' },
    });
    const { desiredRetention } = await this.settings(input.userId, manager);
    const previous = row.state === ReviewState.NEW && row.reps === 0 ? null : cardState(row);
    const { card, log } = scheduleReview(previous, input.rating, input.at, desiredRetention);
    await manager.update(ReviewCardEntity, { userId: input.userId, promptId: input.promptId }, { ...card, updatedAt: this.clock.now() });
    await manager.insert(ReviewLogEntity, { userId: input.userId, promptId: input.promptId, attemptId: input.attemptId, ...log });
    return card;
  }

  /** The user's cards of these prompts, by prompt id (prompts never rated are absent). */
  async cardsFor(userId: string, promptIds: readonly string[]): Promise<Map<string, ReviewCardModel>> {
    if (!promptIds.length) return new Map();
    const rows = await this.dataSource.getRepository(ReviewCardEntity).find({ where: { userId, promptId: In([...promptIds]) } });
    const now = this.clock.now();
    return new Map(rows.map((r) => [r.promptId, this.toModel(r, now)]));
  }

  /**
   * Every card of the user due now, i.e. before the end of the user's local day (time zone of
   * their profile, UTC by default), earliest due first, ties by prompt id; any prompt, active
   * or not.
   */
  async dueCards(userId: string): Promise<ReviewCardModel[]> {
    const { timezone } = await this.users.get(userId);
    const now = this.clock.now();
    const rows = await this.dataSource.getRepository(ReviewCardEntity).find({
      where: { userId, due: LessThan(endOfLocalDay(now, timezone)) },
      order: { due: 'ASC', promptId: 'ASC' },
    });
    return rows.map((r) => this.toModel(r, now));
  }

  /**
   * One page of the reviews due now (see {@link dueCards}) on prompts still in the bank,
   * earliest due first. The cursor is a (due, prompt id) key, so reviewing cards between two
   * pages does not invalidate it.
   *
   * @throws DomainException BAD_USER_INPUT on `after` for a cursor that is not ours
   */
  async dueReviews(userId: string, args: ConnectionArgs): Promise<ReviewCardConnection> {
    const due = await this.dueCards(userId);
    const active = new Set((await this.catalog.promptsByIds(due.map((c) => c.promptId))).map((p) => p.id));
    return pageAfterKey(
      due.filter((c) => active.has(c.promptId)),
      (c) => timeKey(c.due, c.promptId),
      args,
    );
  }

  private toModel(row: ReviewCardEntity, now: Date): ReviewCardModel {
    const state = cardState(row);
    return {
      promptId: row.promptId,
      due: row.due,
      state: row.state,
      stability: row.stability,
      difficulty: row.difficulty,
      retrievability: retrievability(state, now),
      scheduledDays: row.scheduledDays,
      reps: row.reps,
      lapses: row.lapses,
      lastReview: row.lastReview,
    };
  }
}
