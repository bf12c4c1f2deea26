import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Topic', { description: 'A topic of the two-level taxonomy, e.g. dsa/graphs.' })
export class TopicModel {
  @Field(() => ID, { description: '`area/topic`' })
  id: string;

  @Field(() => String)
  area: string;

  @Field(() => String)
  areaTitle: string;

  @Field(() => String)
  title: string;

  @Field(() => Int, { description: 'Active prompts tagged with this topic.' })
  promptCount: number;
}
