import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Stack } from './enums';

@ObjectType('StackInfo', { description: 'A stack with what interviews for it usually cover.' })
export class StackModel {
  @Field(() => Stack)
  id: Stack;

  @Field(() => String)
  title: string;

  @Field(() => [String], { description: 'Frameworks and tools interviews for this stack ask about.' })
  frameworks: string[];

  @Field(() => Int, { description: 'Active prompts that apply to this stack (cross-stack ones included).' })
  promptCount: number;
}
