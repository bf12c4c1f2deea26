import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches } from 'class-validator';

/** A UUID in any version (ids are gen_random_uuid()). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ArgsType()
export class AttemptIdArgs {
  @Field(() => ID)
  @Matches(UUID, { message: 'must be an attempt id (UUID)' })
  attemptId: string;
}

@ArgsType()
export class PracticeSetIdArgs {
  @Field(() => ID)
  @Matches(UUID, { message: 'must be a practice set id (UUID)' })
  id: string;
}

@ArgsType()
export class AttemptArgs {
  @Field(() => ID)
  @Matches(UUID, { message: 'must be an attempt id (UUID)' })
  id: string;
}
