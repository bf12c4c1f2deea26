import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../harness/test-app';

const INDEX = '<!doctype html><title>Prepstack test client</title><div id="app"></div>';

describe('web client served by the API', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    // A stand-in build, so this test does not depend on `npm run web:build` having run.
    dist = await mkdtemp(join(tmpdir(), 'prepstack-web-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), INDEX);
    await writeFile(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves index.html at / with a no-cache header', async () => {
    const res = await request(t.baseUrl).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers deep links with index.html, so the client routes them', async () => {
    for (const path of ['/catalog?stack=java', '/prompts/two-sum', '/account', '/some/unknown/page']) {
      const res = await request(t.baseUrl).get(path).set('accept', 'text/html');
      expect(res.status, path).toBe(200);
      expect(res.text, path).toBe(INDEX);
    }
  });

  it('serves hashed assets as immutable, and a missing asset is a 404, not the app', async () => {
    const asset = await request(t.baseUrl).get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request(t.baseUrl).get('/assets/index-gone.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('Prepstack test client');
  });

  it('leaves /graphql, /healthz and /readyz to the API', async () => {
    const health = await request(t.baseUrl).get('/healthz');
    expect(health.status).toBe(200);
    expect(health.text).not.toContain('Prepstack test client');
    const ready = await request(t.baseUrl).get('/readyz');
    expect(ready.text).not.toContain('Prepstack test client');
    const gql = await t.gql('{ stacks { id } }');
    expect(gql.data.stacks).toHaveLength(5);
    const getGql = await request(t.baseUrl).get('/graphql').query({ query: '{ stacks { id } }' }).set('apollo-require-preflight', 'true');
    expect(getGql.text).not.toContain('Prepstack test client');
    expect(getGql.body.data?.stacks).toHaveLength(5);
  });
});

describe('API without a built web client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR: join(tmpdir(), 'prepstack-no-such-dist') });
  });
  afterAll(() => t?.close());

  it('serves no page at /, and the API as usual', async () => {
    expect((await request(t.baseUrl).get('/')).status).toBe(404);
    expect((await t.gql('{ stacks { id } }')).data.stacks).toHaveLength(5);
  });
});
