import type { AttemptMode, AttemptStatus, Difficulty, Level, MockRole, PromptKind, QueueReason, ReviewRating, Stack } from '../gql/graphql';

// Typed by the schema's enums: a value added or renamed there fails the web build here.

export const KIND_LABEL: Record<PromptKind, string> = {
  DSA: 'DSA',
  SYSTEM_DESIGN: 'System design',
  BEHAVIOURAL: 'Behavioural',
  KNOWLEDGE: 'Knowledge',
};

export const LEVEL_LABEL: Record<Level, string> = { JUNIOR: 'Junior', MID: 'Mid', SENIOR: 'Senior', STAFF: 'Staff' };

export const DIFFICULTY_LABEL: Record<Difficulty, string> = { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard' };

/** Display order of the schema's (alphabetically sorted) enums. */
export const KINDS: PromptKind[] = ['DSA', 'SYSTEM_DESIGN', 'BEHAVIOURAL', 'KNOWLEDGE'];
export const LEVELS: Level[] = ['JUNIOR', 'MID', 'SENIOR', 'STAFF'];
export const DIFFICULTIES: Difficulty[] = ['EASY', 'MEDIUM', 'HARD'];

/** Used until the API's `stacks` answer arrives. */
export const STACK_LABEL: Record<Stack, string> = { java: 'Java', python: 'Python', node: 'Node.js', go: 'Go', dotnet: 'C#/.NET' };
export const STACKS: Stack[] = ['java', 'python', 'node', 'go', 'dotnet'];

/** Languages of DSA starter code (StarterCode.language). */
export const LANGUAGE_LABEL: Record<string, string> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python',
  java: 'Java',
  go: 'Go',
  csharp: 'C#',
};

/** The language a candidate on a stack most likely writes. */
export const STACK_LANGUAGE: Record<Stack, string> = { java: 'java', python: 'python', node: 'typescript', go: 'go', dotnet: 'csharp' };

export const isOneOf = <T extends string>(values: readonly T[], value: string | null | undefined): value is T =>
  value != null && (values as readonly string[]).includes(value);

/** Review ratings (FSRS grades) in the order a person picks them, with what each means. */
export const RATINGS: ReviewRating[] = ['AGAIN', 'HARD', 'GOOD', 'EASY'];
export const RATING_LABEL: Record<ReviewRating, string> = { AGAIN: 'Again', HARD: 'Hard', GOOD: 'Good', EASY: 'Easy' };
export const RATING_HINT: Record<ReviewRating, string> = {
  AGAIN: 'I could not answer it; show it again soon.',
  HARD: 'I got there with real difficulty.',
  GOOD: 'I answered it with some effort.',
  EASY: 'I answered it without effort.',
};

/** What a rubric score means before the rubric's own level descriptions show (after a submit). */
export const SCORE_LABEL: Record<number, string> = { 0: 'Not addressed', 1: 'Touched on', 2: 'Covered, with gaps', 3: 'Covered fully' };
export const CRITERION_SCORES = [0, 1, 2, 3] as const;

export const ATTEMPT_STATUS_LABEL: Record<AttemptStatus, string> = { IN_PROGRESS: 'In progress', SUBMITTED: 'Submitted', ABANDONED: 'Abandoned' };
export const ATTEMPT_MODE_LABEL: Record<AttemptMode, string> = { SOLO: 'Solo', MOCK: 'Mock interview' };
export const ATTEMPT_STATUSES: AttemptStatus[] = ['IN_PROGRESS', 'SUBMITTED', 'ABANDONED'];
export const ATTEMPT_MODES: AttemptMode[] = ['SOLO', 'MOCK'];

export const ROLE_LABEL: Record<MockRole, string> = { INTERVIEWER: 'Interviewer', CANDIDATE: 'Candidate', OBSERVER: 'Observer' };
export const ROLES: MockRole[] = ['INTERVIEWER', 'CANDIDATE', 'OBSERVER'];

export const QUEUE_REASON_LABEL: Record<QueueReason, string> = { DUE_REVIEW: 'Review due', WEAK_TOPIC: 'Weak topic', NEW: 'New' };

/** A date and time in the reader's locale, short. */
export const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const dateOnly = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/**
 * A YYYY-MM-DD day in the reader's locale ("16 Nov 2026"). Formatted in UTC: the day is already
 * the profile's, and a local zone west of Greenwich would show the day before.
 */
export function dayLabel(day: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { ...options, timeZone: 'UTC' });
}
