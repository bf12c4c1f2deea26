import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class RefreshTokenArgs {
  @Field(() => String, { description: 'The refreshToken of the last AuthPayload.' })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'is not a refresh token' })
  token: string;
}
