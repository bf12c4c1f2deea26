import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { type ApiError, toApiError } from '../../api/errors';
import { useNow } from '../../components/clock';
import { CodeEditor } from '../../components/code-editor';
import { ErrorNotice } from '../../components/error-notice';
import { LanguagePicker } from '../../components/language-picker';
import { Loading, Page } from '../../components/page';
import { RubricScoreFields } from '../../components/rubric';
import type { AttemptFieldsFragment, PracticePromptQuery, PromptAnswersQuery, ReviewRating } from '../../gql/graphql';
import { randomId } from '../../lib/ids';
import { dateOnly, dateTime, LANGUAGE_LABEL, RATING_HINT, RATING_LABEL, RATINGS } from '../../lib/labels';
import { LatestSender, type SendState } from '../../lib/latest-sender';
import { preferredLanguage } from '../../lib/preferences';
import { Link, location, navigate, withQuery } from '../../lib/router';
import { rubricScore } from '../../lib/scoring';
import { durationWords, formatDuration, serverNow } from '../../lib/server-clock';
import { storage } from '../../lib/storage';
import { useStore } from '../../lib/store';
import { useQuery } from '../../lib/use-query';
import { PromptBadges } from '../catalog/prompt-badges';
import { PromptText } from '../catalog/prompt-content';
import { AttemptReview } from './attempt-review';
import { PromptNote } from './prompt-note';
import {
  AbandonAttemptMutation,
  PauseAttemptMutation,
  ResumeAttemptMutation,
  AttemptQuery,
  InProgressAttemptQuery,
  PracticePromptQuery as PromptDocument,
  PromptAnswersQuery as AnswersDocument,
  RevealHintMutation,
  SaveDraftMutation,
  StartAttemptMutation,
  SubmitAttemptMutation,
} from './practice.operations';
import { SetClock } from './set-clock';
import { type PracticeSetState, usePracticeSet } from './use-practice-set';

type Prompt = PracticePromptQuery['prompt'];
type Attempt = AttemptFieldsFragment;

/** The practice page of a prompt, in a practice set and/or on an attempt. */
export const practicePath = (slug: string, params: { set?: string | null; attempt?: string | null } = {}) =>
  withQuery(`/practice/${encodeURIComponent(slug)}`, { set: params.set, attempt: params.attempt });

/**
 * Solo practice of one prompt: start (or resume) an attempt, read the prompt against a clock
 * kept by the server, reveal hints one at a time, write the answer (saved as you type), then
 * submit with a self-assessment and a rating, and read the score, the reference answer, the
 * hidden tests and the follow-ups. In a practice set (`?set=`), the set's clock shows with pause.
 */
