import type { ComponentChildren } from 'preact';
import { CRITERION_SCORES, SCORE_LABEL } from '../lib/labels';

export interface CriterionLevels {
  id: string;
  title: string;
  weight: number;
  /** Score levels 1..3; absent before the rubric's detail may be shown. */
  levels?: { score: number; description: string }[] | null;
}

/**
 * One score (0..3) per rubric criterion, as radio groups: a fieldset per criterion naming its
 * weight, each choice with the rubric's own words for that level when they may be shown.
 */
export function RubricScoreFields({ rubric, scores, onChange, name, invalid, disabled }: {
  rubric: CriterionLevels[];
  scores: Record<string, number | undefined>;
  onChange(criterionId: string, score: number): void;
  /** Prefix of the radio names and ids (unique per form). */
  name: string;
  /** Criteria to mark as needing a choice. */
  invalid?: Set<string>;
  disabled?: boolean;
}) {
  return (
    <div class="rubric-fields">
      {rubric.map((c) => {
        const bad = invalid?.has(c.id);
        return (
          <fieldset key={c.id} class={`score-group${bad ? ' field-invalid' : ''}`} id={`${name}-${c.id}`} aria-describedby={bad ? `${name}-${c.id}-error` : undefined} tabIndex={-1}>
            <legend>
              {c.title} <span class="muted">(weight {c.weight}%)</span>
            </legend>
            <div class="score-choices">
              {CRITERION_SCORES.map((score) => {
                const level = c.levels?.find((l) => l.score === score);
                return (
                  <label key={score} class={scores[c.id] === score ? 'selected' : ''}>
                    <input
                      type="radio"
                      name={`${name}-${c.id}`}
                      value={score}
                      checked={scores[c.id] === score}
                      disabled={disabled}
                      onChange={() => onChange(c.id, score)}
                    />
                    <span class="score-number">{score}</span>{' '}
                    <span class="score-text">{level ? level.description : SCORE_LABEL[score]}</span>
                  </label>
                );
              })}
            </div>
            {bad && (
              <p id={`${name}-${c.id}-error`} class="field-error">
                Choose a score for {c.title}.
              </p>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

/** A rubric with what each level looks like, marking the score given per criterion. */
export function RubricLevelsTable({ rubric, scores, caption, scoreHeading = 'Score' }: {
  rubric: CriterionLevels[];
  scores?: Record<string, number | undefined>;
  caption?: ComponentChildren;
  scoreHeading?: string;
}) {
  return (
    <table class="rubric rubric-levels">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Weight</th>
          {scores && <th scope="col">{scoreHeading}</th>}
          <th scope="col">Levels</th>
        </tr>
      </thead>
      <tbody>
        {rubric.map((c) => {
          const given = scores?.[c.id];
          return (
            <tr key={c.id} data-criterion={c.id}>
              <th scope="row">{c.title}</th>
              <td>{c.weight}%</td>
              {scores && (
                <td class="score-cell">
                  {given === undefined ? '–' : `${given} / 3`}
                  {given === 0 && <span class="muted"> (not addressed)</span>}
                </td>
              )}
              <td>
                {c.levels ? (
                  <ol class="levels">
                    {c.levels.map((l) => (
                      <li key={l.score} value={l.score} class={given === l.score ? 'chosen' : ''} aria-current={given === l.score ? 'true' : undefined}>
                        {l.description}
                        {given === l.score && <span class="visually-hidden"> (the score given)</span>}
                      </li>
                    ))}
                  </ol>
                ) : (
                  <span class="muted">Shown after an attempt.</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Scores as a map by criterion id. */
export const scoreMap = (scores: { criterionId: string; score: number }[] | null | undefined): Record<string, number> =>
  Object.fromEntries((scores ?? []).map((s) => [s.criterionId, s.score]));
