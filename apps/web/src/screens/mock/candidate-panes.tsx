import { useEffect, useMemo, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { CodeEditor } from '../../components/code-editor';
import { LanguagePicker } from '../../components/language-picker';
import { LANGUAGE_LABEL } from '../../lib/labels';
import { LatestSender } from '../../lib/latest-sender';
import { preferredLanguage } from '../../lib/preferences';
import { useStore } from '../../lib/store';
import { PromptBadges } from '../catalog/prompt-badges';
import { PromptText } from '../catalog/prompt-content';
import { UpdateDraftMutation } from './mock.operations';
import type { SessionView } from './session-model';

/** Draft writes sent at most this often, ms: ≤ 10 a second (the API takes 20 per session). */
const DRAFT_INTERVAL_MS = 100;

/** The current prompt as a candidate or observer reads it. */
export function PromptPane({ view, heading = 'Current prompt' }: { view: SessionView; heading?: string }) {
  const current = view.currentPrompt;
  return (
    <section class="prompt-pane" aria-labelledby="current-prompt-heading">
      <h2 id="current-prompt-heading">
        {heading}
        {current && (
          <>
            : <span data-testid="current-prompt-title">{current.prompt.title}</span>
          </>
        )}
      </h2>
      {current ? (
        <>
          <PromptBadges kind={current.prompt.kind} level={current.prompt.level} difficulty={current.prompt.difficulty} minutes={current.prompt.suggestedMinutes} />
          <PromptText prompt={current.prompt} level={3} idPrefix="room-" />
        </>
      ) : (
        <p class="muted" data-testid="no-prompt">
          No prompt yet: the interviewer shows one.
        </p>
      )}
    </section>
  );
}

function RevealedHints({ view }: { view: SessionView }) {
  const current = view.currentPrompt;
  if (!current || current.prompt.hintCount === 0) return null;
  return (
    <section aria-labelledby="room-hints-heading" class="hints">
      <h2 id="room-hints-heading">
        Hints <span class="muted">({current.hints.length} of {current.prompt.hintCount} revealed by the interviewer)</span>
      </h2>
      <div aria-live="polite">
        {current.hints.length > 0 ? (
          <ol class="hint-list" data-testid="room-hints">
            {current.hints.map((h) => (
              <li key={h.index}>{h.text}</li>
            ))}
          </ol>
        ) : (
          <p class="muted">None yet.</p>
        )}
      </div>
    </section>
  );
}

export function CandidateMain({ view, canWrite }: { view: SessionView; canWrite: boolean }) {
  const current = view.currentPrompt;
  return (
    <>
      <PromptPane view={view} />
      <RevealedHints view={view} />
      {current &&
        (canWrite ? (
          <CandidateEditor key={`${current.prompt.id}:${current.pushedAt}`} view={view} />
        ) : (
          <LiveDraft view={view} heading="The candidate's answer" />
        ))}
    </>
  );
}

/** The candidate's editor: its text streams to the interviewer (updateDraft), throttled. */
function CandidateEditor({ view }: { view: SessionView }) {
  const current = view.currentPrompt!;
  const starters = current.prompt.dsa?.starterCode ?? [];
  const languages = starters.map((s) => s.language);
  const [language, setLanguage] = useState(() =>
    current.draft?.language && languages.includes(current.draft.language) ? current.draft.language : preferredLanguage(languages),
  );
  const starter = (l: string) => starters.find((s) => s.language === l)?.code ?? '';
  // A reloaded page picks up from the draft the server kept.
  const [texts, setTexts] = useState<Record<string, string>>(() => (current.draft ? { [starters.length ? language : '']: current.draft.text } : {}));
  const key = starters.length ? language : '';
  const text = texts[key] ?? (starters.length ? starter(language) : '');
  const sender = useMemo(
    () =>
      new LatestSender<{ text: string; language: string | null }>((d) => request(UpdateDraftMutation, { sessionId: view.id, text: d.text, language: d.language }), {
        minIntervalMs: DRAFT_INTERVAL_MS,
        retryMs: 3_000,
      }),
    [view.id, current.prompt.id, current.pushedAt],
  );
  useEffect(() => () => void sender.flush().finally(() => sender.dispose()), [sender]);
  const state = useStore(sender.state);

  const write = (next: string, lang = key) => {
    setTexts((t) => ({ ...t, [lang]: next }));
    sender.push({ text: next, language: starters.length ? lang : null });
  };
  return (
    <section aria-labelledby="room-answer-heading" class="answer">
      <h2 id="room-answer-heading">Your answer</h2>
      <p class="muted">The interviewer sees what you write as you write it.</p>
      {starters.length > 0 ? (
        <>
          <LanguagePicker
            languages={languages}
            value={language}
            name="room-language"
            onChange={(next) => {
              setLanguage(next);
              write(texts[next] ?? starter(next), next);
            }}
          />
          <CodeEditor value={text} revision={language} language={language} label={`Your answer (${LANGUAGE_LABEL[language] ?? language})`} onChange={(code) => write(code, language)} />
        </>
      ) : (
        <textarea id="room-answer" class="answer-input" rows={14} value={text} aria-labelledby="room-answer-heading" onInput={(e) => write(e.currentTarget.value)} />
      )}
      <p class={`save-state save-${state.status}`} data-save={state.status} role="status">
        {state.status === 'offline'
          ? 'Not delivered yet: the connection is down. Your latest text goes out as soon as it is back.'
          : state.status === 'failed'
            ? `Not delivered: ${state.error.message}`
            : state.status === 'sent'
              ? 'Shared with the interviewer.'
              : state.status === 'idle'
                ? ''
                : 'Sharing…'}
      </p>
    </section>
  );
}

/** The candidate's answer as it is written (DRAFT_UPDATED), read only. */
export function LiveDraft({ view, heading }: { view: SessionView; heading: string }) {
  const current = view.currentPrompt;
  const draft = current?.draft;
  const code = !!current?.prompt.dsa;
  return (
    <section aria-labelledby="live-draft-heading" class="live-draft">
      <h2 id="live-draft-heading">{heading}</h2>
      <div data-testid="candidate-draft" data-updated={draft?.updatedAt ?? ''}>
        {!draft ? (
          <p class="muted">Nothing written yet.</p>
        ) : code ? (
          <CodeEditor
            value={draft.text}
            revision={draft.updatedAt}
            language={draft.language ?? 'typescript'}
            label={`The candidate's answer (${LANGUAGE_LABEL[draft.language ?? ''] ?? 'code'})`}
            readOnly
          />
        ) : (
          <pre class="answer-text">
            <code>{draft.text}</code>
          </pre>
        )}
      </div>
      {draft && (
        <p class="muted">
          Last change {new Date(draft.updatedAt).toLocaleTimeString()}
          {draft.language ? ` · ${LANGUAGE_LABEL[draft.language] ?? draft.language}` : ''}
        </p>
      )}
    </section>
  );
}
