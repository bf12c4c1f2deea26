import { DataSource } from 'typeorm';
import { databaseOptions } from './database.config';

/**
 * Entry for the TypeORM CLI (`npm run migration:run`, `npm run migration:generate`): the same
 * definition the app uses, pointed at DATABASE_URL.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: set it to the database the TypeORM CLI should work on');
export default new DataSource(databaseOptions(url));
