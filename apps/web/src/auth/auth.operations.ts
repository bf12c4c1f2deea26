import { graphql } from '../gql';

// The user fields the client keeps with the session (identity's User type).
export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }
    }
  }
`);

export const RefreshTokenMutation = graphql(`
  mutation RefreshToken($token: String!) {
    refreshToken(token: $token) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const MeQuery = graphql(`
  query Me {
    me { id email displayName targetStack targetLevel timezone dailyGoal createdAt }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { id email displayName targetStack targetLevel timezone dailyGoal createdAt }
  }
`);

export const AccountEventsSubscription = graphql(`
  subscription AccountEvents {
    accountEvents {
      type
      occurredAt
      sessionId
      reason
      profile { id email displayName targetStack targetLevel timezone dailyGoal createdAt }
    }
  }
`);
