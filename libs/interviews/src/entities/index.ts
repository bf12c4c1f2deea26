import { MockParticipantEntity } from './mock-participant.entity';
import { MockSessionEntity } from './mock-session.entity';
import { SessionEventEntity } from './session-event.entity';

export { MockParticipantEntity, MockSessionEntity, SessionEventEntity };

/** Every table the interviews library owns, for the app's DataSource. */
export const INTERVIEWS_ENTITIES = [MockSessionEntity, SessionEventEntity, MockParticipantEntity];
