import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

type Kind = 'DSA' | 'SYSTEM_DESIGN' | 'BEHAVIOURAL' | 'KNOWLEDGE';

export interface PromptFixture {
  slug: string;
  kind?: Kind;
  /** Front-matter fields to override or add. */
  fields?: Record<string, unknown>;
  body?: string;
  reference?: string;
}

const rubric = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `criterion-${i + 1}`,
    title: `Criterion ${i + 1}`,
    weight: i === 0 ? 100 - 10 * (n - 1) : 10,
    levels: { 1: 'Touches on it.', 2: 'Covers it with gaps.', 3: 'Covers it fully.' },
  }));

const KIND_DEFAULTS: Record<Kind, Record<string, unknown>> = {
  KNOWLEDGE: { topics: ['backend/sql'], rubric: rubric(2) },
  BEHAVIOURAL: {
    topics: ['behavioural/conflict'],
    rubric: rubric(3),
    behavioural: {
      competency: 'conflict',
      star: { situation: 'Where.', task: 'Your part.', action: 'What you did.', result: 'What changed.' },
      levelExpectations: { JUNIOR: 'Own work.', MID: 'A team.', SENIOR: 'Several teams.', STAFF: 'The org.' },
      redFlags: ['Blames others.', 'No outcome.'],
    },
  },
  SYSTEM_DESIGN: {
    topics: ['design/caching'],
    rubric: rubric(5),
    design: {
      functionalRequirements: ['Read', 'Write', 'Expire'],
      nonFunctionalRequirements: ['p99 under 10 ms', '99.9% available'],
      scale: [
        { label: 'Reads per second', value: '100k' },
        { label: 'Keys', value: '1 billion' },
      ],
    },
  },
  DSA: {
    topics: ['dsa/arrays-hashing'],
    hints: ['First hint.', 'Second hint.', 'Third hint.'],
    rubric: rubric(2),
    dsa: {
      harness: 'function',
      signature: { name: 'sumAll', params: [{ name: 'nums', type: 'int[]' }], returns: 'int' },
      compare: 'exact',
      complexity: 'O(n) time, O(1) space.',
      starterCode: {
        javascript: 'function sumAll(nums) {}',
        typescript: 'function sumAll(nums: number[]): number {}',
        python: 'def sum_all(nums): pass',
        java: 'class Solution { int sumAll(int[] nums) { return 0; } }',
        go: 'func sumAll(nums []int) int { return 0 }',
        csharp: 'public class Solution { public int SumAll(int[] nums) => 0; }',
      },
      examples: [{ input: [[1, 2]], output: 3 }],
      tests: [[[]], [[5]], [[1, 1]], [[-1, -2]], [[0]], [[2, 3]], [[10, -10]], [{ $range: [0, 100] }]].map((input, i) => ({
        input,
        output: [0, 5, 2, -3, 0, 5, 0, 4950][i],
      })),
      solutions: {
        typescript: 'function sumAll(nums: number[]): number { return nums.reduce((a, b) => a + b, 0); }',
        python: 'def sum_all(nums):\n    return sum(nums)\n',
      },
    },
  },
};

/** The front matter of a valid prompt of `kind`, with `fields` laid over it. */
export function promptFrontMatter(p: PromptFixture): Record<string, unknown> {
  const kind = p.kind ?? 'KNOWLEDGE';
  return {
    slug: p.slug,
    title: `Title of ${p.slug}`,
    kind,
    difficulty: 'EASY',
    level: 'JUNIOR',
    stacks: ['all'],
    tags: [],
    suggestedMinutes: 10,
    hints: ['A hint.'],
    followUps: ['A follow-up?'],
    ...KIND_DEFAULTS[kind],
    ...p.fields,
  };
}

/** The Markdown file of a prompt fixture. */
export function promptFile(p: PromptFixture): string {
  return `---\n${stringify(promptFrontMatter(p))}---\n${p.body ?? `Body of ${p.slug}.`}\n\n## Reference answer\n\n${p.reference ?? `Reference for ${p.slug}.`}\n`;
}

export interface ContentDir {
  dir: string;
  write(p: PromptFixture): Promise<void>;
  writeRaw(relativePath: string, text: string): Promise<void>;
  remove(slug: string, kind?: Kind): Promise<void>;
  dispose(): Promise<void>;
}

const FOLDER: Record<Kind, string> = { DSA: 'dsa', SYSTEM_DESIGN: 'design', BEHAVIOURAL: 'behavioural', KNOWLEDGE: 'knowledge' };

/** A temporary question bank: the real topics.yaml plus the prompts a test writes. */
export async function createContentDir(prompts: PromptFixture[] = []): Promise<ContentDir> {
  const dir = await mkdtemp(join(tmpdir(), 'prepstack-content-'));
  await copyFile(resolve(__dirname, '../../content/topics.yaml'), join(dir, 'topics.yaml'));
  const write = async (p: PromptFixture) => {
    const folder = join(dir, 'prompts', FOLDER[p.kind ?? 'KNOWLEDGE']);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${p.slug}.md`), promptFile(p));
  };
  for (const p of prompts) await write(p);
  return {
    dir,
    write,
    async writeRaw(relativePath, text) {
      const path = join(dir, relativePath);
      await mkdir(resolve(path, '..'), { recursive: true });
      await writeFile(path, text);
    },
    async remove(slug, kind = 'KNOWLEDGE') {
      await rm(join(dir, 'prompts', FOLDER[kind], `${slug}.md`));
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
