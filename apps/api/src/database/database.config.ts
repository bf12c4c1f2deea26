import { createDataSourceOptions } from '@prepstack/platform';
import { CATALOG_ENTITIES } from '@prepstack/catalog';
import { DataSourceOptions } from 'typeorm';
import { Catalog1763712000000 } from './migrations/1763712000000-catalog';

/** Every entity of every feature library: the one list the app and the CLI both use. */
export const ENTITIES = [...CATALOG_ENTITIES];

/** The migration history, oldest first. */
export const MIGRATIONS = [Catalog1763712000000];

/** The DataSource definition for a database URL (app, tests and TypeORM CLI). */
export function databaseOptions(url: string, poolSize = 10): DataSourceOptions {
  return createDataSourceOptions({ url, entities: ENTITIES, migrations: MIGRATIONS, poolSize });
}
