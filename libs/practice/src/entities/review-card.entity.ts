import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReviewState } from '../domain';

/** Table `review_card`: the FSRS state (ts-fsrs Card) of one prompt for one user. */
@Entity({ name: 'review_card' })
export class ReviewCardEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @Column({ type: 'timestamptz' })
  due: Date;

  /** FSRS stability S, in days. */
  @Column({ type: 'double precision' })
  stability: number;

  /** FSRS difficulty D, 1..10. */
  @Column({ type: 'double precision' })
  difficulty: number;

  @Column({ name: 'elapsed_days', type: 'int' })
  elapsedDays: number;

  @Column({ name: 'scheduled_days', type: 'int' })
  scheduledDays: number;

  @Column({ name: 'learning_steps', type: 'int' })
  learningSteps: number;

  @Column({ type: 'int' })
  reps: number;

  @Column({ type: 'int' })
  lapses: number;

  @Column({ type: 'text' })
  state: ReviewState;

  @Column({ name: 'last_review', type: 'timestamptz', nullable: true })
  lastReview: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
