import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { CompareMode, DsaSpec, DsaType } from '../prompt-schema';
import { outputsMatch } from './compare';
import { expandValue } from './expand';
import { nodeHarnessScript } from './harness-node';
import { pythonHarnessScript } from './harness-python';

/**
 * The DSA judge: runs a solution against a prompt's tests in a child process and returns a
 * verdict per case. Used by `npm run content:check` for the reference solutions and meant for
 * candidates' own code later.
 *
 * Isolation is a separate process with a wall-clock limit per case, a memory cap and a clean
 * environment. It is not a security sandbox: the code can read the file system and the network
 * as the server's user can, so untrusted code needs an OS-level sandbox around this.
 */

export const JUDGE_LANGUAGES = ['typescript', 'javascript', 'python'] as const;
export type JudgeLanguage = (typeof JUDGE_LANGUAGES)[number];

/** One test: the argument list (in signature order; shorthands allowed) and the expected output. */
export interface JudgeCase {
  input: unknown[];
  output: unknown;
}

export type CaseStatus = 'PASSED' | 'FAILED' | 'ERROR' | 'TIMEOUT';

export interface CaseVerdict {
  /** Position in the `cases` passed to judgeSolution. */
  index: number;
  status: CaseStatus;
  /** Expanded expected output (FAILED only). */
  expected?: unknown;
  /** The solution's return value as JSON; nodes as arrays (FAILED only). */
  actual?: unknown;
  /** What went wrong (ERROR and TIMEOUT): the exception, the crash, or the limit hit. */
  message?: string;
  /** Wall-clock time of the case, ms, measured inside the child (absent when it never finished). */
  durationMs?: number;
  /** CPU time of the case, ms (all threads of the child): unlike durationMs, not inflated by a busy machine. */
  cpuMs?: number;
}

export interface JudgeTotals {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  timeouts: number;
}

export interface JudgeResult {
  language: JudgeLanguage;
  /** True when the language's runtime is not installed; `cases` is then empty. */
  skipped: boolean;
  skipReason?: string;
  /** True when not skipped and every case PASSED. */
  passed: boolean;
  cases: CaseVerdict[];
  totals: JudgeTotals;
  /** What the solution printed (stdout and stderr interleaved), cut at OUTPUT_LIMIT characters. */
  output: string;
  /** Wall-clock time of the whole judgement, ms. */
  durationMs: number;
}

export interface JudgeOptions {
  /** Wall-clock limit per case, ms (default 2000). Loading the solution gets this plus 3000. */
  timeoutMs?: number;
  /**
   * Once a case has timed out, the cases after it still run (in a fresh process) as long as the
   * whole judgement has taken less than this, ms (default max(4 × timeoutMs, 10000)); the rest are
   * then TIMEOUT without running, so code that loops on every case does not hold a run for long.
   */
  budgetMs?: number;
  /** Heap cap for the solution, MB (default 512). */
  memoryMb?: number;
  /** Python interpreter to run (default `python3` on PATH, or $PREPSTACK_PYTHON). */
  python?: string;
}

/** Characters of the solution's own output kept in JudgeResult.output. */
export const OUTPUT_LIMIT = 64 * 1024;

const DEFAULT_TIMEOUT_MS = 2000;
const DEFAULT_MEMORY_MB = 512;
/** Stack for the thread running the solution: recursion over a 10^5-node chain fits with room. */
const STACK_MB = 128;
/** Process start-up allowance on top of timeoutMs before the first case starts. */
const LOAD_ALLOWANCE_MS = 3000;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** What the child receives on stdin; see harness-node.ts for the protocol. */
interface HarnessPayload {
  harness: 'function' | 'class';
  name?: string;
  params?: DsaType[];
  returns?: DsaType;
  className?: string;
  constructorParams?: DsaType[];
  methods?: Record<string, { params: DsaType[]; returns: DsaType }>;
  code: string;
  cases: { i: number; input: unknown[] }[];
  limits: { memoryMb: number; stackMb: number };
  lineNumbers: boolean;
}

type HarnessEvent =
  | { t: 'start'; i: number }
  | { t: 'done'; i: number; ok: true; actual: unknown; ms: number; cpuMs: number }
  | { t: 'done'; i: number; ok: false; error: string; ms: number; cpuMs: number }
  | { t: 'fatal'; error: string }
  | { t: 'crash'; error: string }
  | { t: 'end' };

