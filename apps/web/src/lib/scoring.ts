/**
 * The score of a rubric self-assessment or scorecard, as the API computes it (README, "Solo
 * practice"): round(100 × Σ weight·score / (3 × Σ weight)), 0..100; criteria without a score
 * count as 0.
 */
export function rubricScore(rubric: { id: string; weight: number }[], scores: Record<string, number | undefined>): number {
  const total = rubric.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return 0;
  const got = rubric.reduce((sum, c) => sum + c.weight * (scores[c.id] ?? 0), 0);
  return Math.round((100 * got) / (3 * total));
}
