import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser, IdentityContext } from '../auth-user';
import { IdentityException } from '../identity.exception';

/**
 * The signed-in {@link AuthUser} of the operation, the same on HTTP and WebSocket. Use it
 * behind GqlAuthGuard; without the guard it throws UNAUTHENTICATED rather than pass undefined.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = GqlExecutionContext.create(context).getContext<IdentityContext>().user;
  if (!user) throw IdentityException.unauthenticated('MISSING');
  return user;
});
