import { registerEnumType } from '@nestjs/graphql';
import { EndReason, EventVisibility, MockPhase, MockRole, MockSessionStatus, SESSION_EVENT_TYPES, TimerStatus } from '../domain';

/** GraphQL enum of event types, built from the one list in domain.ts. */
export const SessionEventTypeEnum = Object.fromEntries(SESSION_EVENT_TYPES.map((t) => [t, t])) as { [K in (typeof SESSION_EVENT_TYPES)[number]]: K };

registerEnumType(MockRole, { name: 'MockRole' });
registerEnumType(EventVisibility, { name: 'EventVisibility', description: 'ALL participants, or INTERVIEWERS only.' });
registerEnumType(MockSessionStatus, { name: 'MockSessionStatus' });
registerEnumType(MockPhase, { name: 'MockPhase' });
registerEnumType(TimerStatus, { name: 'TimerStatus' });
registerEnumType(EndReason, { name: 'EndReason' });
registerEnumType(SessionEventTypeEnum, { name: 'SessionEventType' });

export { EndReason, EventVisibility, MockPhase, MockRole, MockSessionStatus, TimerStatus };
