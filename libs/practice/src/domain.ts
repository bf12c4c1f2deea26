/**
 * The practice library's vocabulary (DESIGN.md, the domain), defined once for the tables, the
 * services and the GraphQL schema (registered in models/enums.ts).
 */

/** How an attempt came about: alone, or scored by an interviewer in a mock session. */
export enum AttemptMode {
  SOLO = 'SOLO',
  MOCK = 'MOCK',
}

export enum AttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  ABANDONED = 'ABANDONED',
}

/** The review rating of an attempt: FSRS's four grades (ts-fsrs Rating.Again…Easy). */
export enum ReviewRating {
  AGAIN = 'AGAIN',
  HARD = 'HARD',
  GOOD = 'GOOD',
  EASY = 'EASY',
}

/** FSRS card state (ts-fsrs State). */
export enum ReviewState {
  NEW = 'NEW',
  LEARNING = 'LEARNING',
  REVIEW = 'REVIEW',
  RELEARNING = 'RELEARNING',
}

/** Why the practice queue offers a prompt; also the queue's order of precedence. */
export enum QueueReason {
  /** A review card of the user's that is due today (user's time zone). */
  DUE_REVIEW = 'DUE_REVIEW',
  /** Never answered, in one of the topics where the user scores lowest. */
  WEAK_TOPIC = 'WEAK_TOPIC',
  /** Never answered, matching the filter. */
  NEW = 'NEW',
}

/** Stored states of a practice set; TIME_UP is derived on read from the timer. */
export enum PracticeSetStatus {
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  /** Running, but the time budget is spent. */
  TIME_UP = 'TIME_UP',
  FINISHED = 'FINISHED',
}

/** A score 0..3 for one rubric criterion (0: not addressed; 1..3: the rubric's levels). */
export interface CriterionScore {
  criterionId: string;
  score: number;
}

/** A hint as it was revealed during an attempt. */
export interface RevealedHint {
  /** 0-based position in the prompt's hints. */
  index: number;
  text: string;
  revealedAt: Date;
}

/** Largest answer accepted, in bytes of UTF-8. */
export const MAX_ANSWER_BYTES = 65_536;

/** Largest personal note on a prompt, in bytes of UTF-8. */
export const MAX_NOTE_BYTES = 16_384;

/** Desired retention bounds and default (FSRS `request_retention`, a probability 0..1). */
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;
export const DEFAULT_RETENTION = 0.9;
