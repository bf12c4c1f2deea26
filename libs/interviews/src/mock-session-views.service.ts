import { Injectable } from '@nestjs/common';
import { CatalogService, Level, PromptModel, Stack } from '@prepstack/catalog';
import { Clock } from '@prepstack/platform';
import { MockRole, MockSessionStatus, SessionEvent } from './domain';
import { InterviewsException } from './interviews.exception';
import {
  InterviewerMaterialModel,
  MockFeedbackModel,
  MockPromptShownModel,
  MockSessionModel,
  SessionEventModel,
} from './models/mock-session.model';
import { SessionLogService } from './session-log.service';
import { currentPrompt, mayReceive, PushedPrompt, remainingMs, roleOf, SessionState, trackRoles } from './session-state';

const date = (iso: string | null) => (iso ? new Date(iso) : null);

export function toEventModel(e: SessionEvent): SessionEventModel {
  return { ...e, createdAt: new Date(e.createdAt) };
}

/**
 * What each role may read of a session, built from its folded state. Interviewers see notes,
 * every scorecard and the current prompt's material (hints, reference answer, rubric detail,
 * hidden tests); a candidate sees their own scorecards once the session has ended; observers
 * see what a candidate sees, without scorecards. Non-participants see nothing (FORBIDDEN).
 */
@Injectable()
export class MockSessionViewsService {
  constructor(
    private readonly log: SessionLogService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  /**
   * The session as `userId` may see it.
   * @throws InterviewsException NOT_FOUND for an unknown session, FORBIDDEN for a non-participant
   */
  async session(sessionId: string, userId: string): Promise<MockSessionModel> {
    return this.view(await this.log.state(sessionId), userId);
  }

  async view(state: SessionState, userId: string): Promise<MockSessionModel> {
    const participant = state.participants.get(userId);
    if (!participant) throw InterviewsException.forbidden('see this session');
    const role = roleOf(state, userId);
    const interviewer = role === MockRole.INTERVIEWER;
    const ended = state.status === MockSessionStatus.ENDED;
    const prompts = await this.shownPrompts(state.prompts);
    const open = currentPrompt(state);
    return {
      id: state.id,
      joinCode: state.joinCode,
      stack: state.stack as Stack,
      level: state.level as Level,
      status: state.status,
      phase: state.phase,
      durationMinutes: state.durationMinutes,
      swapRoles: state.swapRoles,
      myRole: role ?? null,
      participants: [...state.participants.values()].map((p) => ({
        userId: p.userId,
        displayName: p.displayName,
        role: p.role,
        active: p.active,
        online: p.connections > 0,
      })),
      prompts,
      currentPrompt: open ? (prompts.at(-1) ?? null) : null,
      timer: {
        status: state.timer.status,
        durationMs: state.timer.durationMs,
        remainingMs: remainingMs(state.timer, this.clock.now()),
        deadline: date(state.timer.deadline),
      },
      chat: state.chat.map((m) => ({ ...m, at: new Date(m.at) })),
      notes: interviewer ? state.notes.map((n) => ({ ...n, at: new Date(n.at) })) : [],
      scorecards: state.scorecards
        .filter((c) => interviewer || (ended && c.candidateId === userId))
        .map((c) => ({ ...c, submittedAt: new Date(c.at) })),
      interviewerMaterial: interviewer && open && !ended ? await this.material(open.promptId) : null,
      lastSeq: state.lastSeq,
      createdAt: date(state.createdAt),
      endedAt: date(state.endedAt),
      endReason: state.endReason,
    };
  }

  /**
   * The candidate's feedback: the scorecards on the prompts they answered, once the session
   * has ended, with the score of the attempt recorded for each.
   * @throws InterviewsException FORBIDDEN for a non-participant; CONFLICT while the session is live
   */
  async feedback(sessionId: string, userId: string): Promise<MockFeedbackModel[]> {
    const state = await this.log.state(sessionId);
    if (!state.participants.has(userId)) throw InterviewsException.forbidden('see feedback of this session');
    if (state.status !== MockSessionStatus.ENDED) throw InterviewsException.conflict('feedback is shown once the session has ended');
    const mine = state.scorecards.filter((c) => c.candidateId === userId);
    const prompts = new Map((await this.catalog.promptsByIds(mine.map((c) => c.promptId))).map((p) => [p.id, p]));
    const result: MockFeedbackModel[] = [];
    for (const card of mine) {
      const prompt = prompts.get(card.promptId);
      if (!prompt) continue;
      const { rubric } = await this.catalog.promptContent(card.promptId);
      const attempt = state.attempts.find((a) => a.promptId === card.promptId && a.candidateId === userId);
      result.push({
        prompt,
        interviewerId: card.interviewerId,
        feedback: card.feedback,
        scores: rubric.map((c) => ({
          criterionId: c.id,
          title: c.title,
          weight: c.weight,
          score: card.scores.find((s) => s.criterionId === c.id)?.score ?? 0,
        })),
        score: attempt?.score ?? null,
        attemptId: attempt?.attemptId ?? null,
      });
    }
    return result;
  }

  /**
   * The whole log for replay, to participants once the session has ended. Interviewer-only
   * events stay with those who were interviewers when they were written.
   * @throws InterviewsException FORBIDDEN for a non-participant; CONFLICT while the session is live
   */
  async timeline(sessionId: string, userId: string): Promise<SessionEventModel[]> {
    const state = await this.log.state(sessionId);
    if (!state.participants.has(userId)) throw InterviewsException.forbidden('replay this session');
    if (state.status !== MockSessionStatus.ENDED) throw InterviewsException.conflict('the timeline is available once the session has ended');
    const events: SessionEvent[] = [];
    for (let after = 0; ; ) {
      const page = await this.log.read(sessionId, after);
      if (page.length === 0) break;
      events.push(...page);
      after = page.at(-1)!.seq;
    }
    // Every participant replays every ALL event; an interviewer-only one only those who were
    // interviewers when it was written.
    const roles = new Map<string, MockRole | undefined>();
    return events
      .filter((e) => {
        const before = roles.get(userId);
        trackRoles(roles, e);
        return mayReceive(e, before, MockRole.INTERVIEWER);
      })
      .map(toEventModel);
  }

  private async material(promptId: string): Promise<InterviewerMaterialModel> {
    const content = await this.catalog.promptContent(promptId);
    return {
      promptId,
      hints: content.hints,
      referenceAnswer: content.referenceAnswer,
      rubric: content.rubric.map((c) => ({ id: c.id, title: c.title, weight: c.weight, levels: ([1, 2, 3] as const).map((score) => ({ score, description: c.levels[score] })) })),
      followUps: content.followUps,
      hiddenTests: content.dsa?.tests ?? null,
    };
  }

  private async shownPrompts(shown: PushedPrompt[]): Promise<MockPromptShownModel[]> {
    const models = new Map<string, PromptModel>((await this.catalog.promptsByIds(shown.map((p) => p.promptId))).map((p) => [p.id, p]));
    return shown
      .filter((p) => models.has(p.promptId))
      .map((p) => ({
        prompt: models.get(p.promptId)!,
        candidateId: p.candidateId,
        pushedAt: new Date(p.pushedAt),
        closedAt: date(p.closedAt),
        hints: p.hints.map((h) => ({ index: h.index, text: h.text, revealedAt: new Date(h.at) })),
        draft: p.draft ? { text: p.draft.text, language: p.draft.language, updatedAt: new Date(p.draft.at) } : null,
      }));
  }
}
