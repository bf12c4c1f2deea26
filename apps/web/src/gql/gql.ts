/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  subscription AccountEvents {\n    accountEvents {\n      type\n      occurredAt\n      sessionId\n      reason\n      profile { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": typeof types.AccountEventsDocument,
    "\n  query ReviewSettings {\n    reviewSettings { desiredRetention }\n  }\n": typeof types.ReviewSettingsDocument,
    "\n  mutation SetReviewSettings($input: SetReviewSettingsInput!) {\n    setReviewSettings(input: $input) { desiredRetention }\n  }\n": typeof types.SetReviewSettingsDocument,
    "\n  query CatalogFacets {\n    stacks { id title promptCount frameworks }\n    topics { id area areaTitle title promptCount }\n  }\n": typeof types.CatalogFacetsDocument,
    "\n  query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {\n    prompts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          stacks\n          tags\n          topics { id title }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CatalogPromptsDocument,
    "\n  fragment PromptText on Prompt {\n    body\n    dsa {\n      harness\n      functionName\n      className\n      params { name type }\n      returns\n      methods { name returns params { name type } }\n      compare\n      examples { input output explanation }\n      hiddenTestCount\n      starterCode { language code }\n    }\n    design {\n      functionalRequirements\n      nonFunctionalRequirements\n      scale { label value }\n    }\n    behavioural {\n      competency\n      star { situation task action result }\n    }\n  }\n": typeof types.PromptTextFragmentDoc,
    "\n  query PromptDetail($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      tags\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      ...PromptText\n    }\n  }\n": typeof types.PromptDetailDocument,
    "\n  query AttemptHistory($filter: AttemptFilter, $first: Int!, $after: String) {\n    attempts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          mode\n          status\n          startedAt\n          submittedAt\n          durationMs\n          score\n          rating\n          hintsUsed\n          mockSessionId\n          practiceSetId\n          prompt { id slug title kind level difficulty topics { id title } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AttemptHistoryDocument,
    "\n  query AttemptDetail($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n      prompt {\n        id\n        slug\n        title\n        kind\n        level\n        difficulty\n        suggestedMinutes\n        hintCount\n        topics { id title areaTitle }\n        rubric { id title weight }\n        referenceAnswer\n        followUps\n        hiddenTests { input output note }\n        rubricDetail { id title weight levels { score description } }\n        myReview { due state }\n      }\n    }\n  }\n": typeof types.AttemptDetailDocument,
    "\n  query Streak {\n    streak {\n      activeToday\n      current\n      currentStart\n      lastActiveDay\n      longest\n      longestStart\n      longestEnd\n      timeZone\n      today\n    }\n  }\n": typeof types.StreakDocument,
    "\n  query MockSession($sessionId: ID!) {\n    mockSession(sessionId: $sessionId) {\n      id\n      joinCode\n      stack\n      level\n      status\n      phase\n      durationMinutes\n      swapRoles\n      myRole\n      lastSeq\n      createdAt\n      endedAt\n      endReason\n      participants { userId displayName role active online }\n      currentPrompt {\n        candidateId\n        pushedAt\n        closedAt\n        hints { index text revealedAt }\n        draft { text language updatedAt }\n        prompt {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          hintCount\n          topics { id title areaTitle }\n          rubric { id title weight }\n          body\n          dsa {\n            harness\n            functionName\n            className\n            params { name type }\n            returns\n            methods { name returns params { name type } }\n            compare\n            examples { input output explanation }\n            hiddenTestCount\n            starterCode { language code }\n          }\n          design {\n            functionalRequirements\n            nonFunctionalRequirements\n            scale { label value }\n          }\n          behavioural {\n            competency\n            star { situation task action result }\n          }\n        }\n      }\n      prompts { candidateId pushedAt closedAt prompt { id slug title kind } }\n      timer { status durationMs remainingMs deadline }\n      chat { at authorId text }\n      notes { at authorId text }\n      scorecards { promptId candidateId interviewerId feedback submittedAt scores { criterionId score } }\n      interviewerMaterial {\n        promptId\n        hints\n        referenceAnswer\n        followUps\n        hiddenTests\n        rubric { id title weight levels { score description } }\n      }\n    }\n  }\n": typeof types.MockSessionDocument,
    "\n  fragment SessionEventFields on SessionEvent {\n    seq\n    type\n    actorId\n    createdAt\n    visibility\n    payload\n  }\n": typeof types.SessionEventFieldsFragmentDoc,
    "\n  subscription MockSessionEvents($sessionId: ID!, $afterSeq: Int!) {\n    mockSessionEvents(sessionId: $sessionId, afterSeq: $afterSeq) { ...SessionEventFields }\n  }\n": typeof types.MockSessionEventsDocument,
    "\n  mutation CreateMockSession($input: CreateMockSessionInput!) {\n    createMockSession(input: $input) { id joinCode stack level status myRole }\n  }\n": typeof types.CreateMockSessionDocument,
    "\n  mutation JoinMockSession($code: String!, $role: MockRole!) {\n    joinMockSession(code: $code, role: $role) { id joinCode stack level status myRole }\n  }\n": typeof types.JoinMockSessionDocument,
    "\n  mutation LeaveMockSession($sessionId: ID!) {\n    leaveMockSession(sessionId: $sessionId) { seq type }\n  }\n": typeof types.LeaveMockSessionDocument,
    "\n  mutation PushPrompt($sessionId: ID!, $promptId: ID) {\n    pushPrompt(sessionId: $sessionId, promptId: $promptId) { seq type }\n  }\n": typeof types.PushPromptDocument,
    "\n  mutation RevealHintToCandidate($sessionId: ID!) {\n    revealHintToCandidate(sessionId: $sessionId) { seq type }\n  }\n": typeof types.RevealHintToCandidateDocument,
    "\n  mutation StartTimer($sessionId: ID!) {\n    startTimer(sessionId: $sessionId) { seq type }\n  }\n": typeof types.StartTimerDocument,
    "\n  mutation PauseTimer($sessionId: ID!) {\n    pauseTimer(sessionId: $sessionId) { seq type }\n  }\n": typeof types.PauseTimerDocument,
    "\n  mutation ResumeTimer($sessionId: ID!) {\n    resumeTimer(sessionId: $sessionId) { seq type }\n  }\n": typeof types.ResumeTimerDocument,
    "\n  mutation AddNote($sessionId: ID!, $text: String!) {\n    addNote(sessionId: $sessionId, text: $text) { seq type }\n  }\n": typeof types.AddNoteDocument,
    "\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) { seq type }\n  }\n": typeof types.SubmitScorecardDocument,
    "\n  mutation SwapRoles($sessionId: ID!) {\n    swapRoles(sessionId: $sessionId) { seq type }\n  }\n": typeof types.SwapRolesDocument,
    "\n  mutation EndMockSession($sessionId: ID!) {\n    endMockSession(sessionId: $sessionId) { seq type }\n  }\n": typeof types.EndMockSessionDocument,
    "\n  mutation UpdateDraft($sessionId: ID!, $text: String!, $language: String) {\n    updateDraft(sessionId: $sessionId, text: $text, language: $language) { written }\n  }\n": typeof types.UpdateDraftDocument,
    "\n  mutation SendChatMessage($sessionId: ID!, $text: String!) {\n    sendChatMessage(sessionId: $sessionId, text: $text) { seq type }\n  }\n": typeof types.SendChatMessageDocument,
    "\n  query MockSessionFeedback($sessionId: ID!) {\n    mockSessionFeedback(sessionId: $sessionId) {\n      attemptId\n      feedback\n      interviewerId\n      score\n      prompt { id slug title kind }\n      scores { criterionId title weight score }\n    }\n  }\n": typeof types.MockSessionFeedbackDocument,
    "\n  query MockSessionTimeline($sessionId: ID!) {\n    mockSessionTimeline(sessionId: $sessionId) { ...SessionEventFields }\n  }\n": typeof types.MockSessionTimelineDocument,
    "\n  query PromptPicker($filter: PromptFilter, $first: Int!) {\n    prompts(filter: $filter, first: $first) {\n      totalCount\n      edges { node { id slug title kind level difficulty suggestedMinutes } }\n    }\n  }\n": typeof types.PromptPickerDocument,
    "\n  query PromptNote($id: ID!) {\n    prompt(id: $id) {\n      id\n      myNote { body updatedAt }\n    }\n  }\n": typeof types.PromptNoteDocument,
    "\n  mutation SetPromptNote($input: SetPromptNoteInput!) {\n    setPromptNote(input: $input) { body updatedAt }\n  }\n": typeof types.SetPromptNoteDocument,
    "\n  fragment AttemptFields on Attempt {\n    id\n    promptId\n    promptRevision\n    mode\n    status\n    startedAt\n    submittedAt\n    abandonedAt\n    durationMs\n    pausedAt\n    pausedMs\n    answer\n    language\n    hints { index text revealedAt }\n    hintsUsed\n    selfAssessment { criterionId score }\n    scorecard { criterionId score }\n    feedback\n    score\n    rating\n    practiceSetId\n    mockSessionId\n  }\n": typeof types.AttemptFieldsFragmentDoc,
    "\n  query PracticePrompt($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      ...PromptText\n      myReview { due state reps }\n    }\n  }\n": typeof types.PracticePromptDocument,
    "\n  query PromptAnswers($id: ID!) {\n    prompt(id: $id) {\n      id\n      answersRevealed\n      referenceAnswer\n      followUps\n      hiddenTests { input output note }\n      rubricDetail { id title weight levels { score description } }\n      myReview { due state scheduledDays }\n    }\n  }\n": typeof types.PromptAnswersDocument,
    "\n  query InProgressAttempt($promptId: ID!) {\n    attempts(filter: { promptId: $promptId, status: IN_PROGRESS }, first: 1) {\n      edges { node { ...AttemptFields } }\n    }\n  }\n": typeof types.InProgressAttemptDocument,
    "\n  query PracticeAttempt($id: ID!) {\n    attempt(id: $id) { ...AttemptFields }\n  }\n": typeof types.PracticeAttemptDocument,
    "\n  mutation StartAttempt($input: StartAttemptInput!) {\n    startAttempt(input: $input) { ...AttemptFields }\n  }\n": typeof types.StartAttemptDocument,
    "\n  mutation RevealHint($attemptId: ID!) {\n    revealHint(attemptId: $attemptId) { ...AttemptFields }\n  }\n": typeof types.RevealHintDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) { id answer language }\n  }\n": typeof types.SaveDraftDocument,
    "\n  mutation SubmitAttempt($input: SubmitAttemptInput!) {\n    submitAttempt(input: $input) { ...AttemptFields }\n  }\n": typeof types.SubmitAttemptDocument,
    "\n  mutation PauseAttempt($attemptId: ID!) {\n    pauseAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n": typeof types.PauseAttemptDocument,
    "\n  mutation ResumeAttempt($attemptId: ID!) {\n    resumeAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n": typeof types.ResumeAttemptDocument,
    "\n  mutation AbandonAttempt($attemptId: ID!) {\n    abandonAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n": typeof types.AbandonAttemptDocument,
    "\n  query PracticeQueue($stack: Stack, $kinds: [PromptKind!], $level: Level, $topics: [String!], $count: Int!) {\n    practiceQueue(stack: $stack, kinds: $kinds, level: $level, topics: $topics, count: $count) {\n      reason\n      due\n      topic\n      inProgressAttemptId\n      prompt { id slug title kind level difficulty suggestedMinutes topics { id title } }\n    }\n  }\n": typeof types.PracticeQueueDocument,
    "\n  query InProgressAttempts($first: Int!) {\n    attempts(filter: { status: IN_PROGRESS }, first: $first) {\n      totalCount\n      edges { node { id startedAt practiceSetId hintsUsed prompt { id slug title kind suggestedMinutes } } }\n    }\n  }\n": typeof types.InProgressAttemptsDocument,
    "\n  query DueReviews($first: Int!) {\n    dueReviews(first: $first) {\n      totalCount\n      edges { node { promptId due state lapses prompt { id slug title kind } } }\n    }\n  }\n": typeof types.DueReviewsDocument,
    "\n  fragment PracticeSetFields on PracticeSet {\n    id\n    status\n    startedAt\n    finishedAt\n    pausedAt\n    minutes\n    elapsedMs\n    remainingMs\n    submittedCount\n    averageScore\n    stack\n    level\n    kinds\n    topics\n    targets { difficulty targetMs }\n    items {\n      position\n      promptId\n      difficulty\n      targetMs\n      status\n      prompt { id slug title kind }\n      attempt { id status score }\n    }\n  }\n": typeof types.PracticeSetFieldsFragmentDoc,
    "\n  query PracticeSet($id: ID!) {\n    practiceSet(id: $id) { ...PracticeSetFields }\n  }\n": typeof types.PracticeSetDocument,
    "\n  query PracticeSets($first: Int!) {\n    practiceSets(first: $first) {\n      totalCount\n      edges { node { id status startedAt minutes submittedCount averageScore remainingMs items { position } } }\n    }\n  }\n": typeof types.PracticeSetsDocument,
    "\n  mutation StartPracticeSet($input: StartPracticeSetInput!) {\n    startPracticeSet(input: $input) { ...PracticeSetFields }\n  }\n": typeof types.StartPracticeSetDocument,
    "\n  mutation PausePracticeSet($id: ID!) {\n    pausePracticeSet(id: $id) { ...PracticeSetFields }\n  }\n": typeof types.PausePracticeSetDocument,
    "\n  mutation ResumePracticeSet($id: ID!) {\n    resumePracticeSet(id: $id) { ...PracticeSetFields }\n  }\n": typeof types.ResumePracticeSetDocument,
    "\n  mutation FinishPracticeSet($id: ID!) {\n    finishPracticeSet(id: $id) { ...PracticeSetFields }\n  }\n": typeof types.FinishPracticeSetDocument,
    "\n  fragment ProgressFigures on TopicProgress {\n    attempts\n    prompts\n    averageScore\n    bestScore\n    lastPractisedAt\n    mastery\n    retrievability\n    recentScore\n    evidence\n    promptsAnswered\n    promptsAvailable\n    dueReviews\n  }\n": typeof types.ProgressFiguresFragmentDoc,
    "\n  query Progress($stack: Stack!, $from: String, $to: String) {\n    progress(stack: $stack, from: $from, to: $to) {\n      stack\n      from\n      to\n      timeZone\n      weeks\n      overall {\n        attempts\n        prompts\n        averageScore\n        bestScore\n        lastPractisedAt\n        mastery\n        promptsAnswered\n        promptsAvailable\n        dueReviews\n        trend { weekStart attempts averageScore }\n      }\n      kinds {\n        kind\n        attempts\n        averageScore\n        mastery\n        promptsAnswered\n        promptsAvailable\n        dueReviews\n      }\n      topics {\n        topic { id title area areaTitle }\n        ...ProgressFigures\n        trend { weekStart attempts averageScore }\n      }\n    }\n  }\n": typeof types.ProgressDocument,
    "\n  fragment ReadinessFields on Readiness {\n    stack\n    level\n    title\n    summary\n    readiness\n    coverage\n    masteryOfCovered\n    totalWeight\n    topics {\n      topic { id title areaTitle }\n      weight\n      mastery\n      practised\n      contribution\n      gap\n    }\n  }\n": typeof types.ReadinessFieldsFragmentDoc,
    "\n  query Readiness($stack: Stack!) {\n    junior: readiness(stack: $stack, level: JUNIOR) { ...ReadinessFields }\n    mid: readiness(stack: $stack, level: MID) { ...ReadinessFields }\n    senior: readiness(stack: $stack, level: SENIOR) { ...ReadinessFields }\n    staff: readiness(stack: $stack, level: STAFF) { ...ReadinessFields }\n  }\n": typeof types.ReadinessDocument,
    "\n  query WeakestTopics($stack: Stack!) {\n    weakestTopics(stack: $stack, count: 5, perTopic: 3) {\n      topic { id title areaTitle }\n      mastery\n      recentScore\n      attempts\n      dueReviews\n      promptsAnswered\n      promptsAvailable\n      recommended {\n        reason\n        prompt { id slug title kind difficulty }\n      }\n    }\n  }\n": typeof types.WeakestTopicsDocument,
    "\n  query Activity {\n    activity { date attempts averageScore }\n  }\n": typeof types.ActivityDocument,
};
const documents: Documents = {
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n  }\n": types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n  }\n": types.UpdateProfileDocument,
    "\n  subscription AccountEvents {\n    accountEvents {\n      type\n      occurredAt\n      sessionId\n      reason\n      profile { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": types.AccountEventsDocument,
    "\n  query ReviewSettings {\n    reviewSettings { desiredRetention }\n  }\n": types.ReviewSettingsDocument,
    "\n  mutation SetReviewSettings($input: SetReviewSettingsInput!) {\n    setReviewSettings(input: $input) { desiredRetention }\n  }\n": types.SetReviewSettingsDocument,
    "\n  query CatalogFacets {\n    stacks { id title promptCount frameworks }\n    topics { id area areaTitle title promptCount }\n  }\n": types.CatalogFacetsDocument,
    "\n  query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {\n    prompts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          stacks\n          tags\n          topics { id title }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CatalogPromptsDocument,
    "\n  fragment PromptText on Prompt {\n    body\n    dsa {\n      harness\n      functionName\n      className\n      params { name type }\n      returns\n      methods { name returns params { name type } }\n      compare\n      examples { input output explanation }\n      hiddenTestCount\n      starterCode { language code }\n    }\n    design {\n      functionalRequirements\n      nonFunctionalRequirements\n      scale { label value }\n    }\n    behavioural {\n      competency\n      star { situation task action result }\n    }\n  }\n": types.PromptTextFragmentDoc,
    "\n  query PromptDetail($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      tags\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      ...PromptText\n    }\n  }\n": types.PromptDetailDocument,
    "\n  query AttemptHistory($filter: AttemptFilter, $first: Int!, $after: String) {\n    attempts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          mode\n          status\n          startedAt\n          submittedAt\n          durationMs\n          score\n          rating\n          hintsUsed\n          mockSessionId\n          practiceSetId\n          prompt { id slug title kind level difficulty topics { id title } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AttemptHistoryDocument,
    "\n  query AttemptDetail($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n      prompt {\n        id\n        slug\n        title\n        kind\n        level\n        difficulty\n        suggestedMinutes\n        hintCount\n        topics { id title areaTitle }\n        rubric { id title weight }\n        referenceAnswer\n        followUps\n        hiddenTests { input output note }\n        rubricDetail { id title weight levels { score description } }\n        myReview { due state }\n      }\n    }\n  }\n": types.AttemptDetailDocument,
    "\n  query Streak {\n    streak {\n      activeToday\n      current\n      currentStart\n      lastActiveDay\n      longest\n      longestStart\n      longestEnd\n      timeZone\n      today\n    }\n  }\n": types.StreakDocument,
    "\n  query MockSession($sessionId: ID!) {\n    mockSession(sessionId: $sessionId) {\n      id\n      joinCode\n      stack\n      level\n      status\n      phase\n      durationMinutes\n      swapRoles\n      myRole\n      lastSeq\n      createdAt\n      endedAt\n      endReason\n      participants { userId displayName role active online }\n      currentPrompt {\n        candidateId\n        pushedAt\n        closedAt\n        hints { index text revealedAt }\n        draft { text language updatedAt }\n        prompt {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          hintCount\n          topics { id title areaTitle }\n          rubric { id title weight }\n          body\n          dsa {\n            harness\n            functionName\n            className\n            params { name type }\n            returns\n            methods { name returns params { name type } }\n            compare\n            examples { input output explanation }\n            hiddenTestCount\n            starterCode { language code }\n          }\n          design {\n            functionalRequirements\n            nonFunctionalRequirements\n            scale { label value }\n          }\n          behavioural {\n            competency\n            star { situation task action result }\n          }\n        }\n      }\n      prompts { candidateId pushedAt closedAt prompt { id slug title kind } }\n      timer { status durationMs remainingMs deadline }\n      chat { at authorId text }\n      notes { at authorId text }\n      scorecards { promptId candidateId interviewerId feedback submittedAt scores { criterionId score } }\n      interviewerMaterial {\n        promptId\n        hints\n        referenceAnswer\n        followUps\n        hiddenTests\n        rubric { id title weight levels { score description } }\n      }\n    }\n  }\n": types.MockSessionDocument,
    "\n  fragment SessionEventFields on SessionEvent {\n    seq\n    type\n    actorId\n    createdAt\n    visibility\n    payload\n  }\n": types.SessionEventFieldsFragmentDoc,
    "\n  subscription MockSessionEvents($sessionId: ID!, $afterSeq: Int!) {\n    mockSessionEvents(sessionId: $sessionId, afterSeq: $afterSeq) { ...SessionEventFields }\n  }\n": types.MockSessionEventsDocument,
    "\n  mutation CreateMockSession($input: CreateMockSessionInput!) {\n    createMockSession(input: $input) { id joinCode stack level status myRole }\n  }\n": types.CreateMockSessionDocument,
    "\n  mutation JoinMockSession($code: String!, $role: MockRole!) {\n    joinMockSession(code: $code, role: $role) { id joinCode stack level status myRole }\n  }\n": types.JoinMockSessionDocument,
    "\n  mutation LeaveMockSession($sessionId: ID!) {\n    leaveMockSession(sessionId: $sessionId) { seq type }\n  }\n": types.LeaveMockSessionDocument,
    "\n  mutation PushPrompt($sessionId: ID!, $promptId: ID) {\n    pushPrompt(sessionId: $sessionId, promptId: $promptId) { seq type }\n  }\n": types.PushPromptDocument,
    "\n  mutation RevealHintToCandidate($sessionId: ID!) {\n    revealHintToCandidate(sessionId: $sessionId) { seq type }\n  }\n": types.RevealHintToCandidateDocument,
    "\n  mutation StartTimer($sessionId: ID!) {\n    startTimer(sessionId: $sessionId) { seq type }\n  }\n": types.StartTimerDocument,
    "\n  mutation PauseTimer($sessionId: ID!) {\n    pauseTimer(sessionId: $sessionId) { seq type }\n  }\n": types.PauseTimerDocument,
    "\n  mutation ResumeTimer($sessionId: ID!) {\n    resumeTimer(sessionId: $sessionId) { seq type }\n  }\n": types.ResumeTimerDocument,
    "\n  mutation AddNote($sessionId: ID!, $text: String!) {\n    addNote(sessionId: $sessionId, text: $text) { seq type }\n  }\n": types.AddNoteDocument,
    "\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) { seq type }\n  }\n": types.SubmitScorecardDocument,
    "\n  mutation SwapRoles($sessionId: ID!) {\n    swapRoles(sessionId: $sessionId) { seq type }\n  }\n": types.SwapRolesDocument,
    "\n  mutation EndMockSession($sessionId: ID!) {\n    endMockSession(sessionId: $sessionId) { seq type }\n  }\n": types.EndMockSessionDocument,
    "\n  mutation UpdateDraft($sessionId: ID!, $text: String!, $language: String) {\n    updateDraft(sessionId: $sessionId, text: $text, language: $language) { written }\n  }\n": types.UpdateDraftDocument,
    "\n  mutation SendChatMessage($sessionId: ID!, $text: String!) {\n    sendChatMessage(sessionId: $sessionId, text: $text) { seq type }\n  }\n": types.SendChatMessageDocument,
    "\n  query MockSessionFeedback($sessionId: ID!) {\n    mockSessionFeedback(sessionId: $sessionId) {\n      attemptId\n      feedback\n      interviewerId\n      score\n      prompt { id slug title kind }\n      scores { criterionId title weight score }\n    }\n  }\n": types.MockSessionFeedbackDocument,
    "\n  query MockSessionTimeline($sessionId: ID!) {\n    mockSessionTimeline(sessionId: $sessionId) { ...SessionEventFields }\n  }\n": types.MockSessionTimelineDocument,
    "\n  query PromptPicker($filter: PromptFilter, $first: Int!) {\n    prompts(filter: $filter, first: $first) {\n      totalCount\n      edges { node { id slug title kind level difficulty suggestedMinutes } }\n    }\n  }\n": types.PromptPickerDocument,
    "\n  query PromptNote($id: ID!) {\n    prompt(id: $id) {\n      id\n      myNote { body updatedAt }\n    }\n  }\n": types.PromptNoteDocument,
    "\n  mutation SetPromptNote($input: SetPromptNoteInput!) {\n    setPromptNote(input: $input) { body updatedAt }\n  }\n": types.SetPromptNoteDocument,
    "\n  fragment AttemptFields on Attempt {\n    id\n    promptId\n    promptRevision\n    mode\n    status\n    startedAt\n    submittedAt\n    abandonedAt\n    durationMs\n    pausedAt\n    pausedMs\n    answer\n    language\n    hints { index text revealedAt }\n    hintsUsed\n    selfAssessment { criterionId score }\n    scorecard { criterionId score }\n    feedback\n    score\n    rating\n    practiceSetId\n    mockSessionId\n  }\n": types.AttemptFieldsFragmentDoc,
    "\n  query PracticePrompt($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      ...PromptText\n      myReview { due state reps }\n    }\n  }\n": types.PracticePromptDocument,
    "\n  query PromptAnswers($id: ID!) {\n    prompt(id: $id) {\n      id\n      answersRevealed\n      referenceAnswer\n      followUps\n      hiddenTests { input output note }\n      rubricDetail { id title weight levels { score description } }\n      myReview { due state scheduledDays }\n    }\n  }\n": types.PromptAnswersDocument,
    "\n  query InProgressAttempt($promptId: ID!) {\n    attempts(filter: { promptId: $promptId, status: IN_PROGRESS }, first: 1) {\n      edges { node { ...AttemptFields } }\n    }\n  }\n": types.InProgressAttemptDocument,
    "\n  query PracticeAttempt($id: ID!) {\n    attempt(id: $id) { ...AttemptFields }\n  }\n": types.PracticeAttemptDocument,
    "\n  mutation StartAttempt($input: StartAttemptInput!) {\n    startAttempt(input: $input) { ...AttemptFields }\n  }\n": types.StartAttemptDocument,
    "\n  mutation RevealHint($attemptId: ID!) {\n    revealHint(attemptId: $attemptId) { ...AttemptFields }\n  }\n": types.RevealHintDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) { id answer language }\n  }\n": types.SaveDraftDocument,
    "\n  mutation SubmitAttempt($input: SubmitAttemptInput!) {\n    submitAttempt(input: $input) { ...AttemptFields }\n  }\n": types.SubmitAttemptDocument,
    "\n  mutation PauseAttempt($attemptId: ID!) {\n    pauseAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n": types.PauseAttemptDocument,
    "\n  mutation ResumeAttempt($attemptId: ID!) {\n    resumeAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n": types.ResumeAttemptDocument,
    "\n  mutation AbandonAttempt($attemptId: ID!) {\n    abandonAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n": types.AbandonAttemptDocument,
    "\n  query PracticeQueue($stack: Stack, $kinds: [PromptKind!], $level: Level, $topics: [String!], $count: Int!) {\n    practiceQueue(stack: $stack, kinds: $kinds, level: $level, topics: $topics, count: $count) {\n      reason\n      due\n      topic\n      inProgressAttemptId\n      prompt { id slug title kind level difficulty suggestedMinutes topics { id title } }\n    }\n  }\n": types.PracticeQueueDocument,
    "\n  query InProgressAttempts($first: Int!) {\n    attempts(filter: { status: IN_PROGRESS }, first: $first) {\n      totalCount\n      edges { node { id startedAt practiceSetId hintsUsed prompt { id slug title kind suggestedMinutes } } }\n    }\n  }\n": types.InProgressAttemptsDocument,
    "\n  query DueReviews($first: Int!) {\n    dueReviews(first: $first) {\n      totalCount\n      edges { node { promptId due state lapses prompt { id slug title kind } } }\n    }\n  }\n": types.DueReviewsDocument,
    "\n  fragment PracticeSetFields on PracticeSet {\n    id\n    status\n    startedAt\n    finishedAt\n    pausedAt\n    minutes\n    elapsedMs\n    remainingMs\n    submittedCount\n    averageScore\n    stack\n    level\n    kinds\n    topics\n    targets { difficulty targetMs }\n    items {\n      position\n      promptId\n      difficulty\n      targetMs\n      status\n      prompt { id slug title kind }\n      attempt { id status score }\n    }\n  }\n": types.PracticeSetFieldsFragmentDoc,
    "\n  query PracticeSet($id: ID!) {\n    practiceSet(id: $id) { ...PracticeSetFields }\n  }\n": types.PracticeSetDocument,
    "\n  query PracticeSets($first: Int!) {\n    practiceSets(first: $first) {\n      totalCount\n      edges { node { id status startedAt minutes submittedCount averageScore remainingMs items { position } } }\n    }\n  }\n": types.PracticeSetsDocument,
    "\n  mutation StartPracticeSet($input: StartPracticeSetInput!) {\n    startPracticeSet(input: $input) { ...PracticeSetFields }\n  }\n": types.StartPracticeSetDocument,
    "\n  mutation PausePracticeSet($id: ID!) {\n    pausePracticeSet(id: $id) { ...PracticeSetFields }\n  }\n": types.PausePracticeSetDocument,
    "\n  mutation ResumePracticeSet($id: ID!) {\n    resumePracticeSet(id: $id) { ...PracticeSetFields }\n  }\n": types.ResumePracticeSetDocument,
    "\n  mutation FinishPracticeSet($id: ID!) {\n    finishPracticeSet(id: $id) { ...PracticeSetFields }\n  }\n": types.FinishPracticeSetDocument,
    "\n  fragment ProgressFigures on TopicProgress {\n    attempts\n    prompts\n    averageScore\n    bestScore\n    lastPractisedAt\n    mastery\n    retrievability\n    recentScore\n    evidence\n    promptsAnswered\n    promptsAvailable\n    dueReviews\n  }\n": types.ProgressFiguresFragmentDoc,
    "\n  query Progress($stack: Stack!, $from: String, $to: String) {\n    progress(stack: $stack, from: $from, to: $to) {\n      stack\n      from\n      to\n      timeZone\n      weeks\n      overall {\n        attempts\n        prompts\n        averageScore\n        bestScore\n        lastPractisedAt\n        mastery\n        promptsAnswered\n        promptsAvailable\n        dueReviews\n        trend { weekStart attempts averageScore }\n      }\n      kinds {\n        kind\n        attempts\n        averageScore\n        mastery\n        promptsAnswered\n        promptsAvailable\n        dueReviews\n      }\n      topics {\n        topic { id title area areaTitle }\n        ...ProgressFigures\n        trend { weekStart attempts averageScore }\n      }\n    }\n  }\n": types.ProgressDocument,
    "\n  fragment ReadinessFields on Readiness {\n    stack\n    level\n    title\n    summary\n    readiness\n    coverage\n    masteryOfCovered\n    totalWeight\n    topics {\n      topic { id title areaTitle }\n      weight\n      mastery\n      practised\n      contribution\n      gap\n    }\n  }\n": types.ReadinessFieldsFragmentDoc,
    "\n  query Readiness($stack: Stack!) {\n    junior: readiness(stack: $stack, level: JUNIOR) { ...ReadinessFields }\n    mid: readiness(stack: $stack, level: MID) { ...ReadinessFields }\n    senior: readiness(stack: $stack, level: SENIOR) { ...ReadinessFields }\n    staff: readiness(stack: $stack, level: STAFF) { ...ReadinessFields }\n  }\n": types.ReadinessDocument,
    "\n  query WeakestTopics($stack: Stack!) {\n    weakestTopics(stack: $stack, count: 5, perTopic: 3) {\n      topic { id title areaTitle }\n      mastery\n      recentScore\n      attempts\n      dueReviews\n      promptsAnswered\n      promptsAvailable\n      recommended {\n        reason\n        prompt { id slug title kind difficulty }\n      }\n    }\n  }\n": types.WeakestTopicsDocument,
    "\n  query Activity {\n    activity { date attempts averageScore }\n  }\n": types.ActivityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n"): typeof import('./graphql').RefreshTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccountEvents {\n    accountEvents {\n      type\n      occurredAt\n      sessionId\n      reason\n      profile { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n"): typeof import('./graphql').AccountEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSettings {\n    reviewSettings { desiredRetention }\n  }\n"): typeof import('./graphql').ReviewSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReviewSettings($input: SetReviewSettingsInput!) {\n    setReviewSettings(input: $input) { desiredRetention }\n  }\n"): typeof import('./graphql').SetReviewSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogFacets {\n    stacks { id title promptCount frameworks }\n    topics { id area areaTitle title promptCount }\n  }\n"): typeof import('./graphql').CatalogFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {\n    prompts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          stacks\n          tags\n          topics { id title }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').CatalogPromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PromptText on Prompt {\n    body\n    dsa {\n      harness\n      functionName\n      className\n      params { name type }\n      returns\n      methods { name returns params { name type } }\n      compare\n      examples { input output explanation }\n      hiddenTestCount\n      starterCode { language code }\n    }\n    design {\n      functionalRequirements\n      nonFunctionalRequirements\n      scale { label value }\n    }\n    behavioural {\n      competency\n      star { situation task action result }\n    }\n  }\n"): typeof import('./graphql').PromptTextFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromptDetail($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      tags\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      ...PromptText\n    }\n  }\n"): typeof import('./graphql').PromptDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttemptHistory($filter: AttemptFilter, $first: Int!, $after: String) {\n    attempts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          mode\n          status\n          startedAt\n          submittedAt\n          durationMs\n          score\n          rating\n          hintsUsed\n          mockSessionId\n          practiceSetId\n          prompt { id slug title kind level difficulty topics { id title } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').AttemptHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttemptDetail($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n      prompt {\n        id\n        slug\n        title\n        kind\n        level\n        difficulty\n        suggestedMinutes\n        hintCount\n        topics { id title areaTitle }\n        rubric { id title weight }\n        referenceAnswer\n        followUps\n        hiddenTests { input output note }\n        rubricDetail { id title weight levels { score description } }\n        myReview { due state }\n      }\n    }\n  }\n"): typeof import('./graphql').AttemptDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Streak {\n    streak {\n      activeToday\n      current\n      currentStart\n      lastActiveDay\n      longest\n      longestStart\n      longestEnd\n      timeZone\n      today\n    }\n  }\n"): typeof import('./graphql').StreakDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MockSession($sessionId: ID!) {\n    mockSession(sessionId: $sessionId) {\n      id\n      joinCode\n      stack\n      level\n      status\n      phase\n      durationMinutes\n      swapRoles\n      myRole\n      lastSeq\n      createdAt\n      endedAt\n      endReason\n      participants { userId displayName role active online }\n      currentPrompt {\n        candidateId\n        pushedAt\n        closedAt\n        hints { index text revealedAt }\n        draft { text language updatedAt }\n        prompt {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          hintCount\n          topics { id title areaTitle }\n          rubric { id title weight }\n          body\n          dsa {\n            harness\n            functionName\n            className\n            params { name type }\n            returns\n            methods { name returns params { name type } }\n            compare\n            examples { input output explanation }\n            hiddenTestCount\n            starterCode { language code }\n          }\n          design {\n            functionalRequirements\n            nonFunctionalRequirements\n            scale { label value }\n          }\n          behavioural {\n            competency\n            star { situation task action result }\n          }\n        }\n      }\n      prompts { candidateId pushedAt closedAt prompt { id slug title kind } }\n      timer { status durationMs remainingMs deadline }\n      chat { at authorId text }\n      notes { at authorId text }\n      scorecards { promptId candidateId interviewerId feedback submittedAt scores { criterionId score } }\n      interviewerMaterial {\n        promptId\n        hints\n        referenceAnswer\n        followUps\n        hiddenTests\n        rubric { id title weight levels { score description } }\n      }\n    }\n  }\n"): typeof import('./graphql').MockSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionEventFields on SessionEvent {\n    seq\n    type\n    actorId\n    createdAt\n    visibility\n    payload\n  }\n"): typeof import('./graphql').SessionEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MockSessionEvents($sessionId: ID!, $afterSeq: Int!) {\n    mockSessionEvents(sessionId: $sessionId, afterSeq: $afterSeq) { ...SessionEventFields }\n  }\n"): typeof import('./graphql').MockSessionEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMockSession($input: CreateMockSessionInput!) {\n    createMockSession(input: $input) { id joinCode stack level status myRole }\n  }\n"): typeof import('./graphql').CreateMockSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinMockSession($code: String!, $role: MockRole!) {\n    joinMockSession(code: $code, role: $role) { id joinCode stack level status myRole }\n  }\n"): typeof import('./graphql').JoinMockSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveMockSession($sessionId: ID!) {\n    leaveMockSession(sessionId: $sessionId) { seq type }\n  }\n"): typeof import('./graphql').LeaveMockSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushPrompt($sessionId: ID!, $promptId: ID) {\n    pushPrompt(sessionId: $sessionId, promptId: $promptId) { seq type }\n  }\n"): typeof import('./graphql').PushPromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealHintToCandidate($sessionId: ID!) {\n    revealHintToCandidate(sessionId: $sessionId) { seq type }\n  }\n"): typeof import('./graphql').RevealHintToCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTimer($sessionId: ID!) {\n    startTimer(sessionId: $sessionId) { seq type }\n  }\n"): typeof import('./graphql').StartTimerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseTimer($sessionId: ID!) {\n    pauseTimer(sessionId: $sessionId) { seq type }\n  }\n"): typeof import('./graphql').PauseTimerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeTimer($sessionId: ID!) {\n    resumeTimer(sessionId: $sessionId) { seq type }\n  }\n"): typeof import('./graphql').ResumeTimerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNote($sessionId: ID!, $text: String!) {\n    addNote(sessionId: $sessionId, text: $text) { seq type }\n  }\n"): typeof import('./graphql').AddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) { seq type }\n  }\n"): typeof import('./graphql').SubmitScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwapRoles($sessionId: ID!) {\n    swapRoles(sessionId: $sessionId) { seq type }\n  }\n"): typeof import('./graphql').SwapRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMockSession($sessionId: ID!) {\n    endMockSession(sessionId: $sessionId) { seq type }\n  }\n"): typeof import('./graphql').EndMockSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDraft($sessionId: ID!, $text: String!, $language: String) {\n    updateDraft(sessionId: $sessionId, text: $text, language: $language) { written }\n  }\n"): typeof import('./graphql').UpdateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendChatMessage($sessionId: ID!, $text: String!) {\n    sendChatMessage(sessionId: $sessionId, text: $text) { seq type }\n  }\n"): typeof import('./graphql').SendChatMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MockSessionFeedback($sessionId: ID!) {\n    mockSessionFeedback(sessionId: $sessionId) {\n      attemptId\n      feedback\n      interviewerId\n      score\n      prompt { id slug title kind }\n      scores { criterionId title weight score }\n    }\n  }\n"): typeof import('./graphql').MockSessionFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MockSessionTimeline($sessionId: ID!) {\n    mockSessionTimeline(sessionId: $sessionId) { ...SessionEventFields }\n  }\n"): typeof import('./graphql').MockSessionTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromptPicker($filter: PromptFilter, $first: Int!) {\n    prompts(filter: $filter, first: $first) {\n      totalCount\n      edges { node { id slug title kind level difficulty suggestedMinutes } }\n    }\n  }\n"): typeof import('./graphql').PromptPickerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromptNote($id: ID!) {\n    prompt(id: $id) {\n      id\n      myNote { body updatedAt }\n    }\n  }\n"): typeof import('./graphql').PromptNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPromptNote($input: SetPromptNoteInput!) {\n    setPromptNote(input: $input) { body updatedAt }\n  }\n"): typeof import('./graphql').SetPromptNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptFields on Attempt {\n    id\n    promptId\n    promptRevision\n    mode\n    status\n    startedAt\n    submittedAt\n    abandonedAt\n    durationMs\n    pausedAt\n    pausedMs\n    answer\n    language\n    hints { index text revealedAt }\n    hintsUsed\n    selfAssessment { criterionId score }\n    scorecard { criterionId score }\n    feedback\n    score\n    rating\n    practiceSetId\n    mockSessionId\n  }\n"): typeof import('./graphql').AttemptFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticePrompt($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      ...PromptText\n      myReview { due state reps }\n    }\n  }\n"): typeof import('./graphql').PracticePromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromptAnswers($id: ID!) {\n    prompt(id: $id) {\n      id\n      answersRevealed\n      referenceAnswer\n      followUps\n      hiddenTests { input output note }\n      rubricDetail { id title weight levels { score description } }\n      myReview { due state scheduledDays }\n    }\n  }\n"): typeof import('./graphql').PromptAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InProgressAttempt($promptId: ID!) {\n    attempts(filter: { promptId: $promptId, status: IN_PROGRESS }, first: 1) {\n      edges { node { ...AttemptFields } }\n    }\n  }\n"): typeof import('./graphql').InProgressAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeAttempt($id: ID!) {\n    attempt(id: $id) { ...AttemptFields }\n  }\n"): typeof import('./graphql').PracticeAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAttempt($input: StartAttemptInput!) {\n    startAttempt(input: $input) { ...AttemptFields }\n  }\n"): typeof import('./graphql').StartAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealHint($attemptId: ID!) {\n    revealHint(attemptId: $attemptId) { ...AttemptFields }\n  }\n"): typeof import('./graphql').RevealHintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) { id answer language }\n  }\n"): typeof import('./graphql').SaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAttempt($input: SubmitAttemptInput!) {\n    submitAttempt(input: $input) { ...AttemptFields }\n  }\n"): typeof import('./graphql').SubmitAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseAttempt($attemptId: ID!) {\n    pauseAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n"): typeof import('./graphql').PauseAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeAttempt($attemptId: ID!) {\n    resumeAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n"): typeof import('./graphql').ResumeAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbandonAttempt($attemptId: ID!) {\n    abandonAttempt(attemptId: $attemptId) { ...AttemptFields }\n  }\n"): typeof import('./graphql').AbandonAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeQueue($stack: Stack, $kinds: [PromptKind!], $level: Level, $topics: [String!], $count: Int!) {\n    practiceQueue(stack: $stack, kinds: $kinds, level: $level, topics: $topics, count: $count) {\n      reason\n      due\n      topic\n      inProgressAttemptId\n      prompt { id slug title kind level difficulty suggestedMinutes topics { id title } }\n    }\n  }\n"): typeof import('./graphql').PracticeQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InProgressAttempts($first: Int!) {\n    attempts(filter: { status: IN_PROGRESS }, first: $first) {\n      totalCount\n      edges { node { id startedAt practiceSetId hintsUsed prompt { id slug title kind suggestedMinutes } } }\n    }\n  }\n"): typeof import('./graphql').InProgressAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueReviews($first: Int!) {\n    dueReviews(first: $first) {\n      totalCount\n      edges { node { promptId due state lapses prompt { id slug title kind } } }\n    }\n  }\n"): typeof import('./graphql').DueReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeSetFields on PracticeSet {\n    id\n    status\n    startedAt\n    finishedAt\n    pausedAt\n    minutes\n    elapsedMs\n    remainingMs\n    submittedCount\n    averageScore\n    stack\n    level\n    kinds\n    topics\n    targets { difficulty targetMs }\n    items {\n      position\n      promptId\n      difficulty\n      targetMs\n      status\n      prompt { id slug title kind }\n      attempt { id status score }\n    }\n  }\n"): typeof import('./graphql').PracticeSetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeSet($id: ID!) {\n    practiceSet(id: $id) { ...PracticeSetFields }\n  }\n"): typeof import('./graphql').PracticeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeSets($first: Int!) {\n    practiceSets(first: $first) {\n      totalCount\n      edges { node { id status startedAt minutes submittedCount averageScore remainingMs items { position } } }\n    }\n  }\n"): typeof import('./graphql').PracticeSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPracticeSet($input: StartPracticeSetInput!) {\n    startPracticeSet(input: $input) { ...PracticeSetFields }\n  }\n"): typeof import('./graphql').StartPracticeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PausePracticeSet($id: ID!) {\n    pausePracticeSet(id: $id) { ...PracticeSetFields }\n  }\n"): typeof import('./graphql').PausePracticeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumePracticeSet($id: ID!) {\n    resumePracticeSet(id: $id) { ...PracticeSetFields }\n  }\n"): typeof import('./graphql').ResumePracticeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPracticeSet($id: ID!) {\n    finishPracticeSet(id: $id) { ...PracticeSetFields }\n  }\n"): typeof import('./graphql').FinishPracticeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressFigures on TopicProgress {\n    attempts\n    prompts\n    averageScore\n    bestScore\n    lastPractisedAt\n    mastery\n    retrievability\n    recentScore\n    evidence\n    promptsAnswered\n    promptsAvailable\n    dueReviews\n  }\n"): typeof import('./graphql').ProgressFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Progress($stack: Stack!, $from: String, $to: String) {\n    progress(stack: $stack, from: $from, to: $to) {\n      stack\n      from\n      to\n      timeZone\n      weeks\n      overall {\n        attempts\n        prompts\n        averageScore\n        bestScore\n        lastPractisedAt\n        mastery\n        promptsAnswered\n        promptsAvailable\n        dueReviews\n        trend { weekStart attempts averageScore }\n      }\n      kinds {\n        kind\n        attempts\n        averageScore\n        mastery\n        promptsAnswered\n        promptsAvailable\n        dueReviews\n      }\n      topics {\n        topic { id title area areaTitle }\n        ...ProgressFigures\n        trend { weekStart attempts averageScore }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadinessFields on Readiness {\n    stack\n    level\n    title\n    summary\n    readiness\n    coverage\n    masteryOfCovered\n    totalWeight\n    topics {\n      topic { id title areaTitle }\n      weight\n      mastery\n      practised\n      contribution\n      gap\n    }\n  }\n"): typeof import('./graphql').ReadinessFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Readiness($stack: Stack!) {\n    junior: readiness(stack: $stack, level: JUNIOR) { ...ReadinessFields }\n    mid: readiness(stack: $stack, level: MID) { ...ReadinessFields }\n    senior: readiness(stack: $stack, level: SENIOR) { ...ReadinessFields }\n    staff: readiness(stack: $stack, level: STAFF) { ...ReadinessFields }\n  }\n"): typeof import('./graphql').ReadinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeakestTopics($stack: Stack!) {\n    weakestTopics(stack: $stack, count: 5, perTopic: 3) {\n      topic { id title areaTitle }\n      mastery\n      recentScore\n      attempts\n      dueReviews\n      promptsAnswered\n      promptsAvailable\n      recommended {\n        reason\n        prompt { id slug title kind difficulty }\n      }\n    }\n  }\n"): typeof import('./graphql').WeakestTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activity {\n    activity { date attempts averageScore }\n  }\n"): typeof import('./graphql').ActivityDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
