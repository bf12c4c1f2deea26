import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BehaviouralSpec, DesignSpec, DsaSpec, RubricCriterionInput } from '../content/prompt-schema';
import type { Difficulty, Level, PromptKind, Stack } from '../domain';

/** Table `prompt`: the current revision of every prompt the bank has held. */
@Entity({ name: 'prompt' })
export class PromptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: PromptKind;

  @Column({ type: 'text' })
  difficulty: Difficulty;

  @Column({ type: 'text' })
  level: Level;

  @Column({ type: 'text', array: true })
  stacks: Stack[];

  @Column({ type: 'text', array: true })
  topics: string[];

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'reference_answer', type: 'text' })
  referenceAnswer: string;

  @Column({ type: 'jsonb' })
  hints: string[];

  @Column({ type: 'jsonb' })
  rubric: RubricCriterionInput[];

  @Column({ name: 'follow_ups', type: 'jsonb' })
  followUps: string[];

  /** Minutes a candidate should aim for. */
  @Column({ name: 'suggested_minutes', type: 'int' })
  suggestedMinutes: number;

  @Column({ type: 'jsonb', nullable: true })
  dsa: DsaSpec | null;

  @Column({ type: 'jsonb', nullable: true })
  design: DesignSpec | null;

  @Column({ type: 'jsonb', nullable: true })
  behavioural: BehaviouralSpec | null;

  /** sha256 (hex) of the source file of the current revision. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  /** 1 on first import, +1 each time the file's content changes. */
  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'source_path', type: 'text' })
  sourcePath: string;

  /** Set when the file left the bank; attempts keep pointing at the row. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
