import type { Difficulty, Level, PromptKind, Stack } from '../gql/graphql';

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
