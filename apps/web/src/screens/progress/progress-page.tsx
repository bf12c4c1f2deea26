import { useMemo, useState } from 'preact/hooks';
import { session } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice';
import { Loading, Page } from '../../components/page';
import type { Level, ProgressQuery as ProgressResult, ReadinessFieldsFragment, Stack } from '../../gql/graphql';
import { dateTime, dayLabel, DIFFICULTY_LABEL, isOneOf, KIND_LABEL, LEVEL_LABEL, LEVELS, QUEUE_REASON_LABEL, STACK_LABEL, STACKS } from '../../lib/labels';
import { Link, location, navigate, withQuery } from '../../lib/router';
import { useStore } from '../../lib/store';
import { useQuery } from '../../lib/use-query';
import { ActivityHeatmap } from './activity-heatmap';
import { percent, plural, score, todayIn, WINDOW_WEEKS, windowFrom, type WindowWeeks } from './figures';
import { ActivityQuery, ProgressQuery, ReadinessQuery, WeakestTopicsQuery } from './progress.operations';
import { TrendChart, type TrendWeek } from './trend-chart';

type Progress = ProgressResult['progress'];

/** Readiness topics listed before "show all": the largest gains. */
const READINESS_TOPICS_SHOWN = 8;
type Detail = ReadinessFieldsFragment;

/**
 * Where the signed-in user stands in one stack (`?stack=`, default their target): the whole
 * stack and each kind at a glance, readiness for every level with the chosen one (`?level=`) in
 * detail, the weekly trend over a window of weeks (`?weeks=`), mastery per topic, the weakest
 * topics with prompts to practise, and a year of activity.
 */
