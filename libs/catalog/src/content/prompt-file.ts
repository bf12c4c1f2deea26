import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import {
  PromptFrontMatter,
  promptFrontMatterSchema,
  STACK_IDS,
  StackId,
  TopicsFile,
  topicsFileSchema,
} from './prompt-schema';

/** One problem found in the question bank: which file, which field, what is wrong. */
export interface ContentIssue {
  /** Path relative to the content root, e.g. `prompts/dsa/pair-with-target-sum.md`. */
  file: string;
  /** Dotted path of the field at fault (`rubric.2.weight`), or `(file)` for the file as a whole. */
  field: string;
  message: string;
}

/** Thrown when the question bank is invalid; carries every issue found, not just the first. */
export class ContentValidationError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `content is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.file}: ${i.field}: ${i.message}`).join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}

/** A prompt file after validation, in the shape the catalog stores. */
export interface ParsedPrompt extends Omit<PromptFrontMatter, 'stacks'> {
  /** Cross-stack prompts (`stacks: [all]`) are expanded to every stack. */
  stacks: StackId[];
  /** Markdown shown to the candidate (everything before `## Reference answer`). */
  body: string;
  /** Markdown after `## Reference answer`. */
  referenceAnswer: string;
  /** sha256 (hex) of the file's bytes: the prompt's revision identity. */
  contentHash: string;
  /** Path relative to the content root. */
  sourcePath: string;
}

export interface TopicRecord {
  /** `area/topic`, e.g. `dsa/graphs`. */
  id: string;
  area: string;
  areaTitle: string;
  title: string;
  /** Position in topics.yaml, for a stable display order. */
  position: number;
}

export interface QuestionBank {
  topics: TopicRecord[];
  prompts: ParsedPrompt[];
  /** sha256 over every file that was read, in path order: changes whenever any content changes. */
  bankHash: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const REFERENCE_HEADING = /^## Reference answer[ \t]*$/m;

function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.join('.');
    // An unknown key is named itself, not its parent object.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, field: at ? `${at}.${key}` : key, message: 'is not a known field' }));
    }
    return [{ file, field: at || '(front matter)', message: issue.message }];
  });
}

/**
 * Parses and validates one prompt file's text. Returns the prompt or the issues found; never
 * throws for bad content.
 *
 * @param sourcePath path relative to the content root, used in issues and stored on the prompt
 */
export function parsePromptFile(sourcePath: string, raw: string): { prompt?: ParsedPrompt; issues: ContentIssue[] } {
  const match = FRONT_MATTER.exec(raw);
  if (!match) {
    return { issues: [{ file: sourcePath, field: '(file)', message: 'must start with YAML front matter between --- lines' }] };
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
    return { issues: [{ file: sourcePath, field: '(front matter)', message: `is not valid YAML${where}: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const parsed = promptFrontMatterSchema.safeParse(data);
  if (!parsed.success) return { issues: zodIssues(sourcePath, parsed.error) };
  const fm = parsed.data;

  const issues: ContentIssue[] = [];
  const expectedSlug = basename(sourcePath).replace(/\.md$/, '');
  if (fm.slug !== expectedSlug) {
    issues.push({ file: sourcePath, field: 'slug', message: `'${fm.slug}' must equal the file name '${expectedSlug}'` });
  }
  const markdown = match[2];
  const heading = REFERENCE_HEADING.exec(markdown);
  if (!heading) {
    issues.push({ file: sourcePath, field: '(body)', message: "needs a '## Reference answer' section" });
    return { issues };
  }
  const body = markdown.slice(0, heading.index).trim();
  const referenceAnswer = markdown.slice(heading.index + heading[0].length).trim();
  if (!body) issues.push({ file: sourcePath, field: '(body)', message: 'the prompt text before the reference answer is empty' });
  if (!referenceAnswer) issues.push({ file: sourcePath, field: '(body)', message: 'the reference answer is empty' });
  if (issues.length) return { issues };

  const stacks: StackId[] = fm.stacks[0] === 'all' ? [...STACK_IDS] : [...new Set(fm.stacks as StackId[])];
  return {
    issues,
    prompt: {
      ...fm,
      stacks,
      body,
      referenceAnswer,
      contentHash: createHash('sha256').update(raw).digest('hex'),
      sourcePath,
    },
  };
}

/** Parses content/topics.yaml into topic records. */
export function parseTopicsFile(raw: string): { topics: TopicRecord[]; issues: ContentIssue[] } {
  const file = 'topics.yaml';
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    return { topics: [], issues: [{ file, field: '(file)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const parsed = topicsFileSchema.safeParse(data);
  if (!parsed.success) return { topics: [], issues: zodIssues(file, parsed.error) };
  const topics: TopicRecord[] = [];
  (parsed.data as TopicsFile).areas.forEach((area) => {
    for (const [id, title] of Object.entries(area.topics)) {
      topics.push({ id: `${area.id}/${id}`, area: area.id, areaTitle: area.title, title, position: topics.length });
    }
  });
  return { topics, issues: [] };
}

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Reads and validates the whole question bank under `contentDir` (topics.yaml and
 * prompts/**\/*.md): every file against the schema, then across files (unique slugs, known
 * topics).
 *
 * @throws ContentValidationError with every issue found, each naming its file and field
 */
export async function loadQuestionBank(contentDir: string): Promise<QuestionBank> {
  const issues: ContentIssue[] = [];
  const hash = createHash('sha256');

  const topicsRaw = await readFile(join(contentDir, 'topics.yaml'), 'utf8').catch(() => null);
  if (topicsRaw === null) throw new ContentValidationError([{ file: 'topics.yaml', field: '(file)', message: 'is missing' }]);
  hash.update('topics.yaml\0').update(topicsRaw);
  const { topics, issues: topicIssues } = parseTopicsFile(topicsRaw);
  issues.push(...topicIssues);
  const knownTopics = new Set(topics.map((t) => t.id));

  const prompts: ParsedPrompt[] = [];
  const slugs = new Map<string, string>();
  for (const path of await listMarkdown(join(contentDir, 'prompts')).catch(() => [] as string[])) {
    const sourcePath = relative(contentDir, path).split('\\').join('/');
    const raw = await readFile(path, 'utf8');
    hash.update(`${sourcePath}\0`).update(raw);
    const result = parsePromptFile(sourcePath, raw);
    issues.push(...result.issues);
    const prompt = result.prompt;
    if (!prompt) continue;
    const seen = slugs.get(prompt.slug);
    if (seen) issues.push({ file: sourcePath, field: 'slug', message: `'${prompt.slug}' is already used by ${seen}` });
    slugs.set(prompt.slug, sourcePath);
    prompt.topics.forEach((t, i) => {
      if (!knownTopics.has(t)) issues.push({ file: sourcePath, field: `topics.${i}`, message: `unknown topic '${t}' (see topics.yaml)` });
    });
    prompts.push(prompt);
  }
  if (issues.length) throw new ContentValidationError(issues);
  return { topics, prompts, bankHash: hash.digest('hex') };
}
