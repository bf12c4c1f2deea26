import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Difficulty, Level, PromptKind, Stack } from '@prepstack/catalog';

const bigintAsNumber = {
  to: (value: number) => value,
  from: (value: string) => Number(value),
};

/** Table `practice_set`: a timed study session over prompts picked from the practice queue. */
@Entity({ name: 'practice_set' })
export class PracticeSetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text', nullable: true })
  stack: Stack | null;

  @Column({ type: 'text', nullable: true })
  level: Level | null;

  @Column({ type: 'text', array: true })
  kinds: PromptKind[];

  @Column({ type: 'text', array: true })
  topics: string[];

  /** The time budget, in minutes. */
  @Column({ type: 'int' })
  minutes: number;

  /** RUNNING | PAUSED | FINISHED (TIME_UP is derived). */
  @Column({ type: 'text' })
  status: 'RUNNING' | 'PAUSED' | 'FINISHED';

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  /** Paused time before the current pause, in ms. */
  @Column({ name: 'paused_ms', type: 'bigint', transformer: bigintAsNumber })
  pausedMs: number;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

/** Table `practice_set_item`: the prompts of a set in order, with their target times. */
@Entity({ name: 'practice_set_item' })
export class PracticeSetItemEntity {
  @PrimaryColumn({ name: 'practice_set_id', type: 'uuid' })
  practiceSetId: string;

  /** 0-based. */
  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  /** The prompt's difficulty when the set was made. */
  @Column({ type: 'text' })
  difficulty: Difficulty;

  /** Time to aim for on this prompt, in ms. */
  @Column({ name: 'target_ms', type: 'int' })
  targetMs: number;
}
