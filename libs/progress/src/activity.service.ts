import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActivityArgs, DEFAULT_ACTIVITY_DAYS, MAX_ACTIVITY_DAYS } from './dto/progress.args';
import { ActivityDayModel, StreakModel } from './models/activity.model';
import { ACTIVITY_SQL, STREAK_RUNS_SQL } from './sql';
import { DayRun, streakOf } from './streak';
import { UserTimeService } from './user-time.service';
import { resolveWindow } from './window';

/** Streaks and the daily activity heatmap, in days of the user's time zone (streak.ts has the rules). */
@Injectable()
export class ActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly time: UserTimeService,
  ) {}

  async streak(userId: string): Promise<StreakModel> {
    const { timeZone, today } = await this.time.of(userId);
    const rows: (DayRun & { which: 'latest' | 'longest' })[] = await this.dataSource.query(STREAK_RUNS_SQL, [userId, timeZone]);
    const run = (which: string) => rows.find((r) => r.which === which) ?? null;
    return { ...streakOf(run('latest'), run('longest'), today), timeZone };
  }

  /**
   * Submitted attempts per local day of [from, to], every day listed.
   * @throws ProgressException BAD_USER_INPUT on `from` (after `to`, or more than 371 days)
   */
  async activity(userId: string, args: ActivityArgs): Promise<ActivityDayModel[]> {
    const { timeZone, today } = await this.time.of(userId);
    const { from, to } = resolveWindow(args, today, DEFAULT_ACTIVITY_DAYS, MAX_ACTIVITY_DAYS);
    const rows: { day: string; attempts: number; average: number | null }[] = await this.dataSource.query(ACTIVITY_SQL, [userId, timeZone, from, to]);
    return rows.map((r) => ({ date: r.day, attempts: r.attempts, averageScore: r.average === null ? null : Math.round(r.average * 100) / 100 }));
  }
}
