import { graphql } from '../../gql';

/**
 * A mock session as the caller's role may see it (the fold of its log up to lastSeq). The room
 * loads this, then follows mockSessionEvents after lastSeq. Written out without fragments: the
 * API limits query depth to 10 and counts a fragment spread as two levels.
 */
export const MockSessionQuery = graphql(`
  query MockSession($sessionId: ID!) {
    mockSession(sessionId: $sessionId) {
      id
      joinCode
      stack
      level
      status
      phase
      durationMinutes
      swapRoles
      myRole
      lastSeq
      createdAt
      endedAt
      endReason
      participants { userId displayName role active online }
      currentPrompt {
        candidateId
        pushedAt
        closedAt
        hints { index text revealedAt }
        draft { text language updatedAt }
        prompt {
          id
          slug
          title
          kind
          level
          difficulty
          suggestedMinutes
          hintCount
          topics { id title areaTitle }
          rubric { id title weight }
          body
          dsa {
            harness
            functionName
            className
            params { name type }
            returns
            methods { name returns params { name type } }
            compare
            examples { input output explanation }
            hiddenTestCount
            starterCode { language code }
          }
          design {
            functionalRequirements
            nonFunctionalRequirements
            scale { label value }
          }
          behavioural {
            competency
            star { situation task action result }
          }
        }
      }
      prompts { candidateId pushedAt closedAt prompt { id slug title kind } }
      timer { status durationMs remainingMs deadline }
      chat { at authorId text }
      notes { at authorId text }
      scorecards { promptId candidateId interviewerId feedback submittedAt scores { criterionId score } }
      interviewerMaterial {
        promptId
        hints
        referenceAnswer
        followUps
        hiddenTests
        rubric { id title weight levels { score description } }
      }
    }
  }
`);

/** An event of the session's log, as the room folds it in. */
export const SessionEventFieldsFragment = graphql(`
  fragment SessionEventFields on SessionEvent {
    seq
    type
    actorId
    createdAt
    visibility
    payload
  }
`);

export const MockSessionEventsSubscription = graphql(`
  subscription MockSessionEvents($sessionId: ID!, $afterSeq: Int!) {
    mockSessionEvents(sessionId: $sessionId, afterSeq: $afterSeq) { ...SessionEventFields }
  }
`);

export const CreateMockSessionMutation = graphql(`
  mutation CreateMockSession($input: CreateMockSessionInput!) {
    createMockSession(input: $input) { id joinCode stack level status myRole }
  }
`);

export const JoinMockSessionMutation = graphql(`
  mutation JoinMockSession($code: String!, $role: MockRole!) {
    joinMockSession(code: $code, role: $role) { id joinCode stack level status myRole }
  }
`);

export const LeaveMockSessionMutation = graphql(`
  mutation LeaveMockSession($sessionId: ID!) {
    leaveMockSession(sessionId: $sessionId) { seq type }
  }
`);

export const PushPromptMutation = graphql(`
  mutation PushPrompt($sessionId: ID!, $promptId: ID) {
    pushPrompt(sessionId: $sessionId, promptId: $promptId) { seq type }
  }
`);

export const RevealHintToCandidateMutation = graphql(`
  mutation RevealHintToCandidate($sessionId: ID!) {
    revealHintToCandidate(sessionId: $sessionId) { seq type }
  }
`);

export const StartTimerMutation = graphql(`
  mutation StartTimer($sessionId: ID!) {
    startTimer(sessionId: $sessionId) { seq type }
  }
`);

export const PauseTimerMutation = graphql(`
  mutation PauseTimer($sessionId: ID!) {
    pauseTimer(sessionId: $sessionId) { seq type }
  }
`);

export const ResumeTimerMutation = graphql(`
  mutation ResumeTimer($sessionId: ID!) {
    resumeTimer(sessionId: $sessionId) { seq type }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddNote($sessionId: ID!, $text: String!) {
    addNote(sessionId: $sessionId, text: $text) { seq type }
  }
`);

export const SubmitScorecardMutation = graphql(`
  mutation SubmitScorecard($input: SubmitScorecardInput!) {
    submitScorecard(input: $input) { seq type }
  }
`);

export const SwapRolesMutation = graphql(`
  mutation SwapRoles($sessionId: ID!) {
    swapRoles(sessionId: $sessionId) { seq type }
  }
`);

export const EndMockSessionMutation = graphql(`
  mutation EndMockSession($sessionId: ID!) {
    endMockSession(sessionId: $sessionId) { seq type }
  }
`);

export const UpdateDraftMutation = graphql(`
  mutation UpdateDraft($sessionId: ID!, $text: String!, $language: String) {
    updateDraft(sessionId: $sessionId, text: $text, language: $language) { written }
  }
`);

export const SendChatMessageMutation = graphql(`
  mutation SendChatMessage($sessionId: ID!, $text: String!) {
    sendChatMessage(sessionId: $sessionId, text: $text) { seq type }
  }
`);

/** After the end: the scorecards on the prompts the caller answered. */
export const MockSessionFeedbackQuery = graphql(`
  query MockSessionFeedback($sessionId: ID!) {
    mockSessionFeedback(sessionId: $sessionId) {
      attemptId
      feedback
      interviewerId
      score
      prompt { id slug title kind }
      scores { criterionId title weight score }
    }
  }
`);

/** After the end: the whole log the caller may see, for the replay. */
export const MockSessionTimelineQuery = graphql(`
  query MockSessionTimeline($sessionId: ID!) {
    mockSessionTimeline(sessionId: $sessionId) { ...SessionEventFields }
  }
`);

/** Prompts to plan or push: the catalog, searched. */
export const PromptPickerQuery = graphql(`
  query PromptPicker($filter: PromptFilter, $first: Int!) {
    prompts(filter: $filter, first: $first) {
      totalCount
      edges { node { id slug title kind level difficulty suggestedMinutes } }
    }
  }
`);
