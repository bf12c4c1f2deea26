import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, forgetting_curve, generatorParameters, Rating } from 'ts-fsrs';
import { EVIDENCE_PROMPTS, FORGETTING_CURVE, masteryOf, retrievabilityAt, scoreWeight } from './mastery';

const DAY = 86_400_000;
const none = { cards: 0, retrievabilitySum: 0, weightedScoreSum: 0, weightSum: 0, promptsAnswered: 0, promptsAvailable: 0 };

describe('FSRS retrievability (the formula the SQL computes)', () => {
  it('uses the FSRS-6 constants of ts-fsrs: DECAY = -0.1542, FACTOR = 0.9^(1/DECAY) - 1', () => {
    expect(FORGETTING_CURVE.decay).toBe(-0.1542);
    expect(FORGETTING_CURVE.factor).toBeCloseTo(Math.pow(0.9, 1 / -0.1542) - 1, 8);
  });

  it('equals ts-fsrs forgetting_curve, and is 0.9 after S days', () => {
    const w = generatorParameters().w;
    for (const [t, s] of [[0, 2.3065], [1, 2.3065], [7, 2.3065], [30, 10.5], [365, 80]]) {
      expect(retrievabilityAt(t, s)).toBeCloseTo(forgetting_curve(w, t, s), 8);
    }
    expect(retrievabilityAt(12, 12)).toBeCloseTo(0.9, 8);
    expect(retrievabilityAt(0, 5)).toBe(1);
  });

  it('matches the retrievability ts-fsrs reports for a scheduled card, counting whole days', () => {
    const scheduler = fsrs(generatorParameters({ enable_short_term: false }));
    const reviewed = new Date('2025-06-02T08:00:00Z');
    const { card } = scheduler.next(createEmptyCard(reviewed), reviewed, Rating.Good);
    const later = new Date(reviewed.getTime() + 10.7 * DAY);
    const elapsed = Math.floor((later.getTime() - reviewed.getTime()) / DAY);
    expect(retrievabilityAt(elapsed, card.stability)).toBeCloseTo(scheduler.get_retrievability(card, later, false), 7);
  });
});

describe('masteryOf', () => {
  it('is 0 without attempts or without reviewed cards', () => {
    expect(masteryOf(none)).toEqual({ mastery: 0, retrievability: null, recentScore: null, evidence: 0 });
    expect(masteryOf({ ...none, weightedScoreSum: 90, weightSum: 1, promptsAnswered: 1, promptsAvailable: 3 }).mastery).toBe(0);
  });

  it('multiplies retrievability, the recency-weighted score and evidence (hand-computed)', () => {
    // One card just reviewed (R = 1), one score of 90 today, 1 of 3 prompts answered: 1 × 0.9 × 1/3.
    expect(masteryOf({ cards: 1, retrievabilitySum: 1, weightedScoreSum: 90, weightSum: 1, promptsAnswered: 1, promptsAvailable: 3 })).toEqual({
      mastery: 0.3,
      retrievability: 1,
      recentScore: 90,
      evidence: 0.3333,
    });
    // Scores 40 (30 days ago, weight 0.5) and 100 (today, weight 1): Ŝ = (20 + 100) / 1.5 = 80.
    // Cards at R 0.8 and 1: R̄ = 0.9. Two of two prompts answered: E = 1. M = 0.9 × 0.8 = 0.72.
    expect(
      masteryOf({ cards: 2, retrievabilitySum: 1.8, weightedScoreSum: 40 * 0.5 + 100, weightSum: 1.5, promptsAnswered: 2, promptsAvailable: 2 }),
    ).toEqual({ mastery: 0.72, retrievability: 0.9, recentScore: 80, evidence: 1 });
  });

  it(`needs ${EVIDENCE_PROMPTS} prompts for full evidence, or every prompt when fewer exist`, () => {
    const base = { cards: 1, retrievabilitySum: 1, weightedScoreSum: 100, weightSum: 1 };
    expect(masteryOf({ ...base, promptsAnswered: 2, promptsAvailable: 10 }).evidence).toBe(0.6667);
    expect(masteryOf({ ...base, promptsAnswered: 3, promptsAvailable: 10 }).evidence).toBe(1);
    expect(masteryOf({ ...base, promptsAnswered: 1, promptsAvailable: 1 }).mastery).toBe(1);
    // a retired prompt answered still counts when nothing is available any more
    expect(masteryOf({ ...base, promptsAnswered: 1, promptsAvailable: 0 }).evidence).toBe(1);
  });

  it('weighs a score by 0.5^(age in days / 30)', () => {
    expect(scoreWeight(0)).toBe(1);
    expect(scoreWeight(30)).toBeCloseTo(0.5, 12);
    expect(scoreWeight(60)).toBeCloseTo(0.25, 12);
    expect(scoreWeight(-5)).toBe(1);
  });
});
