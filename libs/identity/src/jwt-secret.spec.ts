import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prepstack-jwt-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const text = (key: Uint8Array) => new TextDecoder().decode(key);

  it('uses JWT_SECRET when set, in every environment', async () => {
    const secret = 's'.repeat(40);
    for (const NODE_ENV of ['development', 'production', 'test'] as const) {
      expect(text(await resolveJwtSecret({ NODE_ENV, JWT_SECRET: secret }, join(dir, 'f')))).toBe(secret);
    }
  });

  it('refuses production without JWT_SECRET', async () => {
    await expect(resolveJwtSecret({ NODE_ENV: 'production', JWT_SECRET: undefined }, join(dir, 'f'))).rejects.toThrow(/JWT_SECRET/);
  });

  it('generates a development secret once, private to the owner, and keeps it across restarts', async () => {
    const file = join(dir, '.data', 'jwt-secret');
    const first = text(await resolveJwtSecret({ NODE_ENV: 'development', JWT_SECRET: undefined }, file));
    const second = text(await resolveJwtSecret({ NODE_ENV: 'development', JWT_SECRET: undefined }, file));
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('agrees on one secret when two processes start at once', async () => {
    const file = join(dir, 'jwt-secret');
    const both = await Promise.all([1, 2].map(() => resolveJwtSecret({ NODE_ENV: 'development', JWT_SECRET: undefined }, file)));
    expect(text(both[0])).toBe(text(both[1]));
  });

  it('refuses a truncated development secret', async () => {
    const file = join(dir, 'jwt-secret');
    await writeFile(file, 'short\n');
    await expect(resolveJwtSecret({ NODE_ENV: 'development', JWT_SECRET: undefined }, file)).rejects.toThrow(/shorter than 32/);
  });

  it('uses a fresh random secret per test process, written nowhere', async () => {
    const file = join(dir, 'jwt-secret');
    const a = text(await resolveJwtSecret({ NODE_ENV: 'test', JWT_SECRET: undefined }, file));
    const b = text(await resolveJwtSecret({ NODE_ENV: 'test', JWT_SECRET: undefined }, file));
    expect(a).not.toBe(b);
    await expect(stat(file)).rejects.toThrow();
  });
});
