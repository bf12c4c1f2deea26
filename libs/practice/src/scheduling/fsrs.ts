import { Card, createEmptyCard, FSRS, fsrs, generatorParameters, Grade, Rating, State } from 'ts-fsrs';
import { ReviewRating, ReviewState } from '../domain';

/**
 * Review scheduling with FSRS (Free Spaced Repetition Scheduler, https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm)
 * through ts-fsrs; nothing of the algorithm is written here. Parameters are ts-fsrs's defaults
 * (`generatorParameters()`: FSRS-6 default weights, no fuzz, maximum interval 36,500 days)
 * with two choices of ours:
 * - `request_retention` is the user's desired retention (0.7..0.99, default 0.9);
 * - `enable_short_term: false`: ts-fsrs's intraday learning steps (1 min, 10 min) suit
 *   flashcards, not a 20-minute interview question, so every rating schedules whole days
 *   (a first AGAIN/HARD/GOOD/EASY comes back after 1/2/3/8 days at retention 0.9).
 */

/** What a review card stores (table review_card): ts-fsrs's Card, camelCased. */
export interface CardState {
  due: Date;
  /** Days for retrievability to fall from 100% to 90% (FSRS S). */
  stability: number;
  /** 1..10 (FSRS D). */
  difficulty: number;
  /** ts-fsrs `elapsed_days` (deprecated there, kept for the log). */
  elapsedDays: number;
  /** Days between the last review and `due`. */
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: ReviewState;
  lastReview: Date | null;
}

/** What a review log row stores: ts-fsrs's ReviewLog (the card as it was before the review). */
export interface ReviewLogState {
  rating: ReviewRating;
  state: ReviewState;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  /** When the review happened. */
  review: Date;
}

const GRADE: Record<ReviewRating, Grade> = {
  AGAIN: Rating.Again,
  HARD: Rating.Hard,
  GOOD: Rating.Good,
  EASY: Rating.Easy,
};
const RATING_OF: Record<number, ReviewRating> = { 1: ReviewRating.AGAIN, 2: ReviewRating.HARD, 3: ReviewRating.GOOD, 4: ReviewRating.EASY };
const STATE: Record<ReviewState, State> = { NEW: State.New, LEARNING: State.Learning, REVIEW: State.Review, RELEARNING: State.Relearning };
const STATE_OF: Record<number, ReviewState> = { 0: ReviewState.NEW, 1: ReviewState.LEARNING, 2: ReviewState.REVIEW, 3: ReviewState.RELEARNING };

const schedulers = new Map<number, FSRS>();

/** The ts-fsrs scheduler for a desired retention (0..1), built once per value. */
export function schedulerFor(desiredRetention: number): FSRS {
  let scheduler = schedulers.get(desiredRetention);
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: desiredRetention, enable_short_term: false }));
    schedulers.set(desiredRetention, scheduler);
  }
  return scheduler;
}

function toCard(c: CardState): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATE[c.state],
    last_review: c.lastReview ?? undefined,
  };
}

function fromCard(c: Card): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATE_OF[c.state],
    lastReview: c.last_review ?? null,
  };
}

/**
 * Applies one review to a card (ts-fsrs `FSRS.next`): a new card when `previous` is null.
 * A review dated before the card's last review is taken as happening at the last review, so
 * the elapsed time is never negative (a mock recorded late, a clock set back).
 *
 * @param desiredRetention 0..1, the user's setting
 * @returns the card after the review and the log row (the card before it, and the rating)
 */
export function scheduleReview(previous: CardState | null, rating: ReviewRating, at: Date, desiredRetention: number): { card: CardState; log: ReviewLogState } {
  const card = previous ? toCard(previous) : createEmptyCard(at);
  const when = card.last_review && card.last_review.getTime() > at.getTime() ? card.last_review : at;
  const { card: next, log } = schedulerFor(desiredRetention).next(card, when, GRADE[rating]);
  return {
    card: fromCard(next),
    log: {
      rating: RATING_OF[log.rating],
      state: STATE_OF[log.state],
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      review: log.review,
    },
  };
}

/**
 * The probability (0..1) that the user still recalls the prompt's answer at `at` (FSRS
 * retrievability, ts-fsrs `get_retrievability`); 0 for a card never reviewed.
 */
export function retrievability(card: CardState, at: Date): number {
  if (card.state === ReviewState.NEW) return 0;
  return schedulerFor(0.9).get_retrievability(toCard(card), at, false);
}
