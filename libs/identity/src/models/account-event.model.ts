import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from './user.model';

export enum AccountEventType {
  PROFILE_UPDATED = 'PROFILE_UPDATED',
  SESSION_REVOKED = 'SESSION_REVOKED',
}

/** Why a session ended early. */
export enum SessionRevokeReason {
  /** The user signed out. */
  LOGOUT = 'LOGOUT',
  /** A used refresh token was presented again (likely stolen): the whole session was revoked. */
  REUSE = 'REUSE',
}

registerEnumType(AccountEventType, { name: 'AccountEventType' });
registerEnumType(SessionRevokeReason, { name: 'SessionRevokeReason', description: 'Why a session ended before its tokens expired.' });

@ObjectType('AccountEvent', { description: 'Something that happened to the signed-in account, pushed over accountEvents.' })
export class AccountEventModel {
  @Field(() => AccountEventType)
  type: AccountEventType;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => UserModel, { nullable: true, description: 'PROFILE_UPDATED: the profile after the change.' })
  profile: UserModel | null;

  @Field(() => ID, { nullable: true, description: 'SESSION_REVOKED: the session that ended; a client holding it must sign in again.' })
  sessionId: string | null;

  @Field(() => SessionRevokeReason, { nullable: true, description: 'SESSION_REVOKED: why.' })
  reason: SessionRevokeReason | null;
}
