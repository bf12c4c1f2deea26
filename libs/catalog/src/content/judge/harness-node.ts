/**
 * Source of the JavaScript harness the judge runs in a child `node` process (TypeScript is
 * transpiled by the parent first). Kept as strings, not files, so the build needs no assets.
 *
 * Protocol: the parent writes one JSON payload (HarnessPayload in judge.ts) to stdin and closes
 * it. The runner loads the solution and runs the cases in order, writing one JSON line per event
 * to fd 3:
 * `{t:'start',i}`, `{t:'done',i,ok:true,actual,ms,cpuMs}` / `{t:'done',i,ok:false,error,ms,cpuMs}`,
 * `{t:'fatal',error}` (the solution could not be loaded), `{t:'crash',error}` (the worker died,
 * e.g. out of memory), `{t:'end'}`. The solution's own stdout/stderr never touch fd 3.
 *
 * The runner needs a deep stack (recursive solutions over 10^5-node inputs). Where the stack
 * rlimit can be raised, the parent starts node under `ulimit -s` with a matching `--stack-size`
 * and the runner works on the main thread ("inline"); otherwise the main thread starts a worker
 * thread with a large `stackSizeMb`, which costs ~80 ms of CPU more per run.
 *
 * Written without backticks or `${`, since it lives in template literals.
 */

const RUNNER = String.raw`
function runHarness(payloadText, finish) {
'use strict';
const fs = require('fs');
const vm = require('vm');
const { performance } = require('perf_hooks');

const payload = JSON.parse(payloadText);

function emit(message) {
  const data = Buffer.from(JSON.stringify(message) + '\n', 'utf8');
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += fs.writeSync(3, data, offset);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
    }
  }
}

// The solution's console writes synchronously (so it is ordered with our events) and is capped.
let printed = 0;
const PRINT_LIMIT = 1 << 20;
function printer(fd) {
  return (...args) => {
    if (printed > PRINT_LIMIT) return;
    const text = require('util').format(...args) + '\n';
    printed += text.length;
    try { fs.writeSync(fd, text); } catch (error) { /* output is best effort */ }
  };
}
for (const name of ['log', 'info', 'debug']) console[name] = printer(1);
for (const name of ['warn', 'error', 'trace']) console[name] = printer(2);

class HarnessError extends Error {}

class ListNode {
  constructor(val, next) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
  }
}
class TreeNode {
  constructor(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
}
globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;

function toList(values) {
  let head = null;
  for (let k = values.length - 1; k >= 0; k--) head = new ListNode(values[k], head);
  return head;
}

function toTree(values) {
  if (values.length === 0 || values[0] === null) return null;
  const root = new TreeNode(values[0]);
  const queue = [root];
  let head = 0;
  let k = 1;
  while (head < queue.length && k < values.length) {
    const node = queue[head++];
    if (k < values.length && values[k] !== null) queue.push((node.left = new TreeNode(values[k])));
    k++;
    if (k < values.length && values[k] !== null) queue.push((node.right = new TreeNode(values[k])));
    k++;
  }
  return root;
}

function isNode(value) {
  return typeof value === 'object' && value !== null && 'val' in value;
}

function fromList(head) {
  const out = [];
  const seen = new Set();
  for (let node = head; node !== null && node !== undefined; node = node.next) {
    if (seen.has(node)) throw new HarnessError('the returned list has a cycle');
    seen.add(node);
    out.push(plain(node.val));
  }
  return out;
}

function fromTree(root) {
  const out = [];
  const seen = new Set();
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === null || node === undefined) {
      out.push(null);
      continue;
    }
    if (seen.has(node)) throw new HarnessError('the returned tree has a cycle or a shared node');
    seen.add(node);
    out.push(plain(node.val));
    queue.push(node.left === undefined ? null : node.left, node.right === undefined ? null : node.right);
  }
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

function plain(value) {
  if (value === undefined || value === null) return null;
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    case 'string':
    case 'boolean':
      return value;
    case 'function':
    case 'symbol':
      throw new HarnessError('returned a ' + typeof value + ', which cannot be compared');
  }
  if (value instanceof ListNode) return fromList(value);
  if (value instanceof TreeNode) return fromTree(value);
  if (Array.isArray(value) || ArrayBuffer.isView(value) || value instanceof Set) return Array.from(value, plain);
  if (value instanceof Map) return Array.from(value, (entry) => [plain(entry[0]), plain(entry[1])]);
  const out = {};
  for (const key of Object.keys(value)) out[key] = plain(value[key]);
  return out;
}

// Serialises a returned value by its declared type, so a duck-typed node still reads as a node.
function serialise(value, type) {
  if (type === 'ListNode' && (value === null || value === undefined)) return [];
  if (type === 'TreeNode' && (value === null || value === undefined)) return [];
  if (type === 'ListNode' && isNode(value)) return fromList(value);
  if (type === 'TreeNode' && isNode(value)) return fromTree(value);
  return plain(value);
}

function build(value, type) {
  if (type === 'ListNode' && Array.isArray(value)) return toList(value);
  if (type === 'TreeNode' && Array.isArray(value)) return toTree(value);
  return value;
}

function describe(error) {
  if (error instanceof HarnessError) return error.message;
  if (error instanceof Error) {
    const line = /solution\.js:(\d+)/.exec(String(error.stack));
    return error.name + ': ' + error.message + (line && payload.lineNumbers ? ' (line ' + line[1] + ')' : '');
  }
  return 'threw ' + (typeof error === 'string' ? error : String(error));
}

function load() {
  const target = payload.harness === 'class' ? payload.className : payload.name;
  const source =
    '(function (exports, module) {' + payload.code +
    '\n;return typeof ' + target + " === 'function' ? " + target + ' : undefined;\n})';
  const script = new vm.Script(source, { filename: 'solution.js' });
  const module = { exports: {} };
  const found = script.runInThisContext()(module.exports, module);
  const exported = module.exports && typeof module.exports[target] === 'function' ? module.exports[target] : undefined;
  const result = found || exported || (typeof module.exports === 'function' ? module.exports : undefined);
  if (!result) throw new HarnessError('the solution does not define ' + (payload.harness === 'class' ? 'a class named ' : 'a function named ') + target);
  return result;
}

function runFunction(fn, input) {
  if (input.length !== payload.params.length) {
    throw new HarnessError('the test passes ' + input.length + ' arguments; the signature takes ' + payload.params.length);
  }
  const args = input.map((value, k) => build(value, payload.params[k]));
  return serialise(fn(...args), payload.returns);
}

function runClass(Cls, input) {
  const ops = input[0];
  const argLists = input[1];
  if (input.length !== 2 || !Array.isArray(ops) || !Array.isArray(argLists) || ops.length !== argLists.length || ops.length === 0) {
    throw new HarnessError('a class test is [operations, argument lists], two lists of equal length');
  }
  if (ops[0] !== payload.className) throw new HarnessError('the first operation must be the constructor ' + payload.className);
  const out = [];
  let object;
  for (let k = 0; k < ops.length; k++) {
    const args = argLists[k] || [];
    const spec = k === 0 ? { params: payload.constructorParams, returns: 'void' } : payload.methods[ops[k]];
    if (!spec) throw new HarnessError('operation ' + k + ": '" + ops[k] + "' is not a method of the signature");
    try {
      const built = args.map((value, j) => build(value, spec.params[j]));
      if (k === 0) {
        object = new Cls(...built);
        out.push(null);
        continue;
      }
      if (typeof object[ops[k]] !== 'function') throw new HarnessError(payload.className + ' has no method ' + ops[k]);
      const value = object[ops[k]](...built);
      out.push(spec.returns === 'void' ? null : serialise(value, spec.returns));
    } catch (error) {
      throw new HarnessError('operation ' + k + ' (' + ops[k] + '): ' + describe(error));
    }
  }
  return out;
}

let target;
try {
  target = load();
} catch (error) {
  emit({ t: 'fatal', error: describe(error) });
  finish();
  return;
}
for (const testCase of payload.cases) {
  emit({ t: 'start', i: testCase.i });
  const started = performance.now();
  const cpu = process.cpuUsage();
  let message;
  try {
    const actual = payload.harness === 'class' ? runClass(target, testCase.input) : runFunction(target, testCase.input);
    message = { t: 'done', i: testCase.i, ok: true, actual };
  } catch (error) {
    message = { t: 'done', i: testCase.i, ok: false, error: describe(error) };
  }
  message.ms = Math.round((performance.now() - started) * 1000) / 1000;
  const used = process.cpuUsage(cpu);
  message.cpuMs = Math.round(used.user + used.system) / 1000;
  emit(message);
}
emit({ t: 'end' });
finish();
}
`;

