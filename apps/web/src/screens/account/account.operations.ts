import { graphql } from '../../gql';

// The profile's own operations stay in auth/auth.operations.ts: the session keeps the user they return.

/** How reviews are scheduled for the signed-in user (FSRS desired retention, a fraction). */
export const ReviewSettingsQuery = graphql(`
  query ReviewSettings {
    reviewSettings { desiredRetention }
  }
`);

export const SetReviewSettingsMutation = graphql(`
  mutation SetReviewSettings($input: SetReviewSettingsInput!) {
    setReviewSettings(input: $input) { desiredRetention }
  }
`);
