import { graphql } from '../gql';

/** The user's current and longest streak of days with a submitted attempt (in their time zone). */
export const StreakQuery = graphql(`
  query Streak {
    streak {
      activeToday
      current
      currentStart
      lastActiveDay
      longest
      longestStart
      longestEnd
      timeZone
      today
    }
  }
`);
