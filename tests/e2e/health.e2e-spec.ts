import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../harness/test-app';

describe('operational endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('GET /healthz answers while the process is up', async () => {
    const res = await request(t.baseUrl).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers ready when the database is reachable and migrated', async () => {
    const res = await request(t.baseUrl).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready' });
  });

  it('GET /readyz answers 503 when a migration is pending', async () => {
    const dataSource = t.app.get((await import('typeorm')).DataSource);
    const [last] = await dataSource.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
    await dataSource.query('DELETE FROM migrations WHERE name = $1', [last.name]);
    try {
      const res = await request(t.baseUrl).get('/readyz');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable', reason: 'migrations pending' });
    } finally {
      await dataSource.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [Number(last.name.slice(-13)), last.name]);
    }
  });

  it('echoes a request id, or makes one', async () => {
    const given = await request(t.baseUrl).get('/healthz').set('x-request-id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await request(t.baseUrl).get('/healthz');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
