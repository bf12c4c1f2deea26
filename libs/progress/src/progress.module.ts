import { Module } from '@nestjs/common';
import { CatalogModule } from '@prepstack/catalog';
import { IdentityModule } from '@prepstack/identity';
import { PracticeModule } from '@prepstack/practice';
import { ActivityService } from './activity.service';
import { BearerAuthGuard } from './export/bearer-auth.guard';
import { ExportController } from './export/export.controller';
import { ExportService } from './export/export.service';
import { MasteryService } from './mastery.service';
import { ProgressResolver, RoleProfilesResolver } from './progress.resolver';
import { ProgressService } from './progress.service';
import { ReadinessService } from './readiness.service';
import { RoleProfilesService } from './role-profiles.service';
import { UserTimeService } from './user-time.service';
import { WeakestTopicsService } from './weakest-topics.service';

/**
 * Progress review by topic: progress per topic, kind and stack with weekly trends, mastery
 * (FSRS retrievability × recent scores), weakest topics with the practice queue's
 * recommendations, readiness for a role profile, streaks, the activity heatmap, and the export
 * of a user's own data (GET /export/me.json, /export/attempts.csv). Reads practice's and the
 * catalog's tables with aggregate SQL; owns no table.
 */
@Module({
  imports: [CatalogModule, IdentityModule, PracticeModule],
  controllers: [ExportController],
  providers: [
    UserTimeService,
    RoleProfilesService,
    MasteryService,
    ProgressService,
    WeakestTopicsService,
    ReadinessService,
    ActivityService,
    ExportService,
    BearerAuthGuard,
    ProgressResolver,
    RoleProfilesResolver,
  ],
})
export class ProgressModule {}
