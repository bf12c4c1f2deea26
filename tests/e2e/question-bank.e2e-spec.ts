import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentImportService, loadQuestionBank, ParsedPrompt, Stack } from '@prepstack/catalog';
import { startTestApp, TestApp } from '../harness/test-app';

const CONTENT = resolve(__dirname, '../../content');
const KINDS = ['DSA', 'SYSTEM_DESIGN', 'BEHAVIOURAL', 'KNOWLEDGE'] as const;
const STACKS = Object.values(Stack);

/** The shipped question bank, imported through the app and read back through GraphQL. */
describe('the question bank in content/', () => {
  let t: TestApp;
  let bank: ParsedPrompt[];

  const total = async (filter: Record<string, unknown>) => {
    const res = await t.gql('query($f: PromptFilter) { prompts(filter: $f, first: 0) { totalCount } }', { f: filter });
    expect(res.errors).toBeUndefined();
    return res.data.prompts.totalCount as number;
  };

  beforeAll(async () => {
    t = await startTestApp();
    bank = (await loadQuestionBank(CONTENT)).prompts;
    const report = await t.app.get(ContentImportService).importDirectory(CONTENT);
    expect(report.created).toBe(bank.length);
  }, 120_000);
  afterAll(() => t?.close());

  it('meets the coverage the bank promises', () => {
    const count = (pred: (p: ParsedPrompt) => boolean) => bank.filter(pred).length;
    expect(count((p) => p.kind === 'DSA')).toBeGreaterThanOrEqual(80);
    expect(count((p) => p.kind === 'SYSTEM_DESIGN')).toBeGreaterThanOrEqual(40);
    expect(count((p) => p.kind === 'BEHAVIOURAL')).toBeGreaterThanOrEqual(50);
    expect(count((p) => p.kind === 'KNOWLEDGE')).toBeGreaterThanOrEqual(130);
    for (const stack of STACKS) {
      expect(count((p) => p.kind === 'KNOWLEDGE' && p.stacks.length === 1 && p.stacks[0] === stack), stack).toBeGreaterThanOrEqual(20);
    }
    expect(count((p) => p.kind === 'KNOWLEDGE' && p.stacks.length === STACKS.length)).toBeGreaterThanOrEqual(30);
    const categories = new Set(bank.filter((p) => p.kind === 'DSA').flatMap((p) => p.topics.slice(0, 1)));
    expect(categories.size).toBe(18);
    const competencies = new Set(bank.filter((p) => p.behavioural).map((p) => p.behavioural!.competency));
    expect(competencies.size).toBeGreaterThanOrEqual(12);
  });

  it('returns every prompt, and each filter returns exactly the prompts it should', async () => {
    expect(await total({})).toBe(bank.length);
    for (const kind of KINDS) expect(await total({ kind }), kind).toBe(bank.filter((p) => p.kind === kind).length);
    for (const stack of STACKS) expect(await total({ stack }), stack).toBe(bank.filter((p) => p.stacks.includes(stack)).length);
    for (const level of ['JUNIOR', 'MID', 'SENIOR', 'STAFF']) {
      expect(await total({ level }), level).toBe(bank.filter((p) => p.level === level).length);
    }
    expect(await total({ topic: 'dsa/graphs' })).toBe(bank.filter((p) => p.topics.includes('dsa/graphs')).length);
    expect(await total({ stack: 'go', kind: 'KNOWLEDGE', level: 'SENIOR' })).toBe(
      bank.filter((p) => p.stacks.includes(Stack.go) && p.kind === 'KNOWLEDGE' && p.level === 'SENIOR').length,
    );
  });

  it('reads every prompt back by slug', async () => {
    for (const p of bank) {
      const res = await t.gql('query($s: String) { prompt(slug: $s) { slug kind hintCount } }', { s: p.slug });
      expect(res.data?.prompt, p.slug).toEqual({ slug: p.slug, kind: p.kind, hintCount: p.hints.length });
    }
  }, 120_000);

  it('finds prompts by full-text search', async () => {
    const res = await t.gql('{ prompts(filter: { search: "goroutine" }, first: 5) { totalCount edges { node { slug stacks } } } }');
    expect(res.data.prompts.totalCount).toBeGreaterThan(0);
  });
});
