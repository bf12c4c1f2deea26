import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UsersService } from '@prepstack/identity';
import { Clock } from '@prepstack/platform';
import { localDateOf } from './local-date';

/** "Now" as a user lives it: the instant, their time zone, and the local day it is there. */
export interface UserTime {
  now: Date;
  /** IANA zone of the profile; UTC when neither Intl nor Postgres knows the stored name. */
  timeZone: string;
  /** Today in that zone, `YYYY-MM-DD`. */
  today: string;
}

/**
 * The signed-in user's time zone and today. Days, weeks and streaks are counted in the
 * profile's zone; a zone is checked once per process against both Intl (today) and Postgres
 * (the SQL's `AT TIME ZONE`), since the two tz databases may differ by a release.
 */
@Injectable()
export class UserTimeService {
  private readonly logger = new Logger(UserTimeService.name);
  private readonly usable = new Map<string, Promise<string>>();

  constructor(
    private readonly users: UsersService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** @throws IdentityException UNAUTHENTICATED (REVOKED) when the account no longer exists */
  async of(userId: string): Promise<UserTime> {
    const { timezone } = await this.users.get(userId);
    const timeZone = await this.zone(timezone);
    const now = this.clock.now();
    return { now, timeZone, today: localDateOf(now, timeZone) };
  }

  private zone(name: string): Promise<string> {
    let checked = this.usable.get(name);
    if (!checked) {
      checked = (async () => {
        try {
          localDateOf(new Date(), name);
          await this.dataSource.query('SELECT now() AT TIME ZONE $1', [name]);
          return name;
        } catch {
          this.logger.warn(`time zone '${name}' is unknown to Intl or Postgres; counting days in UTC`);
          return 'UTC';
        }
      })();
      this.usable.set(name, checked);
    }
    return checked;
  }
}
