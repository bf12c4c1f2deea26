import type { ComponentChildren } from 'preact';
import { Link } from '../lib/router';
import { Page } from './page';

/**
 * A screen whose API has not landed yet: says what it will do, shows no made-up data. When the
 * feature's operations appear in schema.gql, its route in routes.tsx points at the real screen.
 */
export function PendingScreen({ title, children, arrivesWith }: { title: string; children: ComponentChildren; arrivesWith: string }) {
  return (
    <Page title={title}>
      <div class="pending" data-pending="true">
        <p class="pending-tag">Coming soon</p>
        {children}
        <p class="muted">
          This screen arrives with {arrivesWith}. Until then, browse the <Link href="/catalog">catalog</Link> to read prompts and their starter code.
        </p>
      </div>
    </Page>
  );
}
