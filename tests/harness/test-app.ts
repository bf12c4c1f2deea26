import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppConfig, Clock, loadConfig } from '@prepstack/platform';
import { createApp } from '../../apps/api/src/app.factory';
import { createTestDatabase, TestDatabase } from './database';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  body: any;
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  db: TestDatabase;
  /** http://127.0.0.1:<port> of the listening app. */
  baseUrl: string;
  /** POSTs a GraphQL operation to /graphql over real HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** The app's clock, e.g. a ManualClock to move past token expiry or a rate-limit window. */
  clock?: Clock;
  /**
   * Run over this database instead of a fresh one (a second API process, or a restart); the
   * app then leaves it in place on close.
   */
  db?: TestDatabase;
}

/**
 * Boots the real API (same factory as main.ts) on a free port over a fresh database of its own.
 * Content is not imported at start unless `env` says so; tests import what they need.
 */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const ownDb = !options.db;
  const db = options.db ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CONTENT_IMPORT_ON_START: 'false',
    DATABASE_URL: db.url,
    ...env,
  });
  const app = await createApp(config, db.url, { clock: options.clock });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    db,
    baseUrl,
    async gql(query, variables, headers = {}) {
      const res = await request(baseUrl).post('/graphql').set(headers).send({ query, variables });
      return { status: res.status, data: res.body?.data, errors: res.body?.errors, body: res.body };
    },
    async close() {
      await app.close();
      if (ownDb) await db.drop();
    },
  };
}
