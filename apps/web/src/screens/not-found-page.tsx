import { Page } from '../components/page';
import { Link } from '../lib/router';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>There is no page at this address.</p>
      <p>
        <Link href="/">Home</Link> · <Link href="/catalog">Catalog</Link>
      </p>
    </Page>
  );
}

/** A screen that needs an account, shown to a visitor who is signed out. */
export function SignInRequired({ path }: { path: string }) {
  return (
    <Page title="Sign in to continue">
      <p>This page shows your own data: sign in or create an account first.</p>
      <p class="actions">
        <Link class="button button-primary" href={`/signin?next=${encodeURIComponent(path)}`}>
          Sign in
        </Link>
        <Link class="button" href={`/signup?next=${encodeURIComponent(path)}`}>
          Create an account
        </Link>
      </p>
    </Page>
  );
}

/** Sign-in or sign-up while already signed in. */
export function AlreadySignedIn({ name }: { name: string }) {
  return (
    <Page title="Signed in">
      <p>You are signed in as {name}.</p>
      <p class="actions">
        <Link class="button button-primary" href="/">
          Go home
        </Link>
        <Link href="/catalog">Browse the catalog</Link>
      </p>
    </Page>
  );
}
