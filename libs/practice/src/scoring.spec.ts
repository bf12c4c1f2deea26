import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@prepstack/platform';
import { ReviewRating } from './domain';
import { PracticeException } from './practice.exception';
import { checkCriterionScores, ratingForScore, rubricScore, utf8Bytes } from './scoring';

const rubric = [
  { id: 'correctness', weight: 50 },
  { id: 'complexity', weight: 30 },
  { id: 'communication', weight: 20 },
];
const scores = (c: number, x: number, m: number) => [
  { criterionId: 'correctness', score: c },
  { criterionId: 'complexity', score: x },
  { criterionId: 'communication', score: m },
];

function thrown(fn: () => void): PracticeException {
  try {
    fn();
  } catch (error) {
    return error as PracticeException;
  }
  throw new Error('did not throw');
}

describe('rubricScore', () => {
  it('is 100 with every criterion at 3 and 0 with every criterion at 0', () => {
    expect(rubricScore(rubric, scores(3, 3, 3))).toBe(100);
    expect(rubricScore(rubric, scores(0, 0, 0))).toBe(0);
  });

  it('weighs each criterion: round(100 × Σ w·s / (3 × Σ w))', () => {
    // (50·3 + 30·1 + 20·0) / 300 = 0.6
    expect(rubricScore(rubric, scores(3, 1, 0))).toBe(60);
    // (50·2 + 30·2 + 20·1) / 300 = 0.6
    expect(rubricScore(rubric, scores(2, 2, 1))).toBe(60);
    // (50·1 + 30·0 + 20·0) / 300 = 16.67 → 17
    expect(rubricScore(rubric, scores(1, 0, 0))).toBe(17);
    // (50·0 + 30·0 + 20·1) / 300 = 6.67 → 7
    expect(rubricScore(rubric, scores(0, 0, 1))).toBe(7);
  });

  it('does not need weights to add up to 100', () => {
    expect(rubricScore([{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }], [{ criterionId: 'a', score: 3 }, { criterionId: 'b', score: 0 }])).toBe(50);
  });

  it('rounds halves up', () => {
    // (1·3 + 7·0) / (3 · 8) = 0.125 → 12.5 → 13
    expect(rubricScore([{ id: 'a', weight: 1 }, { id: 'b', weight: 7 }], [{ criterionId: 'a', score: 3 }, { criterionId: 'b', score: 0 }])).toBe(13);
  });
});

describe('checkCriterionScores', () => {
  it('accepts every criterion once with 0..3', () => {
    expect(() => checkCriterionScores(rubric, scores(0, 3, 2), 'input.selfAssessment')).not.toThrow();
  });

  it('names the unknown criterion, the duplicate, the bad score and the missing one', () => {
    const unknown = thrown(() => checkCriterionScores(rubric, [...scores(1, 1, 1).slice(0, 2), { criterionId: 'style', score: 1 }], 'input.selfAssessment'));
    expect(unknown).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'input.selfAssessment.2.criterionId' } });
    expect(unknown.message).toContain("unknown criterion 'style'");

    const twice = thrown(() => checkCriterionScores(rubric, [...scores(1, 1, 1), { criterionId: 'complexity', score: 2 }], 'input.selfAssessment'));
    expect(twice.details.field).toBe('input.selfAssessment.3.criterionId');

    const range = thrown(() => checkCriterionScores(rubric, scores(1, 4, 1), 'scorecard'));
    expect(range.details.field).toBe('scorecard.1.score');
    expect(thrown(() => checkCriterionScores(rubric, scores(1, 1.5, 1), 'scorecard')).details.field).toBe('scorecard.1.score');
    expect(thrown(() => checkCriterionScores(rubric, scores(-1, 1, 1), 'scorecard')).details.field).toBe('scorecard.0.score');

    const missing = thrown(() => checkCriterionScores(rubric, scores(1, 1, 1).slice(1), 'input.selfAssessment'));
    expect(missing.details.field).toBe('input.selfAssessment');
    expect(missing.message).toContain("'correctness'");
  });
});

describe('ratingForScore', () => {
  it('maps <40 AGAIN, <65 HARD, <85 GOOD, else EASY', () => {
    expect([0, 39, 40, 64, 65, 84, 85, 100].map(ratingForScore)).toEqual([
      ReviewRating.AGAIN,
      ReviewRating.AGAIN,
      ReviewRating.HARD,
      ReviewRating.HARD,
      ReviewRating.GOOD,
      ReviewRating.GOOD,
      ReviewRating.EASY,
      ReviewRating.EASY,
    ]);
  });
});

describe('utf8Bytes', () => {
  it('counts bytes, not characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('😀')).toBe(4);
  });
});
