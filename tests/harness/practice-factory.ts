import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { LOGIN, RegisteredUser } from './identity-factory';
import type { GqlResponse, TestApp } from './test-app';

/** The fields of Attempt the tests read. */
export const ATTEMPT_FIELDS = `id promptId promptRevision mode status startedAt submittedAt abandonedAt durationMs pausedAt pausedMs answer language
  hints { index text revealedAt } hintsUsed selfAssessment { criterionId score } scorecard { criterionId score } feedback
  score rating practiceSetId mockSessionId`;

export const START_ATTEMPT = `mutation Start($input: StartAttemptInput!) { startAttempt(input: $input) { ${ATTEMPT_FIELDS} } }`;
export const REVEAL_HINT = `mutation Hint($attemptId: ID!) { revealHint(attemptId: $attemptId) { ${ATTEMPT_FIELDS} } }`;
export const SAVE_DRAFT = `mutation Draft($input: SaveDraftInput!) { saveDraft(input: $input) { ${ATTEMPT_FIELDS} } }`;
export const SUBMIT_ATTEMPT = `mutation Submit($input: SubmitAttemptInput!) { submitAttempt(input: $input) { ${ATTEMPT_FIELDS} } }`;
export const ABANDON_ATTEMPT = `mutation Abandon($attemptId: ID!) { abandonAttempt(attemptId: $attemptId) { ${ATTEMPT_FIELDS} } }`;

/** The first error's code, for short assertions. */
export const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;

/** Asserts one error with this code (and extensions), and nothing leaked (stack, SQL). */
export function expectError(res: GqlResponse, code: string, extensions: Record<string, unknown> = {}): void {
  expect(res.errors, JSON.stringify(res.body)).toHaveLength(1);
  expect(res.errors![0].extensions).toMatchObject({ code, ...extensions });
  expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js:\d+|SELECT|INSERT|UPDATE /);
}

/** Data of a response that must have succeeded. */
export function ok<T = any>(res: GqlResponse<T>): T {
  expect(res.errors, JSON.stringify(res.body)).toBeUndefined();
  return res.data as T;
}

/**
 * Signs the user in again (after the test clock moved past the access token's 15 minutes).
 * @returns the user's fresh `auth` headers (also stored on the user)
 */
export async function signIn(t: TestApp, user: RegisteredUser): Promise<Record<string, string>> {
  const res = await t.gql(LOGIN, { input: { email: user.email, password: user.password } });
  const token = ok(res).login.accessToken;
  user.auth = { authorization: `Bearer ${token}` };
  user.accessToken = token;
  return user.auth;
}

/** The prompt's id by slug (public query). */
export async function promptId(t: TestApp, slug: string): Promise<string> {
  return ok(await t.gql('query($slug: String!) { prompt(slug: $slug) { id } }', { slug })).prompt.id;
}

/** Starts (or resumes) a solo attempt; returns the attempt. */
export async function startAttempt(t: TestApp, user: RegisteredUser, prompt: string, practiceSetId?: string): Promise<any> {
  return ok(await t.gql(START_ATTEMPT, { input: { promptId: prompt, practiceSetId } }, user.auth)).startAttempt;
}

/** A self-assessment giving `scores[i]` to the content factory's `criterion-<i+1>`. */
export const assessment = (...scores: number[]) => scores.map((score, i) => ({ criterionId: `criterion-${i + 1}`, score }));

export interface SubmitOptions {
  answer?: string;
  language?: string | null;
  selfAssessment?: { criterionId: string; score: number }[];
  rating?: 'AGAIN' | 'HARD' | 'GOOD' | 'EASY';
  idempotencyKey?: string;
}

/** The submitAttempt input with valid defaults for a two-criterion rubric. */
export function submitInput(attemptId: string, options: SubmitOptions = {}) {
  return {
    attemptId,
    answer: options.answer ?? 'My answer.',
    language: options.language ?? null,
    selfAssessment: options.selfAssessment ?? assessment(2, 2),
    rating: options.rating ?? 'GOOD',
    idempotencyKey: options.idempotencyKey ?? randomUUID(),
  };
}

/** Submits with valid defaults; returns the raw response. */
export function submit(t: TestApp, user: RegisteredUser, attemptId: string, options: SubmitOptions = {}): Promise<GqlResponse> {
  return t.gql(SUBMIT_ATTEMPT, { input: submitInput(attemptId, options) }, user.auth);
}

/** Starts and submits an attempt on a prompt; returns the submitted attempt. */
export async function practise(t: TestApp, user: RegisteredUser, prompt: string, options: SubmitOptions = {}): Promise<any> {
  const attempt = await startAttempt(t, user, prompt);
  return ok(await submit(t, user, attempt.id, options)).submitAttempt;
}
