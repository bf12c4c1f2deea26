import { ChildProcess } from 'node:child_process';

/** Most recent output kept per child, for error messages. */
const OUTPUT_LIMIT = 64 * 1024;

/** A child process the bench started: its recent output, its exit, and how to stop it. */
export interface Child {
  process: ChildProcess;
  /** The last 64 KiB of stdout and stderr, interleaved. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Wraps a spawned process. With `echo`, its output is also copied to our stderr, each line
 * prefixed with `label`.
 */
export function track(child: ChildProcess, label: string, echo = false): Child {
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
    if (echo) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) process.stderr.write(`  [${label}] ${line}\n`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | string>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? child.signalCode!);
    else child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  let stopping: Promise<void> | undefined;
  return {
    process: child,
    output: () => output,
    exited,
    stop(graceMs = 15_000) {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

/** The last `lines` lines of a child's output, indented, for an error message. */
export function tail(child: Child, lines = 30): string {
  const text = child.output().trimEnd().split('\n').slice(-lines).join('\n');
  return text ? `\n--- last output ---\n${text}` : ' (no output)';
}