type Outcome =
  | { kind: 'returned'; actual: unknown; ms: number; cpuMs: number }
  | { kind: 'threw'; message: string; ms?: number; cpuMs?: number }
  | { kind: 'timeout'; message: string };

interface RunReport {
  done: Map<number, Outcome>;
  /** The case that had started but not finished when the process ended. */
  current?: number;
  timedOut: boolean;
  fatal?: string;
  crash?: string;
  exit: string;
}

/**
 * Runs `code` against `cases` and compares each result with the expected output under
 * `dsa.compare` (per operation for class harnesses).
 *
 * All cases run in one child process (node for TypeScript/JavaScript, python3 for Python), in
 * order; a case that times out or crashes the process is recorded and the remaining cases run in
 * a fresh process. Inputs are expanded ($range…) and sent as JSON, so each case gets its own copy.
 * Never throws for bad code or bad test data: those become ERROR verdicts. When python3 is not
 * installed the result is `skipped` with a reason.
 *
 * @param cases the tests, or the same already expanded by prepareCases (to judge several languages)
 */
export async function judgeSolution(
  dsa: DsaSpec,
  language: JudgeLanguage,
  code: string,
  cases: JudgeCase[] | PreparedCases,
  opts: JudgeOptions = {},
): Promise<JudgeResult> {
  const started = Date.now();
  const prepared = 'items' in cases ? cases : prepareCases(dsa, cases);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryMb = opts.memoryMb ?? DEFAULT_MEMORY_MB;
  const budgetMs = opts.budgetMs ?? Math.max(4 * timeoutMs, 10_000);
  const verdicts: (CaseVerdict | undefined)[] = prepared.items.map((item, index) =>
    'error' in item ? { index, status: 'ERROR', message: `test data: ${item.error}` } : undefined,
  );
  const failAll = (message: string) => verdicts.forEach((v, index) => (verdicts[index] = v ?? { index, status: 'ERROR', message }));
  const finish = (extra: Partial<JudgeResult> = {}, output = ''): JudgeResult => {
    const list = verdicts.map((v, index) => v ?? { index, status: 'ERROR' as const, message: 'not run' });
    const totals = tally(list);
    const skipped = extra.skipped ?? false;
    return {
      language,
      skipped,
      passed: !skipped && totals.passed === totals.total,
      cases: skipped ? [] : list,
      totals: skipped ? tally([]) : totals,
      output,
      durationMs: Date.now() - started,
      ...extra,
    };
  };

  let command: string;
  let args: string[];
  let runnable = code;
  if (language === 'python') {
    const python = await findPython(opts.python);
    if ('missing' in python) return finish({ skipped: true, skipReason: python.missing });
    command = python.path;
    // -S: no site-packages (faster start; solutions use the standard library only)
    args = ['-S', '-c', pythonHarnessScript()];
  } else {
    if (language === 'typescript') {
      const compiled = await transpile(code);
      if ('error' in compiled) {
        failAll(compiled.error);
        return finish();
      }
      runnable = compiled.js;
    }
    const heap = `--max-old-space-size=${memoryMb}`;
    if (canRaiseStackLimit()) {
      // sh raises the stack rlimit, then becomes node: the solution runs on the main thread
      command = '/bin/sh';
      args = ['-c', `ulimit -s ${(STACK_MB + 16) * 1024} && exec "$0" "$@"`, process.execPath, heap, `--stack-size=${STACK_MB * 1024}`, '-e', nodeHarnessScript(memoryMb, STACK_MB, true)];
    } else {
      command = process.execPath;
      args = [heap, '-e', nodeHarnessScript(memoryMb, STACK_MB, false)];
    }
  }

  let base: string;
  try {
    const header: Omit<HarnessPayload, 'cases'> = { ...describeSignature(dsa), code: runnable, limits: { memoryMb, stackMb: STACK_MB }, lineNumbers: language !== 'typescript' };
    base = JSON.stringify(header).slice(0, -1);
  } catch (error) {
    failAll((error as Error).message);
    return finish();
  }

  const ready = (index: number) => prepared.items[index] as PreparedCase;
  let pending = prepared.items.flatMap((item, index) => ('error' in item ? [] : [index]));
  let output = '';
  const keep = (text: string) => {
    if (output.length < OUTPUT_LIMIT) output += text.slice(0, OUTPUT_LIMIT - output.length);
  };
  while (pending.length) {
    // Inputs are serialised once per case and spliced in: the bank's large inputs run to megabytes.
    const payload = `${base},"cases":[${pending.map((i) => `{"i":${i},"input":${ready(i).inputJson}}`).join(',')}]}`;
    const report = await runChild(command, args, payload, timeoutMs, keep);
    for (const [index, outcome] of report.done) {
      verdicts[index] = verdictFor(dsa, index, ready(index).expected, outcome);
    }
    const unresolved = pending.filter((i) => !report.done.has(i));
    if (!unresolved.length) break;
    if (report.fatal !== undefined || report.current === undefined) {
      // Nothing more can run: the code does not load, or the process dies before any case starts.
      const outcome: Outcome = report.fatal !== undefined
        ? { kind: 'threw', message: report.fatal }
        : report.timedOut
          ? { kind: 'timeout', message: `the solution did not finish loading within ${timeoutMs + LOAD_ALLOWANCE_MS} ms` }
          : { kind: 'threw', message: report.crash ?? `the process ${report.exit} before running the case` };
      for (const index of unresolved) verdicts[index] = verdictFor(dsa, index, undefined, outcome);
      break;
    }
    const current = report.current;
    verdicts[current] = verdictFor(dsa, current, undefined, report.timedOut
      ? { kind: 'timeout', message: `exceeded the ${timeoutMs} ms time limit` }
      : { kind: 'threw', message: report.crash ?? `the process ${report.exit}` });
    pending = unresolved.filter((i) => i !== current);
    if (report.timedOut && Date.now() - started > budgetMs) {
      const message = `not run: earlier cases timed out and the run's ${budgetMs} ms budget is used up`;
      for (const index of pending) verdicts[index] = { index, status: 'TIMEOUT', message };
      break;
    }
  }
  return finish({}, output);
}