// Worker mode: the main thread only relays the payload and reports a worker that dies.
const MAIN_WITH_WORKER = String.raw`
'use strict';
const { Worker } = require('worker_threads');
const fs = require('fs');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const source = '(' + runHarness.toString() + ")(require('worker_threads').workerData, () => require('worker_threads').parentPort.postMessage('end'))";
  const worker = new Worker(source, {
    eval: true,
    workerData: Buffer.concat(chunks).toString('utf8'),
    resourceLimits: { maxOldGenerationSizeMb: LIMITS.memoryMb, stackSizeMb: LIMITS.stackMb },
  });
  // The solution may leave timers behind; once the cases are done the process ends regardless.
  worker.on('message', (message) => { if (message === 'end') process.exit(0); });
  worker.on('error', (error) => {
    const text = error && error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? 'ran out of memory (limit ' + LIMITS.memoryMb + ' MB)'
      : 'crashed: ' + (error && error.stack ? error.stack.split('\n')[0] : String(error));
    try { fs.writeSync(3, JSON.stringify({ t: 'crash', error: text }) + '\n'); } catch (ignored) {}
    process.exit(1);
  });
  worker.on('exit', () => process.exit(0));
});
`;

// Inline mode: node was started with a raised stack rlimit and --stack-size, --max-old-space-size.
const MAIN_INLINE = String.raw`
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => runHarness(Buffer.concat(chunks).toString('utf8'), () => process.exit(0)));
`;

/**
 * The script for `node -e`.
 *
 * @param memoryMb heap cap of the solution (MB); inline mode takes it from --max-old-space-size
 * @param stackMb stack of the worker (MB), worker mode only
 * @param inline run on the main thread (the caller set up the stack), else in a worker thread
 */
export function nodeHarnessScript(memoryMb: number, stackMb: number, inline: boolean): string {
  return `const LIMITS = ${JSON.stringify({ memoryMb, stackMb })};\n${RUNNER}\n${inline ? MAIN_INLINE : MAIN_WITH_WORKER}`;
}
