import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service';
import type { AuthUser, IdentityContext } from './auth-user';
import { clientAddress } from './client-address';
import { CurrentUser } from './decorators/current-user.decorator';
import { LoginInput } from './dto/login.input';
import { RefreshTokenArgs } from './dto/refresh-token.args';
import { RegisterInput } from './dto/register.input';
import { GqlAuthGuard } from './guards/gql-auth.guard';
import { AuthPayloadModel } from './models/auth-payload.model';

/** Signing up, in and out, and refreshing tokens. */
@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadModel, { description: 'Creates an account and signs it in. CONFLICT on input.email when the email is taken.' })
  register(@Args('input') input: RegisterInput): Promise<AuthPayloadModel> {
    return this.auth.register(input);
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Signs in. UNAUTHENTICATED for a wrong email or password (the same for both); RATE_LIMITED, with extensions.retryAfter in seconds, after too many failures for this email or from this address.',
  })
  login(@Args('input') input: LoginInput, @Context() ctx: IdentityContext): Promise<AuthPayloadModel> {
    return this.auth.login(input, clientAddress(ctx.req));
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'Exchanges a refresh token for a new pair; each refresh token works once. Reusing one revokes its whole session.',
  })
  refreshToken(@Args() args: RefreshTokenArgs): Promise<AuthPayloadModel> {
    return this.auth.refresh(args.token);
  }

  @UseGuards(GqlAuthGuard)
  @Mutation(() => Boolean, { description: "Ends this session: its refresh token and access tokens stop working. Other sessions stay signed in." })
  logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.auth.logout(user);
  }
}
