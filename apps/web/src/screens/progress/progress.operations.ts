import { graphql } from '../../gql';

/** The figures every progress row shares (topic, kind, whole stack). */
export const ProgressFiguresFragment = graphql(`
  fragment ProgressFigures on TopicProgress {
    attempts
    prompts
    averageScore
    bestScore
    lastPractisedAt
    mastery
    retrievability
    recentScore
    evidence
    promptsAnswered
    promptsAvailable
    dueReviews
  }
`);

/** Where the user stands in one stack over a window of days: per topic, per kind, overall, with weekly trends. */
export const ProgressQuery = graphql(`
  query Progress($stack: Stack!, $from: String, $to: String) {
    progress(stack: $stack, from: $from, to: $to) {
      stack
      from
      to
      timeZone
      weeks
      overall {
        attempts
        prompts
        averageScore
        bestScore
        lastPractisedAt
        mastery
        promptsAnswered
        promptsAvailable
        dueReviews
        trend { weekStart attempts averageScore }
      }
      kinds {
        kind
        attempts
        averageScore
        mastery
        promptsAnswered
        promptsAvailable
        dueReviews
      }
      topics {
        topic { id title area areaTitle }
        ...ProgressFigures
        trend { weekStart attempts averageScore }
      }
    }
  }
`);

/** Readiness for one role profile, with each of its topics. */
export const ReadinessFieldsFragment = graphql(`
  fragment ReadinessFields on Readiness {
    stack
    level
    title
    summary
    readiness
    coverage
    masteryOfCovered
    totalWeight
    topics {
      topic { id title areaTitle }
      weight
      mastery
      practised
      contribution
      gap
    }
  }
`);

/** Readiness for every level of a stack, whole: choosing a level needs no second request. */
export const ReadinessQuery = graphql(`
  query Readiness($stack: Stack!) {
    junior: readiness(stack: $stack, level: JUNIOR) { ...ReadinessFields }
    mid: readiness(stack: $stack, level: MID) { ...ReadinessFields }
    senior: readiness(stack: $stack, level: SENIOR) { ...ReadinessFields }
    staff: readiness(stack: $stack, level: STAFF) { ...ReadinessFields }
  }
`);

/** The topics to work on next in a stack, each with prompts to practise. */
export const WeakestTopicsQuery = graphql(`
  query WeakestTopics($stack: Stack!) {
    weakestTopics(stack: $stack, count: 5, perTopic: 3) {
      topic { id title areaTitle }
      mastery
      recentScore
      attempts
      dueReviews
      promptsAnswered
      promptsAvailable
      recommended {
        reason
        prompt { id slug title kind difficulty }
      }
    }
  }
`);

/** Submitted attempts per day over the last year: the heatmap. */
export const ActivityQuery = graphql(`
  query Activity {
    activity { date attempts averageScore }
  }
`);
