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
    "\n  query CatalogFacets {\n    stacks { id title promptCount frameworks }\n    topics { id area areaTitle title promptCount }\n  }\n": typeof types.CatalogFacetsDocument,
    "\n  query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {\n    prompts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          stacks\n          tags\n          topics { id title }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CatalogPromptsDocument,
    "\n  query PromptDetail($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      body\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      tags\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      dsa {\n        harness\n        functionName\n        className\n        params { name type }\n        returns\n        methods { name returns params { name type } }\n        compare\n        examples { input output explanation }\n        hiddenTestCount\n        starterCode { language code }\n      }\n      design {\n        functionalRequirements\n        nonFunctionalRequirements\n        scale { label value }\n      }\n      behavioural {\n        competency\n        star { situation task action result }\n      }\n    }\n  }\n": typeof types.PromptDetailDocument,
};
const documents: Documents = {
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n  }\n": types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n  }\n": types.UpdateProfileDocument,
    "\n  subscription AccountEvents {\n    accountEvents {\n      type\n      occurredAt\n      sessionId\n      reason\n      profile { id email displayName targetStack targetLevel timezone dailyGoal createdAt }\n    }\n  }\n": types.AccountEventsDocument,
    "\n  query CatalogFacets {\n    stacks { id title promptCount frameworks }\n    topics { id area areaTitle title promptCount }\n  }\n": types.CatalogFacetsDocument,
    "\n  query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {\n    prompts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          stacks\n          tags\n          topics { id title }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CatalogPromptsDocument,
    "\n  query PromptDetail($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      body\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      tags\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      dsa {\n        harness\n        functionName\n        className\n        params { name type }\n        returns\n        methods { name returns params { name type } }\n        compare\n        examples { input output explanation }\n        hiddenTestCount\n        starterCode { language code }\n      }\n      design {\n        functionalRequirements\n        nonFunctionalRequirements\n        scale { label value }\n      }\n      behavioural {\n        competency\n        star { situation task action result }\n      }\n    }\n  }\n": types.PromptDetailDocument,
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
export function graphql(source: "\n  query CatalogFacets {\n    stacks { id title promptCount frameworks }\n    topics { id area areaTitle title promptCount }\n  }\n"): typeof import('./graphql').CatalogFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {\n    prompts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          kind\n          level\n          difficulty\n          suggestedMinutes\n          stacks\n          tags\n          topics { id title }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').CatalogPromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromptDetail($slug: String!) {\n    prompt(slug: $slug) {\n      id\n      slug\n      title\n      body\n      kind\n      level\n      difficulty\n      suggestedMinutes\n      stacks\n      tags\n      hintCount\n      revision\n      topics { id title areaTitle }\n      rubric { id title weight }\n      dsa {\n        harness\n        functionName\n        className\n        params { name type }\n        returns\n        methods { name returns params { name type } }\n        compare\n        examples { input output explanation }\n        hiddenTestCount\n        starterCode { language code }\n      }\n      design {\n        functionalRequirements\n        nonFunctionalRequirements\n        scale { label value }\n      }\n      behavioural {\n        competency\n        star { situation task action result }\n      }\n    }\n  }\n"): typeof import('./graphql').PromptDetailDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
