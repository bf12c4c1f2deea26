import { CriterionScore, ReviewRating } from './domain';
import { PracticeException } from './practice.exception';

/** Highest score of one criterion: the rubric's levels are 1..3, and 0 means not addressed. */
export const MAX_CRITERION_SCORE = 3;

/** A rubric criterion as far as scoring needs it: id and weight (percent). */
export interface WeightedCriterion {
  id: string;
  weight: number;
}

/**
 * Checks a self-assessment or scorecard against a rubric: every criterion scored exactly once,
 * with an integer 0..3, and no criterion the rubric does not have.
 *
 * @param field the input's path for error messages, e.g. `input.selfAssessment`
 * @throws PracticeException BAD_USER_INPUT naming `<field>.<i>.criterionId` (unknown or scored
 *   twice), `<field>.<i>.score` (not an integer 0..3) or `<field>` (a criterion left out)
 */
export function checkCriterionScores(rubric: readonly WeightedCriterion[], scores: readonly CriterionScore[], field: string): void {
  const known = new Set(rubric.map((c) => c.id));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    if (!known.has(s.criterionId)) throw PracticeException.badInput(`${field}.${i}.criterionId`, `unknown criterion '${s.criterionId}'`);
    if (seen.has(s.criterionId)) throw PracticeException.badInput(`${field}.${i}.criterionId`, `criterion '${s.criterionId}' is scored twice`);
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > MAX_CRITERION_SCORE) {
      throw PracticeException.badInput(`${field}.${i}.score`, `must be an integer 0..${MAX_CRITERION_SCORE}`);
    }
    seen.add(s.criterionId);
  });
  const missing = rubric.find((c) => !seen.has(c.id));
  if (missing) throw PracticeException.badInput(field, `criterion '${missing.id}' has no score (score every criterion once, 0 if not addressed)`);
}

/**
 * The 0..100 score of an attempt from per-criterion scores sᵢ ∈ 0..3 and rubric weights wᵢ:
 *
 *     score = round(100 × Σ wᵢ·sᵢ / (3 × Σ wᵢ))
 *
 * so all criteria at level 3 give 100, all at 0 give 0, and each criterion counts by its weight.
 * Rounding is half away from zero (Math.round on a non-negative number). Scores must have been
 * checked with {@link checkCriterionScores}; a criterion without a score counts as 0.
 */
export function rubricScore(rubric: readonly WeightedCriterion[], scores: readonly CriterionScore[]): number {
  const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
  const totalWeight = rubric.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight <= 0) return 0;
  const earned = rubric.reduce((sum, c) => sum + c.weight * (byId.get(c.id) ?? 0), 0);
  return Math.round((100 * earned) / (MAX_CRITERION_SCORE * totalWeight));
}

/**
 * The review rating a mock attempt's score stands for (the interviewer scores; nobody rates):
 * below 40 AGAIN, below 65 HARD, below 85 GOOD, else EASY.
 */
export function ratingForScore(score: number): ReviewRating {
  if (score < 40) return ReviewRating.AGAIN;
  if (score < 65) return ReviewRating.HARD;
  if (score < 85) return ReviewRating.GOOD;
  return ReviewRating.EASY;
}

/** Size of a string in bytes of UTF-8 (what the 64 KB answer limit counts). */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
