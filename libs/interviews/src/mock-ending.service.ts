import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AttemptsService } from '@prepstack/practice';
import { Clock, DomainException } from '@prepstack/platform';
import { EndReason, MockSessionStatus, newEvent, SessionEventPayloads } from './domain';
import { MockSessionsService } from './mock-sessions.service';
import { SessionLogService } from './session-log.service';
import { SessionState } from './session-state';

/** How often a process looks for run-out timers and unrecorded endings, in ms. */
export const SWEEP_INTERVAL_MS = 1_000;

/**
 * What happens when a session ends: each prompt the candidate answered and the interviewer
 * scored becomes a MOCK attempt in the practice library (so mocks count in progress and
 * reviews), then an ATTEMPTS_RECORDED event closes the log. A sweeper, in every process, ends
 * sessions whose timer ran out and retries recordings a crash interrupted. Several processes
 * may pick the same session: ending appends nothing to an ended session, practice records one
 * attempt per (session, candidate, prompt), and ATTEMPTS_RECORDED is appended once (the check
 * runs under the session's row lock), so a race costs a little work and changes nothing.
 */
@Injectable()
export class MockEndingService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MockEndingService.name);
  private timer?: NodeJS.Timeout;
  private sweeping = false;

  constructor(
    private readonly log: SessionLogService,
    private readonly sessions: MockSessionsService,
    private readonly attempts: AttemptsService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Ends a session by the interviewer and records its attempts. */
  async endByInterviewer(userId: string, sessionId: string) {
    const ended = await this.sessions.end(userId, sessionId, EndReason.ENDED_BY_INTERVIEWER);
    await this.recordAttempts(sessionId);
    return ended;
  }

  /**
   * One pass: end sessions whose timer deadline passed, and record attempts of ended sessions
   * that have none recorded yet.
   */
  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const now = this.clock.now();
      for (const id of await this.log.expiredSessions(now)) {
        await this.sessions.end(null, id, EndReason.TIMER_EXPIRED);
        await this.recordAttempts(id);
      }
      for (const id of await this.log.unrecordedSessions()) await this.recordAttempts(id);
    } catch (error) {
      this.logger.error(`mock session sweep failed: ${(error as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }

  /**
   * Records one MOCK attempt per scored prompt (idempotent in the practice library), then
   * appends ATTEMPTS_RECORDED. Safe to run twice: the second run appends nothing.
   */
  async recordAttempts(sessionId: string): Promise<void> {
    const state = await this.log.state(sessionId);
    if (state.status !== MockSessionStatus.ENDED || state.lastSeq === 0) return;
    if (state.attemptsRecorded) return;
    const recorded: SessionEventPayloads['ATTEMPTS_RECORDED']['attempts'] = [];
    for (const item of scoredPrompts(state)) {
      try {
        const result = await this.attempts.recordMockAttempt(item);
        recorded.push({ promptId: item.promptId, candidateId: item.userId, attemptId: result.attemptId, score: result.score });
      } catch (error) {
        // A refusal (the prompt retired, its rubric changed since the scorecard) would refuse
        // again on every retry: record the rest and say which one was left out.
        if (!(error instanceof DomainException)) throw error;
        this.logger.warn(`session ${sessionId}: no attempt recorded for prompt ${item.promptId}: ${error.message}`);
      }
    }
    await this.log.append(sessionId, null, (s) => (s.attemptsRecorded ? [] : [newEvent('ATTEMPTS_RECORDED', { attempts: recorded })]));
  }
}

/**
 * The attempts an ended session yields: each prompt shown to a candidate that the interviewer
 * scored, with the candidate's last draft while it was current.
 */
export function scoredPrompts(state: SessionState) {
  return state.prompts.flatMap((shown) => {
    const card = state.scorecards.find((c) => c.promptId === shown.promptId && c.candidateId === shown.candidateId);
    if (!card || !shown.candidateId) return [];
    return [
      {
        userId: shown.candidateId,
        promptId: shown.promptId,
        mockSessionId: state.id,
        startedAt: new Date(shown.pushedAt),
        submittedAt: new Date(shown.closedAt ?? state.endedAt ?? shown.pushedAt),
        answer: shown.draft?.text ?? '',
        language: shown.draft?.language ?? null,
        scorecard: card.scores,
        feedback: card.feedback,
      },
    ];
  });
}
