import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { Level, Stack } from '../domain';
import { ContentIssue, parseTopicsFile } from './prompt-file';

/**
 * Role profiles: what a role at one level of one stack is expected to own, as weighted topics of
 * content/topics.yaml. One YAML file per stack × level under `content/roles/`, named
 * `<stack>-<level>.yaml` with the level in lower case (`node-junior.yaml`, `go-staff.yaml`).
 * Progress uses them for readiness (coverage-weighted mastery over the profile's topics).
 */

/** Largest weight of one topic in a profile; weights are relative (1 = touched on, 10 = core of the role). */
export const MAX_ROLE_TOPIC_WEIGHT = 10;

/** Folder of the profiles, under the content root. */
export const ROLES_DIR = 'roles';

const text = z.string().trim().min(1, 'must not be empty');
const topicId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be area/topic, e.g. backend/sql');

/** Schema of one role profile file. */
export const roleProfileSchema = z.strictObject({
  stack: z.enum(Stack),
  level: z.enum(Level),
  /** Shown as the role's name, e.g. "Junior Node.js backend developer". */
  title: text.max(80),
  /** What the role owns, in a few sentences (our own words). */
  summary: text.max(800),
  /** Topic id → weight, an integer 1..10; at least one topic. */
  topics: z
    .record(topicId, z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be positive (1..10)').max(MAX_ROLE_TOPIC_WEIGHT, `must be at most ${MAX_ROLE_TOPIC_WEIGHT}`))
    .refine((t) => Object.keys(t).length >= 1, 'must list at least one topic'),
});
export type RoleProfileFile = z.infer<typeof roleProfileSchema>;

/** A validated role profile. */
export interface RoleProfile {
  stack: Stack;
  level: Level;
  title: string;
  summary: string;
  /** In file order. */
  topics: { topic: string; weight: number }[];
  /** Σ weights. */
  totalWeight: number;
  /** Path relative to the content root, e.g. `roles/node-junior.yaml`. */
  sourcePath: string;
}

/** `roles/<stack>-<level>.yaml` of a stack and level (level in lower case). */
export function roleProfilePath(stack: Stack, level: Level): string {
  return `${ROLES_DIR}/${stack}-${level.toLowerCase()}.yaml`;
}

/**
 * Parses and validates one profile file; never throws for bad content.
 *
 * @param sourcePath relative to the content root; its name must match the file's stack and level
 * @param knownTopics topic ids of topics.yaml; an unknown one is an issue
 */
export function parseRoleProfile(sourcePath: string, raw: string, knownTopics: ReadonlySet<string>): { profile?: RoleProfile; issues: ContentIssue[] } {
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    return { issues: [{ file: sourcePath, field: '(file)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const parsed = roleProfileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ file: sourcePath, field: key, message: 'is not a known field' }))
          : [{ file: sourcePath, field: issue.path.join('.') || '(file)', message: issue.message }],
      ),
    };
  }
  const p = parsed.data;
  const issues: ContentIssue[] = [];
  const expected = roleProfilePath(p.stack, p.level);
  if (sourcePath !== expected) issues.push({ file: sourcePath, field: '(file)', message: `a ${p.stack} ${p.level} profile must be named ${expected}` });
  for (const topic of Object.keys(p.topics)) {
    if (!knownTopics.has(topic)) issues.push({ file: sourcePath, field: `topics.${topic}`, message: `unknown topic '${topic}' (see topics.yaml)` });
  }
  if (issues.length) return { issues };
  const topics = Object.entries(p.topics).map(([topic, weight]) => ({ topic, weight }));
  return {
    issues,
    profile: { stack: p.stack, level: p.level, title: p.title, summary: p.summary, topics, totalWeight: topics.reduce((s, t) => s + t.weight, 0), sourcePath },
  };
}

/**
 * Reads every `roles/*.yaml` under `contentDir` with the topics of its topics.yaml. Returns the
 * valid profiles and the issues found, one per file and field: invalid files, names that are
 * not `<stack>-<level>.yaml`, and, with `requireAll`, each stack × level without a file.
 */
export async function loadRoleProfiles(contentDir: string, options: { requireAll?: boolean } = {}): Promise<{ profiles: RoleProfile[]; issues: ContentIssue[] }> {
  const topicsRaw = await readFile(join(contentDir, 'topics.yaml'), 'utf8').catch(() => null);
  if (topicsRaw === null) return { profiles: [], issues: [{ file: 'topics.yaml', field: '(file)', message: 'is missing' }] };
  const known = new Set(parseTopicsFile(topicsRaw).topics.map((t) => t.id));
  const entries = await readdir(join(contentDir, ROLES_DIR), { withFileTypes: true }).catch(() => null);
  if (entries === null) {
    return { profiles: [], issues: options.requireAll ? [{ file: ROLES_DIR, field: '(folder)', message: 'is missing: one profile per stack × level is expected' }] : [] };
  }
  const profiles: RoleProfile[] = [];
  const issues: ContentIssue[] = [];
  for (const name of entries.filter((e) => e.isFile() && e.name !== 'README.md').map((e) => e.name).sort()) {
    const sourcePath = `${ROLES_DIR}/${name}`;
    if (!name.endsWith('.yaml')) {
      issues.push({ file: sourcePath, field: '(file)', message: 'is not a .yaml role profile' });
      continue;
    }
    const result = parseRoleProfile(sourcePath, await readFile(join(contentDir, sourcePath), 'utf8'), known);
    issues.push(...result.issues);
    if (result.profile) profiles.push(result.profile);
  }
  if (options.requireAll) {
    for (const stack of Object.values(Stack)) {
      for (const level of Object.values(Level)) {
        const path = roleProfilePath(stack, level);
        if (!entries.some((e) => `${ROLES_DIR}/${e.name}` === path)) issues.push({ file: path, field: '(file)', message: `is missing: every stack × level needs a profile` });
      }
    }
  }
  return { profiles, issues };
}

/**
 * What `npm run content:check` reports on the role profiles: every issue of
 * {@link loadRoleProfiles} with all 20 files required, and a warning for each profile topic no
 * active prompt of the stack covers (readiness could never reach it).
 *
 * @param prompts the bank's valid prompts (stacks already expanded)
 */
export async function checkRoleProfiles(contentDir: string, prompts: readonly { stacks: readonly string[]; topics: readonly string[] }[]): Promise<ContentIssue[]> {
  const { profiles, issues } = await loadRoleProfiles(contentDir, { requireAll: true });
  for (const p of profiles) {
    for (const { topic } of p.topics) {
      if (!prompts.some((q) => q.stacks.includes(p.stack) && q.topics.includes(topic))) {
        issues.push({ file: p.sourcePath, field: `topics.${topic}`, message: `warning: no prompt of stack ${p.stack} covers this topic yet` });
      }
    }
  }
  return issues;
}
