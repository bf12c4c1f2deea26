import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('AuthPayload', { description: 'A signed-in session: send accessToken as a Bearer token, exchange refreshToken before it expires.' })
export class AuthPayloadModel {
  @Field(() => String, { description: 'JWT for `Authorization: Bearer <token>` and graphql-ws `connectionParams.authToken`; valid 15 minutes.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field(() => String, { description: 'Single-use: refreshToken(token) returns a new pair; presenting a used one again revokes the whole session (every token of this sign-in).' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
