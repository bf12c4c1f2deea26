import { useEffect, useState } from 'preact/hooks';
import { CodeEditor } from '../../components/code-editor';
import { ErrorNotice } from '../../components/error-notice';
import { Markdown } from '../../components/markdown';
import { Loading, Page } from '../../components/page';
import type { PromptDetailQuery } from '../../gql/graphql';
import { LANGUAGE_LABEL, STACK_LABEL } from '../../lib/labels';
import { Link } from '../../lib/router';
import { storage } from '../../lib/storage';
import { useQuery } from '../../lib/use-query';
import { preferredLanguage } from '../../lib/preferences';
import { PromptDetailQuery as PromptDocument } from './catalog.operations';
import { PromptBadges } from './prompt-badges';

type Prompt = PromptDetailQuery['prompt'];
type Dsa = NonNullable<Prompt['dsa']>;

/** One prompt as a candidate sees it before answering: text, details per kind, starter code. */
export function PromptPage({ slug }: { slug: string }) {
  const { data, error, loading, reload } = useQuery(PromptDocument, { slug }, slug);
  const prompt = data?.prompt.slug === slug ? data.prompt : undefined;

  if (!prompt) {
    return (
      <Page title={error ? 'Prompt not available' : 'Loading prompt'}>
        {error ? <ErrorNotice error={error} onRetry={error.code === 'NOT_FOUND' ? undefined : reload} /> : loading && <Loading label="Loading prompt…" />}
        <p>
          <Link href="/catalog">Back to the catalog</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={prompt.title} class="prompt-page">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <Link href="/catalog">Catalog</Link> <span aria-hidden="true">›</span> <span aria-current="page">{prompt.title}</span>
      </nav>
      <PromptBadges kind={prompt.kind} level={prompt.level} difficulty={prompt.difficulty} minutes={prompt.suggestedMinutes} />
      <dl class="facts">
        <dt>Topics</dt>
        <dd>{prompt.topics.map((t) => `${t.areaTitle}: ${t.title}`).join(', ')}</dd>
        <dt>Stacks</dt>
        <dd>{prompt.stacks.map((s) => STACK_LABEL[s]).join(', ')}</dd>
        {prompt.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{prompt.tags.join(', ')}</dd>
          </>
        )}
        <dt>Hints</dt>
        <dd>{prompt.hintCount === 0 ? 'none' : `${prompt.hintCount}, revealed one at a time while you practise`}</dd>
      </dl>
      <p>
        <Link class="button button-primary" href={`/practice/${encodeURIComponent(prompt.slug)}`}>
          Practise this prompt
        </Link>
      </p>

      <section aria-labelledby="prompt-text">
        <h2 id="prompt-text">The prompt</h2>
        <Markdown source={prompt.body} />
      </section>

      {prompt.dsa && <DsaDetails dsa={prompt.dsa} />}

      {prompt.design && (
        <section aria-labelledby="design-requirements">
          <h2 id="design-requirements">Requirements</h2>
          <div class="columns">
            <div>
              <h3>Functional</h3>
              <ul>
                {prompt.design.functionalRequirements.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
            <div>
              <h3>Non-functional</h3>
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
        <section aria-labelledby="star-guidance">
          <h2 id="star-guidance">Answering with STAR</h2>
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

      {prompt.rubric.length > 0 && (
        <section aria-labelledby="rubric">
          <h2 id="rubric">How answers are scored</h2>
          <p class="muted">What each score level looks like shows after you submit an attempt.</p>
          <table class="rubric">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
              </tr>
            </thead>
            <tbody>
              {prompt.rubric.map((c) => (
                <tr key={c.id}>
                  <td>{c.title}</td>
                  <td>{c.weight}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Page>
  );
}

function signature(dsa: Dsa): string {
  const params = (ps: { name: string; type: string }[]) => ps.map((p) => `${p.name}: ${p.type}`).join(', ');
  if (dsa.harness === 'class') {
    const methods = dsa.methods.map((m) => `  ${m.name}(${params(m.params)}): ${m.returns}`).join('\n');
    return `class ${dsa.className ?? 'Solution'}(${params(dsa.params)}) {\n${methods}\n}`;
  }
  return `${dsa.functionName ?? 'solve'}(${params(dsa.params)})${dsa.returns ? `: ${dsa.returns}` : ''}`;
}

const json = (value: unknown) => JSON.stringify(value);

function DsaDetails({ dsa }: { dsa: Dsa }) {
  const languages = dsa.starterCode.map((s) => s.language);
  const [language, setLanguage] = useState(() => preferredLanguage(languages));
  // Edits are kept per language while the page is open, so switching back does not lose them.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  // Bumped by "Reset": the editor takes `value` again only when language or this changes.
  const [resets, setResets] = useState(0);
  useEffect(() => setDrafts({}), [dsa]);
  const starter = dsa.starterCode.find((s) => s.language === language) ?? dsa.starterCode[0];
  const label = starter ? `Starter code (${LANGUAGE_LABEL[starter.language] ?? starter.language})` : '';

  const choose = (next: string) => {
    setLanguage(next);
    storage.set('prepstack.language', next);
  };

  return (
    <>
      <section aria-labelledby="dsa-signature">
        <h2 id="dsa-signature">Signature</h2>
        <pre class="signature">
          <code>{signature(dsa)}</code>
        </pre>
        {dsa.examples.length > 0 && (
          <>
            <h3>Examples</h3>
            <ol class="examples">
              {dsa.examples.map((ex, i) => (
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
          {dsa.hiddenTestCount} hidden tests check a submission (results compared: {dsa.compare}).
        </p>
      </section>
      {starter && (
        <section aria-labelledby="starter-code">
          <h2 id="starter-code">Starter code</h2>
          <fieldset class="segmented">
            <legend>Language</legend>
            {languages.map((l) => (
              <label key={l} class={l === starter.language ? 'selected' : ''}>
                <input type="radio" name="language" value={l} checked={l === starter.language} onChange={() => choose(l)} />
                {LANGUAGE_LABEL[l] ?? l}
              </label>
            ))}
          </fieldset>
          <CodeEditor
            value={drafts[starter.language] ?? starter.code}
            revision={`${starter.language}:${resets}`}
            language={starter.language}
            label={label}
            onChange={(code) => setDrafts((d) => ({ ...d, [starter.language]: code }))}
          />
          <p class="editor-actions">
            <button
              type="button"
              class="button button-quiet"
              disabled={drafts[starter.language] === undefined || drafts[starter.language] === starter.code}
              onClick={() => {
                setDrafts((d) => ({ ...d, [starter.language]: starter.code }));
                setResets((n) => n + 1);
              }}
            >
              Reset to starter code
            </button>
            <span class="muted">A scratch pad: nothing here is saved. Practice keeps your answers.</span>
          </p>
        </section>
      )}
    </>
  );
}
