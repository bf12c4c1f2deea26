/**
 * `npm run content:check [-- [--jobs n] [--timeout ms] [files or folders...]]`
 *
 * Without files: validates the whole bank (loadQuestionBank) and the role profiles
 * (checkRoleProfiles), and judges every DSA prompt's reference solutions against its examples
 * and tests. With files: validates just those (schema,
 * known topics, slug unique across the bank) and judges them. TypeScript always; Python when
 * python3 is installed, otherwise a note says it was skipped.
 *
 * Prints one line per issue, `file: field: message`, then a summary; exits 1 on any issue.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DsaSpec, DsaType } from '../prompt-schema';
import {
  ContentIssue,
  ContentValidationError,
  loadQuestionBank,
  ParsedPrompt,
  parsePromptFile,
  parseTopicsFile,
} from '../prompt-file';
import { checkRoleProfiles } from '../role-profile';
import { CaseVerdict, findPython, judgeSolution, JudgeCase, JudgeResult, prepareCases, PreparedCases } from '../judge/judge';

const REPO_ROOT = resolve(__dirname, '../../../../..');
const MIN_DSA_TESTS = 8;
/** A reference case using more CPU than this (ms) gets a warning: candidates run under the judge's 2 s default. */
const SLOW_CASE_MS = 1000;

interface Options {
  contentDir: string;
  files: string[];
  jobs: number;
  timeoutMs: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    contentDir: join(REPO_ROOT, 'content'),
    files: [],
    jobs: Math.max(1, Math.min(2, availableParallelism())),
    // generous, so a loaded machine does not fail the bank; slow cases get a warning instead
    timeoutMs: 10_000,
  };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const value = () => {
      const v = argv[++k];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '--jobs') options.jobs = Math.max(1, Number(value()) || 1);
    else if (arg === '--timeout') options.timeoutMs = Math.max(100, Number(value()) || 10_000);
    else if (arg === '--content') options.contentDir = resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run content:check [-- [--jobs n] [--timeout ms] [--content dir] [files or folders...]]');
      process.exit(0);
    } else options.files.push(arg);
  }
  return options;
}

function fail(message: string): never {
  console.error(`content:check: ${message}`);
  process.exit(2);
}

async function listPromptFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** npm runs scripts from the package root; INIT_CWD is where the user typed the command. */
async function resolveFileArgs(args: string[], contentDir: string): Promise<string[]> {
  const out = new Set<string>();
  for (const arg of args) {
    const candidates = isAbsolute(arg)
      ? [arg]
      : [resolve(process.env.INIT_CWD ?? process.cwd(), arg), resolve(process.cwd(), arg), resolve(contentDir, arg)];
    const found = candidates.find((c) => existsSync(c));
    if (!found) fail(`no such file: ${arg}`);
    if (statSync(found).isDirectory()) (await listPromptFiles(found)).forEach((f) => out.add(f));
    else out.add(found);
  }
  return [...out];
}

function sourcePathOf(abs: string, contentDir: string): string {
  return relative(contentDir, abs).split('\\').join('/');
}

