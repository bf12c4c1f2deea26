import type { Level, MockRole, Stack } from '../../gql/graphql';
import { storage } from '../../lib/storage';

/**
 * Mock sessions this browser took part in, newest first, so home and the mock page can offer
 * to go back to one (the API has no list of a user's sessions). Kept per user.
 */
export interface RecentSession {
  id: string;
  joinCode: string;
  stack: Stack;
  level: Level;
  role: MockRole | null;
  /** When it was last opened here, ISO. */
  at: string;
  ended: boolean;
}

const KEY = (userId: string) => `prepstack.mock.recent.${userId}`;
const MAX = 8;

export function recentSessions(userId: string): RecentSession[] {
  try {
    const list = JSON.parse(storage.get(KEY(userId)) ?? '[]') as RecentSession[];
    return Array.isArray(list) ? list.filter((s) => typeof s?.id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberSession(userId: string, session: RecentSession): void {
  const rest = recentSessions(userId).filter((s) => s.id !== session.id);
  storage.set(KEY(userId), JSON.stringify([session, ...rest].slice(0, MAX)));
}

/** The prompts planned at creation (ids and titles), which only the creator's browser knows. */
export interface PlannedPrompt {
  id: string;
  title: string;
}

export const planOf = (sessionId: string): PlannedPrompt[] => {
  try {
    const plan = JSON.parse(storage.get(`prepstack.mock.plan.${sessionId}`) ?? '[]') as PlannedPrompt[];
    return Array.isArray(plan) ? plan : [];
  } catch {
    return [];
  }
};

export const savePlan = (sessionId: string, plan: PlannedPrompt[]) => storage.set(`prepstack.mock.plan.${sessionId}`, plan.length ? JSON.stringify(plan) : null);
