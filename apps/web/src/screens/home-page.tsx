import { session } from '../auth/session';
import { Page } from '../components/page';
import { LEVEL_LABEL, STACK_LABEL } from '../lib/labels';
import { Link, withQuery } from '../lib/router';
import { useStore } from '../lib/store';

/** Home: what to do next. Due reviews, streak and "continue" fill in with practice and progress. */
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
        <section class="card" aria-labelledby="home-due" data-pending="true">
          <h2 id="home-due">Reviews due</h2>
          <p class="muted">Prompts you rated come back when they are due. Arrives with practice.</p>
        </section>
        <section class="card" aria-labelledby="home-streak" data-pending="true">
          <h2 id="home-streak">Streak</h2>
          <p class="muted">
            Days in a row you met your goal of {user.dailyGoal} prompt{user.dailyGoal === 1 ? '' : 's'}. Arrives with progress.
          </p>
        </section>
        <section class="card" aria-labelledby="home-continue" data-pending="true">
          <h2 id="home-continue">Continue where you left off</h2>
          <p class="muted">Your unfinished attempt or mock interview. Arrives with practice.</p>
        </section>
      </div>
    </Page>
  );
}
