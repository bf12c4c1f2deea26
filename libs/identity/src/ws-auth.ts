import { Injectable, Logger } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { CloseCode, type Context } from 'graphql-ws';
import type { AuthUser, IdentityContext } from './auth-user';
import { AccountEventsService } from './account-events.service';
import { IdentityException } from './identity.exception';
import { TokensService } from './tokens.service';

/** Close code for a socket without a valid token (graphql-ws CloseCode.Unauthorized). */
export const WS_CLOSE_UNAUTHORIZED: number = CloseCode.Unauthorized;

/** What identity keeps on a graphql-ws connection (`ctx.extra`, beside graphql-ws's own socket and request). */
export interface WsAuthExtra {
  socket: { close(code: number, reason: string): void };
  request: IncomingMessage;
  /** The token the socket was accepted with. */
  authToken?: string;
  /** Who it was accepted for. */
  user?: AuthUser;
  /** Stops watching the session for revocation. */
  unwatch?: () => void;
  /** Set by onClose; a connect still being checked then cleans up after itself. */
  closed?: boolean;
}

export type WsConnectionContext = Context<Record<string, unknown> | undefined, WsAuthExtra>;

/**
 * graphql-ws hooks for signed-in sockets. The client sends its access token as
 * `connectionParams.authToken`; `onConnect` checks it and closes the socket with 4401 when it
 * is missing, malformed, tampered, expired or of a revoked session, so no unauthenticated
 * socket stays open; a socket whose session is revoked later (logout, refresh-token reuse) is
 * closed with 4401 too. `context` hands the token to each operation, where GqlAuthGuard checks
 * it again (so an expired token opens no new subscription) and sets the user as on HTTP.
 */
@Injectable()
export class WsAuthenticator {
  private readonly logger = new Logger(WsAuthenticator.name);

  constructor(
    private readonly tokens: TokensService,
    private readonly events: AccountEventsService,
  ) {}

  /** graphql-ws `onConnect`: true accepts; false after closing the socket with 4401. */
  async onConnect(ctx: WsConnectionContext): Promise<boolean> {
    const token = ctx.connectionParams?.authToken;
    if (typeof token !== 'string' || token === '') return this.refuse(ctx, 'MISSING');
    try {
      const user = await this.tokens.authenticate(token);
      ctx.extra.unwatch = await this.events.watchSession(user.id, user.sessionId, () => this.close(ctx, 'session revoked'));
      // Checked again now that we are watching: a revocation in between is not missed.
      ctx.extra.user = await this.tokens.authenticate(token);
      if (ctx.extra.closed) ctx.extra.unwatch(); // the client left while we were checking
    } catch (error) {
      ctx.extra.unwatch?.();
      if (error instanceof IdentityException) return this.refuse(ctx, String(error.details.reason ?? 'INVALID'));
      throw error;
    }
    ctx.extra.authToken = token;
    return true;
  }

  /** graphql-ws `onClose`. */
  onClose(ctx: WsConnectionContext): void {
    ctx.extra.closed = true;
    ctx.extra.unwatch?.();
  }

  /** The GraphQL context of an operation on an accepted socket. */
  context(ctx: WsConnectionContext): IdentityContext {
    return { req: ctx.extra.request, wsAuthToken: ctx.extra.authToken };
  }

  private refuse(ctx: WsConnectionContext, reason: string): false {
    // Closing here gives the client our code; graphql-ws's own refusal (4403) then finds the socket closing and does nothing.
    this.close(ctx, `token ${reason.toLowerCase()}`);
    return false;
  }

  private close(ctx: WsConnectionContext, why: string): void {
    this.logger.debug(`closing a WebSocket: ${why}`);
    ctx.extra.socket.close(WS_CLOSE_UNAUTHORIZED, `Unauthorized: ${why}`);
  }
}
