export { AttemptsService } from './attempts.service';
export type { MockAttemptInput } from './attempts.service';
export * from './domain';
export {
  AttemptEntity,
  PRACTICE_ENTITIES,
  PracticeSetEntity,
  PracticeSetItemEntity,
  PromptNoteEntity,
  ReviewCardEntity,
  ReviewLogEntity,
  ReviewSettingsEntity,
} from './entities';
export { RubricScoreInput } from './dto/submit-attempt.input';
export { AttemptHintModel, AttemptModel, RubricScoreModel } from './models/attempt.model';
export { RubricCriterionLevelsModel } from './models/prompt-answers.model';
export { PracticeQueueItemModel } from './models/practice-queue.model';
export { PracticeQueueService } from './practice-queue.service';
export type { PracticeFilter, QueueItem } from './practice-queue.service';
export { PracticeException } from './practice.exception';
export { PracticeModule } from './practice.module';
export { checkCriterionScores, ratingForScore, rubricScore } from './scoring';