/** One case after expansion: the arguments as JSON for the harness, the canonical expected output. */
export interface PreparedCase {
  input: unknown[];
  inputJson: string;
  expected: unknown;
}

/** Cases expanded once, to judge several solutions (languages) without expanding again. */
export interface PreparedCases {
  items: (PreparedCase | { error: string })[];
}

/**
 * Expands the cases' shorthands ($range…) and puts expected trees into canonical form. A case
 * whose data is malformed carries the error instead, and is judged ERROR ("test data: …").
 */
export function prepareCases(dsa: DsaSpec, cases: JudgeCase[]): PreparedCases {
  return {
    items: cases.map((c) => {
      try {
        const input = expandValue(c.input, 'input');
        if (!Array.isArray(input)) return { error: 'input must be the list of arguments' };
        return { input, inputJson: JSON.stringify(input), expected: canonicalExpected(dsa, input, expandValue(c.output, 'output')) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    }),
  };
}

function tally(list: CaseVerdict[]): JudgeTotals {
  const count = (s: CaseStatus) => list.filter((v) => v.status === s).length;
  return { total: list.length, passed: count('PASSED'), failed: count('FAILED'), errors: count('ERROR'), timeouts: count('TIMEOUT') };
}

function verdictFor(dsa: DsaSpec, index: number, expected: unknown, outcome: Outcome): CaseVerdict {
  switch (outcome.kind) {
    case 'timeout':
      return { index, status: 'TIMEOUT', message: outcome.message };
    case 'threw':
      return { index, status: 'ERROR', message: outcome.message, ...(outcome.ms !== undefined && { durationMs: outcome.ms, cpuMs: outcome.cpuMs }) };
    case 'returned':
      return matches(dsa, expected, outcome.actual)
        ? { index, status: 'PASSED', durationMs: outcome.ms, cpuMs: outcome.cpuMs }
        : { index, status: 'FAILED', expected, actual: outcome.actual, durationMs: outcome.ms, cpuMs: outcome.cpuMs };
  }
}

/** Class harness: each operation's output is compared on its own, so `unordered` never reorders operations. */
function matches(dsa: DsaSpec, expected: unknown, actual: unknown): boolean {
  const mode: CompareMode = dsa.compare;
  if (dsa.harness !== 'class') return outputsMatch(expected, actual, mode);
  return (
    Array.isArray(expected) &&
    Array.isArray(actual) &&
    expected.length === actual.length &&
    expected.every((e, i) => outputsMatch(e, actual[i], mode))
  );
}

/** Turns a signature into the harness's flat description; rejects names that are not identifiers. */
function describeSignature(dsa: DsaSpec): Pick<HarnessPayload, 'harness' | 'name' | 'params' | 'returns' | 'className' | 'constructorParams' | 'methods'> {
  const sig = dsa.signature;
  const check = (name: string) => {
    if (!IDENTIFIER.test(name)) throw new Error(`signature: '${name}' is not an identifier`);
    return name;
  };
  if ('className' in sig) {
    return {
      harness: 'class',
      className: check(sig.className),
      constructorParams: sig.constructor.map((p) => p.type),
      methods: Object.fromEntries(sig.methods.map((m) => [check(m.name), { params: m.params.map((p) => p.type), returns: m.returns }])),
    };
  }
  return { harness: 'function', name: check(sig.name), params: sig.params.map((p) => p.type), returns: sig.returns };
}

/**
 * A TreeNode written by an author may carry redundant trailing nulls or nulls under missing
 * nodes; the harness returns the canonical level-order form, so the expected value is put into
 * that form too.
 */
function canonicalExpected(dsa: DsaSpec, input: unknown[], expected: unknown): unknown {
  const sig = dsa.signature;
  if (!('className' in sig)) return sig.returns === 'TreeNode' && Array.isArray(expected) ? canonicalTree(expected) : expected;
  const ops = input[0];
  if (!Array.isArray(expected) || !Array.isArray(ops)) return expected;
  return expected.map((value, k) => {
    const method = k > 0 ? sig.methods.find((m) => m.name === ops[k]) : undefined;
    return method?.returns === 'TreeNode' && Array.isArray(value) ? canonicalTree(value) : value;
  });
}

/** Level-order array → tree → level-order array (nulls for missing children, trailing nulls cut). */
export function canonicalTree(values: unknown[]): unknown[] {
  type Node = { val: unknown; left: Node | null; right: Node | null };
  if (!values.length || values[0] === null) return [];
  const root: Node = { val: values[0], left: null, right: null };
  const queue: Node[] = [root];
  for (let head = 0, k = 1; head < queue.length && k < values.length; head++) {
    const node = queue[head];
    for (const side of ['left', 'right'] as const) {
      if (k < values.length && values[k] !== null) queue.push((node[side] = { val: values[k], left: null, right: null }));
      k++;
    }
  }
  const out: unknown[] = [];
  const walk: (Node | null)[] = [root];
  for (let head = 0; head < walk.length; head++) {
    const node = walk[head];
    out.push(node ? node.val : null);
    if (node) walk.push(node.left, node.right);
  }
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

let stackLimitRaisable: boolean | undefined;

/** Linux with a hard stack rlimit of at least STACK_MB + 16 MB (usually unlimited). */
function canRaiseStackLimit(): boolean {
  if (stackLimitRaisable === undefined) {
    stackLimitRaisable = false;
    if (process.platform === 'linux') {
      try {
        const line = /^Max stack size\s+\S+\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
        stackLimitRaisable = !!line && (line[1] === 'unlimited' || Number(line[1]) >= (STACK_MB + 16) * 1024 * 1024);
      } catch {
        // no /proc: use the worker thread
      }
    }
  }
  return stackLimitRaisable;
}

type TypeScriptModule = typeof import('typescript');
let typescript: Promise<TypeScriptModule> | undefined;

/** Strips types with `typescript`'s transpileModule (loaded on first use: it takes ~0.3 s). */
async function transpile(code: string): Promise<{ js: string } | { error: string }> {
  typescript ??= import('typescript').then((m) => ((m as { default?: TypeScriptModule }).default ?? m) as TypeScriptModule);
  const ts = await typescript;
  const out = ts.transpileModule(code, {
    fileName: 'solution.ts',
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, sourceMap: false },
  });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) {
    const first = errors[0];
    const where = first.file && first.start !== undefined ? ` (line ${first.file.getLineAndCharacterOfPosition(first.start).line + 1})` : '';
    return { error: `TypeScript syntax error${where}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}` };
  }
  return { js: out.outputText };
}

const pythons = new Map<string, Promise<{ path: string } | { missing: string }>>();

/**
 * Resolves a Python command once to its real executable (a pyenv shim costs ~100 ms per start).
 * Needs Python 3.8 or later; otherwise, or when the command does not exist, says why.
 *
 * @param command default $PREPSTACK_PYTHON, else `python3`
 */
export function findPython(command = process.env.PREPSTACK_PYTHON || 'python3'): Promise<{ path: string } | { missing: string }> {
  let found = pythons.get(command);
  if (!found) {
    found = new Promise((resolve) => {
      const probe = 'import sys; print(sys.executable); print(sys.version_info >= (3, 8))';
      execFile(command, ['-c', probe], { timeout: 15_000 }, (error, stdout) => {
        const [path, recentEnough] = String(stdout).trim().split('\n');
        if (error || !path) resolve({ missing: `${command} is not installed (or not on PATH)` });
        else if (recentEnough !== 'True') resolve({ missing: `${command} is older than Python 3.8` });
        else resolve({ path });
      });
    });
    pythons.set(command, found);
  }
  return found;
}

/** Only what a solution needs; nothing from the server's environment (tokens, NODE_OPTIONS…). */
function childEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    PYTHONIOENCODING: 'utf-8',
    PYTHONDONTWRITEBYTECODE: '1',
    // Deterministic set/dict-of-str ordering, so a run can be reproduced.
    PYTHONHASHSEED: '0',
  };
}

