import { graphql } from '../../gql';

/** The fields of an attempt the practice and history screens read. */
export const AttemptFieldsFragment = graphql(`
  fragment AttemptFields on Attempt {
    id
    promptId
    promptRevision
    mode
    status
    startedAt
    submittedAt
    abandonedAt
    durationMs
    pausedAt
    pausedMs
    answer
    language
    hints { index text revealedAt }
    hintsUsed
    selfAssessment { criterionId score }
    scorecard { criterionId score }
    feedback
    score
    rating
    practiceSetId
    mockSessionId
  }
`);

/** A prompt to practise: what a candidate may read before submitting, and their review card. */
export const PracticePromptQuery = graphql(`
  query PracticePrompt($slug: String!) {
    prompt(slug: $slug) {
      id
      slug
      title
      kind
      level
      difficulty
      suggestedMinutes
      stacks
      hintCount
      revision
      topics { id title areaTitle }
      rubric { id title weight }
      ...PromptText
      myReview { due state reps }
    }
  }
`);

/** What shows once an attempt on the prompt has been submitted (null fields before). */
export const PromptAnswersQuery = graphql(`
  query PromptAnswers($id: ID!) {
    prompt(id: $id) {
      id
      answersRevealed
      referenceAnswer
      followUps
      hiddenTests { input output note }
      rubricDetail { id title weight levels { score description } }
      myReview { due state scheduledDays }
    }
  }
`);

export const InProgressAttemptQuery = graphql(`
  query InProgressAttempt($promptId: ID!) {
    attempts(filter: { promptId: $promptId, status: IN_PROGRESS }, first: 1) {
      edges { node { ...AttemptFields } }
    }
  }
`);

export const AttemptQuery = graphql(`
  query PracticeAttempt($id: ID!) {
    attempt(id: $id) { ...AttemptFields }
  }
`);

export const StartAttemptMutation = graphql(`
  mutation StartAttempt($input: StartAttemptInput!) {
    startAttempt(input: $input) { ...AttemptFields }
  }
`);

export const RevealHintMutation = graphql(`
  mutation RevealHint($attemptId: ID!) {
    revealHint(attemptId: $attemptId) { ...AttemptFields }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation SaveDraft($input: SaveDraftInput!) {
    saveDraft(input: $input) { id answer language }
  }
`);

export const SubmitAttemptMutation = graphql(`
  mutation SubmitAttempt($input: SubmitAttemptInput!) {
    submitAttempt(input: $input) { ...AttemptFields }
  }
`);

export const PauseAttemptMutation = graphql(`
  mutation PauseAttempt($attemptId: ID!) {
    pauseAttempt(attemptId: $attemptId) { ...AttemptFields }
  }
`);

export const ResumeAttemptMutation = graphql(`
  mutation ResumeAttempt($attemptId: ID!) {
    resumeAttempt(attemptId: $attemptId) { ...AttemptFields }
  }
`);

export const AbandonAttemptMutation = graphql(`
  mutation AbandonAttempt($attemptId: ID!) {
    abandonAttempt(attemptId: $attemptId) { ...AttemptFields }
  }
`);

/** What to practise next for a filter: due reviews, weak topics, then new prompts. */
export const PracticeQueueQuery = graphql(`
  query PracticeQueue($stack: Stack, $kinds: [PromptKind!], $level: Level, $topics: [String!], $count: Int!) {
    practiceQueue(stack: $stack, kinds: $kinds, level: $level, topics: $topics, count: $count) {
      reason
      due
      topic
      inProgressAttemptId
      prompt { id slug title kind level difficulty suggestedMinutes topics { id title } }
    }
  }
`);

/** Attempts in progress, newest first: "continue where you left off". */
export const InProgressAttemptsQuery = graphql(`
  query InProgressAttempts($first: Int!) {
    attempts(filter: { status: IN_PROGRESS }, first: $first) {
      totalCount
      edges { node { id startedAt practiceSetId hintsUsed prompt { id slug title kind suggestedMinutes } } }
    }
  }
`);

export const DueReviewsQuery = graphql(`
  query DueReviews($first: Int!) {
    dueReviews(first: $first) {
      totalCount
      edges { node { promptId due state lapses prompt { id slug title kind } } }
    }
  }
`);

export const PracticeSetFieldsFragment = graphql(`
  fragment PracticeSetFields on PracticeSet {
    id
    status
    startedAt
    finishedAt
    pausedAt
    minutes
    elapsedMs
    remainingMs
    submittedCount
    averageScore
    stack
    level
    kinds
    topics
    targets { difficulty targetMs }
    items {
      position
      promptId
      difficulty
      targetMs
      status
      prompt { id slug title kind }
      attempt { id status score }
    }
  }
`);

export const PracticeSetQuery = graphql(`
  query PracticeSet($id: ID!) {
    practiceSet(id: $id) { ...PracticeSetFields }
  }
`);

export const PracticeSetsQuery = graphql(`
  query PracticeSets($first: Int!) {
    practiceSets(first: $first) {
      totalCount
      edges { node { id status startedAt minutes submittedCount averageScore remainingMs items { position } } }
    }
  }
`);

export const StartPracticeSetMutation = graphql(`
  mutation StartPracticeSet($input: StartPracticeSetInput!) {
    startPracticeSet(input: $input) { ...PracticeSetFields }
  }
`);

export const PausePracticeSetMutation = graphql(`
  mutation PausePracticeSet($id: ID!) {
    pausePracticeSet(id: $id) { ...PracticeSetFields }
  }
`);

export const ResumePracticeSetMutation = graphql(`
  mutation ResumePracticeSet($id: ID!) {
    resumePracticeSet(id: $id) { ...PracticeSetFields }
  }
`);

export const FinishPracticeSetMutation = graphql(`
  mutation FinishPracticeSet($id: ID!) {
    finishPracticeSet(id: $id) { ...PracticeSetFields }
  }
`);
