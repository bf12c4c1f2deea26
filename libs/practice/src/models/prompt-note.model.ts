import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PromptNote', { description: "The signed-in user's personal note on a prompt." })
export class PromptNoteModel {
  @Field(() => ID)
  promptId: string;

  @Field(() => String, { description: 'Markdown, at most 16 KiB.' })
  body: string;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
