import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogService, ContentImportService } from '@prepstack/catalog';
import { createContentDir, ContentDir } from '../harness/content-factory';
import { startTestApp, TestApp } from '../harness/test-app';

const PROMPTS = `query Prompts($filter: PromptFilter, $first: Int, $after: String) {
  prompts(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('catalog over GraphQL', () => {
  let t: TestApp;
  let content: ContentDir;
  const slugs = async (filter: Record<string, unknown>, first = 50) => {
    const res = await t.gql(PROMPTS, { filter, first });
    expect(res.errors).toBeUndefined();
    return res.data.prompts.edges.map((e: { node: { slug: string } }) => e.node.slug);
  };

  beforeAll(async () => {
    t = await startTestApp();
    content = await createContentDir([
      { slug: 'java-gc-basics', fields: { stacks: ['java'], topics: ['java/jvm'], title: 'Garbage collection generations', level: 'MID', tags: ['gc', 'memory'] } },
      { slug: 'python-gil', fields: { stacks: ['python'], topics: ['python/runtime'], title: 'The global interpreter lock', difficulty: 'MEDIUM' } },
      { slug: 'sql-joins', fields: { topics: ['backend/sql'], title: 'Inner and outer joins' }, body: 'Explain how garbage rows appear in outer joins.' },
      { slug: 'array-sum', kind: 'DSA', fields: { title: 'Sum an array', level: 'JUNIOR' }, reference: 'SECRET-REFERENCE-TEXT' },
      { slug: 'cache-design', kind: 'SYSTEM_DESIGN', fields: { title: 'A distributed cache', level: 'SENIOR', difficulty: 'HARD', topics: ['design/caching', 'design/storage'] } },
      { slug: 'team-conflict', kind: 'BEHAVIOURAL', fields: { title: 'Conflict with a peer', level: 'STAFF', difficulty: 'HARD' } },
    ]);
    await t.app.get(ContentImportService).importDirectory(content.dir);
  });
  afterAll(async () => {
    await t?.close();
    await content?.dispose();
  });

  it('lists the five stacks with prompt counts that include cross-stack prompts', async () => {
    const res = await t.gql('{ stacks { id title frameworks promptCount } }');
    expect(res.data.stacks.map((s: { id: string }) => s.id)).toEqual(['java', 'python', 'node', 'go', 'dotnet']);
    const byId = Object.fromEntries(res.data.stacks.map((s: { id: string; promptCount: number }) => [s.id, s.promptCount]));
    expect(byId).toEqual({ java: 5, python: 5, node: 4, go: 4, dotnet: 4 });
  });

  it('lists topics in taxonomy order, filtered by area, with counts', async () => {
    const res = await t.gql('{ topics(area: "design") { id area areaTitle title promptCount } }');
    expect(res.data.topics[0]).toMatchObject({ id: 'design/fundamentals', area: 'design', areaTitle: 'System design' });
    expect(res.data.topics.find((x: { id: string }) => x.id === 'design/caching').promptCount).toBe(1);
    expect(res.data.topics.every((x: { area: string }) => x.area === 'design')).toBe(true);
  });

  it('filters by stack (cross-stack prompts included), kind, level, difficulty, topic, area and tag', async () => {
    expect(await slugs({ stack: 'java' })).toEqual(expect.arrayContaining(['java-gc-basics', 'sql-joins', 'array-sum']));
    expect(await slugs({ stack: 'java' })).not.toContain('python-gil');
    expect(await slugs({ kind: 'DSA' })).toEqual(['array-sum']);
    expect(await slugs({ level: 'SENIOR' })).toEqual(['cache-design']);
    expect(await slugs({ difficulty: 'MEDIUM' })).toEqual(['python-gil']);
    expect(await slugs({ topic: 'design/storage' })).toEqual(['cache-design']);
    expect(await slugs({ topic: 'java' })).toEqual(['java-gc-basics']);
    expect(await slugs({ tag: 'gc' })).toEqual(['java-gc-basics']);
    expect(await slugs({ stack: 'go', kind: 'KNOWLEDGE' })).toEqual(['sql-joins']);
  });

  it('pages with first/after and reports totalCount and pageInfo', async () => {
    const all = await slugs({}, 100);
    expect(all).toHaveLength(6);
    const page1 = (await t.gql(PROMPTS, { first: 4 })).data.prompts;
    expect(page1.totalCount).toBe(6);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = (await t.gql(PROMPTS, { first: 4, after: page1.pageInfo.endCursor })).data.prompts;
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...page1.edges, ...page2.edges].map((e: { node: { slug: string } }) => e.node.slug)).toEqual(all);
    const empty = (await t.gql(PROMPTS, { first: 0 })).data.prompts;
    expect(empty).toMatchObject({ totalCount: 6, edges: [], pageInfo: { hasNextPage: true } });
  });

  it('searches with Postgres full-text search, title matches ranked first', async () => {
    expect(await slugs({ search: 'garbage' })).toEqual(['java-gc-basics', 'sql-joins']);
    expect(await slugs({ search: 'garbage', stack: 'python' })).toEqual(['sql-joins']);
    expect(await slugs({ search: 'interpreter lock' })).toEqual(['python-gil']);
    expect(await slugs({ search: 'nothing-matches-this' })).toEqual([]);
  });

  it('returns one prompt by slug or id, without its reference answer or hidden tests', async () => {
    const bySlug = await t.gql(`{ prompt(slug: "array-sum") { id slug kind hintCount rubric { id title weight }
      dsa { harness functionName params { name type } returns starterCode { language code } examples { input output } hiddenTestCount } } }`);
    expect(bySlug.errors).toBeUndefined();
    const p = bySlug.data.prompt;
    expect(p).toMatchObject({ slug: 'array-sum', kind: 'DSA', hintCount: 3, dsa: { harness: 'function', functionName: 'sumAll', hiddenTestCount: 8 } });
    expect(p.dsa.starterCode.map((s: { language: string }) => s.language)).toEqual(['javascript', 'typescript', 'python', 'java', 'go', 'csharp']);
    expect(p.dsa.examples).toEqual([{ input: [[1, 2]], output: 3 }]);
    expect(JSON.stringify(bySlug.body)).not.toContain('SECRET-REFERENCE-TEXT');
    const byId = await t.gql('query($id: ID) { prompt(id: $id) { slug } }', { id: p.id });
    expect(byId.data.prompt.slug).toBe('array-sum');
    // The practice library adds the answer fields; they stay null until the caller has submitted an attempt.
    const hidden = await t.gql('{ prompt(slug: "array-sum") { referenceAnswer hiddenTests { input } } }');
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data.prompt).toEqual({ referenceAnswer: null, hiddenTests: null });
  });

  it('gives features the answer-bearing content through CatalogService.promptContent only', async () => {
    const catalog = t.app.get(CatalogService);
    const [model] = await catalog.promptsByIds([(await catalog.prompt({ slug: 'array-sum' })).id]);
    const content = await catalog.promptContent(model.id);
    expect(content).toMatchObject({ referenceAnswer: 'SECRET-REFERENCE-TEXT', hints: ['First hint.', 'Second hint.', 'Third hint.'] });
    expect(content.dsa?.tests).toHaveLength(8);
    expect(content.rubric[0].levels[3]).toBe('Covers it fully.');
    await expect(catalog.promptContent('00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows design requirements and behavioural STAR guidance', async () => {
    const design = await t.gql('{ prompt(slug: "cache-design") { design { functionalRequirements nonFunctionalRequirements scale { label value } } } }');
    expect(design.data.prompt.design.scale).toEqual([{ label: 'Reads per second', value: '100k' }, { label: 'Keys', value: '1 billion' }]);
    const behavioural = await t.gql('{ prompt(slug: "team-conflict") { behavioural { competency star { situation task action result } } } }');
    expect(behavioural.data.prompt.behavioural).toMatchObject({ competency: 'conflict', star: { situation: 'Where.' } });
  });

  it('answers NOT_FOUND for an unknown prompt and BAD_USER_INPUT without exactly one key', async () => {
    const missing = await t.gql('{ prompt(slug: "no-such-prompt") { slug } }');
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'slug' });
    const neither = await t.gql('{ prompt { slug } }');
    expect(neither.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const both = await t.gql('{ prompt(slug: "array-sum", id: "00000000-0000-0000-0000-000000000000") { slug } }');
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves a re-import at once: changed prompts show, removed ones disappear', async () => {
    await content.write({ slug: 'sql-joins', fields: { topics: ['backend/sql'], title: 'Joins, revisited' }, body: 'Explain how garbage rows appear in outer joins.' });
    await content.remove('python-gil');
    await t.app.get(ContentImportService).importDirectory(content.dir);
    const res = await t.gql('{ prompt(slug: "sql-joins") { title revision } }');
    expect(res.data.prompt).toEqual({ title: 'Joins, revisited', revision: 2 });
    expect(await slugs({})).not.toContain('python-gil');
    const gone = await t.gql('{ prompt(slug: "python-gil") { slug } }');
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('serves a re-import made by another process within the version check interval', async () => {
    const other = await startTestApp({}, { db: t.db });
    try {
      const title = async () => (await other.gql('{ prompt(slug: "java-gc-basics") { title } }')).data.prompt.title;
      expect(await title()).toBe('Garbage collection generations');
      await content.write({ slug: 'java-gc-basics', fields: { stacks: ['java'], topics: ['java/jvm'], title: 'Generational GC', level: 'MID', tags: ['gc', 'memory'] } });
      await t.app.get(ContentImportService).importDirectory(content.dir);
      // The other process keeps its cached catalog for up to 5 s, then reloads in the background.
      let seen = await title();
      for (let i = 0; i < 60 && seen !== 'Generational GC'; i++) {
        await new Promise((r) => setTimeout(r, 200));
        seen = await title();
      }
      expect(seen).toBe('Generational GC');
    } finally {
      await other.close();
    }
  });
});
