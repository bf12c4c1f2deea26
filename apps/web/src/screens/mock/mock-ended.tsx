import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice';
import { Loading, Page } from '../../components/page';
import { dateTime, LANGUAGE_LABEL, LEVEL_LABEL, ROLE_LABEL, STACK_LABEL } from '../../lib/labels';
import { Link } from '../../lib/router';
import { formatDuration } from '../../lib/server-clock';
import { useQuery } from '../../lib/use-query';
import { MockSessionFeedbackQuery, MockSessionTimelineQuery } from './mock.operations';
import { describeEvent, namesOf, replayAt } from './replay-model';
import type { SessionView } from './session-model';

/** Replay speed: one event per this many ms while playing. */
const PLAY_STEP_MS = 600;

/** After the end: the candidate's feedback, the scorecards an interviewer gave, and the replay. */
export function MockEnded({ view, me }: { view: SessionView; me: string }) {
  const answered = view.prompts.some((p) => p.candidateId === me);
  const gave = view.scorecards.filter((c) => c.interviewerId === me);
  const titles = new Map(view.prompts.map((p) => [p.prompt.id, p.prompt.title]));
  const names = new Map(view.participants.map((p) => [p.userId, p.displayName]));
  return (
    <Page title="Mock interview ended" heading={`Mock interview ended: ${STACK_LABEL[view.stack]}, ${LEVEL_LABEL[view.level]}`} class="mock-ended">
      <p class="lead" data-testid="ended">
        {view.endReason === 'TIMER_EXPIRED' ? 'The time ran out' : 'The interviewer ended it'}
        {view.endedAt ? ` on ${dateTime(view.endedAt)}` : ''}. {view.prompts.length} prompt{view.prompts.length === 1 ? '' : 's'} shown; with{' '}
        {view.participants.map((p) => `${p.displayName} (${ROLE_LABEL[p.role].toLowerCase()})`).join(', ')}.
      </p>
      <p class="actions">
        <a class="button" href="#feedback-heading">
          Feedback
        </a>
        <a class="button" href="#replay-heading">
          Replay
        </a>
        <Link class="button button-quiet" href="/mock">
          Another mock interview
        </Link>
      </p>
      {answered && <Feedback sessionId={view.id} lastSeq={view.lastSeq} />}
      {!answered && (
        <section aria-labelledby="feedback-heading">
          <h2 id="feedback-heading">Feedback</h2>
          <p class="muted">You did not answer a prompt in this session, so there is no feedback for you.</p>
        </section>
      )}
      {gave.length > 0 && (
        <section aria-labelledby="given-heading">
          <h2 id="given-heading">Scorecards you gave</h2>
          <ul class="plain-list">
            {gave.map((c) => (
              <li key={`${c.promptId}:${c.candidateId}`}>
                <strong>{titles.get(c.promptId) ?? 'A prompt'}</strong> for {names.get(c.candidateId) ?? 'the candidate'}: {c.scores.map((s) => s.score).join(' · ')}
                {c.feedback && <blockquote class="feedback-text">{c.feedback}</blockquote>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Replay sessionId={view.id} />
    </Page>
  );
}

/** The scorecards on the prompts the caller answered (mockSessionFeedback). */
function Feedback({ sessionId, lastSeq }: { sessionId: string; lastSeq: number }) {
  // Read again as events arrive after the end (ATTEMPTS_RECORDED adds the attempts' scores).
  const { data, error, loading, reload } = useQuery(MockSessionFeedbackQuery, { sessionId }, `${sessionId}:${lastSeq}`);
  const items = data?.mockSessionFeedback;
  return (
    <section aria-labelledby="feedback-heading" data-testid="feedback">
      <h2 id="feedback-heading">Your feedback</h2>
      {error && <ErrorNotice error={error} onRetry={reload} retriesItself />}
      {loading && !items && <Loading label="Loading your feedback…" />}
      {items && items.length === 0 && <p class="muted">The interviewer did not fill a scorecard for you.</p>}
      {items?.map((f) => (
        <article key={f.prompt.id} class="card feedback-card" aria-labelledby={`feedback-${f.prompt.id}`}>
          <h3 id={`feedback-${f.prompt.id}`}>{f.prompt.title}</h3>
          <p>
            Score: <strong data-testid="feedback-score">{f.score !== null ? `${f.score} / 100` : 'being recorded…'}</strong>
            {f.attemptId && (
              <>
                {' '}
                · <Link href={`/history/${encodeURIComponent(f.attemptId)}`}>In your history, with the reference answer</Link>
              </>
            )}
          </p>
          <table class="rubric">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {f.scores.map((s) => (
                <tr key={s.criterionId}>
                  <th scope="row">{s.title}</th>
                  <td>{s.weight}%</td>
                  <td>{s.score} / 3</td>
                </tr>
              ))}
            </tbody>
          </table>
          {f.feedback && (
            <blockquote class="feedback-text" data-testid="feedback-text">
              {f.feedback}
            </blockquote>
          )}
        </article>
      ))}
    </section>
  );
}

/**
 * The session replayed from its log (mockSessionTimeline): a slider and buttons step through
 * the events; beside them the prompt, hints, the candidate's answer and the chat as they were
 * right after the chosen event.
 */
function Replay({ sessionId }: { sessionId: string }) {
  const { data, error, loading, reload } = useQuery(MockSessionTimelineQuery, { sessionId }, sessionId);
  const events = data?.mockSessionTimeline ?? [];
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const names = useMemo(() => namesOf(events), [events]);
  const state = useMemo(() => replayAt(events, index), [events, index]);
  const last = events.length - 1;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setIndex((i) => (i >= last ? i : i + 1)), PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, last]);
  useEffect(() => {
    if (playing && index >= last) setPlaying(false);
    list.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }, [index]);

  const current = events[index];
  const describe = current ? describeEvent(current, names) : '';
  return (
    <section aria-labelledby="replay-heading" class="replay" data-testid="replay">
      <h2 id="replay-heading">Replay</h2>
      {error && <ErrorNotice error={error} onRetry={reload} retriesItself />}
      {loading && !data && <Loading label="Loading the timeline…" />}
      {events.length > 0 && (
        <>
          <div class="replay-controls">
            <label for="replay-position">Position in the session</label>
            <input
              id="replay-position"
              type="range"
              min={0}
              max={last}
              step={1}
              value={index}
              aria-valuetext={`Event ${index + 1} of ${events.length}: ${describe}`}
              onInput={(e) => setIndex(Number(e.currentTarget.value))}
            />
            <p class="actions">
              <button type="button" class="button button-small" disabled={index === 0} onClick={() => setIndex(0)}>
                First
              </button>
              <button type="button" class="button button-small" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                Previous event
              </button>
              <button type="button" class="button button-small" onClick={() => (index >= last ? (setIndex(0), setPlaying(true)) : setPlaying(!playing))}>
                {playing ? 'Pause' : 'Play'}
              </button>
              <button type="button" class="button button-small" disabled={index === last} onClick={() => setIndex(index + 1)}>
                Next event
              </button>
              <button type="button" class="button button-small" disabled={index === last} onClick={() => setIndex(last)}>
                Last
              </button>
            </p>
            <p class="replay-now" aria-live={playing ? 'off' : 'polite'} data-testid="replay-now">
              Event {index + 1} of {events.length} · +{formatDuration(state.elapsedMs)} · {describe}
            </p>
          </div>
          <div class="replay-grid">
            <div class="replay-state" data-testid="replay-state">
              <h3>At this point</h3>
              <p>
                Prompt: <strong data-testid="replay-prompt">{state.prompt ? state.prompt.title : 'none yet'}</strong> · timer{' '}
                {{ IDLE: 'not started', RUNNING: 'running', PAUSED: 'paused', EXPIRED: 'ran out' }[state.timer]}
                {state.ended ? ' · ended' : ''}
              </p>
              {state.hints.length > 0 && (
                <>
                  <h4>Hints revealed</h4>
                  <ol class="hint-list">
                    {state.hints.map((h, i) => (
                      <li key={i}>{h}</li>
                    ))}
                  </ol>
                </>
              )}
              <h4>The candidate's answer{state.draft?.language ? ` (${LANGUAGE_LABEL[state.draft.language] ?? state.draft.language})` : ''}</h4>
              {state.draft ? (
                <pre class="answer-text" data-testid="replay-draft">
                  <code>{state.draft.text}</code>
                </pre>
              ) : (
                <p class="muted">Nothing written yet.</p>
              )}
              {state.chat.length > 0 && (
                <>
                  <h4>Chat</h4>
                  <ol class="chat-log chat-log-static">
                    {state.chat.map((m, i) => (
                      <li key={i}>
                        <strong>{names[m.authorId] ?? 'Someone'}</strong> <p class="chat-text">{m.text}</p>
                      </li>
                    ))}
                  </ol>
                </>
              )}
              {state.notes.length > 0 && (
                <>
                  <h4>Your notes</h4>
                  <ul>
                    {state.notes.map((n, i) => (
                      <li key={i}>{n.text}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            <div>
              <h3 id="replay-events-heading">Events</h3>
              <ol class="replay-events" ref={list} aria-labelledby="replay-events-heading">
                {events.map((e, i) => (
                  <li key={e.seq} aria-current={i === index ? 'step' : undefined}>
                    <button type="button" class="link-button" onClick={() => setIndex(i)}>
                      <span class="muted">+{formatDuration(Date.parse(e.createdAt) - Date.parse(events[0].createdAt))}</span> {describeEvent(e, names)}
                    </button>
                  </li>
                ))}
              </ol>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
