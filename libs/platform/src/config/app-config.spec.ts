import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, ENV_VARIABLES, envSchema, loadConfig } from './app-config';

const root = resolve(__dirname, '../../../..');

function envExample(): Record<string, string> {
  return Object.fromEntries(
    readFileSync(resolve(root, '.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('loadConfig', () => {
  it('applies the defaults to an empty environment', () => {
    expect(loadConfig({})).toMatchObject({ NODE_ENV: 'development', PORT: 3000, EMBEDDED_PG_PORT: 54329, CONTENT_IMPORT_ON_START: true });
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable and what is wrong with it', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://db/x', REDIS_URL: 'http://r', LOG_LEVEL: 'loud', CONTENT_IMPORT_ON_START: 'perhaps' });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.variable).sort()).toEqual(['CONTENT_IMPORT_ON_START', 'DATABASE_URL', 'LOG_LEVEL', 'PORT', 'REDIS_URL']);
    expect(error!.message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });

  it('refuses production without JWT_SECRET, naming it, and a short secret anywhere', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    expect(problems({ NODE_ENV: 'production' })).toEqual([{ variable: 'JWT_SECRET', message: expect.stringContaining('required when NODE_ENV=production') }]);
    expect(problems({ NODE_ENV: 'production', JWT_SECRET: '' })).toHaveLength(1);
    expect(problems({ NODE_ENV: 'development', JWT_SECRET: 'too-short' })).toEqual([{ variable: 'JWT_SECRET', message: 'must be at least 32 characters' }]);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32) }).JWT_SECRET).toHaveLength(32);
    expect(loadConfig({ NODE_ENV: 'development' }).JWT_SECRET).toBeUndefined();
  });

  it('accepts TRUST_PROXY as a hop count or a list of addresses, subnets and keywords', () => {
    for (const value of ['1', 'loopback', '10.0.0.0/8, 172.16.0.0/12', 'uniquelocal,::1']) expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toBe(value);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ DATABASE_URL: undefined, PORT: 3000 });
  });
});

describe('.env.example', () => {
  it('lists every variable, each with the schema default', () => {
    const example = envExample();
    expect(Object.keys(example).sort()).toEqual([...ENV_VARIABLES].sort());
    const defaults = loadConfig({});
    for (const name of ENV_VARIABLES) {
      const parsed = loadConfig({ [name]: example[name] })[name];
      expect(parsed, name).toEqual(defaults[name]);
    }
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(resolve(root, 'docker-compose.yml'), 'utf8'));

  it('runs Postgres, Redis, the API from the repo Dockerfile and a proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'postgres', 'proxy', 'redis']);
    expect(compose.services.api.build).toBe('.');
    expect(readFileSync(resolve(root, 'Dockerfile'), 'utf8')).toMatch(/CMD \["node", "dist\/apps\/api\/src\/main.js"\]/);
  });

  it('configures the API only with variables the config schema knows, and valid values', () => {
    const env = compose.services.api.environment as Record<string, string>;
    for (const name of Object.keys(env)) expect(ENV_VARIABLES, name).toContain(name);
    const config = loadConfig(env);
    const db = new URL(config.DATABASE_URL!);
    const pg = compose.services.postgres.environment;
    expect([db.hostname, db.port, db.username, db.password, db.pathname]).toEqual(['postgres', '5432', pg.POSTGRES_USER, pg.POSTGRES_PASSWORD, `/${pg.POSTGRES_DB}`]);
    expect(new URL(config.REDIS_URL!).hostname).toBe('redis');
    expect(compose.services.api.expose).toContain(String(config.PORT));
    expect(compose.services.proxy.ports).toContain(`3000:80`);
    expect(envSchema.shape.NODE_ENV.parse(env.NODE_ENV)).toBe('production');
  });
});
