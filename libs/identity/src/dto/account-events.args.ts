import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class AccountEventsArgs {
  @Field(() => ID, { nullable: true, description: 'Whose events; only your own id (the default) is allowed.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id (UUID)' })
  userId?: string;
}
