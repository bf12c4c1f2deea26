import { z } from 'zod';
import { Difficulty, Level, PromptKind, Stack } from '../domain';

export { Difficulty, Level, PromptKind, Stack };

/**
 * The schema of one question-bank file's front matter (see content/README.md for the authoring
 * guide). Validation is done by zod; every issue is reported with its path, so an import error
 * can name the file and the field.
 */

export const STACK_IDS = Object.values(Stack);
export type StackId = Stack;

export const PROMPT_KINDS = Object.values(PromptKind);
export const LEVELS = Object.values(Level);
export const DIFFICULTIES = Object.values(Difficulty);

/** Languages a DSA prompt ships starter code for. */
export const STARTER_LANGUAGES = ['javascript', 'typescript', 'python', 'java', 'go', 'csharp'] as const;
export type StarterLanguage = (typeof STARTER_LANGUAGES)[number];

/** Value types a DSA signature may use; see content/README.md for how tests encode them. */
export const DSA_TYPES = [
  'int',
  'float',
  'string',
  'bool',
  'int[]',
  'float[]',
  'string[]',
  'bool[]',
  'int[][]',
  'string[][]',
  'ListNode',
  'TreeNode',
  'void',
] as const;
export type DsaType = (typeof DSA_TYPES)[number];

export const COMPARE_MODES = ['exact', 'unordered', 'unordered-deep', 'float'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export const BEHAVIOURAL_COMPETENCIES = [
  'incident',
  'performance',
  'technical-decision',
  'tradeoffs',
  'collaboration',
  'conflict',
  'failure',
  'ownership',
  'mentoring',
  'ambiguity',
  'communication',
  'feedback',
  'prioritisation',
] as const;

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
const text = z.string().trim().min(1, 'must not be empty');
const topicId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be area/topic, e.g. dsa/graphs');

const rubricCriterion = z.strictObject({
  id: kebab,
  title: text,
  weight: z.number().int().min(1).max(100),
  levels: z.strictObject({ 1: text, 2: text, 3: text }),
});

const param = z.strictObject({ name: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), type: z.enum(DSA_TYPES) });

const functionSignature = z.strictObject({
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase'),
  params: z.array(param).max(6),
  returns: z.enum(DSA_TYPES).exclude(['void']),
});

const classSignature = z.strictObject({
  className: z.string().regex(/^[A-Z][a-zA-Z0-9]*$/, 'must be PascalCase'),
  constructor: z.array(param).max(6),
  methods: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase'),
        params: z.array(param).max(6),
        returns: z.enum(DSA_TYPES),
      }),
    )
    .min(1),
});

const testCase = z.strictObject({
  input: z.array(z.unknown()),
  output: z.unknown(),
  note: z.string().optional(),
});

const example = z.strictObject({
  input: z.array(z.unknown()),
  output: z.unknown(),
  explanation: z.string().optional(),
});

const starterCode = z.strictObject(
  Object.fromEntries(STARTER_LANGUAGES.map((l) => [l, text])) as Record<StarterLanguage, typeof text>,
);

const dsaBlock = z
  .strictObject({
    harness: z.enum(['function', 'class']),
    signature: z.union([functionSignature, classSignature]),
    compare: z.enum(COMPARE_MODES).default('exact'),
    complexity: text,
    starterCode,
    examples: z.array(example).min(1).max(4),
    tests: z.array(testCase).min(8),
    solutions: z.strictObject({ typescript: text, python: text }),
  })
  .superRefine((dsa, ctx) => {
    const isClass = 'className' in dsa.signature;
    if ((dsa.harness === 'class') !== isClass) {
      ctx.addIssue({
        code: 'custom',
        path: ['signature'],
        message: `harness '${dsa.harness}' needs a ${dsa.harness === 'class' ? 'className/constructor/methods' : 'name/params/returns'} signature`,
      });
    }
  });

