import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `prompt_note`: a user's personal note on a prompt, at most 16 KiB of UTF-8. */
@Entity({ name: 'prompt_note' })
export class PromptNoteEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
