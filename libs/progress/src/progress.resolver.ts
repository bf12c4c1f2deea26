import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GqlAuthGuard } from '@prepstack/identity';
import { ActivityService } from './activity.service';
import { ActivityArgs, ProgressArgs, ReadinessArgs, RoleProfilesArgs, WeakestTopicsArgs } from './dto/progress.args';
import { ActivityDayModel, StreakModel } from './models/activity.model';
import { ProgressModel } from './models/progress.model';
import { ReadinessModel, RoleProfileModel, WeakTopicModel } from './models/readiness.model';
import { ProgressService } from './progress.service';
import { ReadinessService } from './readiness.service';
import { WeakestTopicsService } from './weakest-topics.service';

/** The signed-in user's progress review: every field is personal, so the guard covers the class. */
@UseGuards(GqlAuthGuard)
@Resolver()
export class ProgressResolver {
  constructor(
    private readonly progressService: ProgressService,
    private readonly weakest: WeakestTopicsService,
    private readonly readinessService: ReadinessService,
    private readonly activityService: ActivityService,
  ) {}

  @Query(() => ProgressModel, {
    description: 'Where you stand in a stack, per topic, kind and overall: attempts in a window of days (default the last 12 weeks) with a weekly trend, and mastery and due reviews now.',
  })
  progress(@CurrentUser() user: AuthUser, @Args() args: ProgressArgs): Promise<ProgressModel> {
    return this.progressService.progress(user.id, args);
  }

  @Query(() => [WeakTopicModel], { description: 'The practised topics you master least in a stack, weakest first, each with the practice queue narrowed to it.' })
  weakestTopics(@CurrentUser() user: AuthUser, @Args() args: WeakestTopicsArgs): Promise<WeakTopicModel[]> {
    return this.weakest.weakestTopics(user.id, args);
  }

  @Query(() => ReadinessModel, { description: 'How ready you are for a role (stack and level): coverage-weighted mastery over its profile.' })
  readiness(@CurrentUser() user: AuthUser, @Args() args: ReadinessArgs): Promise<ReadinessModel> {
    return this.readinessService.readiness(user.id, args.stack, args.level);
  }

  @Query(() => StreakModel, { description: 'Your current and longest streak of days with a submitted attempt (your time zone).' })
  streak(@CurrentUser() user: AuthUser): Promise<StreakModel> {
    return this.activityService.streak(user.id);
  }

  @Query(() => [ActivityDayModel], { description: 'Submitted attempts per day, every day of [from, to] listed (default the last 365 days): a heatmap.' })
  activity(@CurrentUser() user: AuthUser, @Args() args: ActivityArgs): Promise<ActivityDayModel[]> {
    return this.activityService.activity(user.id, args);
  }
}

/** The role profiles: content, not personal data, so no sign-in is needed. */
@Resolver()
export class RoleProfilesResolver {
  constructor(private readonly readinessService: ReadinessService) {}

  @Query(() => [RoleProfileModel], { description: 'The role profiles readiness is measured against (content/roles), junior first.' })
  roleProfiles(@Args() args: RoleProfilesArgs): Promise<RoleProfileModel[]> {
    return this.readinessService.roleProfiles(args.stack);
  }
}
