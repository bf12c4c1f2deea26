import type { VNode } from 'preact';
import { lazyScreen } from './components/lazy';
import { AccountPage } from './screens/account/account-page';
import { SignInPage } from './screens/auth/sign-in-page';
import { SignUpPage } from './screens/auth/sign-up-page';
import { CatalogPage } from './screens/catalog/catalog-page';
import { PromptPage } from './screens/catalog/prompt-page';
import { ExportPage } from './screens/export/export-page';
import { HomePage } from './screens/home-page';

// Practice, history, mock interviews and progress load on first use: each is a chunk of its own.
const PracticeHubPage = lazyScreen(() => import('./screens/practice/practice-hub-page').then((m) => m.PracticeHubPage));
const PracticePage = lazyScreen(() => import('./screens/practice/practice-page').then((m) => m.PracticePage));
const PracticeSetPage = lazyScreen(() => import('./screens/practice/practice-set-page').then((m) => m.PracticeSetPage));
const HistoryPage = lazyScreen(() => import('./screens/history/history-page').then((m) => m.HistoryPage));
const AttemptPage = lazyScreen(() => import('./screens/history/attempt-page').then((m) => m.AttemptPage));
const MockHubPage = lazyScreen(() => import('./screens/mock/mock-hub-page').then((m) => m.MockHubPage));
const ProgressPage = lazyScreen(() => import('./screens/progress/progress-page').then((m) => m.ProgressPage));
const MockRoomPage = lazyScreen(() => import('./screens/mock/mock-room-page').then((m) => m.MockRoomPage));

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
  { path: '/practice', render: () => <PracticeHubPage />, auth: true },
  { path: '/practice/sets/:id', render: ({ id }) => <PracticeSetPage id={id} />, auth: true },
  { path: '/practice/:slug', render: ({ slug }) => <PracticePage slug={slug} />, auth: true },
  { path: '/history', render: () => <HistoryPage />, auth: true },
  { path: '/history/:id', render: ({ id }) => <AttemptPage id={id} />, auth: true },
  { path: '/mock', render: () => <MockHubPage />, auth: true },
  { path: '/mock/:id', render: ({ id }) => <MockRoomPage id={id} />, auth: true },
  { path: '/progress', render: () => <ProgressPage />, auth: true },
  // Not /export: the API serves the downloads themselves under /export/ (me.json, attempts.csv).
  { path: '/data-export', render: () => <ExportPage />, auth: true },
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
