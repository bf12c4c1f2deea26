import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AttemptsService } from './attempts.service';
import { PromptNoteModel } from './models/prompt-note.model';
import { ReviewCardModel } from './models/review-card.model';
import { NotesService } from './notes.service';
import { ReviewsService } from './reviews.service';

/** Per-request batch loaders of the signed-in user's data about prompts, keyed by prompt id. */
export interface PracticeLoaders {
  /** Whether the user has submitted an attempt on the prompt (reveals its answers). */
  revealed: DataLoader<string, boolean>;
  notes: DataLoader<string, PromptNoteModel | null>;
  reviewCards: DataLoader<string, ReviewCardModel | null>;
}

/**
 * Request-scoped DataLoaders without Nest's REQUEST scope (which would make every resolver
 * that injects them request-scoped too): the loaders live in a WeakMap keyed by the GraphQL
 * context object, which is new for every HTTP request and every WebSocket operation, and are
 * dropped with it. A page of 100 prompts asking `referenceAnswer` costs one query, not 100.
 */
@Injectable()
export class PracticeLoadersFactory {
  private readonly byContext = new WeakMap<object, Map<string, PracticeLoaders>>();

  constructor(
    private readonly attempts: AttemptsService,
    private readonly reviews: ReviewsService,
    private readonly notes: NotesService,
  ) {}

  /** The loaders of this operation for this user. */
  for(context: object, userId: string): PracticeLoaders {
    let perUser = this.byContext.get(context);
    if (!perUser) {
      perUser = new Map();
      this.byContext.set(context, perUser);
    }
    let loaders = perUser.get(userId);
    if (!loaders) {
      loaders = {
        revealed: new DataLoader(async (ids) => {
          const submitted = await this.attempts.submittedPromptIds(userId, ids);
          return ids.map((id) => submitted.has(id));
        }),
        notes: new DataLoader(async (ids) => {
          const notes = await this.notes.notesFor(userId, ids);
          return ids.map((id) => notes.get(id) ?? null);
        }),
        reviewCards: new DataLoader(async (ids) => {
          const cards = await this.reviews.cardsFor(userId, ids);
          return ids.map((id) => cards.get(id) ?? null);
        }),
      };
      perUser.set(userId, loaders);
    }
    return loaders;
  }

  /**
   * Drops what this operation has loaded; a mutation that changes it (submit, note) calls this
   * so fields it returns, and later mutations of the same operation, read fresh values.
   */
  forget(context: object): void {
    this.byContext.delete(context);
  }
}
