import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords.service';

/** Trims and lower-cases an email before it is validated or stored. */
export const NormaliseEmail = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Longest email accepted (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254;

@InputType()
export class RegisterInput {
  @Field(() => String, { description: 'Trimmed and lower-cased; must not belong to another account.' })
  @NormaliseEmail()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(EMAIL_MAX_LENGTH, { message: `must be at most ${EMAIL_MAX_LENGTH} characters` })
  email: string;

  @Field(() => String, { description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;

  @Field(() => String, { description: 'Shown to interview partners; 1 to 60 characters.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(60, { message: 'must be at most 60 characters' })
  @Matches(/^[^\p{Cc}]*$/u, { message: 'must not contain control characters' })
  displayName: string;
}