const SLUG_LINE = /^slug:\s*["']?([^"'\s#]+)/m;

/** Validates the named files on their own, then against the rest of the bank (topics, slugs). */
async function validateFiles(files: string[], contentDir: string): Promise<{ prompts: ParsedPrompt[]; issues: ContentIssue[]; fileCount: number }> {
  const issues: ContentIssue[] = [];
  const topicsRaw = await readFile(join(contentDir, 'topics.yaml'), 'utf8').catch(() => null);
  if (topicsRaw === null) issues.push({ file: 'topics.yaml', field: '(file)', message: 'is missing' });
  const topics = topicsRaw === null ? { topics: [], issues: [] } : parseTopicsFile(topicsRaw);
  issues.push(...topics.issues);
  const knownTopics = new Set(topics.topics.map((t) => t.id));

  // Slugs of the other files, read from the raw front matter so that invalid files still count.
  const chosen = new Set(files);
  const otherSlugs = new Map<string, string>();
  for (const path of await listPromptFiles(join(contentDir, 'prompts'))) {
    if (chosen.has(path)) continue;
    const slug = SLUG_LINE.exec((await readFile(path, 'utf8')).split(/\r?\n---/)[0])?.[1];
    if (slug && !otherSlugs.has(slug)) otherSlugs.set(slug, sourcePathOf(path, contentDir));
  }

  const prompts: ParsedPrompt[] = [];
  const seen = new Map<string, string>();
  for (const path of files) {
    const sourcePath = sourcePathOf(path, contentDir);
    const result = parsePromptFile(sourcePath, await readFile(path, 'utf8'));
    issues.push(...result.issues);
    const prompt = result.prompt;
    if (!prompt) continue;
    const clash = otherSlugs.get(prompt.slug) ?? seen.get(prompt.slug);
    if (clash) issues.push({ file: sourcePath, field: 'slug', message: `'${prompt.slug}' is already used by ${clash}` });
    seen.set(prompt.slug, sourcePath);
    if (topicsRaw !== null) {
      prompt.topics.forEach((t, i) => {
        if (!knownTopics.has(t)) issues.push({ file: sourcePath, field: `topics.${i}`, message: `unknown topic '${t}' (see topics.yaml)` });
      });
    }
    prompts.push(prompt);
  }
  return { prompts, issues, fileCount: files.length };
}

/** The whole bank through loadQuestionBank; when it is invalid, the files that parse are still judged. */
async function validateBank(contentDir: string): Promise<{ prompts: ParsedPrompt[]; issues: ContentIssue[]; fileCount: number }> {
  const files = await listPromptFiles(join(contentDir, 'prompts'));
  try {
    const bank = await loadQuestionBank(contentDir);
    return { prompts: bank.prompts, issues: [], fileCount: files.length };
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    const prompts: ParsedPrompt[] = [];
    for (const path of files) {
      const sourcePath = sourcePathOf(path, contentDir);
      const { prompt } = parsePromptFile(sourcePath, await readFile(path, 'utf8'));
      if (prompt) prompts.push(prompt);
    }
    return { prompts, issues: error.issues, fileCount: files.length };
  }
}

// ---------------------------------------------------------------------------------------------
// DSA rules the schema cannot express: argument counts, value shapes, where `void` may appear.

const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
const isNumber = (v: unknown) => typeof v === 'number';
const isString = (v: unknown) => typeof v === 'string';
const isBool = (v: unknown) => typeof v === 'boolean';
const listOf = (check: (x: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(check);
// Built once: class tests check up to 10^5 operations, one call per argument.
const VALUE_CHECKS: Record<DsaType, (v: unknown) => boolean> = {
  int: isInt,
  float: isNumber,
  string: isString,
  bool: isBool,
  'int[]': listOf(isInt),
  'float[]': listOf(isNumber),
  'string[]': listOf(isString),
  'bool[]': listOf(isBool),
  'int[][]': listOf(listOf(isInt)),
  'string[][]': listOf(listOf(isString)),
  ListNode: listOf(isNumber),
  TreeNode: listOf((x) => x === null || typeof x === 'number'),
  void: (v) => v === null,
};

/** Why `value` (a test's JSON) cannot stand for `type`, or undefined when it can. */
function typeError(value: unknown, type: DsaType): string | undefined {
  if (VALUE_CHECKS[type](value)) return undefined;
  const shown = JSON.stringify(value) ?? String(value);
  const hint = type === 'ListNode' || type === 'TreeNode' ? ` (a ${type} is written as an array${type === 'TreeNode' ? ' in level order with nulls' : ''})` : '';
  return `is not a valid ${type}${hint}: ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}`;
}

/** @param prepared the prompt's examples then tests, expanded (casesOf order) */
function dsaRules(prompt: ParsedPrompt, prepared: PreparedCases): ContentIssue[] {
  const dsa = prompt.dsa;
  if (!dsa) return [];
  const issues: ContentIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: prompt.sourcePath, field, message });
  if (dsa.tests.length < MIN_DSA_TESTS) add('dsa.tests', `has ${dsa.tests.length} tests; DSA prompts need at least ${MIN_DSA_TESTS}`);

  const sig = dsa.signature;
  const voidParams = (params: { type: DsaType }[], field: string) =>
    params.forEach((p, i) => p.type === 'void' && add(`${field}.${i}.type`, "'void' is only allowed as a class method's return type"));
  if ('className' in sig) {
    voidParams(sig.constructor, 'dsa.signature.constructor');
    sig.methods.forEach((m, i) => voidParams(m.params, `dsa.signature.methods.${i}.params`));
  } else {
    voidParams(sig.params, 'dsa.signature.params');
    if ((sig.returns as DsaType) === 'void') add('dsa.signature.returns', "'void' is only allowed as a class method's return type");
  }

  const check = (count: number, offset: number, name: 'examples' | 'tests') =>
    prepared.items.slice(offset, offset + count).forEach((item, k) => {
      const field = `dsa.${name}.${k}`;
      if ('error' in item) {
        add(field, item.error);
        return;
      }
      const { input, expected: output } = item;
      if (!('className' in sig)) {
        if (input.length !== sig.params.length) {
          add(`${field}.input`, `has ${input.length} argument${input.length === 1 ? '' : 's'}; ${sig.name} takes ${sig.params.length} (${sig.params.map((p) => p.name).join(', ')})`);
          return;
        }
        sig.params.forEach((p, i) => {
          const problem = typeError(input[i], p.type);
          if (problem) add(`${field}.input.${i}`, `${p.name} ${problem}`);
        });
        const problem = typeError(output, sig.returns);
        if (problem) add(`${field}.output`, problem);
        return;
      }
      const [ops, args] = input;
      if (input.length !== 2 || !Array.isArray(ops) || !Array.isArray(args) || ops.length !== args.length || !ops.length) {
        add(`${field}.input`, 'a class test is [operation names, argument lists]: two lists of the same length');
        return;
      }
      if (!Array.isArray(output) || output.length !== ops.length) {
        add(`${field}.output`, `needs one entry per operation (${ops.length})`);
      }
      ops.forEach((op, j) => {
        const spec = j === 0 ? (op === sig.className ? { params: sig.constructor, returns: 'void' as DsaType } : undefined) : sig.methods.find((m) => m.name === op);
        if (!spec) {
          add(`${field}.input.0.${j}`, j === 0 ? `the first operation must be the constructor '${sig.className}'` : `'${String(op)}' is not a method of ${sig.className}`);
          return;
        }
        const opArgs = args[j];
        if (!Array.isArray(opArgs) || opArgs.length !== spec.params.length) {
          add(`${field}.input.1.${j}`, `${String(op)} takes ${spec.params.length} argument${spec.params.length === 1 ? '' : 's'}, given ${Array.isArray(opArgs) ? opArgs.length : 'no list'}`);
          return;
        }
        spec.params.forEach((p, i) => {
          const problem = typeError(opArgs[i], p.type);
          if (problem) add(`${field}.input.1.${j}.${i}`, `${p.name} ${problem}`);
        });
        if (Array.isArray(output) && j < output.length) {
          const problem = typeError(output[j], spec.returns);
          if (problem) add(`${field}.output.${j}`, `${String(op)} returns ${spec.returns}; ${problem}`);
        }
      });
    });
  check(dsa.examples.length, 0, 'examples');
  check(dsa.tests.length, dsa.examples.length, 'tests');
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Judging the reference solutions.

function preview(value: unknown, max = 120): string {
  const text = JSON.stringify(value) ?? String(value);
  if (text.length <= max) return text;
  const size = Array.isArray(value) ? ` (${value.length} elements)` : typeof value === 'string' ? ` (${value.length} chars)` : '';
  return `${text.slice(0, max)}…${size}`;
}

interface LabelledCase extends JudgeCase {
  field: string;
}

function casesOf(dsa: DsaSpec): LabelledCase[] {
  return [
    ...dsa.examples.map((c, k) => ({ input: c.input, output: c.output, field: `dsa.examples.${k}` })),
    ...dsa.tests.map((c, k) => ({ input: c.input, output: c.output, field: `dsa.tests.${k}` })),
  ];
}

/** @param skip fields of cases whose input dsaRules already reported (the judge would only echo it) */
function judgeIssues(prompt: ParsedPrompt, cases: LabelledCase[], result: JudgeResult, skip: Set<string>): ContentIssue[] {
  const who = `${result.language} solution`;
  const failing = result.cases.filter((v) => v.status !== 'PASSED' && !skip.has(cases[v.index].field));
  if (!failing.length) return [];
  const describe = (v: CaseVerdict) => {
    switch (v.status) {
      case 'FAILED':
        return `expected ${preview(v.expected)}, got ${preview(v.actual)}`;
      case 'TIMEOUT':
        return v.message ?? 'timed out';
      default:
        return v.message ?? 'error';
    }
  };
  // One line when every case fails the same way (it does not load, say).
  if (failing.length === result.cases.length && failing.length > 1 && failing.every((v) => v.status !== 'FAILED' && v.message === failing[0].message)) {
    return [{ file: prompt.sourcePath, field: `dsa.solutions.${result.language}`, message: `every case ${failing[0].status}: ${describe(failing[0])}` }];
  }
  return failing.map((v) => ({ file: prompt.sourcePath, field: cases[v.index].field, message: `${who} ${v.status}: ${describe(v)}` }));
}

async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>, done: (index: number, result: R) => void) {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      done(index, await work(items[index], index));
    }
  });
  await Promise.all(runners);
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const files = options.files.length ? await resolveFileArgs(options.files, options.contentDir) : [];
  const { prompts, issues, fileCount } = options.files.length
    ? await validateFiles(files, options.contentDir)
    : await validateBank(options.contentDir);
  // The whole bank includes the role profiles (content/roles): all 20, known topics, weights 1..10.
  if (!options.files.length) issues.push(...(await checkRoleProfiles(options.contentDir, prompts)));

  // Issues are printed per file in path order; judging results stream in that order as they finish.
  const byFile = new Map<string, ContentIssue[]>();
  const push = (issue: ContentIssue) => byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  issues.forEach(push);
  let errorCount = 0;
  let warningCount = 0;
  const print = (list: ContentIssue[]) => {
    for (const i of list) console.log(`${i.file}: ${i.field}: ${i.message}`);
    warningCount += list.filter((i) => i.message.startsWith('warning: ')).length;
    errorCount += list.filter((i) => !i.message.startsWith('warning: ')).length;
  };

  const dsaPrompts = prompts.filter((p) => p.dsa).sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
  const judged = new Set(dsaPrompts.map((p) => p.sourcePath));
  // files with nothing to judge are printed first
  [...byFile.keys()].filter((f) => !judged.has(f)).sort().forEach((f) => print(byFile.get(f)!));

  const python = await findPython();
  const languages: ('typescript' | 'python')[] = 'missing' in python ? ['typescript'] : ['typescript', 'python'];
  const passedBy: Record<string, number> = { typescript: 0, python: 0 };
  const results: (ContentIssue[] | undefined)[] = dsaPrompts.map(() => undefined);
  let flushed = 0;
  await pool(
    dsaPrompts,
    options.jobs,
    async (prompt) => {
      const cases = casesOf(prompt.dsa!);
      const prepared = prepareCases(prompt.dsa!, cases);
      const found = dsaRules(prompt, prepared);
      const badInput = new Set(
        cases.map((c) => c.field).filter((f) => found.some((i) => i.field === f || i.field.startsWith(`${f}.input`))),
      );
      for (const language of languages) {
        const result = await judgeSolution(prompt.dsa!, language, prompt.dsa!.solutions[language], prepared, { timeoutMs: options.timeoutMs });
        if (result.passed) passedBy[language]++;
        found.push(...judgeIssues(prompt, cases, result, badInput));
        for (const v of result.cases) {
          if (v.status === 'PASSED' && (v.cpuMs ?? 0) > SLOW_CASE_MS) {
            found.push({ file: prompt.sourcePath, field: cases[v.index].field, message: `warning: ${language} solution used ${Math.round(v.cpuMs!)} ms of CPU (the judge's default limit is 2000 ms)` });
          }
        }
      }
      return found;
    },
    (index, found) => {
      results[index] = found;
      while (flushed < dsaPrompts.length && results[flushed]) {
        print([...(byFile.get(dsaPrompts[flushed].sourcePath) ?? []), ...results[flushed]!]);
        flushed++;
      }
    },
  );

  if ('missing' in python) console.log(`note: ${python.missing}; the Python reference solutions were NOT run.`);
  const judgedText = dsaPrompts.length
    ? `${dsaPrompts.length} DSA prompt${dsaPrompts.length === 1 ? '' : 's'} judged (${languages.map((l) => `${l} ${passedBy[l]}/${dsaPrompts.length} passed`).join(', ')})`
    : 'no DSA prompts to judge';
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `content:check: ${fileCount} file${fileCount === 1 ? '' : 's'} checked, ${judgedText}, ${seconds} s: ` +
      (errorCount ? `${errorCount} error${errorCount === 1 ? '' : 's'}` : 'OK') +
      (warningCount ? `, ${warningCount} warning${warningCount === 1 ? '' : 's'}` : ''),
  );
  process.exitCode = errorCount ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
