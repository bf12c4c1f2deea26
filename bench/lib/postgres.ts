import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres';
import { databaseUrl, freePort } from '../../tests/harness/urls';

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * The Postgres server of one bench run, started on first use: BENCH_DATABASE_URL (a role that
 * may CREATE DATABASE) when set, else an embedded server in a temporary directory on a free
 * port. Every bench gets fresh databases on it, never an existing one.
 */
export class BenchPostgres {
  private adminUrl?: Promise<string>;
  private embedded?: EmbeddedPostgresHandle;
  private dataDir?: string;
  private readonly removeDataDir = () => {
    if (!this.dataDir) return;
    try {
      rmSync(this.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (error) {
      process.stderr.write(`bench: could not remove ${this.dataDir}: ${(error as Error).message}\n`);
    }
  };

  constructor(
    private readonly externalUrl: string | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** Where the databases live, for the report: `external` or `embedded`. */
  get kind(): 'external' | 'embedded' {
    return this.externalUrl ? 'external' : 'embedded';
  }

  /** Creates an empty database with a name of its own. */
  async freshDatabase(): Promise<FreshDatabase> {
    const adminUrl = await (this.adminUrl ??= this.start());
    const name = `prepstack_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    return {
      url: databaseUrl(adminUrl, name),
      drop: async () => {
        try {
          await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        } catch (error) {
          // The embedded server goes away with its directory anyway (on Ctrl-C it may be stopping already).
          if (this.externalUrl) throw new Error(`could not drop database ${name}: ${(error as Error).message}`);
        }
      },
    };
  }

  /** Stops the embedded server and removes its directory; nothing to do for BENCH_DATABASE_URL. */
  async stop(): Promise<void> {
    const started = this.adminUrl;
    this.adminUrl = undefined;
    await started?.catch(() => undefined);
    if (this.embedded) {
      // embedded-postgres waits for an exit that never comes when the server already stopped
      // by itself (Ctrl-C reaches it too): do not wait for ever.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.embedded.stop(), new Promise((r) => (timer = setTimeout(r, 10_000)))]);
      clearTimeout(timer);
      this.embedded = undefined;
    }
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    process.off('exit', this.removeDataDir);
    this.dataDir = undefined;
  }

  private async start(): Promise<string> {
    if (this.externalUrl) {
      this.log(`Postgres: BENCH_DATABASE_URL (${redact(this.externalUrl)})`);
      return this.externalUrl;
    }
    this.dataDir = await mkdtemp(join(tmpdir(), 'prepstack-bench-pg-'));
    // embedded-postgres exits the process on SIGINT once its server has stopped, which can be
    // before our own clean-up removed the directory: remove it on the way out in any case.
    process.once('exit', this.removeDataDir);
    const port = await freePort();
    this.log(`Postgres: embedded, starting on 127.0.0.1:${port} in ${this.dataDir}`);
    this.embedded = await startEmbeddedPostgres({ dataDir: this.dataDir, port, database: 'postgres' });
    return this.embedded.urlFor('postgres');
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
