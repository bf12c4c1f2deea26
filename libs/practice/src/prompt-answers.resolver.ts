import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogService, PromptContent, PromptKind, PromptModel } from '@prepstack/catalog';
import type { IdentityContext } from '@prepstack/identity';
import { PracticeLoadersFactory } from './practice-loaders';
import { DsaTestCaseModel, RubricCriterionLevelsModel } from './models/prompt-answers.model';
import { PromptNoteModel } from './models/prompt-note.model';
import { ReviewCardModel } from './models/review-card.model';
import { ViewerService } from './viewer.service';

const AFTER_ATTEMPT = 'Null until the signed-in user has submitted an attempt on this prompt; null for anonymous callers.';

/**
 * The personal and answer fields of every Prompt, wherever a prompt appears (prompt, prompts,
 * attempt.prompt, the practice queue, practice sets, review cards): the reference answer, rubric
 * detail, hidden tests and follow-ups only for a user who has submitted an attempt on the prompt;
 * the user's note and review card only for the user. Hints are never here: they come one at a
 * time through revealHint, on the attempt.
 */
@Resolver(() => PromptModel)
export class PromptAnswersResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly viewer: ViewerService,
    private readonly loaders: PracticeLoadersFactory,
  ) {}

  @ResolveField(() => Boolean, {
    // Nullable like the fields it stands for: an unusable token fails this field, not the whole prompt.
    nullable: true,
    description: 'Whether the signed-in user has submitted an attempt on this prompt, so its answers show; false for anonymous callers.',
  })
  async answersRevealed(@Parent() prompt: PromptModel, @Context() context: IdentityContext): Promise<boolean> {
    const user = await this.viewer.viewer(context);
    return user ? this.loaders.for(context, user.id).revealed.load(prompt.id) : false;
  }

  @ResolveField(() => String, { nullable: true, description: `The reference answer, Markdown. ${AFTER_ATTEMPT}` })
  async referenceAnswer(@Parent() prompt: PromptModel, @Context() context: IdentityContext): Promise<string | null> {
    return (await this.revealed(prompt, context))?.referenceAnswer ?? null;
  }

  @ResolveField(() => [RubricCriterionLevelsModel], { nullable: true, description: `The rubric with what each score looks like. ${AFTER_ATTEMPT}` })
  async rubricDetail(@Parent() prompt: PromptModel, @Context() context: IdentityContext): Promise<RubricCriterionLevelsModel[] | null> {
    const content = await this.revealed(prompt, context);
    return (
      content?.rubric.map((c) => ({
        id: c.id,
        title: c.title,
        weight: c.weight,
        levels: ([1, 2, 3] as const).map((score) => ({ score, description: c.levels[score] })),
      })) ?? null
    );
  }

  @ResolveField(() => [DsaTestCaseModel], { nullable: true, description: `DSA: the hidden test cases. ${AFTER_ATTEMPT}` })
  async hiddenTests(@Parent() prompt: PromptModel, @Context() context: IdentityContext): Promise<DsaTestCaseModel[] | null> {
    if (prompt.kind !== PromptKind.DSA) return null;
    const content = await this.revealed(prompt, context);
    return content?.dsa?.tests.map((t) => ({ input: t.input, output: t.output, note: t.note ?? null })) ?? null;
  }

  @ResolveField(() => [String], { nullable: true, description: `Follow-up questions. ${AFTER_ATTEMPT}` })
  async followUps(@Parent() prompt: PromptModel, @Context() context: IdentityContext): Promise<string[] | null> {
    return (await this.revealed(prompt, context))?.followUps ?? null;
  }

  @ResolveField(() => PromptNoteModel, { nullable: true, description: "The signed-in user's note on this prompt (setPromptNote); null for anonymous callers." })
  async myNote(@Parent() prompt: PromptModel, @Context() context: IdentityContext): Promise<PromptNoteModel | null> {
    const user = await this.viewer.viewer(context);
    return user ? this.loaders.for(context, user.id).notes.load(prompt.id) : null;
  }

  @ResolveField(() => ReviewCardModel, {
    nullable: true,
    description: "The signed-in user's review card of this prompt (after a first submit); null for anonymous callers.",
  })
  async myReview(@Parent() prompt: PromptModel, @Context() context: IdentityContext): Promise<ReviewCardModel | null> {
    const user = await this.viewer.viewer(context);
    return user ? this.loaders.for(context, user.id).reviewCards.load(prompt.id) : null;
  }

  /** The prompt's full content when the caller may see its answers, else null. */
  private async revealed(prompt: PromptModel, context: IdentityContext): Promise<PromptContent | null> {
    const user = await this.viewer.viewer(context);
    if (!user || !(await this.loaders.for(context, user.id).revealed.load(prompt.id))) return null;
    return this.catalog.promptContent(prompt.id);
  }
}
