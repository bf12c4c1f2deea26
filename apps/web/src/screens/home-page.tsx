import { session } from '../auth/session';
import { ErrorNotice } from '../components/error-notice';
import { Page } from '../components/page';
import { dateOnly, dateTime, dayLabel, KIND_LABEL, LEVEL_LABEL, ROLE_LABEL, STACK_LABEL } from '../lib/labels';
import { Link, withQuery } from '../lib/router';
import { useStore } from '../lib/store';
import { useQuery } from '../lib/use-query';
import { StreakQuery } from './home.operations';
import { recentSessions } from './mock/recent-sessions';
import { DueReviewsQuery, InProgressAttemptsQuery } from './practice/practice.operations';

/** Home: what to do next: reviews due, the streak, attempts and mock interviews to go back to. */
export function HomePage() {
  const s = useStore(session);
  if (!s) {
    return (
      <Page title="Prepstack" heading="Interview practice for backend developers">
        <p class="lead">
          DSA, system design, behavioural and stack-knowledge prompts for Java, Python, Node.js, Go and C#/.NET, from junior to staff level.
        </p>
        <p class="actions">
          <Link class="button button-primary" href="/catalog">
            Browse the catalog
          </Link>
          <Link class="button" href="/signup">
            Create an account
          </Link>
          <Link href="/signin">Sign in</Link>
        </p>
      </Page>
    );
  }
  const { user } = s;
  const target = user.targetStack || user.targetLevel;
  return (
    <Page title="Home" heading={`Welcome back, ${user.displayName}`}>
      <p class="lead">
        {target ? (
          <>
            Preparing for {user.targetStack ? STACK_LABEL[user.targetStack] : 'any stack'}
            {user.targetLevel ? `, ${LEVEL_LABEL[user.targetLevel]} level` : ''}. <Link href="/account">Change</Link>
          </>
        ) : (
          <>
            Tell us what you are preparing for on <Link href="/account">your account</Link>, and the catalog starts from it.
          </>
        )}
      </p>
      <p>
        <Link class="button button-primary" href={withQuery('/catalog', { stack: user.targetStack, level: user.targetLevel })}>
          {target ? 'Prompts for your target' : 'Browse the catalog'}
        </Link>
      </p>
      <div class="cards">
        <DueReviewsCard />
        <StreakCard dailyGoal={user.dailyGoal} />
        <ContinueCard userId={user.id} />
      </div>
    </Page>
  );
}

/** Reviews due today (dueReviews), most overdue first. */
function DueReviewsCard() {
  const { data, error, reload } = useQuery(DueReviewsQuery, { first: 5 }, 'due');
  const due = data?.dueReviews;
  return (
    <section class="card" aria-labelledby="home-due" data-testid="home-due">
      <h2 id="home-due">Reviews due{due ? ` (${due.totalCount})` : ''}</h2>
      {error && <ErrorNotice error={error} onRetry={reload} retriesItself />}
      {due && due.totalCount === 0 && <p class="muted">Nothing due today. Prompts you rated come back when they are due.</p>}
      {due && due.edges.length > 0 && (
        <ul class="plain-list">
          {due.edges.map(({ node }) =>
            node.prompt ? (
              <li key={node.promptId}>
                <Link href={`/practice/${encodeURIComponent(node.prompt.slug)}`}>{node.prompt.title}</Link>{' '}
                <span class="muted">
                  {KIND_LABEL[node.prompt.kind]} · due {dateOnly(node.due)}
                </span>
              </li>
            ) : null,
          )}
        </ul>
      )}
      {due && due.totalCount > 0 && (
        <p>
          <Link href="/practice">The whole practice queue</Link>
        </p>
      )}
    </section>
  );
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** `3 Nov 2026` or `3 Nov 2026 to 7 Nov 2026`. */
function dayRange(start: string, end: string): string {
  return start === end ? dayLabel(start) : `${dayLabel(start)} to ${dayLabel(end)}`;
}

/**
 * Days in a row with at least one submitted attempt (streak), counted in the user's time zone:
 * the current run, whether today counts yet, and the longest run with its dates.
 */
function StreakCard({ dailyGoal }: { dailyGoal: number }) {
  const { data, error, reload } = useQuery(StreakQuery, {}, 'streak');
  const streak = data?.streak;
  const goal = `${dailyGoal} prompt${dailyGoal === 1 ? '' : 's'}`;
  return (
    <section class="card" aria-labelledby="home-streak" data-testid="home-streak">
      <h2 id="home-streak">Streak</h2>
      {error && <ErrorNotice error={error} onRetry={reload} retriesItself />}
      {streak && (
        <>
          <p>
            <strong data-testid="streak-current">{days(streak.current)}</strong> in a row
            {streak.current > 0 && streak.currentStart ? <span class="muted"> (since {dayLabel(streak.currentStart)})</span> : null}
          </p>
          <p data-testid="streak-today">
            {streak.activeToday
              ? 'Today counts already.'
              : streak.current > 0
                ? 'Submit an attempt today to keep it going.'
                : `Submit an attempt today to start ${streak.lastActiveDay ? 'a new one' : 'one'}.`}
          </p>
          {streak.longest > 0 && streak.longestStart && streak.longestEnd && (
            <p data-testid="streak-longest">
              Longest: {days(streak.longest)} <span class="muted">({dayRange(streak.longestStart, streak.longestEnd)})</span>
            </p>
          )}
          <p class="muted">
            A day counts when you submit at least one attempt (days in your time zone, {streak.timeZone}), whether or not you reach your daily goal of{' '}
            {goal}.
          </p>
          <p>
            <Link href="/progress">Your progress and activity</Link>
          </p>
        </>
      )}
    </section>
  );
}

/** Attempts in progress and mock interviews still running: where you left off. */
function ContinueCard({ userId }: { userId: string }) {
  const { data, error, reload } = useQuery(InProgressAttemptsQuery, { first: 3 }, 'continue');
  const attempts = data?.attempts.edges ?? [];
  const sessions = recentSessions(userId)
    .filter((s) => !s.ended)
    .slice(0, 2);
  return (
    <section class="card" aria-labelledby="home-continue" data-testid="home-continue">
      <h2 id="home-continue">Continue where you left off</h2>
      {error && <ErrorNotice error={error} onRetry={reload} retriesItself />}
      {data && attempts.length === 0 && sessions.length === 0 && (
        <p class="muted">
          Nothing unfinished. <Link href="/practice">Practise something</Link> or <Link href="/mock">start a mock interview</Link>.
        </p>
      )}
      {(attempts.length > 0 || sessions.length > 0) && (
        <ul class="plain-list">
          {attempts.map(({ node }) =>
            node.prompt ? (
              <li key={node.id}>
                <Link href={withQuery(`/practice/${encodeURIComponent(node.prompt.slug)}`, { set: node.practiceSetId, attempt: node.id })}>{node.prompt.title}</Link>{' '}
                <span class="muted">started {dateTime(node.startedAt)}</span>
              </li>
            ) : null,
          )}
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={`/mock/${encodeURIComponent(s.id)}`}>
                Mock interview, {STACK_LABEL[s.stack]} {LEVEL_LABEL[s.level]}
              </Link>{' '}
              <span class="muted">
                {s.role ? `as ${ROLE_LABEL[s.role].toLowerCase()}, ` : ''}code {s.joinCode}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
