import { execFile, spawn } from 'node:child_process';
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
  /** Time spent in the case, ms, measured inside the child (absent when it never finished). */
  durationMs?: number;
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
  | { t: 'done'; i: number; ok: true; actual: unknown; ms: number }
  | { t: 'done'; i: number; ok: false; error: string; ms: number }
  | { t: 'fatal'; error: string }
  | { t: 'crash'; error: string }
  | { t: 'end' };

type Outcome =
  | { kind: 'returned'; actual: unknown; ms: number }
  | { kind: 'threw'; message: string; ms?: number }
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
 */
export async function judgeSolution(
  dsa: DsaSpec,
  language: JudgeLanguage,
  code: string,
  cases: JudgeCase[],
  opts: JudgeOptions = {},
): Promise<JudgeResult> {
  const started = Date.now();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryMb = opts.memoryMb ?? DEFAULT_MEMORY_MB;
  const verdicts: (CaseVerdict | undefined)[] = cases.map(() => undefined);
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
        cases.forEach((_, index) => (verdicts[index] = { index, status: 'ERROR', message: compiled.error }));
        return finish();
      }
      runnable = compiled.js;
    }
    command = process.execPath;
    args = [`--max-old-space-size=${memoryMb + 64}`, '-e', nodeHarnessScript(memoryMb, STACK_MB)];
  }

  let base: Omit<HarnessPayload, 'cases'>;
  try {
    base = { ...describeSignature(dsa), code: runnable, limits: { memoryMb, stackMb: STACK_MB }, lineNumbers: language !== 'typescript' };
  } catch (error) {
    cases.forEach((_, index) => (verdicts[index] = { index, status: 'ERROR', message: (error as Error).message }));
    return finish();
  }

  // Expand once in the parent so every language sees the same values.
  const prepared = new Map<number, { input: unknown[]; expected: unknown }>();
  cases.forEach((c, index) => {
    try {
      const input = expandValue(c.input, 'input');
      if (!Array.isArray(input)) throw new Error('input must be the list of arguments');
      prepared.set(index, { input, expected: canonicalExpected(dsa, input, expandValue(c.output, 'output')) });
    } catch (error) {
      verdicts[index] = { index, status: 'ERROR', message: `test data: ${(error as Error).message}` };
    }
  });

  let pending = [...prepared.keys()];
  let output = '';
  const keep = (text: string) => {
    if (output.length < OUTPUT_LIMIT) output += text.slice(0, OUTPUT_LIMIT - output.length);
  };
  while (pending.length) {
    const payload: HarnessPayload = { ...base, cases: pending.map((i) => ({ i, input: prepared.get(i)!.input })) };
    const report = await runChild(command, args, JSON.stringify(payload), timeoutMs, keep);
    for (const [index, outcome] of report.done) {
      verdicts[index] = verdictFor(dsa, index, prepared.get(index)!.expected, outcome);
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
  }
  return finish({}, output);
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
      return { index, status: 'ERROR', message: outcome.message, ...(outcome.ms !== undefined && { durationMs: outcome.ms }) };
    case 'returned':
      return matches(dsa, expected, outcome.actual)
        ? { index, status: 'PASSED', durationMs: outcome.ms }
        : { index, status: 'FAILED', expected, actual: outcome.actual, durationMs: outcome.ms };
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
          report.done.set(event.i, event.ok ? { kind: 'returned', actual: event.actual, ms: event.ms } : { kind: 'threw', message: event.error, ms: event.ms });
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
    let pendingText = '';
    const events = child.stdio[3] as NodeJS.ReadableStream;
    events.setEncoding('utf8');
    events.on('data', (chunk: string) => {
      const lines = (pendingText + chunk).split('\n');
      pendingText = lines.pop() ?? '';
      for (const line of lines) {
        if (!line) continue;
        try {
          onEvent(JSON.parse(line) as HarnessEvent);
        } catch {
          report.crash ??= 'the harness sent a malformed event';
        }
      }
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
      if (lastLine && report.current !== undefined && !report.timedOut) report.exit += `: ${lastLine.slice(0, 300)}`;
      resolve(report);
    });
  });
}
