import type { Stack } from '../gql/graphql';
import { STACK_LANGUAGE } from './labels';
import { storage } from './storage';

let targetStack: Stack | null = null;

/** The signed-in user's target stack, which picks the default starter-code language. */
export function setTargetStack(stack: Stack | null): void {
  targetStack = stack;
}

/** The language to show first: the last one chosen, else the target stack's, else the first offered. */
export function preferredLanguage(available: string[]): string {
  const chosen = storage.get('prepstack.language');
  if (chosen && available.includes(chosen)) return chosen;
  const byStack = targetStack ? STACK_LANGUAGE[targetStack] : undefined;
  if (byStack && available.includes(byStack)) return byStack;
  return available[0] ?? 'typescript';
}
