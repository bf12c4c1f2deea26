import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AttemptMode, AttemptStatus, CriterionScore, ReviewRating } from '../domain';

/** A revealed hint as stored in `attempt.hints_revealed` (ISO time, JSON has no dates). */
export interface StoredHint {
  index: number;
  text: string;
  revealedAt: string;
}

/** bigint comes back from pg as a string; durations fit a double exactly. */
const bigintAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * Table `attempt`: one user answering one prompt, solo or in a mock session. Plain columns
 * (score int, submitted_at timestamptz, prompt_id, mode) so progress reports can aggregate in
 * SQL, joining `prompt` for kind, stacks and topics.
 */
@Entity({ name: 'attempt' })
export class AttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  /** The prompt's content revision when the attempt started. */
  @Column({ name: 'prompt_revision', type: 'int' })
  promptRevision: number;

  @Column({ type: 'text' })
  mode: AttemptMode;

  @Column({ type: 'text' })
  status: AttemptStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'abandoned_at', type: 'timestamptz', nullable: true })
  abandonedAt: Date | null;

  /** Last change (start, hint, draft, submit, abandon). */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** submitted_at − started_at − paused_ms, in ms. */
  @Column({ name: 'duration_ms', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  durationMs: number | null;

  /** Set while the attempt's clock is paused (in progress only). */
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  /** Time spent in pauses that are over, in ms. */
  @Column({ name: 'paused_ms', type: 'bigint', default: 0, transformer: bigintAsNumber })
  pausedMs: number;

  /** The answer (the draft while in progress); at most 64 KiB of UTF-8. */
  @Column({ type: 'text' })
  answer: string;

  @Column({ type: 'text', nullable: true })
  language: string | null;

  @Column({ name: 'hints_revealed', type: 'jsonb' })
  hintsRevealed: StoredHint[];

  /** SOLO: the candidate's score 0..3 per rubric criterion. */
  @Column({ name: 'self_assessment', type: 'jsonb', nullable: true })
  selfAssessment: CriterionScore[] | null;

  /** MOCK: the interviewer's score 0..3 per rubric criterion. */
  @Column({ type: 'jsonb', nullable: true })
  scorecard: CriterionScore[] | null;

  /** MOCK: the interviewer's written feedback. */
  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  /** 0..100 from the rubric weights (see rubricScore). */
  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ type: 'text', nullable: true })
  rating: ReviewRating | null;

  /** SOLO: the client's key of the submit that closed the attempt. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'mock_session_id', type: 'uuid', nullable: true })
  mockSessionId: string | null;

  @Column({ name: 'practice_set_id', type: 'uuid', nullable: true })
  practiceSetId: string | null;
}