/** Spawns one harness process for the given payload and collects its events until it ends. */
function runChild(command: string, args: string[], payload: string, timeoutMs: number, keep: (text: string) => void): Promise<RunReport> {
  return new Promise((resolve) => {
    const report: RunReport = { done: new Map(), timedOut: false, exit: 'ended' };
    // Own process group, so a kill also reaches anything the solution spawned.
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], env: childEnv(), detached: true });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        report.timedOut = true;
        kill();
      }, ms);
    };
    arm(timeoutMs + LOAD_ALLOWANCE_MS);

    const onEvent = (event: HarnessEvent) => {
      switch (event.t) {
        case 'start':
          report.current = event.i;
          arm(timeoutMs);
          break;
        case 'done':
          report.done.set(
            event.i,
            event.ok
              ? { kind: 'returned', actual: event.actual, ms: event.ms, cpuMs: event.cpuMs }
              : { kind: 'threw', message: event.error, ms: event.ms, cpuMs: event.cpuMs },
          );
          report.current = undefined;
          break;
        case 'fatal':
          report.fatal = event.error;
          break;
        case 'crash':
          report.crash = event.error;
          break;
        case 'end':
          // a solution's stray timers or threads must not hold the result back
          clearTimeout(timer);
          timer = setTimeout(kill, 1000);
          break;
      }
    };
    // Lines can be megabytes (a 10^5-element actual value): gather chunks, split only on newlines.
    let partial: string[] = [];
    const events = child.stdio[3] as NodeJS.ReadableStream;
    events.setEncoding('utf8');
    events.on('data', (chunk: string) => {
      let from = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
        partial.push(chunk.slice(from, nl));
        const line = partial.join('');
        partial = [];
        from = nl + 1;
        if (!line) continue;
        try {
          onEvent(JSON.parse(line) as HarnessEvent);
        } catch {
          report.crash ??= 'the harness sent a malformed event';
        }
      }
      if (from < chunk.length) partial.push(chunk.slice(from));
    });
    let stderrTail = '';
    child.stdout!.setEncoding('utf8').on('data', (text: string) => keep(text));
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      keep(text);
      stderrTail = (stderrTail + text).slice(-2000);
    });
    child.stdin!.on('error', () => undefined); // the child may die before reading everything
    child.stdin!.end(payload);
    child.on('error', (error) => {
      report.crash ??= `could not start ${command}: ${error.message}`;
    });
    child.on('exit', () => kill());
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lastLine = stderrTail.trim().split('\n').pop()?.trim();
      if (signal) {
        report.exit = `was killed by ${signal}${signal === 'SIGKILL' && !report.timedOut ? ' (out of memory?)' : ''}`;
      } else {
        report.exit = `exited with code ${code}`;
      }
      if (/heap out of memory|MemoryError/.test(stderrTail)) report.crash ??= 'ran out of memory';
      if (lastLine && report.current !== undefined && !report.timedOut) report.exit += `: ${lastLine.slice(0, 300)}`;
      resolve(report);
    });
  });
}
