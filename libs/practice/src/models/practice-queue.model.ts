import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PromptModel } from '@prepstack/catalog';
import { QueueReason } from './enums';

@ObjectType('PracticeQueueItem', { description: 'A prompt to practise next, and why.' })
export class PracticeQueueItemModel {
  @Field(() => PromptModel)
  prompt: PromptModel;

  @Field(() => QueueReason)
  reason: QueueReason;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'DUE_REVIEW: when the review fell due.' })
  due: Date | null;

  @Field(() => String, { nullable: true, description: 'WEAK_TOPIC: the weak topic (id) that brought it in.' })
  topic: string | null;

  @Field(() => ID, { nullable: true, description: 'The attempt in progress on this prompt, to resume instead of starting again.' })
  inProgressAttemptId: string | null;
}
