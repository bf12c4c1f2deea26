import { describe, expect, it } from 'vitest';
import { SeqTracker } from './seq-tracker';

describe('SeqTracker', () => {
  it('accepts events in order from the start and remembers the last', () => {
    const t = new SeqTracker();
    expect([1, 2, 3].map((s) => t.accept(s))).toEqual(['next', 'next', 'next']);
    expect(t.lastSeq).toBe(3);
  });

  it('drops what was already seen, e.g. the overlap of a replay after reconnecting', () => {
    const t = new SeqTracker(5);
    expect(t.accept(4)).toBe('duplicate');
    expect(t.accept(5)).toBe('duplicate');
    expect(t.accept(6)).toBe('next');
    expect(t.lastSeq).toBe(6);
  });

  it('takes a jump in seq as events this subscriber may not see (the server fills real gaps)', () => {
    const t = new SeqTracker(2);
    expect(t.accept(4)).toBe('next');
    expect(t.lastSeq).toBe(4);
    expect(t.accept(3)).toBe('duplicate');
    expect(t.accept(5)).toBe('next');
  });
});
