import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewRating, ReviewState } from '../domain';

/** Table `review_log`: one row per rated attempt, the card before the review (ts-fsrs ReviewLog). */
@Entity({ name: 'review_log' })
export class ReviewLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  /** The attempt whose rating this is; unique, so an attempt is reviewed once. */
  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @Column({ type: 'text' })
  rating: ReviewRating;

  @Column({ type: 'text' })
  state: ReviewState;

  @Column({ type: 'timestamptz' })
  due: Date;

  @Column({ type: 'double precision' })
  stability: number;

  @Column({ type: 'double precision' })
  difficulty: number;

  @Column({ name: 'elapsed_days', type: 'int' })
  elapsedDays: number;

  @Column({ name: 'last_elapsed_days', type: 'int' })
  lastElapsedDays: number;

  @Column({ name: 'scheduled_days', type: 'int' })
  scheduledDays: number;

  @Column({ name: 'learning_steps', type: 'int' })
  learningSteps: number;

  /** When the review happened. */
  @Column({ type: 'timestamptz' })
  review: Date;
}
