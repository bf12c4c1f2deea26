import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../harness/test-app';

describe('bad input over GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const expectBadInput = (res: Awaited<ReturnType<TestApp['gql']>>, field?: string) => {
    expect((res.data as { prompts?: unknown } | undefined)?.prompts ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    if (field) expect(res.errors![0].extensions?.field).toBe(field);
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  };

  it('malformed GraphQL', async () => {
    const res = await t.gql('{ prompts(first: 5 { totalCount }');
    expect(res.status).toBe(400);
    expectBadInput(res);
    expect(res.errors![0].extensions?.reason).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a body that is not GraphQL at all', async () => {
    const res = await request(t.baseUrl).post('/graphql').set('content-type', 'application/json').send('{"nope": 1}');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code ?? 'BAD_USER_INPUT').toBe('BAD_USER_INPUT');
  });

  it('an unknown enum value, named by its argument path', async () => {
    expectBadInput(await t.gql('{ prompts(filter: { stack: cobol }) { totalCount } }'), 'filter.stack');
    expectBadInput(await t.gql('query($f: PromptFilter) { prompts(filter: $f) { totalCount } }', { f: { kind: 'ESSAY' } }), 'f');
  });

  it.each([-1, 101, 10000])('first: %i', async (first) => {
    expectBadInput(await t.gql(`{ prompts(first: ${first}) { totalCount } }`), 'first');
    expectBadInput(await t.gql('query($n: Int) { prompts(first: $n) { totalCount } }', { n: first }), 'first');
  });

  it('a forged cursor and an overlong search', async () => {
    expectBadInput(await t.gql('{ prompts(after: "bm90LWEtY3Vyc29y") { totalCount } }'), 'after');
    expectBadInput(await t.gql('query($s: String) { prompts(filter: { search: $s }) { totalCount } }', { s: 'x'.repeat(201) }), 'filter.search');
  });

  it('an unknown field', async () => {
    expectBadInput(await t.gql('{ prompts { nonsense } }'));
  });

  it('a deep ordinary query within the limit, and introspection exempt from it', async () => {
    const ok = await t.gql('{ prompts { edges { node { dsa { methods { params { name } } } } } } }');
    expect(ok.errors).toBeUndefined();
    const res = await t.gql('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }');
    expect(res.errors).toBeUndefined();
  });

  it('a query past the depth limit', async () => {
    // GRAPHQL_MAX_DEPTH is 10 by default; the schema has no cycle that deep, so lower it here.
    const shallow = await startTestApp({ GRAPHQL_MAX_DEPTH: '3' });
    try {
      const res = await shallow.gql('{ prompts { edges { node { dsa { methods { name } } } } } }');
      expectBadInput(res);
      expect(res.errors![0].message).toMatch(/depth/i);
    } finally {
      await shallow.close();
    }
  });

  it('a query over the cost limit', async () => {
    const res = await t.gql('{ a: prompts(first: 100) { edges { node { dsa { methods { params { name type } } examples { input } } } } } b: prompts(first: 100) { edges { node { dsa { methods { params { name type } } examples { input } } } } } c: prompts(first: 100) { edges { node { dsa { methods { params { name type } } examples { input } } } } } }');
    expectBadInput(res);
    expect(res.errors![0].message).toMatch(/Cost limit/);
  });
});
