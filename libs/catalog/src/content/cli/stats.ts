/**
 * `npm run content:stats [-- --content dir]`: coverage of the question bank as plain text tables,
 * to see where prompts are missing. Counts are prompts; a prompt with several topics (or a
 * cross-stack prompt, `stacks: [all]`) counts once in every row it belongs to, so columns of
 * those tables can add up to more than the number of prompts.
 *
 * Works on a bank with invalid files too: those are left out and a note says how many.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
  ContentValidationError,
  loadQuestionBank,
  ParsedPrompt,
  parsePromptFile,
  parseTopicsFile,
  TopicRecord,
} from '../prompt-file';
import { BEHAVIOURAL_COMPETENCIES, DIFFICULTIES, LEVELS, PROMPT_KINDS, PromptKind, STACK_IDS } from '../prompt-schema';

const REPO_ROOT = resolve(__dirname, '../../../../..');

/** Renders rows as a table: first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

async function loadForStats(contentDir: string): Promise<{ prompts: ParsedPrompt[]; topics: TopicRecord[]; invalid: number }> {
  try {
    const bank = await loadQuestionBank(contentDir);
    return { prompts: bank.prompts, topics: bank.topics, invalid: 0 };
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    const topics = parseTopicsFile((await readFile(join(contentDir, 'topics.yaml'), 'utf8').catch(() => '')) || 'areas: []').topics;
    const dir = join(contentDir, 'prompts');
    const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    const prompts: ParsedPrompt[] = [];
    let invalid = 0;
    for (const e of entries.filter((x) => x.isFile() && x.name.endsWith('.md') && x.name !== 'README.md')) {
      const path = join(e.parentPath, e.name);
      const { prompt } = parsePromptFile(relative(contentDir, path).split('\\').join('/'), await readFile(path, 'utf8'));
      if (prompt) prompts.push(prompt);
      else invalid++;
    }
    return { prompts, topics, invalid };
  }
}

const KIND_LABEL: Record<PromptKind, string> = { DSA: 'DSA', SYSTEM_DESIGN: 'DESIGN', BEHAVIOURAL: 'BEHAV', KNOWLEDGE: 'KNOWL' };

/** The report as text; `prompts` are the valid prompts, `topics` the records from topics.yaml. */
export function renderStats(prompts: ParsedPrompt[], topics: TopicRecord[]): string {
  const count = (pred: (p: ParsedPrompt) => boolean) => prompts.filter(pred).length;
  const byKind = (kind: PromptKind) => prompts.filter((p) => p.kind === kind);
  const kindCols = PROMPT_KINDS.map((k) => KIND_LABEL[k]);
  const sections: string[] = [];
  const section = (title: string, body: string) => sections.push(`${title}\n\n${body}`);

  section(
    `Prompts per kind (${prompts.length} in all)`,
    table(['kind', 'prompts'], [...PROMPT_KINDS.map((k) => [k, byKind(k).length]), ['total', prompts.length]]),
  );

  section(
    'Stacks x kinds (a cross-stack prompt counts for every stack)',
    table(
      ['stack', ...kindCols, 'total', 'stack-only'],
      STACK_IDS.map((s) => [
        s,
        ...PROMPT_KINDS.map((k) => count((p) => p.kind === k && p.stacks.includes(s))),
        count((p) => p.stacks.includes(s)),
        count((p) => p.stacks.length < STACK_IDS.length && p.stacks.includes(s)),
      ]),
    ),
  );

  section(
    'Kinds x levels',
    table(
      ['kind', ...LEVELS, 'total'],
      PROMPT_KINDS.map((k) => [k, ...LEVELS.map((l) => count((p) => p.kind === k && p.level === l)), byKind(k).length]),
    ),
  );

  section(
    'Difficulty per kind',
    table(
      ['kind', ...DIFFICULTIES, 'total'],
      PROMPT_KINDS.map((k) => [k, ...DIFFICULTIES.map((d) => count((p) => p.kind === k && p.difficulty === d)), byKind(k).length]),
    ),
  );

  const dsa = byKind(PromptKind.DSA);
  const dsaTopics = topics.filter((t) => t.area === 'dsa');
  section(
    `DSA prompts per category (${dsaTopics.length} categories, ${dsa.length} prompts)`,
    table(
      ['category', ...DIFFICULTIES, 'total'],
      dsaTopics.map((t) => {
        const here = dsa.filter((p) => p.topics.includes(t.id));
        return [t.id, ...DIFFICULTIES.map((d) => here.filter((p) => p.difficulty === d).length), here.length];
      }),
    ),
  );

  const behavioural = byKind(PromptKind.BEHAVIOURAL);
  section(
    `Behavioural prompts per competency (${behavioural.length} prompts)`,
    table(
      ['competency', ...LEVELS, 'total'],
      BEHAVIOURAL_COMPETENCIES.map((c) => {
        const here = behavioural.filter((p) => p.behavioural?.competency === c);
        return [c, ...LEVELS.map((l) => here.filter((p) => p.level === l).length), here.length];
      }),
    ),
  );

  const knowledge = byKind(PromptKind.KNOWLEDGE);
  const areas = ['backend', ...STACK_IDS];
  const areaTitle = (a: string) => topics.find((t) => t.area === a)?.areaTitle ?? a;
  section(
    `Knowledge prompts: stack-specific areas vs backend fundamentals (${knowledge.length} prompts)`,
    table(
      ['area', 'prompts', 'topics covered'],
      areas.map((a) => {
        const areaTopics = topics.filter((t) => t.area === a);
        const covered = areaTopics.filter((t) => knowledge.some((p) => p.topics.includes(t.id))).length;
        return [`${a} (${areaTitle(a)})`, knowledge.filter((p) => p.topics.some((t) => t.startsWith(`${a}/`))).length, `${covered}/${areaTopics.length}`];
      }),
    ),
  );
  section(
    'Knowledge prompts per topic',
    table(
      ['topic', 'prompts'],
      topics.filter((t) => areas.includes(t.area)).map((t) => [t.id, knowledge.filter((p) => p.topics.includes(t.id)).length]),
    ),
  );
  return sections.join('\n\n') + '\n';
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--content');
  const contentDir = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : join(REPO_ROOT, 'content');
  const { prompts, topics, invalid } = await loadForStats(contentDir);
  process.stdout.write(renderStats(prompts, topics));
  if (invalid) console.log(`\nnote: ${invalid} invalid file${invalid === 1 ? ' is' : 's are'} not counted; run npm run content:check for details.`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
