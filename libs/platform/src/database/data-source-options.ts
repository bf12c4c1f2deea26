import { DataSource, DataSourceOptions, MixedList } from 'typeorm';

export interface DataSourceSettings {
  /** postgres:// URL */
  url: string;
  /** Entity classes, listed explicitly (no globs: they depend on where the code runs). */
  entities: MixedList<Function>;
  /** Migration classes, in order. */
  migrations: MixedList<Function>;
  /** Connections in the pool. */
  poolSize?: number;
}

/**
 * TypeORM options for Postgres, shared by the app and the migration CLI. `synchronize` is
 * always off: the schema changes only through committed migrations.
 */
export function createDataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: settings.poolSize ?? 10, application_name: 'prepstack' },
  };
}

/** Advisory lock key that serialises migrations across API processes starting together. */
const MIGRATION_LOCK = 7_263_001;

/**
 * Runs pending migrations under a Postgres advisory lock, so replicas starting at once do not
 * race. Each migration runs in its own transaction.
 *
 * @returns names of the migrations applied now
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
