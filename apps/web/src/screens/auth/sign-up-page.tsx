import { useRef, useState } from 'preact/hooks';
import { ApiError, toApiError } from '../../api/errors';
import { signUp } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice';
import { fieldError, focusError, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { Link, location, navigate, withQuery } from '../../lib/router';
import { useStore } from '../../lib/store';
import { nextPath } from './sign-in-page';

const FIELDS = { 'input.displayName': 'signup-name', 'input.email': 'signup-email', 'input.password': 'signup-password' };

export function SignUpPage() {
  const { query } = useStore(location);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      await signUp({
        displayName: String(data.get('displayName') ?? ''),
        email: String(data.get('email') ?? ''),
        password: String(data.get('password') ?? ''),
      });
      navigate(nextPath(query) === '/' ? '/account?welcome=1' : nextPath(query), { replace: true });
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      focusError(form.current, apiError, FIELDS);
    } finally {
      setBusy(false);
    }
  };

  // A field error shows beside its field; the notice above the form carries every other error.
  const fieldAtFault = error?.details.field && error.details.field in FIELDS;
  return (
    <Page title="Create an account" class="narrow">
      <form ref={form} class="stack-form" onSubmit={submit} noValidate>
        {error && !fieldAtFault && <ErrorNotice error={error} />}
        <TextField
          id="signup-name"
          name="displayName"
          label="Display name"
          autocomplete="nickname"
          maxLength={60}
          required
          hint="Shown to interview partners."
          error={fieldError(error, 'input.displayName')}
        />
        <TextField id="signup-email" name="email" type="email" label="Email" autocomplete="email" required error={fieldError(error, 'input.email')} />
        <TextField
          id="signup-password"
          name="password"
          type="password"
          label="Password"
          autocomplete="new-password"
          required
          hint="10 to 128 characters."
          error={fieldError(error, 'input.password')}
        />
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Have an account? <Link href={withQuery('/signin', { next: query.get('next') })}>Sign in</Link>
      </p>
    </Page>
  );
}
