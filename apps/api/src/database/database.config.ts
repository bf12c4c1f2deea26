import { createDataSourceOptions } from '@prepstack/platform';
import { CATALOG_ENTITIES } from '@prepstack/catalog';
import { IDENTITY_ENTITIES } from '@prepstack/identity';
import { PRACTICE_ENTITIES } from '@prepstack/practice';
import { INTERVIEWS_ENTITIES } from '@prepstack/interviews';
import { DataSourceOptions } from 'typeorm';
import { Catalog1763712000000 } from './migrations/1763712000000-catalog';
import { Identity1763798400000 } from './migrations/1763798400000-identity';
import { Practice1763884800000 } from './migrations/1763884800000-practice';
import { Interviews1763971200000 } from './migrations/1763971200000-interviews';
import { Progress1764057600000 } from './migrations/1764057600000-progress';
import { AttemptPause1764144000000 } from './migrations/1764144000000-attempt-pause';

/** Every entity of every feature library: the one list the app and the CLI both use. */
export const ENTITIES = [...CATALOG_ENTITIES, ...IDENTITY_ENTITIES, ...PRACTICE_ENTITIES, ...INTERVIEWS_ENTITIES];

/** The migration history, oldest first. */
export const MIGRATIONS = [Catalog1763712000000, Identity1763798400000, Practice1763884800000, Interviews1763971200000, Progress1764057600000, AttemptPause1764144000000];

/** The DataSource definition for a database URL (app, tests and TypeORM CLI). */
export function databaseOptions(url: string, poolSize = 10): DataSourceOptions {
  return createDataSourceOptions({ url, entities: ENTITIES, migrations: MIGRATIONS, poolSize });
}
