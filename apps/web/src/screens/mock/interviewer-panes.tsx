import { useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { ErrorNotice } from '../../components/error-notice';
import { Markdown } from '../../components/markdown';
import { RubricLevelsTable, RubricScoreFields, scoreMap } from '../../components/rubric';
import { rubricScore } from '../../lib/scoring';
import { json } from '../catalog/prompt-content';
import { LiveDraft, PromptPane } from './candidate-panes';
import {
  AddNoteMutation,
  EndMockSessionMutation,
  PauseTimerMutation,
  PushPromptMutation,
  ResumeTimerMutation,
  RevealHintToCandidateMutation,
  StartTimerMutation,
  SubmitScorecardMutation,
  SwapRolesMutation,
} from './mock.operations';
import { PromptPicker } from './prompt-picker';
import { planOf } from './recent-sessions';
import { nameOf, type SessionView, TIMER_STATUS } from './session-model';
import { useAction } from './use-action';

/** The interviewer runs the server's timer: start (the interview begins), pause, resume. */
export function TimerControls({ view }: { view: SessionView }) {
  const { timer } = view;
  const action = useAction();
  return (
    <section class="card timer-card" aria-labelledby="timer-heading">
      <h2 id="timer-heading">Timer</h2>
      <p class="muted">
        {timer.status === 'IDLE'
          ? 'Not started: the interview starts with it.'
          : timer.status === 'EXPIRED'
            ? 'The time is up.'
            : `The timer is ${TIMER_STATUS[timer.status]}; the time left shows at the top.`}
      </p>
      <p class="actions">
        {timer.status === 'IDLE' && (
          <button type="button" class="button button-primary" disabled={action.busy} onClick={() => action.run(() => request(StartTimerMutation, { sessionId: view.id }))}>
            Start the interview
          </button>
        )}
        {timer.status === 'RUNNING' && (
          <button type="button" class="button" disabled={action.busy} onClick={() => action.run(() => request(PauseTimerMutation, { sessionId: view.id }))}>
            Pause the timer
          </button>
        )}
        {timer.status === 'PAUSED' && (
          <button type="button" class="button button-primary" disabled={action.busy} onClick={() => action.run(() => request(ResumeTimerMutation, { sessionId: view.id }))}>
            Resume the timer
          </button>
        )}
      </p>
      {action.error && <ErrorNotice error={action.error} />}
    </section>
  );
}

export function InterviewerMain({ view }: { view: SessionView }) {
  const material = view.interviewerMaterial;
  const current = view.currentPrompt;
  return (
    <>
      <nav class="on-this-page" aria-label="Interviewer panes">
        <a href="#current-prompt-heading">Prompt</a> · <a href="#live-draft-heading">Candidate's answer</a> · <a href="#reference-heading">Reference answer</a> ·{' '}
        <a href="#interviewer-hints-heading">Hints</a> · <a href="#scorecard-heading">Scorecard</a> · <a href="#notes-heading">Notes</a>
      </nav>
      <PromptPane view={view} />
      {current && <LiveDraft view={view} heading="The candidate's answer, live" />}
      {material && current && (
        <>
          <section aria-labelledby="reference-heading">
            <h2 id="reference-heading">Reference answer</h2>
            <div data-testid="room-reference">
              <Markdown source={material.referenceAnswer} />
            </div>
          </section>
          <section aria-labelledby="room-rubric-heading">
            <h2 id="room-rubric-heading">Rubric</h2>
            <RubricLevelsTable rubric={material.rubric} />
          </section>
          {Array.isArray(material.hiddenTests) && material.hiddenTests.length > 0 && (
            <section aria-labelledby="room-tests-heading">
              <h2 id="room-tests-heading">Hidden tests</h2>
              <div class="table-scroll">
                <table class="tests">
                  <thead>
                    <tr>
                      <th scope="col">Input</th>
                      <th scope="col">Expected output</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(material.hiddenTests as { input: unknown; output: unknown }[]).map((t, i) => (
                      <tr key={i}>
                        <td>
                          <code>{short(Array.isArray(t.input) ? t.input.map(json).join(', ') : json(t.input))}</code>
                        </td>
                        <td>
                          <code>{short(json(t.output))}</code>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
          {material.followUps.length > 0 && (
            <section aria-labelledby="room-follow-ups-heading">
              <h2 id="room-follow-ups-heading">Follow-up questions</h2>
              <ul>
                {material.followUps.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}

const short = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

export function InterviewerSide({ view, me }: { view: SessionView; me: string }) {
  return (
    <>
      <Controls view={view} />
      <InterviewerHints view={view} />
      <ScorecardForm view={view} me={me} />
      <Notes view={view} />
    </>
  );
}

/** Push the next prompt (planned or from the catalog), swap roles, end. */
function Controls({ view }: { view: SessionView }) {
  const action = useAction();
  const [confirm, setConfirm] = useState<'swap' | 'end' | null>(null);
  const [picking, setPicking] = useState(false);
  const plan = planOf(view.id);
  const shown = new Set(view.prompts.map((p) => p.prompt.id));
  const candidate = view.participants.find((p) => p.active && p.role === 'CANDIDATE');
  const push = (promptId?: string) => action.run(() => request(PushPromptMutation, { sessionId: view.id, promptId: promptId ?? null })).then((ok) => ok && setPicking(false));
  return (
    <section class="card" aria-labelledby="controls-heading">
      <h2 id="controls-heading">Run the interview</h2>
      {plan.length > 0 && (
        <>
          <h3>Planned prompts</h3>
          <ol class="plan-list">
            {plan.map((p) => (
              <li key={p.id}>
                <span class="plan-title">{p.title}</span>
                {shown.has(p.id) ? (
                  <span class="muted">{view.currentPrompt?.prompt.id === p.id ? 'showing' : 'shown'}</span>
                ) : (
                  <button type="button" class="button button-small" disabled={action.busy} aria-label={`Push ${p.title}`} onClick={() => push(p.id)}>
                    Push
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="actions">
        <button type="button" class="button button-primary" disabled={action.busy} onClick={() => push()}>
          Push the next planned prompt
        </button>
        <button type="button" class="button" aria-expanded={picking} aria-controls="push-picker" onClick={() => setPicking(!picking)}>
          {picking ? 'Close the catalog' : 'Push a prompt from the catalog'}
        </button>
      </p>
      {picking && (
        <div id="push-picker">
          <PromptPicker id="push" stack={view.stack} actionLabel="Push" disabled={action.busy} chosen={view.currentPrompt ? [view.currentPrompt.prompt.id] : []} onPick={(p) => void push(p.id)} />
        </div>
      )}
      <p class="actions">
        {confirm === 'swap' ? (
          <>
            <span>Swap roles with {candidate?.displayName ?? 'the candidate'}? {view.swapRoles ? 'The next planned prompt follows.' : ''}</span>
            <button type="button" class="button button-primary" disabled={action.busy} onClick={() => action.run(() => request(SwapRolesMutation, { sessionId: view.id })).then(() => setConfirm(null))}>
              Yes, swap
            </button>
            <button type="button" class="button button-quiet" onClick={() => setConfirm(null)}>
              Cancel
            </button>
          </>
        ) : confirm === 'end' ? (
          <>
            <span>End the interview for everyone? Scored prompts become attempts in the candidate's history.</span>
            <button type="button" class="button button-danger" disabled={action.busy} onClick={() => action.run(() => request(EndMockSessionMutation, { sessionId: view.id }))}>
              Yes, end it
            </button>
            <button type="button" class="button button-quiet" onClick={() => setConfirm(null)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" class="button" disabled={!candidate} onClick={() => setConfirm('swap')}>
              Swap roles
            </button>
            <button type="button" class="button button-danger-quiet" onClick={() => setConfirm('end')}>
              End the interview
            </button>
          </>
        )}
      </p>
      {action.error && <ErrorNotice error={action.error} />}
    </section>
  );
}

/** Every hint of the current prompt; the next one can be revealed to the candidate. */
function InterviewerHints({ view }: { view: SessionView }) {
  const action = useAction();
  const material = view.interviewerMaterial;
  const current = view.currentPrompt;
  if (!material || !current) return null;
  const revealed = current.hints.length;
  return (
    <section class="card" aria-labelledby="interviewer-hints-heading">
      <h2 id="interviewer-hints-heading">
        Hints <span class="muted">({revealed} of {material.hints.length} revealed)</span>
      </h2>
      {material.hints.length === 0 ? (
        <p class="muted">This prompt has no hints.</p>
      ) : (
        <ol class="hint-list interviewer-hints" data-testid="interviewer-hints">
          {material.hints.map((h, i) => (
            <li key={i} data-revealed={i < revealed ? 'true' : 'false'}>
              <p>{h}</p>
              {i < revealed ? (
                <p class="muted">Revealed to the candidate.</p>
              ) : i === revealed ? (
                <button type="button" class="button button-small" disabled={action.busy} onClick={() => action.run(() => request(RevealHintToCandidateMutation, { sessionId: view.id }))}>
                  Reveal to candidate
                </button>
              ) : (
                <p class="muted">After hint {i}.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {action.error && <ErrorNotice error={action.error} />}
    </section>
  );
}

/** Private notes: only interviewers receive them. */
function Notes({ view }: { view: SessionView }) {
  const [text, setText] = useState('');
  const action = useAction();
  const add = async (event: SubmitEvent) => {
    event.preventDefault();
    const note = text.trim();
    if (!note) return;
    if (await action.run(() => request(AddNoteMutation, { sessionId: view.id, text: note }))) setText('');
  };
  return (
    <section class="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Private notes</h2>
      <p class="muted">Only interviewers see these.</p>
      {view.notes.length > 0 && (
        <ol class="notes-list" data-testid="notes">
          {view.notes.map((n, i) => (
            <li key={i}>
              <time dateTime={n.at} class="muted">
                {new Date(n.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
              </time>{' '}
              {n.text}
            </li>
          ))}
        </ol>
      )}
      <form class="stack-form" onSubmit={add}>
        <div class="field">
          <label for="note-input">Note</label>
          <textarea id="note-input" rows={3} maxLength={4000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button" disabled={action.busy || !text.trim()}>
          Add note
        </button>
      </form>
      {action.error && <ErrorNotice error={action.error} />}
    </section>
  );
}

/** The interviewer's scorecard on the current prompt: every criterion 0..3, and feedback. */
function ScorecardForm({ view, me }: { view: SessionView; me: string }) {
  const material = view.interviewerMaterial;
  const current = view.currentPrompt;
  if (!material || !current) {
    return (
      <section class="card" aria-labelledby="scorecard-heading">
        <h2 id="scorecard-heading">Scorecard</h2>
        <p class="muted">Push a prompt to score it.</p>
        <ScorecardsGiven view={view} me={me} />
      </section>
    );
  }
  return <ScorecardFields key={current.prompt.id} view={view} me={me} />;
}

function ScorecardFields({ view, me }: { view: SessionView; me: string }) {
  const material = view.interviewerMaterial!;
  const current = view.currentPrompt!;
  const existing = view.scorecards.find((c) => c.promptId === current.prompt.id && c.candidateId === current.candidateId);
  const [scores, setScores] = useState<Record<string, number | undefined>>(() => scoreMap(existing?.scores));
  const [feedback, setFeedback] = useState(existing?.feedback ?? '');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const complete = material.rubric.every((c) => scores[c.id] !== undefined);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const missing = new Set(material.rubric.filter((c) => scores[c.id] === undefined).map((c) => c.id));
    setInvalid(missing);
    setSaved(false);
    if (missing.size) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`#score-${[...missing][0]}`)?.focus());
      return;
    }
    const ok = await action.run(() =>
      request(SubmitScorecardMutation, {
        input: { sessionId: view.id, promptId: current.prompt.id, feedback, scores: material.rubric.map((c) => ({ criterionId: c.id, score: scores[c.id]! })) },
      }),
    );
    setSaved(ok);
  };
  return (
    <section class="card scorecard" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">Scorecard: {current.prompt.title}</h2>
      <form ref={form} class="stack-form" onSubmit={submit} noValidate>
        <RubricScoreFields
          rubric={material.rubric}
          scores={scores}
          name="score"
          invalid={invalid}
          onChange={(id, score) => {
            setScores((s) => ({ ...s, [id]: score }));
            setInvalid((s) => {
              const next = new Set(s);
              next.delete(id);
              return next;
            });
            setSaved(false);
          }}
        />
        <div class="field">
          <label for="scorecard-feedback">Feedback for the candidate</label>
          <textarea id="scorecard-feedback" rows={5} maxLength={10_000} value={feedback} onInput={(e) => setFeedback(e.currentTarget.value)} />
        </div>
        <p class="score-preview">{complete ? `Score: ${rubricScore(material.rubric, scores)} / 100` : 'Score every criterion.'}</p>
        <button type="submit" class="button button-primary" disabled={action.busy}>
          {existing ? 'Update the scorecard' : 'Submit the scorecard'}
        </button>
        <p role="status" class="saved" data-testid="scorecard-status">
          {saved ? 'Scorecard saved.' : ''}
        </p>
        {action.error && <ErrorNotice error={action.error} />}
      </form>
      <ScorecardsGiven view={view} me={me} />
    </section>
  );
}

function ScorecardsGiven({ view, me }: { view: SessionView; me: string }) {
  const mine = view.scorecards.filter((c) => c.interviewerId === me);
  if (mine.length === 0) return null;
  const titles = new Map(view.prompts.map((p) => [p.prompt.id, p.prompt.title]));
  return (
    <>
      <h3>Scorecards given</h3>
      <ul class="plain-list" data-testid="scorecards-given">
        {mine.map((c) => (
          <li key={`${c.promptId}:${c.candidateId}`}>
            {titles.get(c.promptId) ?? 'A prompt'} for {nameOf(view, c.candidateId)}: {c.scores.map((s) => s.score).join(' · ')}
          </li>
        ))}
      </ul>
    </>
  );
}
