import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GqlAuthGuard } from '@prepstack/identity';
import { Connection, ConnectionArgs } from '@prepstack/platform';
import { PracticeQueueArgs } from './dto/practice-queue.args';
import { PracticeSetIdArgs } from './dto/ids';
import { SetPromptNoteInput } from './dto/set-prompt-note.input';
import { StartPracticeSetInput } from './dto/start-practice-set.input';
import { PracticeQueueItemModel } from './models/practice-queue.model';
import { PracticeSetConnection, PracticeSetModel } from './models/practice-set.model';
import { PromptNoteModel } from './models/prompt-note.model';
import { NotesService } from './notes.service';
import { PracticeLoadersFactory } from './practice-loaders';
import { PracticeQueueService } from './practice-queue.service';
import { PracticeSetsService } from './practice-sets.service';

/** The signed-in user's practice queue and notes. */
@UseGuards(GqlAuthGuard)
@Resolver()
export class PracticeResolver {
  constructor(
    private readonly queue: PracticeQueueService,
    private readonly notes: NotesService,
    private readonly loaders: PracticeLoadersFactory,
  ) {}

  @Query(() => [PracticeQueueItemModel], {
    description:
      'What to practise next, each prompt once: reviews due today (most overdue first), then prompts never answered from your weakest topics (weakest first), then other new prompts, all matching the filter.',
  })
  practiceQueue(@CurrentUser() user: AuthUser, @Args() args: PracticeQueueArgs): Promise<PracticeQueueItemModel[]> {
    return this.queue.queue(user.id, args, args.count);
  }

  @Mutation(() => PromptNoteModel, { nullable: true, description: 'Writes your note on a prompt; an empty body deletes it (and returns null).' })
  async setPromptNote(@CurrentUser() user: AuthUser, @Args('input') input: SetPromptNoteInput, @Context() context: object): Promise<PromptNoteModel | null> {
    const note = await this.notes.set(user.id, input.promptId, input.body);
    this.loaders.forget(context);
    return note;
  }
}

/** The signed-in user's practice sets. */
@UseGuards(GqlAuthGuard)
@Resolver(() => PracticeSetModel)
export class PracticeSetsResolver {
  constructor(private readonly sets: PracticeSetsService) {}

  @Mutation(() => PracticeSetModel, { description: 'Starts a timed set of prompts from the head of your practice queue for the filter.' })
  startPracticeSet(@CurrentUser() user: AuthUser, @Args('input') input: StartPracticeSetInput): Promise<PracticeSetModel> {
    return this.sets.start(user.id, input);
  }

  @Mutation(() => PracticeSetModel, { description: "Stops the set's clock. CONFLICT when finished or the time is up." })
  pausePracticeSet(@CurrentUser() user: AuthUser, @Args() args: PracticeSetIdArgs): Promise<PracticeSetModel> {
    return this.sets.pause(user.id, args.id);
  }

  @Mutation(() => PracticeSetModel, { description: "Starts the set's clock again. CONFLICT when finished." })
  resumePracticeSet(@CurrentUser() user: AuthUser, @Args() args: PracticeSetIdArgs): Promise<PracticeSetModel> {
    return this.sets.resume(user.id, args.id);
  }

  @Mutation(() => PracticeSetModel, { description: 'Ends the set now. CONFLICT when already finished.' })
  finishPracticeSet(@CurrentUser() user: AuthUser, @Args() args: PracticeSetIdArgs): Promise<PracticeSetModel> {
    return this.sets.finish(user.id, args.id);
  }

  @Query(() => PracticeSetModel, { description: 'One of your practice sets, with its progress and timer.' })
  practiceSet(@CurrentUser() user: AuthUser, @Args() args: PracticeSetIdArgs): Promise<PracticeSetModel> {
    return this.sets.get(user.id, args.id);
  }

  @Query(() => PracticeSetConnection, { description: 'Your practice sets, newest first.' })
  practiceSets(@CurrentUser() user: AuthUser, @Args() args: ConnectionArgs): Promise<Connection<PracticeSetModel>> {
    return this.sets.list(user.id, args);
  }
}
