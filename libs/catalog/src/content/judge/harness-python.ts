/**
 * Source of the Python harness the judge runs with `python3 -S -c`. Same protocol as the node
 * harness (harness-node.ts): one JSON payload on stdin, one JSON line per event on fd 3.
 *
 * The cases run in a thread with a large stack and a high recursion limit (recursive tree
 * solutions on 10^5 nodes), and the address space is capped with RLIMIT_AS, so an allocation
 * spree raises MemoryError instead of taking the machine down.
 */

const SCRIPT = String.raw`
import json, math, os, resource, sys, threading, time
from typing import Any, Dict, List, Optional, Set, Tuple

payload = json.loads(sys.stdin.buffer.read().decode('utf-8'))

def emit(message):
    emit_line(json.dumps(message, allow_nan=False, separators=(',', ':')))

class HarnessError(Exception):
    pass

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
    def __repr__(self):
        return 'ListNode(%r)' % (self.val,)

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right
    def __repr__(self):
        return 'TreeNode(%r)' % (self.val,)

def to_list(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head

def to_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = [root]
    head, k = 0, 1
    while head < len(queue) and k < len(values):
        node = queue[head]
        head += 1
        if k < len(values) and values[k] is not None:
            node.left = TreeNode(values[k])
            queue.append(node.left)
        k += 1
        if k < len(values) and values[k] is not None:
            node.right = TreeNode(values[k])
            queue.append(node.right)
        k += 1
    return root

def from_list(head):
    out, seen = [], set()
    node = head
    while node is not None:
        if id(node) in seen:
            raise HarnessError('the returned list has a cycle')
        seen.add(id(node))
        out.append(plain(node.val))
        node = getattr(node, 'next', None)
    return out

def from_tree(root):
    out, seen, queue = [], set(), [root]
    for node in queue:
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise HarnessError('the returned tree has a cycle or a shared node')
        seen.add(id(node))
        out.append(plain(node.val))
        queue.append(getattr(node, 'left', None))
        queue.append(getattr(node, 'right', None))
    while out and out[-1] is None:
        out.pop()
    return out

def plain(value):
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if math.isnan(value):
            return 'NaN'
        if math.isinf(value):
            return 'Infinity' if value > 0 else '-Infinity'
        return value
    if isinstance(value, ListNode):
        return from_list(value)
    if isinstance(value, TreeNode):
        return from_tree(value)
    if isinstance(value, (list, tuple, set, frozenset)) or type(value).__name__ == 'deque':
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if hasattr(value, 'tolist'):
        return plain(value.tolist())
    raise HarnessError('returned a value of type %s, which cannot be compared' % type(value).__name__)

def serialise(value, kind):
    if kind in ('ListNode', 'TreeNode') and value is None:
        return []
    if kind == 'ListNode' and hasattr(value, 'val'):
        return from_list(value)
    if kind == 'TreeNode' and hasattr(value, 'val'):
        return from_tree(value)
    return value

def to_json(value):
    # The C encoder handles the usual shapes fast; plain() covers nodes, sets, NaN and the like.
    try:
        return json.dumps(value, allow_nan=False, separators=(',', ':'))
    except (TypeError, ValueError):
        return json.dumps(plain(value), allow_nan=False, separators=(',', ':'))

def emit_line(text):
    data = (text + '\n').encode('utf-8')
    while data:
        data = data[os.write(3, data):]

def build(value, kind):
    if kind == 'ListNode' and isinstance(value, list):
        return to_list(value)
    if kind == 'TreeNode' and isinstance(value, list):
        return to_tree(value)
    return value

def snake(name):
    out = []
    for k, ch in enumerate(name):
        if ch.isupper() and k > 0 and (not name[k - 1].isupper() or (k + 1 < len(name) and name[k + 1].islower())):
            out.append('_')
        out.append(ch.lower())
    return ''.join(out)

def describe(error):
    if isinstance(error, HarnessError):
        return str(error)
    import traceback  # only needed on failure; keeps start-up lean
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == 'solution.py':
            line = frame.lineno
    text = type(error).__name__ + (': ' + str(error) if str(error) else '')
    return text + (' (line %d)' % line if line else '')

def load():
    scope = {
        '__name__': 'solution', '__builtins__': __builtins__,
        'ListNode': ListNode, 'TreeNode': TreeNode,
        'Any': Any, 'Dict': Dict, 'List': List, 'Optional': Optional, 'Set': Set, 'Tuple': Tuple,
    }
    exec(compile(payload['code'], 'solution.py', 'exec'), scope)
    if payload['harness'] == 'class':
        target = scope.get(payload['className'])
        if not callable(target):
            raise HarnessError('the solution does not define a class named ' + payload['className'])
        return target
    for name in (snake(payload['name']), payload['name']):
        if callable(scope.get(name)):
            return scope[name]
    raise HarnessError('the solution does not define a function named ' + snake(payload['name']))

def run_function(fn, values):
    params = payload['params']
    if len(values) != len(params):
        raise HarnessError('the test passes %d arguments; the signature takes %d' % (len(values), len(params)))
    return serialise(fn(*[build(v, params[k]) for k, v in enumerate(values)]), payload['returns'])

def run_class(cls, values):
    if len(values) != 2 or not isinstance(values[0], list) or not isinstance(values[1], list) \
            or len(values[0]) != len(values[1]) or not values[0]:
        raise HarnessError('a class test is [operations, argument lists], two lists of equal length')
    ops, arg_lists = values
    if ops[0] != payload['className']:
        raise HarnessError('the first operation must be the constructor ' + payload['className'])
    out, obj = [], None
    bound = {}  # op name -> (method, spec, needs_build); tests run up to 10^5 operations
    for k, op in enumerate(ops):
        args = arg_lists[k] or []
        try:
            if k == 0:
                spec = {'params': payload['constructorParams'], 'returns': 'void'}
                obj = cls(*[build(v, spec['params'][j] if j < len(spec['params']) else None) for j, v in enumerate(args)])
                out.append(None)
                continue
            entry = bound.get(op)
            if entry is None:
                spec = payload['methods'].get(op)
                if spec is None:
                    raise HarnessError("'%s' is not a method of the signature" % op)
                method = getattr(obj, snake(op), None) or getattr(obj, op, None)
                if not callable(method):
                    raise HarnessError('%s has no method %s' % (payload['className'], snake(op)))
                entry = bound[op] = (method, spec, any(t in ('ListNode', 'TreeNode') for t in spec['params']))
            method, spec, needs_build = entry
            if needs_build:
                args = [build(v, spec['params'][j] if j < len(spec['params']) else None) for j, v in enumerate(args)]
            value = method(*args)
            out.append(None if spec['returns'] == 'void' else serialise(value, spec['returns']))
        except Exception as error:
            raise HarnessError('operation %d (%s): %s' % (k, op, describe(error)))
    return out

def run():
    try:
        target = load()
    except BaseException as error:
        emit({'t': 'fatal', 'error': describe(error)})
        return
    for case in payload['cases']:
        emit({'t': 'start', 'i': case['i']})
        started, cpu = time.perf_counter(), time.process_time()
        try:
            run_case = run_class if payload['harness'] == 'class' else run_function
            # spliced rather than re-encoded: the actual value can be 10^5 elements
            head = '{"t":"done","i":%d,"ok":true,"actual":%s' % (case['i'], to_json(run_case(target, case['input'])))
        except BaseException as error:
            head = json.dumps({'t': 'done', 'i': case['i'], 'ok': False, 'error': describe(error)})[:-1]
        emit_line('%s,"ms":%.3f,"cpuMs":%.3f}' % (head, (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000))
    emit({'t': 'end'})

limits = payload['limits']
try:
    cap = (limits['memoryMb'] + limits['stackMb'] + 256) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
except (ValueError, OSError):
    pass  # a hard limit below ours already applies
sys.setrecursionlimit(1000000)
threading.stack_size(limits['stackMb'] * 1024 * 1024)
worker = threading.Thread(target=run, daemon=True)
worker.start()
worker.join()
sys.stdout.flush()
sys.stderr.flush()
# Skip interpreter shutdown: the solution may have left threads running.
os._exit(0)
`;

/** The script for `python3 -S -c`; limits travel in the payload (`limits.memoryMb`, `limits.stackMb`). */
export function pythonHarnessScript(): string {
  return SCRIPT;
}
