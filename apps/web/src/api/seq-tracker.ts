/** What to do with an event of an ordered log (session events carry an increasing seq per session). */
export type SeqVerdict =
  /** Later than anything seen: show it. */
  | 'next'
  /** Seen already (a replay overlapping live events, a resend after reconnecting): drop it. */
  | 'duplicate';

/**
 * Remembers the last seq seen of one log, so that a subscription resumes right after it and each
 * event is shown once, in order, across reconnects (DESIGN.md, "A subscriber resumes from afterSeq").
 *
 * A jump in seq is not a loss: the log is gap-free, but the server leaves out the events the
 * subscriber may not see (a candidate gets no interviewer notes), and it fills real gaps from its
 * log before delivering. Treating a jump as missing events would resubscribe for ever.
 */
export class SeqTracker {
  /** @param last the seq already seen (0 or null: none; logs start at 1) */
  constructor(private last: number | null = null) {}

  /** The afterSeq to (re)subscribe with; null before any event. */
  get lastSeq(): number | null {
    return this.last;
  }

  /** Judges an event by its seq and, when it is new, records it as seen. */
  accept(seq: number): SeqVerdict {
    if (seq <= (this.last ?? 0)) return 'duplicate';
    this.last = seq;
    return 'next';
  }
}
