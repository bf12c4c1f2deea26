import { Markdown } from '../../components/markdown';
import { type CriterionLevels, RubricLevelsTable, scoreMap } from '../../components/rubric';
import type { AttemptFieldsFragment, PromptKind } from '../../gql/graphql';
import { LANGUAGE_LABEL } from '../../lib/labels';
import { json } from '../catalog/prompt-content';

/** Long test data cut to a readable length. */
const short = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/** What shows of a prompt once the user has submitted an attempt on it (null before). */
export interface RevealedAnswers {
  referenceAnswer: string | null;
  followUps: string[] | null;
  hiddenTests: { input: unknown; output: unknown; note: string | null }[] | null;
  rubricDetail: CriterionLevels[] | null;
}

/**
 * An attempt looked back on: the answer, the hints used, the scores against the rubric's
 * levels, then the reference answer, hidden tests (DSA) and follow-up questions.
 */
export function AttemptReview({ attempt, kind, rubric, answers, headingLevel = 2 }: {
  attempt: AttemptFieldsFragment;
  kind: PromptKind;
  rubric: CriterionLevels[];
  answers: RevealedAnswers | null;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const detail = answers?.rubricDetail ?? rubric;
  const self = attempt.selfAssessment ? scoreMap(attempt.selfAssessment) : null;
  const card = attempt.scorecard ? scoreMap(attempt.scorecard) : null;
  return (
    <>
      <section aria-labelledby="review-answer">
        <H id="review-answer">Your answer{attempt.language ? ` (${LANGUAGE_LABEL[attempt.language] ?? attempt.language})` : ''}</H>
        {attempt.answer.trim() ? (
          <pre class={`answer-text${kind === 'DSA' ? ' answer-code' : ''}`} data-testid="attempt-answer">
            <code>{attempt.answer}</code>
          </pre>
        ) : (
          <p class="muted">No answer written.</p>
        )}
        {attempt.hints.length > 0 && (
          <>
            <p>Hints you revealed:</p>
            <ol class="hint-list">
              {attempt.hints.map((h) => (
                <li key={h.index}>{h.text}</li>
              ))}
            </ol>
          </>
        )}
      </section>

      {self && (
        <section aria-labelledby="review-self">
          <H id="review-self">Your self-assessment</H>
          <RubricLevelsTable rubric={detail} scores={self} scoreHeading="Your score" />
        </section>
      )}
      {card && (
        <section aria-labelledby="review-scorecard">
          <H id="review-scorecard">The interviewer's scorecard</H>
          <RubricLevelsTable rubric={detail} scores={card} scoreHeading="Score" />
          {attempt.feedback && (
            <blockquote class="feedback-text" data-testid="attempt-feedback">
              {attempt.feedback}
            </blockquote>
          )}
        </section>
      )}

      {answers?.referenceAnswer && (
        <section aria-labelledby="review-reference">
          <H id="review-reference">Reference answer</H>
          <div data-testid="reference-answer">
            <Markdown source={answers.referenceAnswer} />
          </div>
        </section>
      )}

      {answers?.hiddenTests && answers.hiddenTests.length > 0 && (
        <section aria-labelledby="review-tests">
          <H id="review-tests">Hidden tests</H>
          <div class="table-scroll">
            <table class="tests" data-testid="hidden-tests">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Input</th>
                  <th scope="col">Expected output</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {answers.hiddenTests.map((t, i) => (
                  <tr key={i}>
                    <td>{i + 1}</td>
                    <td>
                      <code>{short(Array.isArray(t.input) ? t.input.map(json).join(', ') : json(t.input))}</code>
                    </td>
                    <td>
                      <code>{short(json(t.output))}</code>
                    </td>
                    <td>{t.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {answers?.followUps && answers.followUps.length > 0 && (
        <section aria-labelledby="review-follow-ups">
          <H id="review-follow-ups">Follow-up questions</H>
          <ul data-testid="follow-ups">
            {answers.followUps.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
