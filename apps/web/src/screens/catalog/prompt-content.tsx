import { Markdown } from '../../components/markdown';
import type { PromptTextFragment } from '../../gql/graphql';

type Dsa = NonNullable<PromptTextFragment['dsa']>;

/** A DSA prompt's signature in a language-neutral notation. */
export function signature(dsa: Pick<Dsa, 'harness' | 'className' | 'functionName' | 'params' | 'methods' | 'returns'>): string {
  const params = (ps: { name: string; type: string }[]) => ps.map((p) => `${p.name}: ${p.type}`).join(', ');
  if (dsa.harness === 'class') {
    const methods = dsa.methods.map((m) => `  ${m.name}(${params(m.params)}): ${m.returns}`).join('\n');
    return `class ${dsa.className ?? 'Solution'}(${params(dsa.params)}) {\n${methods}\n}`;
  }
  return `${dsa.functionName ?? 'solve'}(${params(dsa.params)})${dsa.returns ? `: ${dsa.returns}` : ''}`;
}

export const json = (value: unknown) => JSON.stringify(value);

interface PromptTextProps {
  prompt: PromptTextFragment;
  /** Level of the section headings: 2 on a prompt's own page, 3 inside a pane. */
  level?: 2 | 3;
  /** Prefix of the section ids, when two prompts could share a page. */
  idPrefix?: string;
}

/**
 * What a candidate reads of a prompt: its Markdown text, then per kind the signature and
 * examples (DSA), requirements and scale (system design) or STAR guidance (behavioural).
 */
export function PromptText({ prompt, level = 2, idPrefix = '' }: PromptTextProps) {
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <section aria-labelledby={id('prompt-text')}>
        <H id={id('prompt-text')}>The prompt</H>
        <Markdown source={prompt.body} />
      </section>

      {prompt.dsa && (
        <section aria-labelledby={id('dsa-signature')}>
          <H id={id('dsa-signature')}>Signature</H>
          <pre class="signature">
            <code>{signature(prompt.dsa)}</code>
          </pre>
          {prompt.dsa.examples.length > 0 && (
            <>
              <Sub>Examples</Sub>
              <ol class="examples">
                {prompt.dsa.examples.map((ex, i) => (
                  <li key={i}>
                    <p>
                      Input: <code>{(ex.input as unknown[]).map(json).join(', ')}</code>
                    </p>
                    <p>
                      Output: <code>{json(ex.output)}</code>
                    </p>
                    {ex.explanation && <p class="muted">{ex.explanation}</p>}
                  </li>
                ))}
              </ol>
            </>
          )}
          <p class="muted">
            {prompt.dsa.hiddenTestCount} hidden tests check a submission (results compared: {prompt.dsa.compare}).
          </p>
        </section>
      )}

      {prompt.design && (
        <section aria-labelledby={id('design-requirements')}>
          <H id={id('design-requirements')}>Requirements</H>
          <div class="columns">
            <div>
              <Sub>Functional</Sub>
              <ul>
                {prompt.design.functionalRequirements.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
            <div>
              <Sub>Non-functional</Sub>
              <ul>
                {prompt.design.nonFunctionalRequirements.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          </div>
          {prompt.design.scale.length > 0 && (
            <table class="scale">
              <caption>Scale</caption>
              <tbody>
                {prompt.design.scale.map((s) => (
                  <tr key={s.label}>
                    <th scope="row">{s.label}</th>
                    <td>{s.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {prompt.behavioural && (
        <section aria-labelledby={id('star-guidance')}>
          <H id={id('star-guidance')}>Answering with STAR</H>
          <p>
            Competency: <strong>{prompt.behavioural.competency}</strong>
          </p>
          <dl class="star">
            <dt>Situation</dt>
            <dd>{prompt.behavioural.star.situation}</dd>
            <dt>Task</dt>
            <dd>{prompt.behavioural.star.task}</dd>
            <dt>Action</dt>
            <dd>{prompt.behavioural.star.action}</dd>
            <dt>Result</dt>
            <dd>{prompt.behavioural.star.result}</dd>
          </dl>
        </section>
      )}
    </>
  );
}