const designBlock = z.strictObject({
  functionalRequirements: z.array(text).min(3).max(10),
  nonFunctionalRequirements: z.array(text).min(2).max(10),
  scale: z.array(z.strictObject({ label: text, value: z.union([text, z.number()]).transform(String) })).min(2).max(10),
});

const behaviouralBlock = z.strictObject({
  competency: z.enum(BEHAVIOURAL_COMPETENCIES),
  star: z.strictObject({ situation: text, task: text, action: text, result: text }),
  levelExpectations: z.strictObject({ JUNIOR: text, MID: text, SENIOR: text, STAFF: text }),
  redFlags: z.array(text).min(2).max(8),
});

/**
 * Front matter of a prompt file. Cross-field rules (weights add up to 100, the kind's block is
 * present and no other, DSA needs three hints…) are checked here too, each with the path of the
 * field at fault.
 */
export const promptFrontMatterSchema = z
  .strictObject({
    slug: kebab.max(80),
    title: text.max(120),
    kind: z.enum(PromptKind),
    difficulty: z.enum(Difficulty),
    level: z.enum(Level),
    stacks: z.union([z.tuple([z.literal('all')]), z.array(z.enum(Stack)).min(1)]),
    topics: z.array(topicId).min(1).max(4),
    tags: z.array(kebab).max(8).default([]),
    suggestedMinutes: z.number().int().min(1).max(120),
    hints: z.array(text).min(1).max(6),
    rubric: z.array(rubricCriterion).min(2).max(8),
    followUps: z.array(text).min(1).max(6),
    dsa: dsaBlock.optional(),
    design: designBlock.optional(),
    behavioural: behaviouralBlock.optional(),
  })
  .superRefine((p, ctx) => {
    const total = p.rubric.reduce((sum, c) => sum + c.weight, 0);
    if (total !== 100) {
      ctx.addIssue({ code: 'custom', path: ['rubric'], message: `weights add up to ${total}, not 100` });
    }
    const ids = new Set<string>();
    p.rubric.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['rubric', i, 'id'], message: `duplicate criterion id '${c.id}'` });
      ids.add(c.id);
    });
    const blocks = { DSA: 'dsa', SYSTEM_DESIGN: 'design', BEHAVIOURAL: 'behavioural', KNOWLEDGE: null } as const;
    const wanted = blocks[p.kind];
    for (const block of ['dsa', 'design', 'behavioural'] as const) {
      if (block === wanted && !p[block]) {
        ctx.addIssue({ code: 'custom', path: [block], message: `is required for kind ${p.kind}` });
      }
      if (block !== wanted && p[block]) {
        ctx.addIssue({ code: 'custom', path: [block], message: `is not allowed for kind ${p.kind}` });
      }
    }
    if (p.kind === 'DSA' && p.hints.length < 3) {
      ctx.addIssue({ code: 'custom', path: ['hints'], message: 'DSA prompts need at least 3 progressive hints' });
    }
    if (p.kind === 'SYSTEM_DESIGN' && p.rubric.length < 5) {
      ctx.addIssue({ code: 'custom', path: ['rubric'], message: 'system-design prompts need at least 5 criteria' });
    }
    if (p.behavioural && !p.topics.includes(`behavioural/${p.behavioural.competency}`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['topics'],
        message: `must include behavioural/${p.behavioural.competency} (the competency)`,
      });
    }
  });

export type PromptFrontMatter = z.infer<typeof promptFrontMatterSchema>;
export type RubricCriterionInput = z.infer<typeof rubricCriterion>;
export type DsaSpec = z.infer<typeof dsaBlock>;
export type DesignSpec = z.infer<typeof designBlock>;
export type BehaviouralSpec = z.infer<typeof behaviouralBlock>;

/** Schema of content/topics.yaml. */
export const topicsFileSchema = z.strictObject({
  areas: z
    .array(
      z.strictObject({
        id: kebab,
        title: text,
        topics: z.record(kebab, text),
      }),
    )
    .min(1),
});
export type TopicsFile = z.infer<typeof topicsFileSchema>;
