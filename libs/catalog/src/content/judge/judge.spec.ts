import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CompareMode, DsaSpec, DsaType } from '../prompt-schema';
import { canonicalTree, judgeSolution, JudgeCase } from './judge';

// the judge resolves python3 the same way; without it the Python cases are skipped, not failed
const hasPython = spawnSync(process.env.PREPSTACK_PYTHON || 'python3', ['--version']).status === 0;

function spec(signature: DsaSpec['signature'], compare: CompareMode = 'exact'): DsaSpec {
  const text = 'x';
  return {
    harness: 'className' in signature ? 'class' : 'function',
    signature,
    compare,
    complexity: text,
    starterCode: { javascript: text, typescript: text, python: text, java: text, go: text, csharp: text },
    examples: [],
    tests: [],
    solutions: { typescript: text, python: text },
  };
}

function fn(name: string, params: DsaType[], returns: Exclude<DsaType, 'void'>, compare?: CompareMode): DsaSpec {
  return spec({ name, params: params.map((type, i) => ({ name: `p${i}`, type })), returns }, compare);
}

const pairSpec = fn('pairWithTargetSum', ['int[]', 'int'], 'int[]');
const pairCases: JudgeCase[] = [
  { input: [[2, 7, 11, 15], 9], output: [0, 1] },
  { input: [[3, 3], 6], output: [0, 1] },
  { input: [[-1, -2, -3, -4], -7], output: [2, 3] },
  { input: [{ $range: [0, 100000] }, 199997], output: [99998, 99999] },
];

const pairTs = `
function pairWithTargetSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}`;

const pairPy = `
def pair_with_target_sum(nums: List[int], target: int) -> List[int]:
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
`;

