import { DynamicModule, Global, Module } from '@nestjs/common';

/**
 * The time source of the app. Services that compare times (token expiry, rate-limit windows)
 * read it instead of `Date.now()`, so tests move time forward instead of sleeping. Inject it
 * by its class: `constructor(private readonly clock: Clock)`.
 */
export abstract class Clock {
  /** The current instant. */
  abstract now(): Date;
}

/** Wall-clock time. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that only moves when told to; for tests. Starts at `start` (default: now). */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.current += ms;
  }

  set(instant: Date): void {
    this.current = instant.getTime();
  }
}

/** Provides {@link Clock} to the whole app: the system clock, or the one a test passes. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