export function ProgressPage() {
  const user = useStore(session)!.user;
  const { query } = useStore(location);
  const stack: Stack = isOneOf(STACKS, query.get('stack')) ? (query.get('stack') as Stack) : (user.targetStack ?? 'java');
  const level: Level = isOneOf(LEVELS, query.get('level')) ? (query.get('level') as Level) : (user.targetLevel ?? 'MID');
  const weeksParam = Number(query.get('weeks'));
  const weeks: WindowWeeks = (WINDOW_WEEKS as readonly number[]).includes(weeksParam) ? (weeksParam as WindowWeeks) : 12;
  const today = todayIn(user.timezone);
  const from = windowFrom(today, weeks);

  const progress = useQuery(ProgressQuery, { stack, from, to: today }, `${stack}|${from}|${today}`);
  const readiness = useQuery(ReadinessQuery, { stack }, stack);
  const weakest = useQuery(WeakestTopicsQuery, { stack }, stack);
  const activity = useQuery(ActivityQuery, {}, 'activity');
  const apply = (changes: Record<string, string>) =>
    navigate(withQuery('/progress', { stack, level, weeks: String(weeks), ...changes }), { replace: true });

  // While another stack loads, the previous stack's figures must not show under the new name.
  const p = progress.data?.progress.stack === stack ? progress.data.progress : undefined;
  const rd = readiness.data?.junior.stack === stack ? readiness.data : undefined;
  const levels: Record<Level, Detail> | undefined = rd && { JUNIOR: rd.junior, MID: rd.mid, SENIOR: rd.senior, STAFF: rd.staff };

  return (
    <Page title="Progress">
      <p class="lead">
        How you are doing in {STACK_LABEL[stack]}: scores and mastery per topic, how ready you are for each level, and what to practise next.
      </p>
      <form class="filters" aria-label="Progress options" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="progress-stack">Stack</label>
          <select id="progress-stack" value={stack} onChange={(e) => apply({ stack: e.currentTarget.value })}>
            {STACKS.map((s) => (
              <option key={s} value={s}>
                {STACK_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="progress-weeks">Window</label>
          <select id="progress-weeks" value={String(weeks)} onChange={(e) => apply({ weeks: e.currentTarget.value })}>
            {WINDOW_WEEKS.map((w) => (
              <option key={w} value={String(w)}>
                Last {w} weeks
              </option>
            ))}
          </select>
        </div>
      </form>

      {progress.error && <ErrorNotice error={progress.error} onRetry={progress.reload} retriesItself />}
      {!p && !progress.error && <Loading label="Loading your progress…" />}
      {p && <Overview progress={p} />}

      <section class="progress-section" aria-labelledby="readiness-heading" data-testid="readiness">
        <h2 id="readiness-heading">Readiness for {STACK_LABEL[stack]} roles</h2>
        {readiness.error && <ErrorNotice error={readiness.error} onRetry={readiness.reload} retriesItself />}
        {levels && (
          <fieldset class="segmented level-choice">
            <legend>Level</legend>
            {LEVELS.map((l) => (
              <label key={l} class={l === level ? 'selected' : ''}>
                <input type="radio" name="progress-level" value={l} checked={l === level} onChange={() => apply({ level: l })} />
                {LEVEL_LABEL[l]} <span class="level-figure">{percent(levels[l].readiness)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {!levels && !readiness.error && <Loading label="Loading readiness…" />}
        {levels && <ReadinessDetail key={level} detail={levels[level]} stack={stack} />}
      </section>

      {p && <TrendSection progress={p} />}
      {p && <TopicSection progress={p} />}

      <section class="progress-section" aria-labelledby="weakest-heading" data-testid="weakest">
        <h2 id="weakest-heading">What to work on next</h2>
        {weakest.error && <ErrorNotice error={weakest.error} onRetry={weakest.reload} retriesItself />}
        {weakest.data && weakest.data.weakestTopics.length === 0 && (
          <p class="muted">Once you have answered a few prompts in {STACK_LABEL[stack]}, the topics you master least show here with prompts to practise.</p>
        )}
        {weakest.data && weakest.data.weakestTopics.length > 0 && (
          <ol class="weak-list">
            {weakest.data.weakestTopics.map((w) => (
              <li key={w.topic.id} class="card">
                <h3>
                  {w.topic.title} <span class="muted">({w.topic.areaTitle})</span>
                </h3>
                <p class="muted">
                  Mastery {percent(w.mastery)} · recent score {score(w.recentScore)} · {w.promptsAnswered} of {w.promptsAvailable} prompts answered
                  {w.dueReviews > 0 ? ` · ${w.dueReviews} due` : ''}
                </p>
                {w.recommended.length > 0 && (
                  <ul class="plain-list">
                    {w.recommended.map((item) => (
                      <li key={item.prompt.id}>
                        <Link href={`/practice/${encodeURIComponent(item.prompt.slug)}`}>{item.prompt.title}</Link>{' '}
                        <span class="muted">
                          {QUEUE_REASON_LABEL[item.reason]} · {KIND_LABEL[item.prompt.kind]} · {DIFFICULTY_LABEL[item.prompt.difficulty]}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="progress-section" aria-labelledby="activity-heading" data-testid="activity">
        <h2 id="activity-heading">Activity in the last year</h2>
        {activity.error && <ErrorNotice error={activity.error} onRetry={activity.reload} retriesItself />}
        {!activity.data && !activity.error && <Loading label="Loading activity…" />}
        {activity.data && <ActivityHeatmap days={activity.data.activity} dailyGoal={user.dailyGoal} />}
      </section>
    </Page>
  );
}

/** The whole stack and each kind: four figures and a mastery bar per kind. */
function Overview({ progress: p }: { progress: Progress }) {
  const o = p.overall;
  return (
    <section class="progress-section" aria-labelledby="overview-heading" data-testid="overview">
      <h2 id="overview-heading">
        {STACK_LABEL[p.stack]}, {dayLabel(p.from)} to {dayLabel(p.to)}
      </h2>
      {o.promptsAnswered === 0 && (
        <p class="notice notice-info">
          No answers in {STACK_LABEL[p.stack]} yet. <Link href={withQuery('/practice', { stack: p.stack })}>Practise a prompt</Link> and your progress starts here.
        </p>
      )}
      <dl class="figures">
        <div>
          <dt>Mastery</dt>
          <dd data-testid="overall-mastery">{percent(o.mastery)}</dd>
        </div>
        <div>
          <dt>Attempts in the window</dt>
          <dd data-testid="overall-attempts">{o.attempts}</dd>
        </div>
        <div>
          <dt>Mean score</dt>
          <dd data-testid="overall-score">{score(o.averageScore)}</dd>
        </div>
        <div>
          <dt>Prompts answered</dt>
          <dd>
            {o.promptsAnswered} <span class="muted">of {o.promptsAvailable}</span>
          </dd>
        </div>
        <div>
          <dt>Reviews due</dt>
          <dd>{o.dueReviews > 0 ? <Link href="/practice">{o.dueReviews}</Link> : 0}</dd>
        </div>
      </dl>
      {o.lastPractisedAt && <p class="muted">Last practised {dateTime(o.lastPractisedAt)}.</p>}
      <ul class="bars" aria-label="Mastery per kind">
        {p.kinds
          .filter((k) => k.promptsAvailable > 0 || k.attempts > 0)
          .map((k) => (
            <li key={k.kind} class="bar-row">
              <div class="bar-head">
                <span class="bar-title">{KIND_LABEL[k.kind]}</span>
                <span class="bar-value">{percent(k.mastery)}</span>
              </div>
              <Bar share={k.mastery} label={`Mastery of ${KIND_LABEL[k.kind]}`} />
              <p class="bar-meta muted">
                {plural(k.attempts, 'attempt')} · mean {score(k.averageScore)} · {k.promptsAnswered} of {k.promptsAvailable} prompts answered
              </p>
            </li>
          ))}
      </ul>
    </section>
  );
}

/** The readiness of one role profile, with each of its topics ordered by what it would add. */
function ReadinessDetail({ detail: d, stack }: { detail: Detail; stack: Stack }) {
  const [showAll, setShowAll] = useState(false);
  const sorted = [...d.topics].sort((a, b) => b.gap - a.gap || b.weight - a.weight);
  const topics = showAll ? sorted : sorted.slice(0, READINESS_TOPICS_SHOWN);
  return (
    <div class="readiness" data-testid="readiness-detail">
      <p class="readiness-figure">
        <strong data-testid="readiness-value">{percent(d.readiness)}</strong> ready for {d.title}
      </p>
      <p class="muted">
        Practised topics cover {percent(d.coverage)} of what the role asks for
        {d.masteryOfCovered != null ? `, and you master them at ${percent(d.masteryOfCovered)}` : ''}. Readiness = coverage × mastery of the covered topics.
      </p>
      <details>
        <summary>What a {LEVEL_LABEL[d.level].toLowerCase()} role expects</summary>
        <p>{d.summary}</p>
      </details>
      <h3>Where readiness would grow most</h3>
      <ul class="bars">
        {topics.map((t) => (
          <li key={t.topic.id} class="bar-row" data-topic={t.topic.id}>
            <div class="bar-head">
              <Link class="bar-title" href={withQuery('/catalog', { stack, topic: t.topic.id })}>
                {t.topic.title}
              </Link>
              <span class="bar-value">{t.practised ? percent(t.mastery) : 'not practised'}</span>
            </div>
            <Bar share={t.mastery} label={`Mastery of ${t.topic.title}`} />
            <p class="bar-meta muted">
              {t.topic.areaTitle} · weight {t.weight} of {d.totalWeight} · full mastery adds {(t.gap * 100).toFixed(1)} points
            </p>
          </li>
        ))}
      </ul>
      {sorted.length > READINESS_TOPICS_SHOWN && (
        <label class="checkbox">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} />
          Show all {sorted.length} topics of the profile
        </label>
      )}
    </div>
  );
}

/** The weekly trend of the whole stack or of one practised topic. */
function TrendSection({ progress: p }: { progress: Progress }) {
  const practised = p.topics.filter((t) => t.attempts > 0);
  const [topicId, setTopicId] = useState('');
  const chosen = practised.find((t) => t.topic.id === topicId);
  const series = useMemo<TrendWeek[]>(() => {
    const byWeek = new Map((chosen ?? p.overall).trend.map((w) => [w.weekStart, w]));
    return p.weeks.map((weekStart) => byWeek.get(weekStart) ?? { weekStart, attempts: 0, averageScore: null });
  }, [p, chosen]);
  const caption = `Weekly trend of ${chosen ? chosen.topic.title : `all of ${STACK_LABEL[p.stack]}`}`;
  return (
    <section class="progress-section" aria-labelledby="trend-heading" data-testid="trend">
      <h2 id="trend-heading">Weekly trend</h2>
      <div class="field field-inline">
        <label for="trend-topic">Show</label>
        <select id="trend-topic" value={chosen ? topicId : ''} onChange={(e) => setTopicId(e.currentTarget.value)}>
          <option value="">All of {STACK_LABEL[p.stack]}</option>
          {practised.map((t) => (
            <option key={t.topic.id} value={t.topic.id}>
              {t.topic.areaTitle}: {t.topic.title}
            </option>
          ))}
        </select>
      </div>
      <TrendChart id="trend" weeks={series} caption={caption} />
    </section>
  );
}

/** Mastery per topic, grouped by area; topics not practised yet on request. */
function TopicSection({ progress: p }: { progress: Progress }) {
  const [showAll, setShowAll] = useState(false);
  const practised = p.topics.filter((t) => t.promptsAnswered > 0 || t.attempts > 0);
  const shown = showAll ? p.topics : practised;
  const areas = [...new Map(shown.map((t) => [t.topic.area, t.topic.areaTitle])).entries()];
  const unpractised = p.topics.length - practised.length;
  return (
    <section class="progress-section" aria-labelledby="topics-heading" data-testid="topics">
      <h2 id="topics-heading">Mastery per topic</h2>
      <p class="muted">
        Mastery is how likely you are to recall a topic now (the FSRS forgetting curve) × your recent scores × how many of its prompts you have answered (full at
        three).
      </p>
      {unpractised > 0 && (
        <label class="checkbox">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} />
          Show the {plural(unpractised, 'topic')} not practised yet
        </label>
      )}
      {shown.length === 0 && <p class="muted">No topic practised yet in {STACK_LABEL[p.stack]}.</p>}
      {areas.map(([area, areaTitle]) => (
        <div key={area} class="topic-area">
          <h3>{areaTitle}</h3>
          <ul class="bars">
            {shown
              .filter((t) => t.topic.area === area)
              .map((t) => (
                <li key={t.topic.id} class="bar-row" data-topic={t.topic.id}>
                  <div class="bar-head">
                    <Link class="bar-title" href={withQuery('/history', { stack: p.stack, topic: t.topic.id })}>
                      {t.topic.title}
                    </Link>
                    <span class="bar-value">{percent(t.mastery)}</span>
                  </div>
                  <Bar share={t.mastery} label={`Mastery of ${t.topic.title}`} />
                  <p class="bar-meta muted" data-testid="topic-figures">
                    {plural(t.attempts, 'attempt')} in the window · mean {score(t.averageScore)} · best {score(t.bestScore)} · {t.promptsAnswered} of{' '}
                    {t.promptsAvailable} prompts answered{t.dueReviews > 0 ? ` · ${t.dueReviews} due` : ''}
                  </p>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** A horizontal bar for a share 0..1, announced as a meter. */
function Bar({ share, label }: { share: number; label: string }) {
  const value = Math.round(Math.min(1, Math.max(0, share)) * 100);
  return (
    <div class="bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={`${value}%`}>
      <span class="bar-fill" style={{ width: `${value}%` }} />
    </div>
  );
}
