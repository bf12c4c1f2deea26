import { PendingScreen } from '../../components/pending';

// Screens whose API has not landed. Each says what it will do; none shows made-up data. When a
// feature's operations appear in apps/api/schema.gql, write its screen under screens/<feature>/
// and point its route in routes.tsx at it.

export function PracticePending({ slug }: { slug?: string }) {
  return (
    <PendingScreen title="Practice" arrivesWith="the practice library (attempts and review scheduling)">
      <p>
        Solo practice{slug ? <> of <code>{slug}</code></> : ''}: the prompt with a timer you can pause, hints revealed one at a time, an editor with starter code in your
        language, then submit with a self-assessment against the rubric and a rating (again, hard, good, easy), and read the reference answer. Ratings schedule
        each prompt for review when it is due.
      </p>
    </PendingScreen>
  );
}

export function MockInterviewPending() {
  return (
    <PendingScreen title="Mock interview" arrivesWith="the interviews library (mock sessions and live events)">
      <p>
        Paired mock interviews: create a room and share its join code, or be matched from a queue. The interviewer sees hints, the reference answer, the rubric
        and private notes; the candidate sees the prompt and the shared timer, and their answer streams live. Chat, roles swap at half time, each side fills a
        scorecard, and the session can be replayed afterwards. Nothing is lost when the browser reconnects.
      </p>
    </PendingScreen>
  );
}

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

export function HistoryPending() {
  return (
    <PendingScreen title="Attempt history" arrivesWith="the practice library">
      <p>Every attempt you made: the prompt, solo or mock, when, the scores and your rating; open one to read your answer beside the reference answer.</p>
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
