import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Level, Stack } from '@prepstack/catalog';
import type { UserEntity } from '../entities';

@ObjectType('User', { description: 'An account, as its owner sees it.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Trimmed and lower-cased at registration.' })
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Stack, { nullable: true, description: 'The stack the user is preparing for.' })
  targetStack: Stack | null;

  @Field(() => Level, { nullable: true, description: 'The level of the role the user is preparing for.' })
  targetLevel: Level | null;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin; days and streaks are counted in it.' })
  timezone: string;

  @Field(() => Int, { description: 'Prompts the user means to practise per day, 1..50.' })
  dailyGoal: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

/** The API's view of a stored user; the password hash never leaves the service. */
export function toUserModel(user: UserEntity): UserModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    targetStack: user.targetStack as Stack | null,
    targetLevel: user.targetLevel as Level | null,
    timezone: user.timezone,
    dailyGoal: user.dailyGoal,
    createdAt: user.createdAt,
  };
}
