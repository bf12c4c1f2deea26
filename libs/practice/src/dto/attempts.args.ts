import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { PromptKind, Stack } from '@prepstack/catalog';
import { ConnectionArgs } from '@prepstack/platform';
import { AttemptMode, AttemptStatus } from '../domain';
import { UUID } from './ids';

@InputType({ description: 'Every field narrows the result; unset fields do not filter.' })
export class AttemptFilter {
  @Field(() => ID, { nullable: true, description: 'Attempts on this prompt.' })
  @IsOptional()
  @Matches(UUID, { message: 'must be a prompt id (UUID)' })
  promptId?: string | null;

  @Field(() => Stack, { nullable: true, description: 'Attempts on prompts of this stack, cross-stack ones included.' })
  @IsOptional()
  @IsEnum(Stack)
  stack?: Stack | null;

  @Field(() => PromptKind, { nullable: true })
  @IsOptional()
  @IsEnum(PromptKind)
  kind?: PromptKind | null;

  @Field(() => String, { nullable: true, description: 'A topic id (`dsa/graphs`) or a whole area (`dsa`).' })
  @IsOptional()
  @Matches(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, { message: 'must be a topic id like dsa/graphs or an area like dsa' })
  topic?: string | null;

  @Field(() => AttemptStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AttemptStatus)
  status?: AttemptStatus | null;

  @Field(() => AttemptMode, { nullable: true })
  @IsOptional()
  @IsEnum(AttemptMode)
  mode?: AttemptMode | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Started at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Started before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class AttemptsArgs extends ConnectionArgs {
  @Field(() => AttemptFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AttemptFilter)
  filter?: AttemptFilter | null;
}
