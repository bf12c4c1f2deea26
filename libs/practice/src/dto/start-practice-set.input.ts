import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Level, PromptKind, Stack } from '@prepstack/catalog';

/** Largest practice set, in prompts. */
export const MAX_SET_SIZE = 20;
/** Longest practice set, in minutes. */
export const MAX_SET_MINUTES = 240;

@InputType()
export class StartPracticeSetInput {
  @Field(() => Stack, { nullable: true })
  @IsOptional()
  @IsEnum(Stack)
  stack?: Stack | null;

  @Field(() => Level, { nullable: true })
  @IsOptional()
  @IsEnum(Level)
  level?: Level | null;

  @Field(() => [PromptKind], { nullable: true, description: 'Any of these kinds; unset or empty: every kind.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(PromptKind, { each: true })
  kinds?: PromptKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these topics or areas; unset or empty: every topic.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, { each: true, message: 'each must be a topic id like dsa/graphs or an area like dsa' })
  topics?: string[] | null;

  @Field(() => Int, { description: `Prompts in the set, 1..${MAX_SET_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SET_SIZE)
  size: number;

  @Field(() => Int, { description: `Time budget in minutes, 1..${MAX_SET_MINUTES}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SET_MINUTES)
  minutes: number;
}
