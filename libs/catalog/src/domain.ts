/**
 * The catalog's vocabulary (DESIGN.md, the domain), defined once: the content schema validates
 * against these values and the GraphQL schema exposes them.
 */

/** Tech stacks; the values are the ids content files write. */
export enum Stack {
  java = 'java',
  python = 'python',
  node = 'node',
  go = 'go',
  dotnet = 'dotnet',
}

export enum PromptKind {
  DSA = 'DSA',
  SYSTEM_DESIGN = 'SYSTEM_DESIGN',
  BEHAVIOURAL = 'BEHAVIOURAL',
  KNOWLEDGE = 'KNOWLEDGE',
}

/** What the role expects, not years of experience. */
export enum Level {
  JUNIOR = 'JUNIOR',
  MID = 'MID',
  SENIOR = 'SENIOR',
  STAFF = 'STAFF',
}

export enum Difficulty {
  EASY = 'EASY',
  MEDIUM = 'MEDIUM',
  HARD = 'HARD',
}

/** Display order of levels and difficulties (catalog sort). */
export const LEVEL_ORDER: Record<Level, number> = { JUNIOR: 0, MID: 1, SENIOR: 2, STAFF: 3 };
export const DIFFICULTY_ORDER: Record<Difficulty, number> = { EASY: 0, MEDIUM: 1, HARD: 2 };