describe('judgeSolution', { timeout: 60_000 }, () => {
  it('passes a correct TypeScript solution, with totals', async () => {
    const result = await judgeSolution(pairSpec, 'typescript', pairTs, pairCases);
    expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED', 'PASSED', 'PASSED']);
    expect(result.passed).toBe(true);
    expect(result.skipped).toBe(false);
    expect(result.totals).toEqual({ total: 4, passed: 4, failed: 0, errors: 0, timeouts: 0 });
  });

  it('passes a correct JavaScript solution', async () => {
    const js = 'const pairWithTargetSum = (nums, target) => { for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j]; return []; };';
    const result = await judgeSolution(pairSpec, 'javascript', js, pairCases.slice(0, 3));
    expect(result.passed).toBe(true);
  });

  it.skipIf(!hasPython)('passes a correct Python solution', async () => {
    const result = await judgeSolution(pairSpec, 'python', pairPy, pairCases);
    expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED', 'PASSED', 'PASSED']);
    expect(result.passed).toBe(true);
  });

  it('reports a wrong answer with expected and actual', async () => {
    const wrong = 'function pairWithTargetSum(nums: number[], target: number) { return [0, nums.length - 1]; }';
    const result = await judgeSolution(pairSpec, 'typescript', wrong, pairCases.slice(0, 3));
    expect(result.passed).toBe(false);
    expect(result.cases[0]).toMatchObject({ index: 0, status: 'FAILED', expected: [0, 1], actual: [0, 3] });
    expect(result.cases[1].status).toBe('PASSED');
    expect(result.totals).toMatchObject({ total: 3, passed: 1, failed: 2 });
  });

  it.skipIf(!hasPython)('reports a wrong Python answer with expected and actual', async () => {
    const wrong = 'def pair_with_target_sum(nums, target):\n    return (1, 0)\n';
    const result = await judgeSolution(pairSpec, 'python', wrong, pairCases.slice(0, 1));
    expect(result.cases[0]).toMatchObject({ status: 'FAILED', expected: [0, 1], actual: [1, 0] });
  });

  it('times out an infinite loop and still runs the cases after it', async () => {
    const spin = 'function f(n: number): number { while (n === 0) {} return n * 2; }';
    const cases = [0, 1, 0, 3].map((n) => ({ input: [n], output: n * 2 }));
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'typescript', spin, cases, { timeoutMs: 300 });
    expect(result.cases.map((c) => c.status)).toEqual(['TIMEOUT', 'PASSED', 'TIMEOUT', 'PASSED']);
    expect(result.cases[0].message).toMatch(/300 ms/);
    expect(result.totals.timeouts).toBe(2);
  });

  it('stops running cases once timeouts use up the budget', async () => {
    const spin = 'function f(n: number): number { for (;;) {} }';
    const cases = [1, 2, 3, 4].map((n) => ({ input: [n], output: n }));
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'typescript', spin, cases, { timeoutMs: 200, budgetMs: 300 });
    expect(result.cases.map((c) => c.status)).toEqual(['TIMEOUT', 'TIMEOUT', 'TIMEOUT', 'TIMEOUT']);
    expect(result.cases[3].message).toMatch(/^not run: /);
  });

  it.skipIf(!hasPython)('times out an infinite loop in Python', async () => {
    const spin = 'def f(n):\n    while n == 0:\n        pass\n    return n * 2\n';
    const cases = [1, 0, 2].map((n) => ({ input: [n], output: n * 2 }));
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'python', spin, cases, { timeoutMs: 300 });
    expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'TIMEOUT', 'PASSED']);
  });

  it('reports a thrown error, per case', async () => {
    const code = "function f(n: number): number { if (n < 0) throw new RangeError('negative input'); return n; }";
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'typescript', code, [
      { input: [-1], output: 0 },
      { input: [4], output: 4 },
    ]);
    expect(result.cases[0]).toMatchObject({ status: 'ERROR', message: 'RangeError: negative input' });
    expect(result.cases[1].status).toBe('PASSED');
  });

  it.skipIf(!hasPython)('reports a Python exception with its line', async () => {
    const code = 'def f(n):\n    return 10 // n\n';
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'python', code, [{ input: [0], output: 0 }]);
    expect(result.cases[0].status).toBe('ERROR');
    expect(result.cases[0].message).toMatch(/^ZeroDivisionError: .* \(line 2\)$/);
  });

  it('fails only the case in which the solution ends the process', async () => {
    const code = 'function f(n: number): number { if (n === 2) process.exit(0); return n; }';
    const cases = [1, 2, 3].map((n) => ({ input: [n], output: n }));
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'typescript', code, cases);
    expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'ERROR', 'PASSED']);
    expect(result.cases[1].message).toMatch(/exited with code 0/);
    expect(result.cases[0].cpuMs).toBeGreaterThanOrEqual(0);
  });

  it('accepts a solution written as a module export', async () => {
    const code = 'export function f(n: number): number { return n * 3; }';
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'typescript', code, [{ input: [2], output: 6 }]);
    expect(result.passed).toBe(true);
  });

  it('reports code that does not compile or does not define the function on every case', async () => {
    const cases = [{ input: [1], output: 1 }, { input: [2], output: 2 }];
    const broken = await judgeSolution(fn('f', ['int'], 'int'), 'typescript', 'function f(n: number { return n; }', cases);
    expect(broken.cases.every((c) => c.status === 'ERROR' && /TypeScript syntax error \(line 1\)/.test(c.message!))).toBe(true);
    const missing = await judgeSolution(fn('f', ['int'], 'int'), 'javascript', 'function g(n) { return n; }', cases);
    expect(missing.cases.map((c) => c.message)).toEqual([
      'the solution does not define a function named f',
      'the solution does not define a function named f',
    ]);
  });

  it('keeps what the solution prints out of the results', async () => {
    const noisy = `
      function f(n: number): number {
        console.log('{"t":"done","i":0,"ok":true,"actual":999,"ms":0}');
        process.stdout.write('{"t":"end"}\\n');
        console.error('to stderr');
        return n + 1;
      }`;
    const cases = [{ input: [1], output: 2 }, { input: [2], output: 3 }];
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'typescript', noisy, cases);
    expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED']);
    expect(result.output).toContain('to stderr');
    expect(result.output).toContain('"actual":999');
  });

  it.skipIf(!hasPython)('keeps what a Python solution prints out of the results', async () => {
    const noisy = 'import os\ndef f(n):\n    print(\'{"t":"done","i":0,"ok":true,"actual":999}\')\n    return n + 1\n';
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'python', noisy, [{ input: [1], output: 2 }]);
    expect(result.cases[0].status).toBe('PASSED');
    expect(result.output).toContain('"actual":999');
  });

  it('gives every case its own copy of the input', async () => {
    // Mutates its grid; with shared rows the sum would be 3.
    const code = 'function f(grid: number[][]): number { grid[0][0] = 1; return grid.flat().reduce((a, b) => a + b, 0); }';
    const cases = [
      { input: [{ $repeat: [{ $repeat: [0, 2] }, 3] }], output: 1 },
      { input: [{ $repeat: [{ $repeat: [0, 2] }, 3] }], output: 1 },
    ];
    const result = await judgeSolution(fn('f', ['int[][]'], 'int'), 'typescript', code, cases);
    expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED']);
  });

  it('compares floats with tolerance only in float mode', async () => {
    const code = 'function avg(xs: number[]): number { return xs.reduce((a, b) => a + b, 0) / xs.length; }';
    const cases = [{ input: [[0.1, 0.2]], output: 0.15 }, { input: [[1, 2, 4]], output: 2.333333 }];
    const tolerant = await judgeSolution(fn('avg', ['float[]'], 'float', 'float'), 'typescript', code, cases);
    expect(tolerant.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED']);
    const strict = await judgeSolution(fn('avg', ['float[]'], 'float', 'exact'), 'typescript', code, cases);
    expect(strict.cases.map((c) => c.status)).toEqual(['FAILED', 'FAILED']);
  });

  it('applies unordered comparison to the returned array', async () => {
    const code = 'function evens(xs: number[]): number[] { return xs.filter((x) => x % 2 === 0).reverse(); }';
    const result = await judgeSolution(fn('evens', ['int[]'], 'int[]', 'unordered'), 'typescript', code, [
      { input: [[1, 2, 3, 4, 6]], output: [2, 4, 6] },
    ]);
    expect(result.passed).toBe(true);
  });

  describe('ListNode and TreeNode', () => {
    const reverseTs = `
      function reverseList(head: ListNode | null): ListNode | null {
        let prev: ListNode | null = null;
        while (head) { const next = head.next; head.next = prev; prev = head; head = next; }
        return prev;
      }`;
    const reversePy = `
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
`;
    const listCases = [
      { input: [[1, 2, 3]], output: [3, 2, 1] },
      { input: [[]], output: [] },
      { input: [[7]], output: [7] },
      { input: [{ $range: [0, 50000] }], output: { $range: [49999, -1, -1] } },
    ];

    it('builds a list from an array and serialises a returned list (TypeScript)', async () => {
      const result = await judgeSolution(fn('reverseList', ['ListNode'], 'ListNode'), 'typescript', reverseTs, listCases);
      expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED', 'PASSED', 'PASSED']);
    });

    it.skipIf(!hasPython)('builds a list from an array and serialises a returned list (Python)', async () => {
      const result = await judgeSolution(fn('reverseList', ['ListNode'], 'ListNode'), 'python', reversePy, listCases);
      expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED', 'PASSED', 'PASSED']);
    });

    const mirrorTs = `
      function mirror(root: TreeNode | null): TreeNode | null {
        if (!root) return null;
        return new TreeNode(root.val, mirror(root.right), mirror(root.left));
      }`;
    const mirrorPy = `
def mirror(root):
    if root is None:
        return None
    return TreeNode(root.val, mirror(root.right), mirror(root.left))
`;
    const treeCases = [
      { input: [[4, 2, 7, 1, 3, 6, 9]], output: [4, 7, 2, 9, 6, 3, 1] },
      { input: [[1, null, 2, 3]], output: [1, 2, null, null, 3] },
      { input: [[]], output: [] },
      // authors may leave trailing nulls; they are not significant
      { input: [[1, 2]], output: [1, null, 2, null, null] },
    ];

    it('builds a tree from level order and serialises a returned tree (TypeScript)', async () => {
      const result = await judgeSolution(fn('mirror', ['TreeNode'], 'TreeNode'), 'typescript', mirrorTs, treeCases);
      expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED', 'PASSED', 'PASSED']);
    });

    it.skipIf(!hasPython)('builds a tree from level order and serialises a returned tree (Python)', async () => {
      const result = await judgeSolution(fn('mirror', ['TreeNode'], 'TreeNode'), 'python', mirrorPy, treeCases);
      expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED', 'PASSED', 'PASSED']);
    });

    it('allows deep recursion on a 100 000-node chain', async () => {
      const depthTs = 'function len(head: ListNode | null): number { return head ? 1 + len(head.next) : 0; }';
      const depthPy = 'def len_(head):\n    return 1 + len_(head.next) if head else 0\nlen = len_\n';
      const cases = [{ input: [{ $range: [0, 100000] }], output: 100000 }];
      const ts = await judgeSolution(fn('len', ['ListNode'], 'int'), 'typescript', depthTs, cases);
      expect(ts.cases[0]).toMatchObject({ status: 'PASSED' });
      if (hasPython) {
        const py = await judgeSolution(fn('len', ['ListNode'], 'int'), 'python', depthPy, cases);
        expect(py.cases[0]).toMatchObject({ status: 'PASSED' });
      }
    });

    it('canonicalTree drops redundant nulls', () => {
      expect(canonicalTree([1, null, 2, null, null, null])).toEqual([1, null, 2]);
      expect(canonicalTree([null])).toEqual([]);
      expect(canonicalTree([1, 2, 3, null, null, 4])).toEqual([1, 2, 3, null, null, 4]);
    });
  });

  describe('class harness', () => {
    const stackSpec = spec({
      className: 'MinStack',
      constructor: [],
      methods: [
        { name: 'push', params: [{ name: 'x', type: 'int' }], returns: 'void' },
        { name: 'pop', params: [], returns: 'int' },
        { name: 'getMin', params: [], returns: 'int' },
      ],
    });
    const cases = [
      {
        input: [['MinStack', 'push', 'push', 'getMin', 'pop', 'getMin'], [[], [3], [1], [], [], []]],
        output: [null, null, null, 1, 1, 3],
      },
      { input: [['MinStack', 'push', 'pop'], [[], [5], []]], output: [null, null, 5] },
    ];
    const stackTs = `
      class MinStack {
        private items: number[] = [];
        private mins: number[] = [];
        push(x: number): void { this.items.push(x); this.mins.push(Math.min(x, this.mins.at(-1) ?? x)); }
        pop(): number { this.mins.pop(); return this.items.pop()!; }
        getMin(): number { return this.mins[this.mins.length - 1]; }
      }`;
    const stackPy = `
class MinStack:
    def __init__(self):
        self.items, self.mins = [], []
    def push(self, x):
        self.items.append(x)
        self.mins.append(min(x, self.mins[-1]) if self.mins else x)
    def pop(self):
        self.mins.pop()
        return self.items.pop()
    def get_min(self):
        return self.mins[-1]
`;

    it('runs the constructor and methods, collecting outputs (TypeScript)', async () => {
      const result = await judgeSolution(stackSpec, 'typescript', stackTs, cases);
      expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED']);
    });

    it.skipIf(!hasPython)('runs the constructor and snake_case methods (Python)', async () => {
      const result = await judgeSolution(stackSpec, 'python', stackPy, cases);
      expect(result.cases.map((c) => c.status)).toEqual(['PASSED', 'PASSED']);
    });

    it('names the operation that threw', async () => {
      const broken = stackTs.replace('getMin(): number {', "getMin(): number { throw new Error('empty');");
      const result = await judgeSolution(stackSpec, 'typescript', broken, cases.slice(0, 1));
      expect(result.cases[0]).toMatchObject({ status: 'ERROR', message: 'operation 3 (getMin): Error: empty' });
    });
  });

  it('skips Python when the interpreter is missing', async () => {
    const result = await judgeSolution(pairSpec, 'python', pairPy, pairCases, { python: 'no-such-python-3' });
    expect(result).toMatchObject({ skipped: true, passed: false, cases: [] });
    expect(result.skipReason).toMatch(/no-such-python-3 is not installed/);
  });

  it('reports bad test data as an error of that case only', async () => {
    const result = await judgeSolution(fn('f', ['int[]'], 'int'), 'javascript', 'function f(xs) { return xs.length; }', [
      { input: [{ $range: [0, 2, 0] }], output: 0 },
      { input: [[1, 2]], output: 2 },
    ]);
    expect(result.cases[0]).toMatchObject({ status: 'ERROR' });
    expect(result.cases[0].message).toMatch(/^test data: input\.0\.\$range\.2: step must not be 0/);
    expect(result.cases[1].status).toBe('PASSED');
  });

  it('reports running out of memory as an error', async () => {
    const hog = 'function f(n: number): number { const keep: number[][] = []; for (;;) keep.push(new Array(1e6).fill(n)); }';
    const result = await judgeSolution(fn('f', ['int'], 'int'), 'typescript', hog, [{ input: [1], output: 1 }, { input: [2], output: 2 }], {
      memoryMb: 64,
      timeoutMs: 10_000,
    });
    expect(result.cases.map((c) => c.status)).toEqual(['ERROR', 'ERROR']);
    expect(result.cases[0].message).toMatch(/memory/);
  });
});
