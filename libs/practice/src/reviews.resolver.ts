import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogService, PromptModel } from '@prepstack/catalog';
import { AuthUser, CurrentUser, GqlAuthGuard } from '@prepstack/identity';
import { ConnectionArgs } from '@prepstack/platform';
import { SetReviewSettingsInput } from './dto/set-review-settings.input';
import { ReviewCardConnection, ReviewCardModel, ReviewSettingsModel } from './models/review-card.model';
import { ReviewsService } from './reviews.service';

/** The signed-in user's review schedule (FSRS, ts-fsrs). */
@UseGuards(GqlAuthGuard)
@Resolver(() => ReviewCardModel)
export class ReviewsResolver {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly catalog: CatalogService,
  ) {}

  @Query(() => ReviewCardConnection, {
    description: "Reviews due now: due before the end of today in your profile's time zone, earliest first.",
  })
  dueReviews(@CurrentUser() user: AuthUser, @Args() args: ConnectionArgs): Promise<ReviewCardConnection> {
    return this.reviews.dueReviews(user.id, args);
  }

  @Query(() => ReviewSettingsModel)
  reviewSettings(@CurrentUser() user: AuthUser): Promise<ReviewSettingsModel> {
    return this.reviews.settings(user.id);
  }

  @Mutation(() => ReviewSettingsModel, { description: 'Sets your desired retention; it applies from your next review.' })
  setReviewSettings(@CurrentUser() user: AuthUser, @Args('input') input: SetReviewSettingsInput): Promise<ReviewSettingsModel> {
    return this.reviews.setSettings(user.id, input.desiredRetention);
  }

  @ResolveField(() => PromptModel, { nullable: true, description: 'Null once the prompt has left the bank.' })
  async prompt(@Parent() card: ReviewCardModel): Promise<PromptModel | null> {
    const [prompt] = await this.catalog.promptsByIds([card.promptId]);
    return prompt ?? null;
  }
}
