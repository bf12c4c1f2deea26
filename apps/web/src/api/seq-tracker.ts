/** What to do with an event of an ordered log (session events carry a gap-free seq per session). */
export type SeqVerdict =
  /** The next one: show it. */
  | 'next'
  /** Seen already (a replay overlapping live events, a resend after reconnecting): drop it. */
  | 'duplicate'
  /** Events are missing before it: drop it and resubscribe after the last one seen. */
  | 'gap';

/**
 * Remembers the last seq seen of one log, so that a subscription resumes right after it and each
 * event is shown once, in order, across reconnects (DESIGN.md, "A subscriber resumes from afterSeq").
 */
export class SeqTracker {
  /** @param last the seq already seen (0 or null: none; logs start at 1) */
  constructor(private last: number | null = null) {}

  /** The afterSeq to (re)subscribe with; null before any event. */
  get lastSeq(): number | null {
    return this.last;
  }

  /** Judges an event by its seq and, when it is the next one, records it as seen. */
  accept(seq: number): SeqVerdict {
    const expected = (this.last ?? 0) + 1;
    if (seq < expected) return 'duplicate';
    if (seq > expected) return 'gap';
    this.last = seq;
    return 'next';
  }
}
