/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountEventType =
  | 'PROFILE_UPDATED'
  | 'SESSION_REVOKED';

export type Difficulty =
  | 'EASY'
  | 'HARD'
  | 'MEDIUM';

/** What the role expects, not years of experience. */
export type Level =
  | 'JUNIOR'
  | 'MID'
  | 'SENIOR'
  | 'STAFF';

export type LoginInput = {
  email: string;
  password: string;
};

/** Every field narrows the result; unset fields do not filter. */
export type PromptFilter = {
  difficulty?: Difficulty | null | undefined;
  kind?: PromptKind | null | undefined;
  level?: Level | null | undefined;
  /** Full-text search (web-search syntax: words, "phrases", -excluded); results ranked by relevance. */
  search?: string | null | undefined;
  /** Prompts for this stack, cross-stack ones included. */
  stack?: Stack | null | undefined;
  tag?: string | null | undefined;
  /** A topic id (`dsa/graphs`) or a whole area (`dsa`). */
  topic?: string | null | undefined;
};

export type PromptKind =
  | 'BEHAVIOURAL'
  | 'DSA'
  | 'KNOWLEDGE'
  | 'SYSTEM_DESIGN';

export type RegisterInput = {
  /** Shown to interview partners; 1 to 60 characters. */
  displayName: string;
  /** Trimmed and lower-cased; must not belong to another account. */
  email: string;
  /** 10 to 128 characters. */
  password: string;
};

/** Why a session ended before its tokens expired. */
export type SessionRevokeReason =
  | 'LOGOUT'
  | 'REUSE';

/** A backend tech stack (track). */
export type Stack =
  | 'dotnet'
  | 'go'
  | 'java'
  | 'node'
  | 'python';

export type UpdateProfileInput = {
  /** Prompts per day, 1..50. */
  dailyGoal?: number | null | undefined;
  targetLevel?: Level | null | undefined;
  targetStack?: Stack | null | undefined;
  /** IANA time zone, e.g. Europe/Berlin. */
  timezone?: string | null | undefined;
};

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } } };

export type RefreshTokenMutationVariables = Exact<{
  token: string;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } };

export type AccountEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccountEventsSubscription = { accountEvents: { type: AccountEventType, occurredAt: string, sessionId: string | null, reason: SessionRevokeReason | null, profile: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } | null } };

export type CatalogFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogFacetsQuery = { stacks: Array<{ id: Stack, title: string, promptCount: number, frameworks: Array<string> }>, topics: Array<{ id: string, area: string, areaTitle: string, title: string, promptCount: number }> };

export type CatalogPromptsQueryVariables = Exact<{
  filter?: PromptFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CatalogPromptsQuery = { prompts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number, stacks: Array<Stack>, tags: Array<string>, topics: Array<{ id: string, title: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PromptDetailQueryVariables = Exact<{
  slug: string;
}>;


export type PromptDetailQuery = { prompt: { id: string, slug: string, title: string, body: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number, stacks: Array<Stack>, tags: Array<string>, hintCount: number, revision: number, topics: Array<{ id: string, title: string, areaTitle: string }>, rubric: Array<{ id: string, title: string, weight: number }>, dsa: { harness: string, functionName: string | null, className: string | null, returns: string | null, compare: string, hiddenTestCount: number, params: Array<{ name: string, type: string }>, methods: Array<{ name: string, returns: string, params: Array<{ name: string, type: string }> }>, examples: Array<{ input: unknown, output: unknown, explanation: string | null }>, starterCode: Array<{ language: string, code: string }> } | null, design: { functionalRequirements: Array<string>, nonFunctionalRequirements: Array<string>, scale: Array<{ label: string, value: string }> } | null, behavioural: { competency: string, star: { situation: string, task: string, action: string, result: string } } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      displayName
      targetStack
      targetLevel
      timezone
      dailyGoal
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      displayName
      targetStack
      targetLevel
      timezone
      dailyGoal
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($token: String!) {
  refreshToken(token: $token) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      displayName
      targetStack
      targetLevel
      timezone
      dailyGoal
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    targetStack
    targetLevel
    timezone
    dailyGoal
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    email
    displayName
    targetStack
    targetLevel
    timezone
    dailyGoal
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const AccountEventsDocument = new TypedDocumentString(`
    subscription AccountEvents {
  accountEvents {
    type
    occurredAt
    sessionId
    reason
    profile {
      id
      email
      displayName
      targetStack
      targetLevel
      timezone
      dailyGoal
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccountEventsSubscription, AccountEventsSubscriptionVariables>;
export const CatalogFacetsDocument = new TypedDocumentString(`
    query CatalogFacets {
  stacks {
    id
    title
    promptCount
    frameworks
  }
  topics {
    id
    area
    areaTitle
    title
    promptCount
  }
}
    `) as unknown as TypedDocumentString<CatalogFacetsQuery, CatalogFacetsQueryVariables>;
export const CatalogPromptsDocument = new TypedDocumentString(`
    query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {
  prompts(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        slug
        title
        kind
        level
        difficulty
        suggestedMinutes
        stacks
        tags
        topics {
          id
          title
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogPromptsQuery, CatalogPromptsQueryVariables>;
export const PromptDetailDocument = new TypedDocumentString(`
    query PromptDetail($slug: String!) {
  prompt(slug: $slug) {
    id
    slug
    title
    body
    kind
    level
    difficulty
    suggestedMinutes
    stacks
    tags
    hintCount
    revision
    topics {
      id
      title
      areaTitle
    }
    rubric {
      id
      title
      weight
    }
    dsa {
      harness
      functionName
      className
      params {
        name
        type
      }
      returns
      methods {
        name
        returns
        params {
          name
          type
        }
      }
      compare
      examples {
        input
        output
        explanation
      }
      hiddenTestCount
      starterCode {
        language
        code
      }
    }
    design {
      functionalRequirements
      nonFunctionalRequirements
      scale {
        label
        value
      }
    }
    behavioural {
      competency
      star {
        situation
        task
        action
        result
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PromptDetailQuery, PromptDetailQueryVariables>;