import { QueueReason } from './domain';

/** A topic where the user's mean score is below this (0..100) counts as weak. */
export const WEAK_TOPIC_SCORE = 70;

/** A prompt as the queue sees it: its id and topic ids (`dsa/graphs`). */
export interface QueuePrompt {
  id: string;
  topics: readonly string[];
}

export interface QueueInput {
  /** Active prompts matching the filter, in catalog order (level, difficulty, title). */
  candidates: readonly QueuePrompt[];
  /** The user's review cards due now (before the end of their local day), any prompt. */
  due: readonly { promptId: string; due: Date }[];
  /** Prompts the user has a review card for, i.e. submitted an attempt on at least once. */
  seen: ReadonlySet<string>;
  /** The user's latest submitted score (0..100) per prompt, with the prompt's topics. */
  scores: readonly { promptId: string; topics: readonly string[]; score: number }[];
  /** Prompt id → the user's attempt in progress on it. */
  inProgress: ReadonlyMap<string, string>;
  /** Most entries to return. */
  count: number;
}

export interface QueueEntry {
  promptId: string;
  reason: QueueReason;
  /** DUE_REVIEW: when the card fell due. */
  due: Date | null;
  /** WEAK_TOPIC: the weak topic that brought the prompt in. */
  topic: string | null;
  /** The user's attempt in progress on the prompt, to resume rather than start again. */
  inProgressAttemptId: string | null;
}

export interface TopicScore {
  topic: string;
  /** Mean of the latest scores of the prompts answered in the topic, 0..100. */
  meanScore: number;
  /** Prompts answered in the topic. */
  prompts: number;
}

/**
 * The user's weak topics, weakest first: topics whose mean latest score (one score per prompt,
 * the latest submitted) is below {@link WEAK_TOPIC_SCORE}; ties by topic id.
 */
export function weakTopics(scores: QueueInput['scores']): TopicScore[] {
  const sums = new Map<string, { total: number; prompts: number }>();
  for (const { topics, score } of scores) {
    for (const topic of topics) {
      const s = sums.get(topic) ?? { total: 0, prompts: 0 };
      s.total += score;
      s.prompts += 1;
      sums.set(topic, s);
    }
  }
  return [...sums]
    .map(([topic, s]) => ({ topic, meanScore: s.total / s.prompts, prompts: s.prompts }))
    .filter((t) => t.meanScore < WEAK_TOPIC_SCORE)
    .sort((a, b) => a.meanScore - b.meanScore || a.topic.localeCompare(b.topic));
}

/**
 * The practice queue, in this order, each prompt at most once and at most `count` entries:
 *
 * 1. DUE_REVIEW: prompts matching the filter whose review card is due, most overdue first
 *    (due ascending, then prompt id);
 * 2. WEAK_TOPIC: prompts matching the filter the user never submitted, from the user's weak
 *    topics (see {@link weakTopics}), weakest topic first, catalog order within a topic;
 * 3. NEW: the other prompts matching the filter the user never submitted, in catalog order.
 *
 * A prompt with an attempt in progress appears once, in whichever group it falls, carrying the
 * attempt's id so the client resumes it.
 */
export function buildQueue(input: QueueInput): QueueEntry[] {
  const out: QueueEntry[] = [];
  const listed = new Set<string>();
  const candidates = new Map(input.candidates.map((p) => [p.id, p]));
  const add = (promptId: string, reason: QueueReason, due: Date | null, topic: string | null) => {
    if (out.length >= input.count || listed.has(promptId)) return;
    listed.add(promptId);
    out.push({ promptId, reason, due, topic, inProgressAttemptId: input.inProgress.get(promptId) ?? null });
  };

  const due = input.due
    .filter((d) => candidates.has(d.promptId))
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.promptId.localeCompare(b.promptId));
  for (const d of due) add(d.promptId, QueueReason.DUE_REVIEW, d.due, null);

  const unseen = input.candidates.filter((p) => !input.seen.has(p.id));
  for (const { topic } of weakTopics(input.scores)) {
    for (const p of unseen) if (p.topics.includes(topic)) add(p.id, QueueReason.WEAK_TOPIC, null, topic);
  }
  for (const p of unseen) add(p.id, QueueReason.NEW, null, null);
  return out;
}
