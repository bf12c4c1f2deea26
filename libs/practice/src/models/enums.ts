import { registerEnumType } from '@nestjs/graphql';
import { AttemptMode, AttemptStatus, PracticeSetStatus, QueueReason, ReviewRating, ReviewState } from '../domain';

export { AttemptMode, AttemptStatus, PracticeSetStatus, QueueReason, ReviewRating, ReviewState } from '../domain';

registerEnumType(AttemptMode, { name: 'AttemptMode', description: 'SOLO: practised alone; MOCK: scored by an interviewer in a mock session.' });
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });
registerEnumType(ReviewRating, { name: 'ReviewRating', description: 'How the attempt went, for review scheduling (FSRS grades).' });
registerEnumType(ReviewState, { name: 'ReviewState', description: 'FSRS card state.' });
registerEnumType(QueueReason, { name: 'QueueReason', description: 'Why the practice queue offers a prompt, in the order the queue lists them.' });
registerEnumType(PracticeSetStatus, { name: 'PracticeSetStatus' });
