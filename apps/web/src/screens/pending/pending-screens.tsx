import { PendingScreen } from '../../components/pending';

// Screens whose API has not landed. Each says what it will do; none shows made-up data. When a
// feature's operations appear in apps/api/schema.gql, write its screen under screens/<feature>/
// and point its route in routes.tsx at it.

export function ProgressPending() {
  return (
    <PendingScreen title="Progress" arrivesWith="the progress library">
      <p>
        Progress by topic and stack: attempts, scores, mastery and its trend, your weakest topics, reviews due, your streak, and how ready you are for your
        target stack and level, with charts.
      </p>
    </PendingScreen>
  );
}

export function ExportPending() {
  return (
    <PendingScreen title="Export your data" arrivesWith="the progress library">
      <p>Download everything Prepstack holds about you (account, attempts, reviews, mock sessions and scorecards) as one JSON file.</p>
    </PendingScreen>
  );
}
