import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Level, PromptKind, Stack } from '@prepstack/catalog';

/** Largest practice queue and practice set. */
export const MAX_QUEUE = 50;

const TOPIC = /^[a-z0-9-]+(\/[a-z0-9-]+)?$/;

/** The prompt filter of practiceQueue. */
@ArgsType()
export class PracticeFilterArgs {
  @Field(() => Stack, { nullable: true, description: 'Prompts of this stack, cross-stack ones included.' })
  @IsOptional()
  @IsEnum(Stack)
  stack?: Stack | null;

  @Field(() => [PromptKind], { nullable: true, description: 'Any of these kinds; unset or empty: every kind.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(PromptKind, { each: true })
  kinds?: PromptKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these topics (`dsa/graphs`) or areas (`dsa`); unset or empty: every topic.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(TOPIC, { each: true, message: 'each must be a topic id like dsa/graphs or an area like dsa' })
  topics?: string[] | null;

  @Field(() => Level, { nullable: true })
  @IsOptional()
  @IsEnum(Level)
  level?: Level | null;
}

@ArgsType()
export class PracticeQueueArgs extends PracticeFilterArgs {
  @Field(() => Int, { defaultValue: 10, description: `Most prompts to return, 1..${MAX_QUEUE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_QUEUE)
  count: number = 10;
}
