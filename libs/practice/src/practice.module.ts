import { Module } from '@nestjs/common';
import { CatalogModule } from '@prepstack/catalog';
import { IdentityModule } from '@prepstack/identity';
import { AttemptsResolver } from './attempts.resolver';
import { AttemptsService } from './attempts.service';
import { NotesService } from './notes.service';
import { PracticeLoadersFactory } from './practice-loaders';
import { PracticeQueueService } from './practice-queue.service';
import { PracticeResolver, PracticeSetsResolver } from './practice.resolver';
import { PracticeSetsService } from './practice-sets.service';
import { PromptAnswersResolver } from './prompt-answers.resolver';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';
import { ViewerService } from './viewer.service';

/**
 * Solo practice: attempts with hints and self-assessment, FSRS review scheduling (ts-fsrs),
 * the practice queue, timed practice sets, notes, and the rules for when a prompt's answers show.
 * Exports AttemptsService for the mock-interview library (recordMockAttempt) and
 * PracticeQueueService for progress (recommendations per weak topic).
 */
@Module({
  imports: [CatalogModule, IdentityModule],
  providers: [
    AttemptsService,
    ReviewsService,
    NotesService,
    PracticeQueueService,
    PracticeSetsService,
    PracticeLoadersFactory,
    ViewerService,
    AttemptsResolver,
    ReviewsResolver,
    PracticeResolver,
    PracticeSetsResolver,
    PromptAnswersResolver,
  ],
  exports: [AttemptsService, PracticeQueueService],
})
export class PracticeModule {}
