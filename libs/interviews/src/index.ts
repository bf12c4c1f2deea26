export * from './domain';
export { INTERVIEWS_ENTITIES, MockParticipantEntity, MockSessionEntity, SessionEventEntity } from './entities';
export { InterviewsException } from './interviews.exception';
export { InterviewsModule } from './interviews.module';
export { SessionLogService } from './session-log.service';
export { foldEvents, mayReceive } from './session-state';
