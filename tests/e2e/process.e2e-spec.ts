import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentDir, ContentDir } from '../harness/content-factory';
import { createTestDatabase } from '../harness/database';
import { freePort } from '../harness/urls';

const MAIN = resolve(__dirname, '../../dist/apps/api/src/main.js');

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the built app (`npm run build`) as its own process, as `npm start` does. */
async function launch(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, port, output: () => output, exited };
}

async function waitReady(app: Running, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`app exited early:\n${app.output()}`);
    const ok = await fetch(`http://127.0.0.1:${app.port}/readyz`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`app not ready in time:\n${app.output()}`);
}

const countPrompts = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ prompts { totalCount } }' }),
  });
  return ((await res.json()) as { data: { prompts: { totalCount: number } } }).data.prompts.totalCount;
};

describe('the built app as a process', () => {
  let work: string;
  let content: ContentDir;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first (npm test does)`);
    work = await mkdtemp(join(tmpdir(), 'prepstack-process-'));
    content = await createContentDir([{ slug: 'proc-one' }, { slug: 'proc-two', kind: 'DSA' }]);
  });
  afterAll(async () => {
    await content?.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it('refuses to start on a bad variable, naming it', async () => {
    const app = await launch({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
    expect(app.output()).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses to start in production without JWT_SECRET, naming it', async () => {
    const app = await launch({ NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('JWT_SECRET: required when NODE_ENV=production');
    expect(app.output()).not.toMatch(/at .*\.js:\d+/);
  });

  it('creates the embedded Postgres on first start, reuses it after, and stops it with the app', async () => {
    const dataDir = join(work, 'pg');
    const env = { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), CONTENT_DIR: content.dir };

    const first = await launch(env);
    await waitReady(first);
    expect(first.output()).toContain('initialising embedded Postgres');
    expect(await countPrompts(first.port)).toBe(2);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = await launch(env);
    await waitReady(second);
    expect(second.output()).not.toContain('initialising embedded Postgres');
    expect(second.output()).toContain('content unchanged since the last import');
    expect(await countPrompts(second.port)).toBe(2);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 180_000);

  it('uses DATABASE_URL when set and starts no Postgres of its own', async () => {
    const db = await createTestDatabase();
    const dataDir = join(work, 'unused-pg');
    try {
      const app = await launch({ DATABASE_URL: db.url, EMBEDDED_PG_DIR: dataDir, CONTENT_DIR: content.dir });
      await waitReady(app);
      expect(await countPrompts(app.port)).toBe(2);
      expect(existsSync(dataDir)).toBe(false);
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    } finally {
      await db.drop();
    }
  }, 60_000);

  it('finishes a request that is in flight when SIGTERM arrives', async () => {
    const db = await createTestDatabase();
    try {
      const app = await launch({ DATABASE_URL: db.url, CONTENT_DIR: content.dir });
      await waitReady(app);
      const body = JSON.stringify({ query: '{ prompts { totalCount } }' });
      const socket = connect(app.port, '127.0.0.1');
      let response = '';
      socket.on('data', (d) => (response += d));
      const closed = new Promise((r) => socket.on('close', r));
      // Half a request, then the signal, then the rest: the server must still answer it.
      socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`);
      await new Promise((r) => setTimeout(r, 200));
      app.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      expect(app.child.exitCode).toBeNull();
      socket.write(body.slice(10));
      await closed;
      expect(response).toMatch(/^HTTP\/1.1 200/);
      expect(response).toContain('"totalCount":2');
      expect(await app.exited).toBe(0);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
