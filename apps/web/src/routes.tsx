import type { VNode } from 'preact';
import { AccountPage } from './screens/account/account-page';
import { SignInPage } from './screens/auth/sign-in-page';
import { SignUpPage } from './screens/auth/sign-up-page';
import { CatalogPage } from './screens/catalog/catalog-page';
import { PromptPage } from './screens/catalog/prompt-page';
import { HomePage } from './screens/home-page';
import { ExportPending, HistoryPending, MockInterviewPending, PracticePending, ProgressPending } from './screens/pending/pending-screens';

export interface RouteDef {
  /** `/prompts/:slug`: `:name` matches one segment. */
  path: string;
  render(params: Record<string, string>): VNode;
  /** Needs a signed-in user; a visitor is asked to sign in and comes back after. */
  auth?: boolean;
  /** Only for visitors (sign in, sign up); a signed-in user goes home. */
  guestOnly?: boolean;
}

/**
 * Every screen of the client. The server answers every path that is not a file or an API route
 * with index.html, so each of these works as a deep link.
 */
export const ROUTES: RouteDef[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/catalog', render: () => <CatalogPage /> },
  { path: '/prompts/:slug', render: ({ slug }) => <PromptPage slug={slug} /> },
  { path: '/signin', render: () => <SignInPage />, guestOnly: true },
  { path: '/signup', render: () => <SignUpPage />, guestOnly: true },
  { path: '/account', render: () => <AccountPage />, auth: true },
  // Pending: they say what will come; routes stay when the real screens replace them.
  { path: '/practice', render: () => <PracticePending /> },
  { path: '/practice/:slug', render: ({ slug }) => <PracticePending slug={slug} /> },
  { path: '/mock', render: () => <MockInterviewPending /> },
  { path: '/progress', render: () => <ProgressPending /> },
  { path: '/history', render: () => <HistoryPending /> },
  // Not /export: the API serves the downloads themselves under /export/ (me.json, attempts.csv).
  { path: '/data-export', render: () => <ExportPending /> },
];

/** The main navigation, in order. */
export const NAV: { href: string; label: string }[] = [
  { href: '/', label: 'Home' },
  { href: '/catalog', label: 'Catalog' },
  { href: '/practice', label: 'Practice' },
  { href: '/mock', label: 'Mock interview' },
  { href: '/progress', label: 'Progress' },
  { href: '/history', label: 'History' },
  { href: '/data-export', label: 'Export' },
];
