import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, Clock, createValidationPipe } from '@prepstack/platform';
import { AppModule } from './app.module';

/**
 * Largest JSON body accepted. Above Express's 100 kB default so that an oversized field (a
 * 1 MB password, a long answer) reaches validation and is rejected by name, instead of the
 * whole request failing before GraphQL sees it.
 */
export const MAX_JSON_BODY = '2mb';

/** Express 'trust proxy' from TRUST_PROXY: a hop count, or the addresses/subnets as given. */
export function trustProxySetting(value: string | undefined): number | string | false {
  if (!value) return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export interface CreateAppOptions {
  /** Replaces the system clock (tests move time instead of sleeping). */
  clock?: Clock;
}

/**
 * Builds the API application (not yet listening). main.ts and the end-to-end tests both use it,
 * so the tests run the same wiring as production.
 */
export async function createApp(config: AppConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, clock: options.clock }), {
    bufferLogs: true,
    // Throw boot errors to the caller (main.ts reports them and exits 1) instead of process.abort().
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: MAX_JSON_BODY });
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  // GraphQL answers POSTs, which no client revalidates: hashing every body for an ETag is waste.
  app.set('etag', false);
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  return app;
}