export function PracticePage({ slug }: { slug: string }) {
  const { query } = useStore(location);
  const setId = query.get('set') || null;
  const attemptId = query.get('attempt') || null;
  const promptQuery = useQuery(PromptDocument, { slug }, slug);
  const prompt = promptQuery.data?.prompt.slug === slug ? promptQuery.data.prompt : undefined;
  const set = usePracticeSet(setId);
  // undefined: still looking; null: none in progress.
  const [attempt, setAttempt] = useState<Attempt | null | undefined>(undefined);
  const [lookupError, setLookupError] = useState<ApiError | null>(null);
  const [lookups, setLookups] = useState(0);
  const [justSubmitted, setJustSubmitted] = useState(false);

  // The attempt named in the address, or the one in progress on this prompt.
  useEffect(() => {
    if (!prompt) return;
    if (attempt && attempt.id === attemptId) return;
    const controller = new AbortController();
    setLookupError(null);
    const find = attemptId
      ? request(AttemptQuery, { id: attemptId }, { signal: controller.signal }).then((d) => d.attempt)
      : request(InProgressAttemptQuery, { promptId: prompt.id }, { signal: controller.signal }).then((d) => d.attempts.edges[0]?.node ?? null);
    find.then(
      (found) => {
        if (controller.signal.aborted) return;
        setAttempt(found && found.promptId === prompt.id ? found : null);
        if (found && !attemptId) navigate(practicePath(slug, { set: setId, attempt: found.id }), { replace: true });
      },
      (error) => !controller.signal.aborted && setLookupError(toApiError(error)),
    );
    return () => controller.abort();
  }, [prompt?.id, attemptId, lookups]);

  const show = (next: Attempt) => {
    setAttempt(next);
    if (next.id !== attemptId) navigate(practicePath(slug, { set: setId, attempt: next.id }), { replace: true });
  };

  if (!prompt) {
    const error = promptQuery.error;
    return (
      <Page title={error ? 'Prompt not available' : 'Loading prompt'}>
        {error ? <ErrorNotice error={error} onRetry={error.code === 'NOT_FOUND' ? undefined : promptQuery.reload} retriesItself /> : <Loading label="Loading prompt…" />}
        <p>
          <Link href="/practice">Back to practice</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={`Practise: ${prompt.title}`} heading={prompt.title} class="practice-page">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">›</span>{' '}
        {setId && (
          <>
            <Link href={`/practice/sets/${encodeURIComponent(setId)}`}>Practice set</Link> <span aria-hidden="true">›</span>{' '}
          </>
        )}
        <span aria-current="page">{prompt.title}</span>
      </nav>
      <PromptBadges kind={prompt.kind} level={prompt.level} difficulty={prompt.difficulty} minutes={prompt.suggestedMinutes} />
      {setId && <SetBar setId={setId} state={set} promptId={prompt.id} />}

      {lookupError && <ErrorNotice error={lookupError} onRetry={() => setLookups((n) => n + 1)} />}
      {attempt === undefined && !lookupError && <Loading label="Looking for your attempt…" />}
      {attempt === null && <StartPanel prompt={prompt} setId={setId} onStarted={show} />}
      {attempt?.status === 'IN_PROGRESS' && (
        <Workspace
          key={attempt.id}
          prompt={prompt}
          attempt={attempt}
          onChange={show}
          onSubmitted={(a) => {
            setJustSubmitted(true);
            show(a);
            set.reload();
          }}
        />
      )}
      {attempt?.status === 'SUBMITTED' && <Result prompt={prompt} attempt={attempt} setId={setId} focus={justSubmitted} onAgain={(a) => show(a)} />}
      {attempt?.status === 'ABANDONED' && (
        <>
          <p class="notice notice-info" role="status">
            You abandoned this attempt on {dateTime(attempt.abandonedAt ?? attempt.startedAt)}. It keeps its draft but has no score.
          </p>
          <StartPanel prompt={prompt} setId={setId} onStarted={show} />
        </>
      )}
    </Page>
  );
}

/** The practice set this prompt is part of: its clock and where the prompt sits in it. */
function SetBar({ setId, state, promptId }: { setId: string; state: PracticeSetState; promptId: string }) {
  const items = state.set?.items ?? [];
  const index = items.findIndex((i) => i.promptId === promptId);
  return (
    <aside class="set-bar" aria-label="Practice set">
      <p>
        <strong>Practice set</strong>
        {index >= 0 && (
          <>
            {' '}
            · prompt {index + 1} of {items.length}
          </>
        )}{' '}
        · <Link href={`/practice/sets/${encodeURIComponent(setId)}`}>All prompts of the set</Link>
      </p>
      <SetClock state={state} />
    </aside>
  );
}

function StartPanel({ prompt, setId, onStarted }: { prompt: Prompt; setId: string | null; onStarted(a: Attempt): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const data = await request(StartAttemptMutation, { input: { promptId: prompt.id, practiceSetId: setId } });
      onStarted(data.startAttempt);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };
  return (
    <>
      <dl class="facts">
        <dt>Suggested time</dt>
        <dd>{prompt.suggestedMinutes} minutes</dd>
        <dt>Hints</dt>
        <dd>{prompt.hintCount === 0 ? 'none' : `${prompt.hintCount}, revealed one at a time`}</dd>
        <dt>Scored on</dt>
        <dd>{prompt.rubric.map((c) => `${c.title} (${c.weight}%)`).join(', ')}</dd>
        {prompt.myReview && (
          <>
            <dt>Review</dt>
            <dd>
              {Date.parse(prompt.myReview.due) <= Date.now() ? 'Due now' : `Next due ${dateOnly(prompt.myReview.due)}`} ({prompt.myReview.reps} review
              {prompt.myReview.reps === 1 ? '' : 's'} so far)
            </dd>
          </>
        )}
      </dl>
      {error && <ErrorNotice error={error} />}
      <p class="actions">
        <button type="button" class="button button-primary" disabled={busy} onClick={start}>
          {busy ? 'Starting…' : 'Start attempt'}
        </button>
        <span class="muted">The clock starts now; your answer is saved as you type.</span>
      </p>
      <PromptText prompt={prompt} />
    </>
  );
}

/** What the draft sender is doing, in words. */
function saveText(state: SendState): string {
  switch (state.status) {
    case 'idle':
      return 'Your answer is saved as you type.';
    case 'pending':
    case 'sending':
      return 'Saving…';
    case 'sent':
      return `Draft saved at ${new Date(state.at).toLocaleTimeString()}.`;
    case 'offline':
      return 'Not saved yet: the server cannot be reached. It is saved as soon as it can be.';
    case 'failed':
      return `Not saved: ${state.error.message}`;
  }
}

interface Draft {
  answer: string;
  language: string | null;
}

function Workspace({ prompt, attempt, onChange, onSubmitted }: { prompt: Prompt; attempt: Attempt; onChange(a: Attempt): void; onSubmitted(a: Attempt): void }) {
  const starters = prompt.dsa?.starterCode ?? [];
  const languages = starters.map((s) => s.language);
  const [first] = useState(() => (attempt.language && languages.includes(attempt.language) ? attempt.language : preferredLanguage(languages)));
  const [language, setLanguage] = useState(first);
  // Text per language while the page is open (the attempt keeps the one last written); a
  // resumed attempt starts from its saved draft.
  const [drafts, setDrafts] = useState<Record<string, string>>(() => (attempt.answer ? { [starters.length ? first : '']: attempt.answer } : {}));
  const key = starters.length ? language : '';
  const text = drafts[key] ?? starters.find((s) => s.language === language)?.code ?? '';

  const sender = useMemo(
    () =>
      new LatestSender<Draft>((d) => request(SaveDraftMutation, { input: { attemptId: attempt.id, answer: d.answer, language: d.language } }), {
        debounceMs: 800,
        maxWaitMs: 5_000,
      }),
    [attempt.id],
  );
  const submitted = useRef(false);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (sender.busy) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving the page: what was typed last still goes out.
      if (submitted.current) sender.dispose();
      else void sender.flush().finally(() => sender.dispose());
    };
  }, [sender]);
  const saveState = useStore(sender.state);

  const write = (answer: string, lang = key) => {
    setDrafts((d) => ({ ...d, [lang]: answer }));
    sender.push({ answer, language: starters.length ? lang : null });
  };
  const chooseLanguage = (next: string) => {
    setLanguage(next);
    storage.set('prepstack.language', next);
    sender.push({ answer: drafts[next] ?? starters.find((s) => s.language === next)?.code ?? '', language: next });
  };

  if (attempt.pausedAt) {
    // Paused: the prompt and the answer stay out of sight until the clock runs again.
    return (
      <div class="workspace">
        <AttemptClock attempt={attempt} minutes={prompt.suggestedMinutes} onChange={onChange} />
        <p class="paused-panel" data-testid="attempt-paused">
          Paused. The prompt and your answer come back when you resume; your answer so far is saved.
        </p>
        <Abandon attempt={attempt} onChange={onChange} />
      </div>
    );
  }

  return (
    <div class="workspace">
      <AttemptClock attempt={attempt} minutes={prompt.suggestedMinutes} onChange={onChange} />
      <PromptText prompt={prompt} />
      <Hints prompt={prompt} attempt={attempt} onChange={onChange} />

      <section aria-labelledby="answer-heading" class="answer">
        <h2 id="answer-heading">Your answer</h2>
        {starters.length > 0 ? (
          <>
            <LanguagePicker languages={languages} value={language} onChange={chooseLanguage} />
            <CodeEditor
              value={text}
              revision={language}
              language={language}
              label={`Your answer (${LANGUAGE_LABEL[language] ?? language})`}
              onChange={(code) => write(code, language)}
            />
          </>
        ) : (
          <div class="field">
            <textarea
              id="answer-text"
              class="answer-input"
              rows={14}
              value={text}
              aria-labelledby="answer-heading"
              aria-describedby="answer-help"
              onInput={(e) => write(e.currentTarget.value)}
            />
            <p id="answer-help" class="hint-text">
              Plain text or Markdown. Write it as you would say it in the interview.
            </p>
          </div>
        )}
        <p class={`save-state save-${saveState.status}`} role="status" data-save={saveState.status}>
          {saveText(saveState)}
        </p>
      </section>

      <SubmitForm
        prompt={prompt}
        attempt={attempt}
        answer={() => ({ answer: text, language: starters.length ? language : null })}
        flush={() => sender.flush()}
        onSubmitted={(a) => {
          submitted.current = true;
          onSubmitted(a);
        }}
      />
      <Abandon attempt={attempt} onChange={onChange} />
    </div>
  );
}

