import { useEffect, useState } from 'preact/hooks';
import { followAccountEvents, session, signOut } from './auth/session';
import { ConnectionBanner, ConnectionIndicator } from './components/connection-status';
import { Link, location, matchPath, navigate } from './lib/router';
import { useStore } from './lib/store';
import { NAV, ROUTES } from './routes';
import { AlreadySignedIn, NotFoundPage, SignInRequired } from './screens/not-found-page';

function Outlet() {
  const { path } = useStore(location);
  const s = useStore(session);
  for (const route of ROUTES) {
    const match = matchPath(route.path, path);
    if (!match) continue;
    if (route.auth && !s) return <SignInRequired path={path + window.location.search} />;
    if (route.guestOnly && s) return <AlreadySignedIn name={s.user.displayName} />;
    // Keyed by path: a new screen (and its focus handling) for every navigation.
    return <div key={path}>{route.render(match.params)}</div>;
  }
  return <NotFoundPage />;
}

/** Prompt pages belong to the catalog in the navigation. */
const SECTION_OF: Record<string, string> = { '/prompts': '/catalog' };
const isCurrent = (href: string, path: string) => {
  const section = SECTION_OF[`/${path.split('/')[1]}`] ?? path;
  if (href === '/') return path === '/';
  return section === href || path === href || path.startsWith(`${href}/`);
};

function AccountArea() {
  const s = useStore(session);
  const [busy, setBusy] = useState(false);
  if (!s) {
    return (
      <div class="account-area">
        <Link href="/signin">Sign in</Link>
        <Link class="button button-small" href="/signup">
          Sign up
        </Link>
      </div>
    );
  }
  return (
    <div class="account-area">
      <Link href="/account" class="account-name" data-testid="account-name-header">
        <span class="visually-hidden">Signed in as </span>
        {s.user.displayName}
      </Link>
      <button
        type="button"
        class="button button-small button-quiet"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await signOut();
          setBusy(false);
          navigate('/');
        }}
      >
        Sign out
      </button>
    </div>
  );
}

/** The shell: skip link, header with navigation, connection state and account, the screen. */
export function App() {
  const { path } = useStore(location);
  const s = useStore(session);
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  // While signed in: profile changes and revoked sessions arrive over graphql-ws.
  const userId = s?.user.id;
  useEffect(() => (userId ? followAccountEvents() : undefined), [userId]);

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <div class="header-row">
          <Link href="/" class="brand">
            Prepstack
          </Link>
          <ConnectionIndicator />
          <AccountArea />
          <button type="button" class="menu-toggle button button-small" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
            Menu
          </button>
        </div>
        <nav id="main-nav" aria-label="Main" class={menuOpen ? 'open' : ''}>
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={isCurrent(item.href, path) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <ConnectionBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer class="site-footer">
        <p>Prepstack: self-hosted interview practice.</p>
      </footer>
    </>
  );
}
