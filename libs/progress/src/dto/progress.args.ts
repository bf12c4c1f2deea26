import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min, ValidateBy, ValidationOptions } from 'class-validator';
import { Level, Stack } from '@prepstack/catalog';
import { isLocalDate } from '../local-date';

/** Longest progress window, in days (a year and a day, for leap years). */
export const MAX_PROGRESS_DAYS = 366;
/** Default progress window: the last 12 weeks (84 days, today included). */
export const DEFAULT_PROGRESS_DAYS = 84;
/** Longest activity range: 53 full weeks, what a year-long heatmap shows. */
export const MAX_ACTIVITY_DAYS = 371;
/** Default activity range: the last 365 days, today included. */
export const DEFAULT_ACTIVITY_DAYS = 365;
/** Most weakest topics, and most recommended prompts per topic. */
export const MAX_WEAK_TOPICS = 20;
export const MAX_RECOMMENDED = 10;

/** A calendar date written YYYY-MM-DD that exists (2025-02-30 does not). */
function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: { validate: (value) => typeof value === 'string' && isLocalDate(value), defaultMessage: () => 'must be a date written YYYY-MM-DD' },
    },
    options,
  );
}

@ArgsType()
export class ProgressArgs {
  @Field(() => Stack)
  @IsEnum(Stack)
  stack: Stack;

  @Field(() => String, { nullable: true, description: `First day, YYYY-MM-DD in your time zone; default ${DEFAULT_PROGRESS_DAYS - 1} days before \`to\` (12 weeks).` })
  @IsOptional()
  @IsLocalDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: `Last day (inclusive), YYYY-MM-DD in your time zone; default today. At most ${MAX_PROGRESS_DAYS} days after \`from\`.` })
  @IsOptional()
  @IsLocalDate()
  to?: string | null;
}

@ArgsType()
export class WeakestTopicsArgs {
  @Field(() => Stack)
  @IsEnum(Stack)
  stack: Stack;

  @Field(() => Int, { defaultValue: 5, description: `Topics to return, 1..${MAX_WEAK_TOPICS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_WEAK_TOPICS)
  count: number = 5;

  @Field(() => Int, { defaultValue: 3, description: `Prompts recommended per topic, 1..${MAX_RECOMMENDED}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_RECOMMENDED)
  perTopic: number = 3;
}

@ArgsType()
export class ReadinessArgs {
  @Field(() => Stack)
  @IsEnum(Stack)
  stack: Stack;

  @Field(() => Level)
  @IsEnum(Level)
  level: Level;
}

@ArgsType()
export class RoleProfilesArgs {
  @Field(() => Stack, { nullable: true, description: 'Profiles of this stack; every stack when unset.' })
  @IsOptional()
  @IsEnum(Stack)
  stack?: Stack | null;
}

@ArgsType()
export class ActivityArgs {
  @Field(() => String, { nullable: true, description: `First day, YYYY-MM-DD in your time zone; default ${DEFAULT_ACTIVITY_DAYS - 1} days before \`to\`.` })
  @IsOptional()
  @IsLocalDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: `Last day (inclusive); default today. At most ${MAX_ACTIVITY_DAYS} days from \`from\`.` })
  @IsOptional()
  @IsLocalDate()
  to?: string | null;
}
