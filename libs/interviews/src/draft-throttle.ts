/**
 * At most `perSecond` draft writes per session per second; a draft that arrives over the limit
 * is not refused but held, and only the latest held draft is written when the window allows
 * ("the server accepts at most 20 per second per session and keeps the latest"). Per process:
 * with N API processes a session can see up to N × perSecond writes in the worst case.
 */
export class DraftThrottle<T> {
  private readonly windows = new Map<string, { start: number; count: number; held?: T; timer?: NodeJS.Timeout }>();

  /**
   * @param perSecond writes allowed per session per 1,000 ms window
   * @param write writes a draft (appends its event); errors are the caller's to log
   * @param now milliseconds clock
   */
  constructor(
    private readonly perSecond: number,
    private readonly write: (sessionId: string, draft: T) => Promise<unknown>,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Writes the draft now when the window has room, or holds it (replacing any held one) to be
   * written when the window opens.
   * @returns 'written' once written, or 'held'
   */
  async submit(sessionId: string, draft: T): Promise<'written' | 'held'> {
    const now = this.now();
    let w = this.windows.get(sessionId);
    if (!w || now - w.start >= 1_000) {
      if (w?.timer) clearTimeout(w.timer);
      w = { start: now, count: 0 };
      this.windows.set(sessionId, w);
    }
    if (w.count < this.perSecond && !w.held) {
      w.count++;
      await this.write(sessionId, draft);
      return 'written';
    }
    w.held = draft;
    w.timer ??= setTimeout(() => void this.flush(sessionId), Math.max(0, w.start + 1_000 - now));
    return 'held';
  }

  /** Writes the held draft of a session, if any, as the first write of a new window. */
  async flush(sessionId: string): Promise<void> {
    const w = this.windows.get(sessionId);
    if (!w?.held) return;
    const draft = w.held;
    this.windows.set(sessionId, { start: this.now(), count: 1 });
    await this.write(sessionId, draft).catch(() => undefined);
  }

  /** Drops the state of a session (when it ends). */
  forget(sessionId: string): void {
    const w = this.windows.get(sessionId);
    if (w?.timer) clearTimeout(w.timer);
    this.windows.delete(sessionId);
  }

  /** Stops every pending timer (on shutdown). */
  close(): void {
    for (const w of this.windows.values()) if (w.timer) clearTimeout(w.timer);
    this.windows.clear();
  }
}
