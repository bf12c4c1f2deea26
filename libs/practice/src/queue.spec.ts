import { describe, expect, it } from 'vitest';
import { QueueReason } from './domain';
import { buildQueue, QueueInput, weakTopics } from './queue';

const p = (id: string, ...topics: string[]) => ({ id, topics });
const day = (d: number) => new Date(Date.UTC(2025, 2, d));

const base: QueueInput = {
  candidates: [p('a', 'dsa/graphs'), p('b', 'dsa/trees'), p('c', 'dsa/graphs', 'dsa/trees'), p('d', 'backend/sql'), p('e', 'dsa/trees'), p('f', 'dsa/heaps')],
  due: [],
  seen: new Set(),
  scores: [],
  inProgress: new Map(),
  count: 10,
};

describe('weakTopics', () => {
  it('keeps topics with a mean latest score under 70, weakest first', () => {
    const topics = weakTopics([
      { promptId: 'x', topics: ['dsa/graphs'], score: 40 },
      { promptId: 'y', topics: ['dsa/graphs', 'dsa/trees'], score: 60 },
      { promptId: 'z', topics: ['backend/sql'], score: 90 },
    ]);
    expect(topics).toEqual([
      { topic: 'dsa/graphs', meanScore: 50, prompts: 2 },
      { topic: 'dsa/trees', meanScore: 60, prompts: 1 },
    ]);
  });
});

describe('buildQueue', () => {
  it('lists new prompts in catalog order when nothing was practised', () => {
    const q = buildQueue(base);
    expect(q.map((e) => e.promptId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(q.every((e) => e.reason === QueueReason.NEW)).toBe(true);
  });

  it('puts due reviews first (most overdue first), then unseen prompts of weak topics, then new ones', () => {
    const q = buildQueue({
      ...base,
      due: [{ promptId: 'd', due: day(3) }, { promptId: 'b', due: day(1) }],
      seen: new Set(['b', 'd', 'x']),
      scores: [
        { promptId: 'b', topics: ['dsa/trees'], score: 30 },
        { promptId: 'x', topics: ['dsa/heaps'], score: 50 },
        { promptId: 'd', topics: ['backend/sql'], score: 95 },
      ],
    });
    expect(q.map((e) => [e.promptId, e.reason, e.topic])).toEqual([
      ['b', QueueReason.DUE_REVIEW, null],
      ['d', QueueReason.DUE_REVIEW, null],
      ['c', QueueReason.WEAK_TOPIC, 'dsa/trees'],
      ['e', QueueReason.WEAK_TOPIC, 'dsa/trees'],
      ['f', QueueReason.WEAK_TOPIC, 'dsa/heaps'],
      ['a', QueueReason.NEW, null],
    ]);
    expect(q[0].due).toEqual(day(1));
  });

  it('never lists a prompt twice, and marks the one with an attempt in progress', () => {
    const q = buildQueue({
      ...base,
      due: [{ promptId: 'c', due: day(1) }, { promptId: 'c', due: day(1) }],
      seen: new Set(['c']),
      scores: [{ promptId: 'c', topics: ['dsa/graphs', 'dsa/trees'], score: 10 }],
      inProgress: new Map([['a', 'attempt-1']]),
    });
    const ids = q.map((e) => e.promptId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(q.find((e) => e.promptId === 'a')).toMatchObject({ reason: QueueReason.WEAK_TOPIC, inProgressAttemptId: 'attempt-1' });
    expect(q.filter((e) => e.inProgressAttemptId).length).toBe(1);
  });

  it('leaves out due reviews that do not match the filter, and stops at count', () => {
    const q = buildQueue({ ...base, due: [{ promptId: 'not-a-candidate', due: day(1) }], count: 2 });
    expect(q.map((e) => e.promptId)).toEqual(['a', 'b']);
    expect(buildQueue({ ...base, count: 0 })).toEqual([]);
  });
});
