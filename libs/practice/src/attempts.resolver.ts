import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogService, PromptModel } from '@prepstack/catalog';
import { AuthUser, CurrentUser, GqlAuthGuard } from '@prepstack/identity';
import { AttemptsService } from './attempts.service';
import { AttemptsArgs } from './dto/attempts.args';
import { AttemptArgs, AttemptIdArgs } from './dto/ids';
import { SaveDraftInput } from './dto/save-draft.input';
import { StartAttemptInput } from './dto/start-attempt.input';
import { SubmitAttemptInput } from './dto/submit-attempt.input';
import { AttemptConnection, AttemptModel } from './models/attempt.model';
import { PracticeLoadersFactory } from './practice-loaders';

/** The signed-in user's attempts. Another user's attempt is NOT_FOUND, as if it did not exist. */
@UseGuards(GqlAuthGuard)
@Resolver(() => AttemptModel)
export class AttemptsResolver {
  constructor(
    private readonly service: AttemptsService,
    private readonly catalog: CatalogService,
    private readonly loaders: PracticeLoadersFactory,
  ) {}

  @Query(() => AttemptModel, { description: 'One of your attempts.' })
  attempt(@CurrentUser() user: AuthUser, @Args() args: AttemptArgs): Promise<AttemptModel> {
    return this.service.get(user.id, args.id);
  }

  @Query(() => AttemptConnection, { description: 'Your attempts, newest start first.' })
  attempts(@CurrentUser() user: AuthUser, @Args() args: AttemptsArgs): Promise<AttemptConnection> {
    return this.service.list(user.id, args);
  }

  @Mutation(() => AttemptModel, { description: 'Starts a solo attempt, or returns the one already in progress on the prompt.' })
  startAttempt(@CurrentUser() user: AuthUser, @Args('input') input: StartAttemptInput): Promise<AttemptModel> {
    return this.service.start(user.id, input);
  }

  @Mutation(() => AttemptModel, { description: 'Reveals the next hint; it shows on attempt.hints with its time. CONFLICT when none is left.' })
  revealHint(@CurrentUser() user: AuthUser, @Args() args: AttemptIdArgs): Promise<AttemptModel> {
    return this.service.revealHint(user.id, args.attemptId);
  }

  @Mutation(() => AttemptModel, { description: 'Saves the answer so far.' })
  saveDraft(@CurrentUser() user: AuthUser, @Args('input') input: SaveDraftInput): Promise<AttemptModel> {
    return this.service.saveDraft(user.id, input);
  }

  @Mutation(() => AttemptModel, {
    description: 'Submits with a self-assessment and a rating; schedules the next review. Same idempotencyKey: the first result again.',
  })
  async submitAttempt(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SubmitAttemptInput,
    @Context() context: object,
  ): Promise<AttemptModel> {
    const attempt = await this.service.submit(user.id, input);
    this.loaders.forget(context);
    return attempt;
  }

  @Mutation(() => AttemptModel, {
    description: "Pauses the attempt's clock: the time until resumeAttempt (or the submit) is left out of its duration. Pausing a paused attempt changes nothing.",
  })
  pauseAttempt(@CurrentUser() user: AuthUser, @Args() args: AttemptIdArgs): Promise<AttemptModel> {
    return this.service.pause(user.id, args.attemptId);
  }

  @Mutation(() => AttemptModel, { description: "Starts a paused attempt's clock again. Resuming a running attempt changes nothing." })
  resumeAttempt(@CurrentUser() user: AuthUser, @Args() args: AttemptIdArgs): Promise<AttemptModel> {
    return this.service.resume(user.id, args.attemptId);
  }

  @Mutation(() => AttemptModel, { description: 'Gives up an attempt in progress.' })
  abandonAttempt(@CurrentUser() user: AuthUser, @Args() args: AttemptIdArgs): Promise<AttemptModel> {
    return this.service.abandon(user.id, args.attemptId);
  }

  @ResolveField(() => PromptModel, { nullable: true, description: 'Null once the prompt has left the bank.' })
  async prompt(@Parent() attempt: AttemptModel): Promise<PromptModel | null> {
    const [prompt] = await this.catalog.promptsByIds([attempt.promptId]);
    return prompt ?? null;
  }
}
