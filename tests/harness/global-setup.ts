import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { EmbeddedPostgresHandle, runMigrations, startEmbeddedPostgres } from '@prepstack/platform';
import { databaseOptions } from '../../apps/api/src/database/database.config';
import { databaseUrl, freePort } from './urls';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a database on the test server with the right to CREATE DATABASE. */
    adminUrl: string;
    /** Migrated template every test file clones its database from. */
    templateDatabase: string;
  }
}

/**
 * Once per test run: a Postgres (TEST_DATABASE_URL, or an embedded one in a temporary
 * directory) and a template database migrated once, which each test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(join(tmpdir(), 'prepstack-test-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
    adminUrl = embedded.urlFor('postgres');
  }
  const templateDatabase = `prepstack_template_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const dataSource = await new DataSource(databaseOptions(databaseUrl(adminUrl, templateDatabase), 2)).initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    // Databases a crashed test file left behind.
    const leftovers = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${templateDatabase}_%`]);
    for (const row of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
