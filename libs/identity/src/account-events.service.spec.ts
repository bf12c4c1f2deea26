import { describe, expect, it } from 'vitest';
import { accountEventOf, AccountEventMessage } from './account-events.service';
import { AccountEventType } from './models/account-event.model';

describe('accountEventOf', () => {
  const message: AccountEventMessage = {
    userId: 'u1',
    event: {
      type: AccountEventType.PROFILE_UPDATED,
      occurredAt: new Date('2026-03-01T10:00:00.000Z'),
      profile: {
        id: 'u1',
        email: 'ada@example.com',
        displayName: 'Ada',
        targetStack: null,
        targetLevel: null,
        timezone: 'UTC',
        dailyGoal: 3,
        createdAt: new Date('2026-01-01T00:00:00.000Z'),
      },
      sessionId: null,
      reason: null,
    },
  };

  it('gives back Dates after a trip through JSON (the Redis PubSub)', () => {
    const wire = JSON.parse(JSON.stringify(message)) as AccountEventMessage;
    expect(typeof wire.event.occurredAt).toBe('string');
    expect(accountEventOf(wire)).toEqual(message.event);
  });

  it('leaves in-process messages as they are', () => {
    expect(accountEventOf(message)).toEqual(message.event);
    expect(accountEventOf({ userId: 'u1', event: { ...message.event, profile: null } }).profile).toBeNull();
  });
});
