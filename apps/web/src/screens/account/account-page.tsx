import { useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { ApiError, toApiError } from '../../api/errors';
import { UpdateProfileMutation } from '../../auth/auth.operations';
import { session, updateSessionUser } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice';
import { fieldError, focusError, TextField } from '../../components/form';
import { Loading, Page } from '../../components/page';
import type { Level, Stack, UpdateProfileInput } from '../../gql/graphql';
import { isOneOf, LEVEL_LABEL, LEVELS, STACK_LABEL, STACKS } from '../../lib/labels';
import { location } from '../../lib/router';
import { useStore } from '../../lib/store';
import { useQuery } from '../../lib/use-query';
import { ReviewSettingsQuery, SetReviewSettingsMutation } from './account.operations';

const FIELDS = {
  'input.targetStack': 'account-stack',
  'input.targetLevel': 'account-level',
  'input.timezone': 'account-timezone',
  'input.dailyGoal': 'account-goal',
};

const RETENTION_FIELDS = { 'input.desiredRetention': 'account-retention' };

/** The API's retention, a fraction (0.9), as the whole percentage the form shows (90). */
const toPercent = (fraction: number) => Math.round(fraction * 100);
/** A typed percentage (85) as the API's fraction, to 2 decimals (0.85). */
const toFraction = (percent: number) => Math.round(percent) / 100;

const timeZones = (): string[] => {
  try {
    return (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/** The signed-in user's profile (target stack and level, time zone, daily goal) and review settings. */
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
      <ReviewSettingsSection key={user.id} />
    </Page>
  );
}

/**
 * The "Reviews" section: the desired retention reviews are scheduled for (reviewSettings).
 * Shows a loading line, then its form; a failed load shows its error with a retry.
 */
function ReviewSettingsSection() {
  const { data, error, reload } = useQuery(ReviewSettingsQuery, {}, 'review-settings');
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews</h2>
      <p>
        A prompt you have answered comes back for review when you are about to forget it. Desired retention is how likely you should still recall it
        then. A higher retention brings prompts back sooner and more often; a lower one means fewer reviews, but more forgetting in between.
      </p>
      {data ? (
        <RetentionForm retention={data.reviewSettings.desiredRetention} />
      ) : error ? (
        <ErrorNotice error={error} onRetry={reload} retriesItself />
      ) : (
        <Loading label="Loading your review settings…" />
      )}
    </section>
  );
}

/**
 * The desired retention in whole percent (the API keeps a fraction), Save and a status line.
 * The value goes to the API unchecked (noValidate), so its own rule decides; an error naming
 * the field shows on the input (in percent), which takes focus, any other in a notice.
 */
function RetentionForm({ retention }: { retention: number }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [empty, setEmpty] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = form.current?.querySelector<HTMLInputElement>('#account-retention');
    // A number input reads '' for anything that is not a number.
    const percent = input?.value.trim() ? Number(input.value) : NaN;
    setError(null);
    setSaved(null);
    setEmpty(!Number.isFinite(percent));
    if (!Number.isFinite(percent)) {
      input?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await request(SetReviewSettingsMutation, { input: { desiredRetention: toFraction(percent) } });
      const stored = toPercent(result.setReviewSettings.desiredRetention);
      // Show what was kept: 85.4 is saved as 85.
      if (input) input.value = String(stored);
      setSaved(stored);
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      focusError(form.current, apiError, RETENTION_FIELDS);
    } finally {
      setBusy(false);
    }
  };

  // The API speaks in fractions (0.7..0.99); the field is in percent, so its message is ours.
  const retentionError = fieldError(error, 'input.desiredRetention');
  return (
    <form ref={form} class="stack-form" onSubmit={submit} noValidate>
      {error && !retentionError && <ErrorNotice error={error} />}
      <TextField
        id="account-retention"
        name="desiredRetention"
        type="number"
        inputMode="numeric"
        min={70}
        max={99}
        step={1}
        label="Desired retention (%)"
        defaultValue={String(toPercent(retention))}
        hint="A whole number from 70 to 99; 90 unless you change it. It applies from your next review."
        error={empty || retentionError ? 'Enter a whole number from 70 to 99.' : undefined}
      />
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save'}
      </button>
      <p role="status" class="saved">
        {saved !== null ? `Saved: ${saved}%.` : ''}
      </p>
    </form>
  );
}
