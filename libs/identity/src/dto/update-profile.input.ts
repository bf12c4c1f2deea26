import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsTimeZone, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Level, Stack } from '@prepstack/catalog';

/** Leave a field out to keep it; `null` clears targetStack or targetLevel. */
@InputType()
export class UpdateProfileInput {
  @Field(() => Stack, { nullable: true })
  @IsOptional()
  @IsEnum(Stack)
  targetStack?: Stack | null;

  @Field(() => Level, { nullable: true })
  @IsOptional()
  @IsEnum(Level)
  targetLevel?: Level | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin.' })
  @ValidateIf((_, value) => value !== undefined)
  @MaxLength(64, { message: 'must be at most 64 characters' })
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Berlin' })
  timezone?: string;

  @Field(() => Int, { nullable: true, description: 'Prompts per day, 1..50.' })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(50, { message: 'must be at most 50' })
  dailyGoal?: number;
}
