import { Injectable } from '@nestjs/common';
import { channelName, Clock, InjectPubSub, PubSubEngine } from '@prepstack/platform';
import { ACCOUNT_CHANNEL } from './identity.constants';
import { AccountEventModel, AccountEventType, SessionRevokeReason } from './models/account-event.model';
import { UserModel } from './models/user.model';

/**
 * What travels on `account:<userId>`: the event, and whose it is (checked again on delivery).
 * Through Redis it arrives as parsed JSON, its times as ISO strings; {@link accountEventOf}
 * restores them.
 */
export interface AccountEventMessage {
  userId: string;
  event: AccountEventModel;
}

/** The event of a message, with its times as Dates again whichever PubSub carried it. */
export function accountEventOf(message: AccountEventMessage): AccountEventModel {
  const { event } = message;
  return {
    ...event,
    occurredAt: new Date(event.occurredAt),
    profile: event.profile && { ...event.profile, createdAt: new Date(event.profile.createdAt) },
  };
}

/**
 * One user's account events, each on that user's own channel (`account:<userId>`). Publish
 * only after the change is committed.
 */
@Injectable()
export class AccountEventsService {
  constructor(
    @InjectPubSub() private readonly pubSub: PubSubEngine,
    private readonly clock: Clock,
  ) {}

  /** PROFILE_UPDATED with the profile as it is now. */
  profileUpdated(profile: UserModel): Promise<void> {
    return this.publish(profile.id, { type: AccountEventType.PROFILE_UPDATED, occurredAt: this.clock.now(), profile, sessionId: null, reason: null });
  }

  /** SESSION_REVOKED: a client holding that session must sign in again. */
  sessionRevoked(userId: string, sessionId: string, reason: SessionRevokeReason): Promise<void> {
    return this.publish(userId, { type: AccountEventType.SESSION_REVOKED, occurredAt: this.clock.now(), profile: null, sessionId, reason });
  }

  /**
   * Calls `onRevoked` once when the session `sessionId` of `userId` is revoked (on any replica,
   * once PubSub spans them).
   * @returns a function that stops watching (idempotent)
   */
  async watchSession(userId: string, sessionId: string, onRevoked: () => void): Promise<() => void> {
    let fired = false;
    const id = await this.pubSub.subscribe(
      channelName(ACCOUNT_CHANNEL, userId),
      (message: AccountEventMessage) => {
        if (fired || message.event.type !== AccountEventType.SESSION_REVOKED || message.event.sessionId !== sessionId) return;
        fired = true;
        onRevoked();
      },
      {},
    );
    let watching = true;
    return () => {
      if (!watching) return;
      watching = false;
      this.pubSub.unsubscribe(id);
    };
  }

  /** The live stream of `userId`'s events, from now on. */
  follow(userId: string): AsyncIterableIterator<AccountEventMessage> {
    return this.pubSub.asyncIterableIterator<AccountEventMessage>(channelName(ACCOUNT_CHANNEL, userId));
  }

  private publish(userId: string, event: AccountEventModel): Promise<void> {
    const message: AccountEventMessage = { userId, event };
    return this.pubSub.publish(channelName(ACCOUNT_CHANNEL, userId), message);
  }
}
