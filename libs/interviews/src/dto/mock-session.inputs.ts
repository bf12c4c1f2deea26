import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Level, Stack } from '@prepstack/catalog';
import { MaxBytes } from '@prepstack/platform';
import { RubricScoreInput } from '@prepstack/practice';
import { MockRole } from '../domain';
import { JOIN_CODE_LENGTH } from '../mock-sessions.service';

/** Longest draft (live answer) accepted, in UTF-8 bytes. */
export const MAX_DRAFT_BYTES = 64 * 1024;

@InputType()
export class CreateMockSessionInput {
  @Field(() => Stack)
  @IsEnum(Stack)
  stack: Stack;

  @Field(() => Level)
  @IsEnum(Level)
  level: Level;

  @Field(() => [ID], { nullable: true, description: 'Prompts planned for the session, in order (up to 10).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  promptIds?: string[];

  @Field(() => Int, { defaultValue: 45, description: 'Length of the timer, 5..180 minutes.' })
  @IsInt()
  @Min(5)
  @Max(180)
  durationMinutes: number = 45;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether the two plan to swap roles half way.' })
  @IsBoolean()
  swapRoles: boolean = false;

  @Field(() => MockRole, { defaultValue: MockRole.INTERVIEWER, description: 'The creator\'s own role.' })
  @IsEnum(MockRole)
  role: MockRole = MockRole.INTERVIEWER;
}

@ArgsType()
export class JoinMockSessionArgs {
  @Field(() => String)
  @Matches(new RegExp(`^[A-Za-z0-9]{${JOIN_CODE_LENGTH}}$`), { message: `code must be the ${JOIN_CODE_LENGTH}-character join code` })
  code: string;

  @Field(() => MockRole)
  @IsEnum(MockRole)
  role: MockRole;
}

@ArgsType()
export class SessionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a mock session id' })
  sessionId: string;
}

@ArgsType()
export class PushPromptArgs extends SessionArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the next planned prompt not yet shown.' })
  @IsOptional()
  @IsUUID('all', { message: 'promptId must be a prompt id' })
  promptId?: string | null;
}

@ArgsType()
export class AddNoteArgs extends SessionArgs {
  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  text: string;
}

@ArgsType()
export class SendChatMessageArgs extends SessionArgs {
  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text: string;
}

@ArgsType()
export class UpdateDraftArgs extends SessionArgs {
  @Field(() => String, { description: `The whole live answer, at most ${MAX_DRAFT_BYTES} bytes.` })
  @IsString()
  @MaxBytes(MAX_DRAFT_BYTES)
  text: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9+#-]{1,20}$/, { message: 'language must be a language id like typescript or csharp' })
  language?: string | null;
}

@InputType()
export class SubmitScorecardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a mock session id' })
  sessionId: string;

  @Field(() => ID, { nullable: true, description: 'Default: the current (or last) prompt.' })
  @IsOptional()
  @IsUUID('all', { message: 'promptId must be a prompt id' })
  promptId?: string | null;

  @Field(() => [RubricScoreInput], { description: 'Every rubric criterion exactly once.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricScoreInput)
  scores: RubricScoreInput[];

  @Field(() => String, { description: 'Written feedback for the candidate.' })
  @IsString()
  @MaxLength(10_000)
  feedback: string;
}

@ArgsType()
export class SessionEventsArgs extends SessionArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Deliver events after this seq (the last one the client has).' })
  @IsInt()
  @Min(0)
  afterSeq: number = 0;
}