/**
 * Time on the attempt's clock, by the server's clock, against the suggested time: since the
 * start, less the pauses (`pausedMs`), frozen while paused. Outside a practice set it can be
 * paused and resumed (pauseAttempt / resumeAttempt); a set has its own clock for that.
 */
function AttemptClock({ attempt, minutes, onChange }: { attempt: Attempt; minutes: number; onChange(a: Attempt): void }) {
  useNow(1_000);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const paused = attempt.pausedAt !== null;
  const until = paused ? Date.parse(attempt.pausedAt!) : serverNow();
  const elapsed = Math.max(0, until - Date.parse(attempt.startedAt) - attempt.pausedMs);
  const suggested = minutes * 60_000;
  const over = elapsed > suggested;
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      const data = paused
        ? (await request(ResumeAttemptMutation, { attemptId: attempt.id })).resumeAttempt
        : (await request(PauseAttemptMutation, { attemptId: attempt.id })).pauseAttempt;
      onChange(data);
      // The button stays where it is across the re-render; keep the keyboard on it.
      requestAnimationFrame(() => button.current?.focus());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class={`attempt-clock${over ? ' attempt-clock-over' : ''}`} data-paused={paused ? 'true' : 'false'}>
      <p class="clock-line">
        <span class="clock" role="timer" aria-label={`Time spent: ${durationWords(elapsed)}${paused ? ', paused' : ''}`} data-testid="attempt-clock">
          {formatDuration(elapsed)}
        </span>{' '}
        <span class="muted">
          {paused ? 'paused · ' : ''}
          {over ? `${formatDuration(elapsed - suggested)} over the suggested ${minutes} min` : `of ${minutes} min suggested`}
        </span>
      </p>
      {attempt.practiceSetId ? (
        <p class="hint-text">Started {dateTime(attempt.startedAt)}. Pause the set's clock to take a break.</p>
      ) : (
        <p class="actions">
          <button ref={button} type="button" class="button button-small" disabled={busy} onClick={() => void toggle()}>
            {paused ? 'Resume the clock' : 'Pause the clock'}
          </button>
          <span class="hint-text">Started {dateTime(attempt.startedAt)}. Paused time does not count towards the attempt's duration.</span>
        </p>
      )}
      {error && <ErrorNotice error={error} onRetry={() => void toggle()} />}
    </div>
  );
}

