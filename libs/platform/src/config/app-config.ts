import { isIP } from 'node:net';
import { z } from 'zod';

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
  .optional();
const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional();
const flag = z.stringbool({ error: 'must be true or false' });
const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);
/** Express 'trust proxy': a hop count, or addresses/subnets/keywords separated by commas. */
const trustProxy = z
  .string()
  .refine(
    (v) => /^\d{1,2}$/.test(v) || v.split(',').every((p) => PROXY_KEYWORDS.has(p.trim()) || isIP(p.trim().split('/')[0]) !== 0),
    { error: 'must be a hop count (1) or addresses, subnets or loopback/linklocal/uniquelocal, comma-separated' },
  )
  .optional();

/**
 * Every environment variable Prepstack reads, with its default. `.env.example` lists the same
 * variables; a test keeps the two (and docker-compose.yml) in step.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Postgres to use; when unset an embedded Postgres is started under EMBEDDED_PG_DIR. */
    DATABASE_URL: postgresUrl,
    /** Connections in the pool per process. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** Port of the embedded Postgres: its own, since a system Postgres usually holds 5432. */
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
    /** Redis for live fan-out across API processes; in-process when unset. */
    REDIS_URL: redisUrl,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Root of the question bank (topics.yaml, prompts/, roles/). */
    CONTENT_DIR: z.string().min(1).default('content'),
    /** Import the question bank at start-up when its files changed since the last import. */
    CONTENT_IMPORT_ON_START: flag.default(true),
    /** How long a shutdown waits for in-flight requests before closing anyway, in ms. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    /** Deepest selection set a GraphQL operation may have. */
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    /** Directory of the built web client, served at `/` when it exists. */
    WEB_DIST_DIR: z.string().min(1).default('apps/web/dist'),
    /**
     * HMAC key of access tokens (HS256), at least 32 characters. Required in production; in
     * development a random one is generated once and kept in .data/jwt-secret.
     */
    JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
    /** Which proxies to believe about the client's address (X-Forwarded-For); none when unset. */
    TRUST_PROXY: trustProxy,
    /** Failed logins per email within LOGIN_FAILURE_WINDOW_MS before RATE_LIMITED. */
    LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).max(10_000).default(10),
    /** Failed logins per client address within LOGIN_FAILURE_WINDOW_MS before RATE_LIMITED. */
    LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
    /** Length of a login rate-limit window, in ms (counted from the window's first failure). */
    LOGIN_FAILURE_WINDOW_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(900_000),
  })
  .superRefine((env, ctx) => {
    // No placeholder secrets: production must be given one.
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'required when NODE_ENV=production (32+ random characters)' });
    }
  });

export type AppConfig = z.infer<typeof envSchema>;

/** Names of every variable the schema knows; used by `.env.example` and docker-compose checks. */
export const ENV_VARIABLES = Object.keys(envSchema.shape) as (keyof AppConfig)[];

/** A bad or missing environment variable; the message names each variable and what is wrong. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration once. Empty strings count as unset, so `FOO=` in an
 * env file falls back to the default.
 *
 * @param env usually `process.env`; tests pass their own
 * @throws ConfigError naming every variable that is wrong
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const input = Object.fromEntries(ENV_VARIABLES.map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(env)'), message: issue.message })),
    );
  }
  return Object.freeze(parsed.data);
}
