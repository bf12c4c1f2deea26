import { AttemptEntity } from './attempt.entity';
import { PracticeSetEntity, PracticeSetItemEntity } from './practice-set.entity';
import { PromptNoteEntity } from './prompt-note.entity';
import { ReviewCardEntity } from './review-card.entity';
import { ReviewLogEntity } from './review-log.entity';
import { ReviewSettingsEntity } from './review-settings.entity';

export { AttemptEntity, PracticeSetEntity, PracticeSetItemEntity, PromptNoteEntity, ReviewCardEntity, ReviewLogEntity, ReviewSettingsEntity };
export type { StoredHint } from './attempt.entity';

/** Every table of the practice library, for the app's one entity list. */
export const PRACTICE_ENTITIES = [
  AttemptEntity,
  ReviewCardEntity,
  ReviewLogEntity,
  PromptNoteEntity,
  ReviewSettingsEntity,
  PracticeSetEntity,
  PracticeSetItemEntity,
];
