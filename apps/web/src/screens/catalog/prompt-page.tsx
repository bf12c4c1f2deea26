import { useEffect, useState } from 'preact/hooks';
import { session } from '../../auth/session';
import { CodeEditor } from '../../components/code-editor';
import { ErrorNotice } from '../../components/error-notice';
import { LanguagePicker } from '../../components/language-picker';
import { Loading, Page } from '../../components/page';
import type { PromptDetailQuery } from '../../gql/graphql';
import { LANGUAGE_LABEL, STACK_LABEL } from '../../lib/labels';
import { Link } from '../../lib/router';
import { storage } from '../../lib/storage';
import { useStore } from '../../lib/store';
import { useQuery } from '../../lib/use-query';
import { preferredLanguage } from '../../lib/preferences';
import { PromptNote } from '../practice/prompt-note';
import { PromptDetailQuery as PromptDocument } from './catalog.operations';
import { PromptBadges } from './prompt-badges';
import { PromptText } from './prompt-content';

type Prompt = PromptDetailQuery['prompt'];
type Dsa = NonNullable<Prompt['dsa']>;

/** One prompt as a candidate sees it before answering: text, details per kind, starter code. */
export function PromptPage({ slug }: { slug: string }) {
  const { data, error, loading, reload } = useQuery(PromptDocument, { slug }, slug);
  const prompt = data?.prompt.slug === slug ? data.prompt : undefined;
  const user = useStore(session)?.user;

  if (!prompt) {
    return (
      <Page title={error ? 'Prompt not available' : 'Loading prompt'}>
        {error ? <ErrorNotice error={error} onRetry={error.code === 'NOT_FOUND' ? undefined : reload} retriesItself /> : loading && <Loading label="Loading prompt…" />}
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

      <PromptText prompt={prompt} />

      {prompt.dsa && prompt.dsa.starterCode.length > 0 && <StarterCode starterCode={prompt.dsa.starterCode} />}

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

      {/* Keyed by user: another account signing in here must not see this one's note. */}
      {user && <PromptNote key={user.id} promptId={prompt.id} />}
    </Page>
  );
}

/** The starter code per language, as a scratch pad (practice keeps answers). */
function StarterCode({ starterCode }: { starterCode: Dsa['starterCode'] }) {
  const languages = starterCode.map((s) => s.language);
  const [language, setLanguage] = useState(() => preferredLanguage(languages));
  // Edits are kept per language while the page is open, so switching back does not lose them.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  // Bumped by "Reset": the editor takes `value` again only when language or this changes.
  const [resets, setResets] = useState(0);
  useEffect(() => setDrafts({}), [starterCode]);
  const starter = starterCode.find((s) => s.language === language) ?? starterCode[0];
  const label = starter ? `Starter code (${LANGUAGE_LABEL[starter.language] ?? starter.language})` : '';

  const choose = (next: string) => {
    setLanguage(next);
    storage.set('prepstack.language', next);
  };

  return (
    <>
      {starter && (
        <section aria-labelledby="starter-code">
          <h2 id="starter-code">Starter code</h2>
          <LanguagePicker languages={languages} value={starter.language} onChange={choose} />
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
