import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../passwords.service';
import { EMAIL_MAX_LENGTH, NormaliseEmail } from './register.input';

@InputType()
export class LoginInput {
  @Field(() => String)
  @NormaliseEmail()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(EMAIL_MAX_LENGTH, { message: `must be at most ${EMAIL_MAX_LENGTH} characters` })
  email: string;

  // No minimum here: a wrong password is a failed login, not bad input. The maximum keeps a
  // huge body from reaching argon2.
  @Field(() => String)
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}
