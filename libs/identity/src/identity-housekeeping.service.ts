import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LoginThrottleService } from './login-throttle.service';
import { TokensService } from './tokens.service';

/** How often expired sessions and ended rate-limit windows are deleted, in ms. */
const PURGE_EVERY_MS = 60 * 60_000;

/** Deletes what can no longer matter: ended login windows, sessions whose tokens all expired. */
@Injectable()
export class IdentityHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdentityHousekeeping.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly throttle: LoginThrottleService,
    private readonly tokens: TokensService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), PURGE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Runs one purge; failures are logged, the next run tries again. Safe on every replica at once. */
  async purge(): Promise<{ windows: number; sessions: number }> {
    try {
      return { windows: await this.throttle.purge(), sessions: await this.tokens.purge() };
    } catch (error) {
      this.logger.warn(`identity purge failed: ${(error as Error).message}`);
      return { windows: 0, sessions: 0 };
    }
  }
}
