import { useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { type ApiError, toApiError } from '../../api/errors';
import { session } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice';
import { fieldError, focusError, TextField } from '../../components/form';
import { Page } from '../../components/page';
import type { Level, MockRole, Stack } from '../../gql/graphql';
import { dateTime, isOneOf, LEVEL_LABEL, LEVELS, ROLE_LABEL, STACK_LABEL, STACKS } from '../../lib/labels';
import { Link, navigate } from '../../lib/router';
import { useStore } from '../../lib/store';
import { CreateMockSessionMutation, JoinMockSessionMutation } from './mock.operations';
import { type PickedPrompt, PromptPicker } from './prompt-picker';
import { recentSessions, rememberSession, savePlan } from './recent-sessions';

const CREATE_FIELDS = { 'input.durationMinutes': 'create-duration', 'input.promptIds': 'create-plan-search' };
const JOIN_FIELDS = { code: 'join-code', role: 'join-role' };
/** Planned prompts a session takes (CreateMockSessionInput.promptIds). */
const MAX_PLANNED = 10;

/** Mock interviews: create a room (and get its join code), or join one by code. */
export function MockHubPage() {
  const user = useStore(session)!.user;
  const recent = recentSessions(user.id).filter((s) => !s.ended);
  return (
    <Page title="Mock interview">
      <p class="lead">
        Two people, one prompt at a time: the interviewer sees hints, the reference answer and the rubric; the candidate's answer streams to them live.
      </p>
      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" class="card">
          <h2 id="recent-heading">Back to your interview</h2>
          <ul class="plain-list">
            {recent.map((s) => (
              <li key={s.id}>
                <Link href={`/mock/${encodeURIComponent(s.id)}`}>
                  {STACK_LABEL[s.stack]}, {LEVEL_LABEL[s.level]} · code {s.joinCode}
                </Link>{' '}
                <span class="muted">
                  {s.role ? `as ${ROLE_LABEL[s.role].toLowerCase()}` : ''} · {dateTime(s.at)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="columns mock-hub">
        <JoinForm userId={user.id} />
        <CreateForm userId={user.id} defaultStack={user.targetStack ?? 'java'} defaultLevel={user.targetLevel ?? 'MID'} />
      </div>
    </Page>
  );
}

function JoinForm({ userId }: { userId: string }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const role = String(data.get('role'));
    setBusy(true);
    setError(null);
    try {
      const { joinMockSession: s } = await request(JoinMockSessionMutation, {
        code: String(data.get('code') ?? '').trim(),
        role: isOneOf<MockRole>(['INTERVIEWER', 'CANDIDATE', 'OBSERVER'], role) ? role : 'CANDIDATE',
      });
      rememberSession(userId, { id: s.id, joinCode: s.joinCode, stack: s.stack, level: s.level, role: s.myRole, at: new Date().toISOString(), ended: s.status === 'ENDED' });
      navigate(`/mock/${encodeURIComponent(s.id)}`);
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      setBusy(false);
      focusError(form.current, apiError, JOIN_FIELDS);
    }
  };
  const fieldAtFault = error?.details.field && error.details.field in JOIN_FIELDS;
  return (
    <section aria-labelledby="join-heading">
      <h2 id="join-heading">Join with a code</h2>
      <form ref={form} class="stack-form" onSubmit={submit} noValidate>
        {error && !fieldAtFault && <ErrorNotice error={error} />}
        <TextField
          id="join-code"
          name="code"
          label="Join code"
          autocomplete="off"
          maxLength={6}
          required
          hint="The six characters the other person gives you."
          error={fieldError(error, 'code')}
        />
        <div class={`field${fieldError(error, 'role') ? ' field-invalid' : ''}`}>
          <label for="join-role">Join as</label>
          <select id="join-role" name="role" aria-describedby={fieldError(error, 'role') ? 'join-role-error' : undefined} aria-invalid={fieldError(error, 'role') ? 'true' : undefined}>
            <option value="CANDIDATE">Candidate: answer the prompts</option>
            <option value="INTERVIEWER">Interviewer: ask and score</option>
            <option value="OBSERVER">Observer: watch</option>
          </select>
          {fieldError(error, 'role') && (
            <p id="join-role-error" class="field-error">
              {fieldError(error, 'role')}
            </p>
          )}
        </div>
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
    </section>
  );
}

function CreateForm({ userId, defaultStack, defaultLevel }: { userId: string; defaultStack: Stack; defaultLevel: Level }) {
  const [stack, setStack] = useState<Stack>(defaultStack);
  const [plan, setPlan] = useState<PickedPrompt[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState('');
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const level = String(data.get('level'));
    const role = String(data.get('myRole'));
    const minutes = String(data.get('durationMinutes') ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      const { createMockSession: s } = await request(CreateMockSessionMutation, {
        input: {
          stack,
          level: isOneOf(LEVELS, level) ? level : defaultLevel,
          // Sent as typed, so the API's own rule (5..180) names the field.
          durationMinutes: minutes === '' ? undefined : Number(minutes),
          swapRoles: data.get('swapRoles') === 'on',
          role: role === 'CANDIDATE' ? 'CANDIDATE' : 'INTERVIEWER',
          promptIds: plan.map((p) => p.id),
        },
      });
      savePlan(s.id, plan.map((p) => ({ id: p.id, title: p.title })));
      rememberSession(userId, { id: s.id, joinCode: s.joinCode, stack: s.stack, level: s.level, role: s.myRole, at: new Date().toISOString(), ended: false });
      navigate(`/mock/${encodeURIComponent(s.id)}`);
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      setBusy(false);
      focusError(form.current, apiError, CREATE_FIELDS);
    }
  };

  const move = (index: number, by: -1 | 1) => {
    setPlan((p) => {
      const next = [...p];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item);
      setAnnounce(`${item.title} is now number ${index + by + 1} of ${next.length}.`);
      return next;
    });
  };

  const fieldAtFault = error?.details.field === 'input.durationMinutes';
  return (
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">Create a room</h2>
      <form ref={form} class="stack-form" onSubmit={submit} noValidate>
        {error && !fieldAtFault && <ErrorNotice error={error} />}
        <div class="field">
          <label for="create-stack">Stack</label>
          <select
            id="create-stack"
            name="stack"
            value={stack}
            onChange={(e) => {
              const next = e.currentTarget.value;
              if (isOneOf(STACKS, next)) setStack(next);
            }}
          >
            {STACKS.map((s) => (
              <option key={s} value={s}>
                {STACK_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="create-level">Level</label>
          <select id="create-level" name="level">
            {LEVELS.map((l) => (
              <option key={l} value={l} selected={l === defaultLevel}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="create-duration"
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          label="Duration (minutes)"
          defaultValue="45"
          hint="5 to 180; the server keeps the time."
          error={fieldError(error, 'input.durationMinutes')}
        />
        <fieldset class="segmented">
          <legend>Your role</legend>
          <label>
            <input type="radio" name="myRole" value="INTERVIEWER" defaultChecked />
            Interviewer
          </label>
          <label>
            <input type="radio" name="myRole" value="CANDIDATE" />
            Candidate
          </label>
        </fieldset>
        <label class="checkbox">
          <input type="checkbox" name="swapRoles" /> Swap roles half way (the next planned prompt follows the swap)
        </label>

        <fieldset class="plan">
          <legend>Planned prompts (optional, up to {MAX_PLANNED})</legend>
          {plan.length === 0 ? (
            <p class="muted">None yet: the interviewer can push any prompt during the interview.</p>
          ) : (
            <ol class="plan-list" data-testid="plan-list">
              {plan.map((p, i) => (
                <li key={p.id}>
                  <span class="plan-title">{p.title}</span>
                  <span class="plan-actions">
                    <button type="button" class="button button-small button-quiet" disabled={i === 0} aria-label={`Move ${p.title} up`} onClick={() => move(i, -1)}>
                      Up
                    </button>
                    <button
                      type="button"
                      class="button button-small button-quiet"
                      disabled={i === plan.length - 1}
                      aria-label={`Move ${p.title} down`}
                      onClick={() => move(i, 1)}
                    >
                      Down
                    </button>
                    <button
                      type="button"
                      class="button button-small button-quiet"
                      aria-label={`Remove ${p.title}`}
                      onClick={() => {
                        setPlan((list) => list.filter((x) => x.id !== p.id));
                        setAnnounce(`${p.title} removed from the plan.`);
                      }}
                    >
                      Remove
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p class="visually-hidden" role="status">
            {announce}
          </p>
          <PromptPicker
            id="create-plan"
            stack={stack}
            actionLabel="Add to plan"
            chosen={plan.map((p) => p.id)}
            disabled={plan.length >= MAX_PLANNED}
            onPick={(p) => {
              setPlan((list) => (list.length >= MAX_PLANNED || list.some((x) => x.id === p.id) ? list : [...list, p]));
              setAnnounce(`${p.title} added to the plan.`);
            }}
          />
          {fieldError(error, 'input.promptIds') && <p class="field-error">{fieldError(error, 'input.promptIds')}</p>}
        </fieldset>
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create the room'}
        </button>
      </form>
    </section>
  );
}
