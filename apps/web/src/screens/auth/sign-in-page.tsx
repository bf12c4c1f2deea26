import { useRef, useState } from 'preact/hooks';
import { ApiError, toApiError } from '../../api/errors';
import { sessionNotice, signIn } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice';
import { fieldError, focusError, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { Link, location, navigate, withQuery } from '../../lib/router';
import { useStore } from '../../lib/store';

/** Where to go after signing in: the `next` parameter when it is a path of this app. */
export function nextPath(query: URLSearchParams): string {
  const next = query.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

const FIELDS = { 'input.email': 'signin-email', 'input.password': 'signin-password' };

export function SignInPage() {
  const { query } = useStore(location);
  const notice = useStore(sessionNotice);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      await signIn({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') });
      navigate(nextPath(query), { replace: true });
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      focusError(form.current, apiError, FIELDS);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Sign in" class="narrow">
      {notice && (
        <p class="notice notice-info" role="status">
          {notice}
        </p>
      )}
      <form ref={form} class="stack-form" onSubmit={submit} noValidate>
        {error && !(error.details.field && error.details.field in FIELDS) && <ErrorNotice error={error} />}
        <TextField id="signin-email" name="email" type="email" label="Email" autocomplete="email" required error={fieldError(error, 'input.email')} />
        <TextField
          id="signin-password"
          name="password"
          type="password"
          label="Password"
          autocomplete="current-password"
          required
          error={fieldError(error, 'input.password')}
        />
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New here? <Link href={withQuery('/signup', { next: query.get('next') })}>Create an account</Link>
      </p>
    </Page>
  );
}
