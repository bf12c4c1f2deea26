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
export { AttemptModel } from './models/attempt.model';
export { PracticeException } from './practice.exception';
export { PracticeModule } from './practice.module';
export { ratingForScore, rubricScore } from './scoring';
