import { graphql } from '../../gql';

/** One page of the user's attempts, newest start first (Relay forward paging: first/after). */
export const AttemptHistoryQuery = graphql(`
  query AttemptHistory($filter: AttemptFilter, $first: Int!, $after: String) {
    attempts(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          mode
          status
          startedAt
          submittedAt
          durationMs
          score
          rating
          hintsUsed
          mockSessionId
          practiceSetId
          prompt { id slug title kind level difficulty topics { id title } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** One attempt with its prompt, and what the prompt reveals after a submit. */
export const AttemptDetailQuery = graphql(`
  query AttemptDetail($id: ID!) {
    attempt(id: $id) {
      ...AttemptFields
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
        referenceAnswer
        followUps
        hiddenTests { input output note }
        rubricDetail { id title weight levels { score description } }
        myReview { due state }
      }
    }
  }
`);
