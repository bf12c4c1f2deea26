import { ContentImportEntity } from './content-import.entity';
import { PromptRevisionEntity } from './prompt-revision.entity';
import { PromptEntity } from './prompt.entity';
import { TopicEntity } from './topic.entity';

export { ContentImportEntity, PromptEntity, PromptRevisionEntity, TopicEntity };

/** Every table the catalog owns, for the app's DataSource. */
export const CATALOG_ENTITIES = [PromptEntity, PromptRevisionEntity, TopicEntity, ContentImportEntity];
