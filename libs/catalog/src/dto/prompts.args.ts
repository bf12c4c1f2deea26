import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@prepstack/platform';
import { Difficulty, Level, PromptKind, Stack } from '../models/enums';

@InputType({ description: 'Every field narrows the result; unset fields do not filter.' })
export class PromptFilter {
  @Field(() => Stack, { nullable: true, description: 'Prompts for this stack, cross-stack ones included.' })
  @IsOptional()
  @IsEnum(Stack)
  stack?: Stack;

  @Field(() => PromptKind, { nullable: true })
  @IsOptional()
  @IsEnum(PromptKind)
  kind?: PromptKind;

  @Field(() => Level, { nullable: true })
  @IsOptional()
  @IsEnum(Level)
  level?: Level;

  @Field(() => Difficulty, { nullable: true })
  @IsOptional()
  @IsEnum(Difficulty)
  difficulty?: Difficulty;

  @Field(() => String, { nullable: true, description: 'A topic id (`dsa/graphs`) or a whole area (`dsa`).' })
  @IsOptional()
  @Matches(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, { message: 'must be a topic id like dsa/graphs or an area like dsa' })
  topic?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @Field(() => String, { nullable: true, description: 'Full-text search (web-search syntax: words, "phrases", -excluded); results ranked by relevance.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class PromptsArgs extends ConnectionArgs {
  @Field(() => PromptFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PromptFilter)
  filter?: PromptFilter;
}

@ArgsType()
export class PromptArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'must be a prompt id (UUID)' })
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a prompt slug (kebab-case)' })
  @MaxLength(80)
  slug?: string;
}
