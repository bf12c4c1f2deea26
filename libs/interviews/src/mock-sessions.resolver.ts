import { Logger, UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GqlAuthGuard } from '@prepstack/identity';
import { Clock, InjectPubSub, PubSubEngine } from '@prepstack/platform';
import { MockRole, newEvent, SessionEvent } from './domain';
import {
  AddNoteArgs,
  CreateMockSessionInput,
  JoinMockSessionArgs,
  PushPromptArgs,
  SendChatMessageArgs,
  SessionArgs,
  SessionEventsArgs,
  SubmitScorecardInput,
  UpdateDraftArgs,
} from './dto/mock-session.inputs';
import { InterviewsException } from './interviews.exception';
import { MockEndingService } from './mock-ending.service';
import { MockSessionViewsService, toEventModel } from './mock-session-views.service';
import { MockSessionsService } from './mock-sessions.service';
import { DraftAckModel, MockFeedbackModel, MockSessionModel, SessionEventModel } from './models/mock-session.model';
import { SessionLogService } from './session-log.service';
import { roleOf } from './session-state';
import { SessionEventStream } from './session-stream';

/** Mock interviews over GraphQL: rooms, actions (each one event), the live event stream. */
@Resolver(() => MockSessionModel)
@UseGuards(GqlAuthGuard)
export class MockSessionsResolver {
  private readonly logger = new Logger(MockSessionsResolver.name);

  constructor(
    private readonly sessions: MockSessionsService,
    private readonly views: MockSessionViewsService,
    private readonly ending: MockEndingService,
    private readonly clock: Clock,
  ) {}

  @Query(() => MockSessionModel, { description: 'A session as the caller\'s role may see it.' })
  mockSession(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<MockSessionModel> {
    return this.views.session(sessionId, user.id);
  }

  @Query(() => [MockFeedbackModel], { description: 'The scorecards on the prompts the caller answered, after the end.' })
  mockSessionFeedback(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<MockFeedbackModel[]> {
    return this.views.feedback(sessionId, user.id);
  }

  @Query(() => [SessionEventModel], { description: 'The full event log, for replay after the end.' })
  mockSessionTimeline(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionEventModel[]> {
    return this.views.timeline(sessionId, user.id);
  }

  @Mutation(() => MockSessionModel, { description: 'Creates a room with a short join code; the creator joins it.' })
  async createMockSession(@CurrentUser() user: AuthUser, @Args('input') input: CreateMockSessionInput): Promise<MockSessionModel> {
    const state = await this.sessions.create(user.id, { ...input, promptIds: input.promptIds ?? [] });
    return this.views.view(state, user.id);
  }

  @Mutation(() => MockSessionModel, { description: 'Joins by code: one interviewer and one candidate at a time, observers unlimited.' })
  async joinMockSession(@CurrentUser() user: AuthUser, @Args() { code, role }: JoinMockSessionArgs): Promise<MockSessionModel> {
    return this.views.view(await this.sessions.join(user.id, code, role), user.id);
  }

  @Mutation(() => SessionEventModel)
  async leaveMockSession(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.leave(user.id, sessionId));
  }

  @Mutation(() => SessionEventModel, { description: 'Interviewer: show a prompt (default: the next planned one).' })
  async pushPrompt(@CurrentUser() user: AuthUser, @Args() { sessionId, promptId }: PushPromptArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.pushPrompt(user.id, sessionId, promptId));
  }

  @Mutation(() => SessionEventModel, { description: 'Interviewer: reveal the current prompt\'s next hint to the candidate.' })
  async revealHintToCandidate(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.revealHint(user.id, sessionId));
  }

  @Mutation(() => SessionEventModel)
  async startTimer(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.startTimer(user.id, sessionId, this.clock.now()));
  }

  @Mutation(() => SessionEventModel)
  async pauseTimer(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.pauseTimer(user.id, sessionId, this.clock.now()));
  }

  @Mutation(() => SessionEventModel)
  async resumeTimer(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.resumeTimer(user.id, sessionId, this.clock.now()));
  }

  @Mutation(() => SessionEventModel, { description: 'Interviewer: a private note (interviewers only).' })
  async addNote(@CurrentUser() user: AuthUser, @Args() { sessionId, text }: AddNoteArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.addNote(user.id, sessionId, text));
  }

  @Mutation(() => SessionEventModel, { description: 'Interviewer: score every rubric criterion 0..3 and write feedback.' })
  async submitScorecard(@CurrentUser() user: AuthUser, @Args('input') input: SubmitScorecardInput): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.submitScorecard(user.id, input.sessionId, input));
  }

  @Mutation(() => SessionEventModel, { description: 'Interviewer: swap with the candidate; the next planned prompt follows.' })
  async swapRoles(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.swapRoles(user.id, sessionId));
  }

  @Mutation(() => SessionEventModel, { description: 'Interviewer: end the session; scored prompts become MOCK attempts.' })
  async endMockSession(@CurrentUser() user: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionEventModel> {
    const ended = await this.ending.endByInterviewer(user.id, sessionId);
    return toEventModel(ended!);
  }

  @Mutation(() => DraftAckModel, { description: 'Candidate: the live answer (at most 20 writes a second per session; the latest is kept).' })
  async updateDraft(@CurrentUser() user: AuthUser, @Args() { sessionId, text, language }: UpdateDraftArgs): Promise<DraftAckModel> {
    return { written: (await this.sessions.updateDraft(user.id, sessionId, text, language ?? null)) === 'written' };
  }

  @Mutation(() => SessionEventModel, { description: 'Interviewer or candidate: a chat message.' })
  async sendChatMessage(@CurrentUser() user: AuthUser, @Args() { sessionId, text }: SendChatMessageArgs): Promise<SessionEventModel> {
    return toEventModel(await this.sessions.sendChatMessage(user.id, sessionId, text));
  }
}

/** The live stream, in its own resolver: it needs the log and the PubSub, not the actions. */
@Resolver()
@UseGuards(GqlAuthGuard)
export class MockSessionEventsResolver {
  private readonly logger = new Logger(MockSessionEventsResolver.name);

  constructor(
    private readonly log: SessionLogService,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

  @Subscription(() => SessionEventModel, {
    description: 'Every event of the session the caller may see, once and in order: the log after afterSeq, then live.',
    resolve: (event: SessionEvent) => toEventModel(event),
  })
  async mockSessionEvents(@CurrentUser() user: AuthUser, @Args() { sessionId, afterSeq }: SessionEventsArgs): Promise<AsyncIterableIterator<SessionEvent>> {
    const state = await this.log.state(sessionId);
    const role = roleOf(state, user.id);
    if (role === undefined) throw InterviewsException.forbidden('follow this session');
    if (afterSeq > state.lastSeq) throw InterviewsException.badInput('afterSeq', `the session has ${state.lastSeq} events`);
    const presence = (delta: 1 | -1) =>
      this.log
        .append(sessionId, user.id, (s) => (roleOf(s, user.id) === undefined ? [] : [newEvent('PRESENCE_CHANGED', { userId: user.id, delta })]))
        .catch((error) => this.logger.warn(`presence of ${user.id} in ${sessionId}: ${(error as Error).message}`));
    const stream = await new SessionEventStream(this.log, this.pubSub, {
      sessionId,
      userId: user.id,
      afterSeq,
      stateSeq: state.lastSeq,
      role: role as MockRole,
      onClose: () => void presence(-1),
    }).start();
    await presence(1);
    return stream;
  }
}
