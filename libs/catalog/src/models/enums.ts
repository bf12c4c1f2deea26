import { registerEnumType } from '@nestjs/graphql';
import { Difficulty, Level, PromptKind, Stack } from '../domain';

export { Difficulty, DIFFICULTY_ORDER, Level, LEVEL_ORDER, PromptKind, Stack } from '../domain';

registerEnumType(Stack, { name: 'Stack', description: 'A backend tech stack (track).' });
registerEnumType(PromptKind, { name: 'PromptKind' });
registerEnumType(Level, { name: 'Level', description: 'What the role expects, not years of experience.' });
registerEnumType(Difficulty, { name: 'Difficulty' });
