import { useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { ApiError, toApiError } from '../../api/errors';
import { UpdateProfileMutation } from '../../auth/auth.operations';
import { session, updateSessionUser } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice';
import { fieldError, focusError, TextField } from '../../components/form';
import { Page } from '../../components/page';
import type { Level, Stack, UpdateProfileInput } from '../../gql/graphql';
import { isOneOf, LEVEL_LABEL, LEVELS, STACK_LABEL, STACKS } from '../../lib/labels';
import { location } from '../../lib/router';
import { useStore } from '../../lib/store';

const FIELDS = {
  'input.targetStack': 'account-stack',
  'input.targetLevel': 'account-level',
  'input.timezone': 'account-timezone',
  'input.dailyGoal': 'account-goal',
};

const timeZones = (): string[] => {
  try {
    return (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/** The signed-in user's profile: target stack and level, time zone, daily goal. */
export function AccountPage() {
  const s = useStore(session)!;
  const { query } = useStore(location);
  const user = s.user;
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const stack = String(data.get('targetStack') ?? '');
    const level = String(data.get('targetLevel') ?? '');
    const goal = String(data.get('dailyGoal') ?? '').trim();
    const input: UpdateProfileInput = {
      targetStack: isOneOf<Stack>(STACKS, stack) ? stack : null,
      targetLevel: isOneOf<Level>(LEVELS, level) ? level : null,
      timezone: String(data.get('timezone') ?? '').trim(),
      // Sent as typed, so the API's own rule (a whole number, 1..50) names the field.
      dailyGoal: goal === '' ? undefined : Number(goal),
    };
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const result = await request(UpdateProfileMutation, { input });
      updateSessionUser(result.updateProfile);
      setSaved(true);
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      focusError(form.current, apiError, FIELDS);
    } finally {
      setBusy(false);
    }
  };

  const fieldAtFault = error?.details.field && error.details.field in FIELDS;
  return (
    <Page title="Your account" class="narrow">
      {query.get('welcome') && (
        <p class="notice notice-info" role="status">
          Welcome, {user.displayName}! Set the stack and level you are preparing for: the catalog and practice start from them.
        </p>
      )}
      <dl class="facts">
        <dt>Name</dt>
        <dd data-testid="account-name">{user.displayName}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Member since</dt>
        <dd>{new Date(user.createdAt).toLocaleDateString()}</dd>
      </dl>
      <form ref={form} class="stack-form" onSubmit={submit} noValidate>
        <h2>What you are preparing for</h2>
        {error && !fieldAtFault && <ErrorNotice error={error} />}
        <div class="field">
          <label for="account-stack">Target stack</label>
          <select id="account-stack" name="targetStack">
            <option value="" selected={!user.targetStack}>
              Not set
            </option>
            {STACKS.map((id) => (
              <option key={id} value={id} selected={id === user.targetStack}>
                {STACK_LABEL[id]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="account-level">Target level</label>
          <select id="account-level" name="targetLevel">
            <option value="" selected={!user.targetLevel}>
              Not set
            </option>
            {LEVELS.map((l) => (
              <option key={l} value={l} selected={l === user.targetLevel}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="account-timezone"
          name="timezone"
          label="Time zone"
          list="account-timezones"
          defaultValue={user.timezone}
          autocomplete="off"
          hint="Days and streaks are counted in it, e.g. Europe/Berlin."
          error={fieldError(error, 'input.timezone')}
        />
        <datalist id="account-timezones">
          {timeZones().map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <TextField
          id="account-goal"
          name="dailyGoal"
          type="number"
          inputMode="numeric"
          label="Daily goal (prompts per day)"
          defaultValue={String(user.dailyGoal)}
          hint="1 to 50."
          error={fieldError(error, 'input.dailyGoal')}
        />
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <p role="status" class="saved">
          {saved ? 'Saved.' : ''}
        </p>
      </form>
    </Page>
  );
}
