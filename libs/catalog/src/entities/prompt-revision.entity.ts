import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Table `prompt_revision`: every revision of a prompt as imported, so an attempt can show what it answered. */
@Entity({ name: 'prompt_revision' })
export class PromptRevisionEntity {
  @PrimaryColumn({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  /** The parsed prompt (front matter, body, reference answer) of this revision. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
