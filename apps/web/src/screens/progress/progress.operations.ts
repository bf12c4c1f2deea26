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

/** Readiness for every level of a stack (the overview), and the detail for the chosen level. */
export const ReadinessQuery = graphql(`
  query Readiness($stack: Stack!, $level: Level!) {
    junior: readiness(stack: $stack, level: JUNIOR) { level readiness }
    mid: readiness(stack: $stack, level: MID) { level readiness }
    senior: readiness(stack: $stack, level: SENIOR) { level readiness }
    staff: readiness(stack: $stack, level: STAFF) { level readiness }
    detail: readiness(stack: $stack, level: $level) {
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