function Hints({ prompt, attempt, onChange }: { prompt: Prompt; attempt: Attempt; onChange(a: Attempt): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const shown = attempt.hints.length;
  const reveal = async () => {
    setBusy(true);
    setError(null);
    try {
      const data = await request(RevealHintMutation, { attemptId: attempt.id });
      onChange(data.revealHint);
      // The new hint takes focus, so it is read out and the reader carries on from it.
      requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('li:last-child')?.focus());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  if (prompt.hintCount === 0) return null;
  return (
    <section aria-labelledby="hints-heading" class="hints">
      <h2 id="hints-heading">
        Hints <span class="muted">({shown} of {prompt.hintCount} revealed)</span>
      </h2>
      {shown > 0 && (
        <ol class="hint-list" ref={list} data-testid="hints">
          {attempt.hints.map((h) => (
            <li key={h.index} tabIndex={-1}>
              {h.text}
            </li>
          ))}
        </ol>
      )}
      {error && <ErrorNotice error={error} />}
      {shown < prompt.hintCount && (
        <button type="button" class="button" disabled={busy} onClick={reveal}>
          {busy ? 'Revealing…' : `Reveal hint ${shown + 1} of ${prompt.hintCount}`}
        </button>
      )}
    </section>
  );
}

function SubmitForm({ prompt, attempt, answer, flush, onSubmitted }: {
  prompt: Prompt;
  attempt: Attempt;
  answer(): Draft;
  flush(): Promise<boolean>;
  onSubmitted(a: Attempt): void;
}) {
  const [scores, setScores] = useState<Record<string, number | undefined>>({});
  const [rating, setRating] = useState<ReviewRating | null>(null);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [ratingMissing, setRatingMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per submit of this attempt, the same on every retry: a retried submit that did go
  // through the first time returns that first result instead of failing.
  const idempotencyKey = useRef<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const preview = rubricScore(prompt.rubric, scores);
  const complete = prompt.rubric.every((c) => scores[c.id] !== undefined);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const missing = new Set(prompt.rubric.filter((c) => scores[c.id] === undefined).map((c) => c.id));
    setInvalid(missing);
    setRatingMissing(!rating);
    if (missing.size || !rating) {
      const first = missing.size ? `#assess-${[...missing][0]}` : '#rating-group';
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(first)?.focus());
      return;
    }
    idempotencyKey.current ??= randomId();
    setBusy(true);
    setError(null);
    await flush().catch(() => false);
    const { answer: text, language } = answer();
    try {
      const data = await request(SubmitAttemptMutation, {
        input: {
          attemptId: attempt.id,
          answer: text,
          language,
          selfAssessment: prompt.rubric.map((c) => ({ criterionId: c.id, score: scores[c.id]! })),
          rating,
          idempotencyKey: idempotencyKey.current,
        },
      });
      onSubmitted(data.submitAttempt);
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      setBusy(false);
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[role=alert]')?.focus());
    }
  };

  return (
    <form ref={form} class="submit-form" onSubmit={submit} noValidate aria-labelledby="submit-heading">
      <h2 id="submit-heading">Assess and submit</h2>
      <p class="muted">
        Score yourself on each criterion of the rubric, 0 to 3; what each level looks like shows after you submit, beside the reference answer.
      </p>
      <RubricScoreFields
        rubric={prompt.rubric}
        scores={scores}
        name="assess"
        invalid={invalid}
        onChange={(id, score) => {
          setScores((s) => ({ ...s, [id]: score }));
          setInvalid((s) => {
            const next = new Set(s);
            next.delete(id);
            return next;
          });
        }}
      />
      <fieldset class={`rating-group${ratingMissing ? ' field-invalid' : ''}`} id="rating-group" tabIndex={-1} aria-describedby={ratingMissing ? 'rating-error' : undefined}>
        <legend>How did it go?</legend>
        <div class="rating-choices">
          {RATINGS.map((r) => (
            <label key={r} class={rating === r ? 'selected' : ''}>
              <input
                type="radio"
                name="rating"
                value={r}
                checked={rating === r}
                onChange={() => {
                  setRating(r);
                  setRatingMissing(false);
                }}
              />
              <span class="rating-name">{RATING_LABEL[r]}</span>{' '}
              <span class="rating-hint">{RATING_HINT[r]}</span>
            </label>
          ))}
        </div>
        {ratingMissing && (
          <p id="rating-error" class="field-error">
            Choose how it went: it decides when the prompt comes back for review.
          </p>
        )}
      </fieldset>
      <p class="score-preview" aria-live="polite">
        {complete ? (
          <>
            Your self-assessed score: <strong>{preview}</strong> / 100
          </>
        ) : (
          'Score every criterion to see your score.'
        )}
      </p>
      {error && <ErrorNotice error={error} />}
      <p class="actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Submitting…' : error ? 'Try submitting again' : 'Submit attempt'}
        </button>
      </p>
    </form>
  );
}

function Abandon({ attempt, onChange }: { attempt: Attempt; onChange(a: Attempt): void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);
  const abandon = async () => {
    try {
      const data = await request(AbandonAttemptMutation, { attemptId: attempt.id });
      onChange(data.abandonAttempt);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <div class="abandon">
      {error && <ErrorNotice error={error} />}
      {confirming ? (
        <p class="actions" role="group" aria-label="Abandon this attempt?">
          <span>Abandon this attempt? It keeps its draft but gets no score and changes no review.</span>
          <button ref={yes} type="button" class="button button-danger" onClick={abandon}>
            Yes, abandon it
          </button>
          <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
            Keep going
          </button>
        </p>
      ) : (
        <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
          Abandon attempt
        </button>
      )}
    </div>
  );
}

function Result({ prompt, attempt, setId, focus, onAgain }: { prompt: Prompt; attempt: Attempt; setId: string | null; focus: boolean; onAgain(a: Attempt): void }) {
  const answers = useQuery(AnswersDocument, { id: prompt.id }, `${prompt.id}:${attempt.id}`);
  const revealed: PromptAnswersQuery['prompt'] | undefined = answers.data?.prompt;
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  const again = async () => {
    setBusy(true);
    try {
      const data = await request(StartAttemptMutation, { input: { promptId: prompt.id, practiceSetId: setId } });
      onAgain(data.startAttempt);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };
  return (
    <div class="result">
      <section aria-labelledby="result-heading" class="result-summary">
        <h2 id="result-heading" tabIndex={-1} ref={heading}>
          Submitted: <span data-testid="attempt-score">{attempt.score ?? '–'}</span> / 100
        </h2>
        <dl class="facts">
          <dt>Rating</dt>
          <dd>{attempt.rating ? RATING_LABEL[attempt.rating] : '–'}</dd>
          <dt>Time</dt>
          <dd>{attempt.durationMs !== null ? durationWords(attempt.durationMs) : '–'}</dd>
          <dt>Hints used</dt>
          <dd>
            {attempt.hintsUsed} of {prompt.hintCount}
          </dd>
          {revealed?.myReview && (
            <>
              <dt>Next review</dt>
              <dd data-testid="next-review">{dateOnly(revealed.myReview.due)}</dd>
            </>
          )}
        </dl>
        {error && <ErrorNotice error={error} />}
        <p class="actions">
          {setId && (
            <Link class="button button-primary" href={`/practice/sets/${encodeURIComponent(setId)}`}>
              Back to the practice set
            </Link>
          )}
          <Link class={`button${setId ? '' : ' button-primary'}`} href="/practice">
            What to practise next
          </Link>
          <Link class="button button-quiet" href={`/history/${encodeURIComponent(attempt.id)}`}>
            Open in history
          </Link>
          <button type="button" class="button button-quiet" disabled={busy} onClick={again}>
            Practise it again
          </button>
        </p>
      </section>
      {answers.error && <ErrorNotice error={answers.error} onRetry={answers.reload} retriesItself />}
      {answers.loading && !revealed && <Loading label="Loading the reference answer…" />}
      <AttemptReview attempt={attempt} kind={prompt.kind} rubric={prompt.rubric} answers={revealed ?? null} />
      <PromptNote promptId={prompt.id} />
    </div>
  );
}
