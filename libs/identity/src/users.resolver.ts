import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { accountEventOf, AccountEventMessage, AccountEventsService } from './account-events.service';
import type { AuthUser, IdentityContext } from './auth-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { AccountEventsArgs } from './dto/account-events.args';
import { UpdateProfileInput } from './dto/update-profile.input';
import { GqlAuthGuard } from './guards/gql-auth.guard';
import { IdentityException } from './identity.exception';
import { AccountEventModel } from './models/account-event.model';
import { UserModel } from './models/user.model';
import { UsersService } from './users.service';

/** The signed-in user's own account: every field is personal, so the guard covers the class. */
@UseGuards(GqlAuthGuard)
@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly events: AccountEventsService,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    return this.users.get(user.id);
  }

  @Mutation(() => UserModel, { description: 'Changes the fields given; PROFILE_UPDATED is pushed to the user\'s accountEvents.' })
  updateProfile(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return this.users.updateProfile(user.id, input);
  }

  @Subscription(() => AccountEventModel, {
    description: "The signed-in user's account events (WebSocket, graphql-ws). FORBIDDEN for another user's id.",
    // The channel is the user's own; the filter checks again where events leave the server.
    filter: (message: AccountEventMessage, _args: unknown, context: IdentityContext) => message.userId === context.user?.id,
    resolve: (message: AccountEventMessage) => accountEventOf(message),
  })
  accountEvents(@CurrentUser() user: AuthUser, @Args() args: AccountEventsArgs): AsyncIterableIterator<AccountEventMessage> {
    if (args.userId && args.userId.toLowerCase() !== user.id) throw IdentityException.forbidden("accountEvents: you may only follow your own account's events");
    return this.events.follow(user.id);
  }
}
