import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { access, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { AppConfig } from '@prepstack/platform';

/** Where development keeps its generated secret, relative to the working directory (beside the embedded Postgres). */
export const DEV_JWT_SECRET_FILE = '.data/jwt-secret';

const MIN_SECRET_LENGTH = 32;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
const logger = new Logger('JwtSecret');

/**
 * The HS256 key of access tokens, as bytes:
 * - JWT_SECRET when set (production requires it; the config schema stops the process without it);
 * - in development, a random secret generated once into `file` (mode 0600) and read back on
 *   every start, so a restart keeps users signed in;
 * - in tests, a random secret per process.
 *
 * @throws Error when the development file exists but holds fewer than 32 characters
 */
export async function resolveJwtSecret(
  config: Pick<AppConfig, 'NODE_ENV' | 'JWT_SECRET'>,
  file: string = DEV_JWT_SECRET_FILE,
): Promise<Uint8Array> {
  if (config.JWT_SECRET) return new TextEncoder().encode(config.JWT_SECRET);
  if (config.NODE_ENV === 'production') throw new Error('JWT_SECRET: required when NODE_ENV=production');
  if (config.NODE_ENV === 'test') return new TextEncoder().encode(randomBytes(48).toString('base64url'));

  const path = resolve(file);
  if (!(await exists(path))) {
    await mkdir(dirname(path), { recursive: true });
    // Written aside, then linked into place: link() fails if the file exists, so of two
    // processes starting at once one wins and the other reads the winner's complete file.
    const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(draft, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600 });
    try {
      await link(draft, path);
      logger.log(`generated a development JWT secret in ${path}; set JWT_SECRET in production`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(draft);
    }
  }
  const secret = (await readFile(path, 'utf8')).trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`${path}: the development JWT secret is shorter than ${MIN_SECRET_LENGTH} characters; delete the file to get a new one`);
  }
  return new TextEncoder().encode(secret);
}
