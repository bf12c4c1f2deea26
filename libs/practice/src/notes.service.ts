import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CatalogService } from '@prepstack/catalog';
import { Clock } from '@prepstack/platform';
import { PromptNoteEntity } from './entities';
import { PromptNoteModel } from './models/prompt-note.model';
import { PracticeException } from './practice.exception';

/** A user's personal notes, one per prompt. */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
  ) {}

  /**
   * Writes the user's note on an active prompt; an empty or blank body deletes it.
   * The 16 KiB limit is checked at the edge (SetPromptNoteInput) and again by the table.
   *
   * @returns the note, or null once deleted
   * @throws PracticeException NOT_FOUND on `input.promptId` when no active prompt has it
   */
  async set(userId: string, promptId: string, body: string): Promise<PromptNoteModel | null> {
    const [prompt] = await this.catalog.promptsByIds([promptId]);
    if (!prompt) throw PracticeException.notFound('prompt', 'input.promptId', promptId);
    if (!body.trim()) {
      await this.dataSource.getRepository(PromptNoteEntity).delete({ userId, promptId: prompt.id });
      return null;
    }
    const updatedAt = this.clock.now();
    await this.dataSource.query(
      `INSERT INTO prompt_note (user_id, prompt_id, body, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, prompt_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      [userId, prompt.id, body, updatedAt],
    );
    return { promptId: prompt.id, body, updatedAt };
  }

  /** The user's notes on these prompts, by prompt id. */
  async notesFor(userId: string, promptIds: readonly string[]): Promise<Map<string, PromptNoteModel>> {
    if (!promptIds.length) return new Map();
    const rows = await this.dataSource.getRepository(PromptNoteEntity).find({ where: { userId, promptId: In([...promptIds]) } });
    return new Map(rows.map((r) => [r.promptId, { promptId: r.promptId, body: r.body, updatedAt: r.updatedAt }]));
  }
}
