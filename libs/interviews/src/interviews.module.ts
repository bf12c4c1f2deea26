import { Module } from '@nestjs/common';
import { CatalogModule } from '@prepstack/catalog';
import { IdentityModule } from '@prepstack/identity';
import { PracticeModule } from '@prepstack/practice';
import { MockEndingService } from './mock-ending.service';
import { MockSessionViewsService } from './mock-session-views.service';
import { MockSessionEventsResolver, MockSessionsResolver } from './mock-sessions.resolver';
import { MockSessionsService } from './mock-sessions.service';
import { SessionLogService } from './session-log.service';

/** Live paired mock interviews: rooms, the event log, the live stream, endings and replay. */
@Module({
  imports: [CatalogModule, IdentityModule, PracticeModule],
  providers: [SessionLogService, MockSessionsService, MockSessionViewsService, MockEndingService, MockSessionsResolver, MockSessionEventsResolver],
  exports: [SessionLogService],
})
export class InterviewsModule {}
