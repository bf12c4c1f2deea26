/**
 * The aggregate queries of progress, as text, so the services and the benchmark's baseline run
 * exactly the same SQL. Each reads the user's submitted attempts through the covering index
 * attempt_user_submitted_cover_idx (user_id, submitted_at) INCLUDE (prompt_id, score) WHERE
 * status = 'SUBMITTED' (migration 1764057600000) with an index-only scan, joins the ~hundreds of
 * prompts for stacks, kind and topics, and returns one row per group: nothing per attempt
 * reaches Node.
 *
 * Local days: `(day::timestamp AT TIME ZONE tz)` is the instant a local day starts, so Postgres
 * applies the zone's DST rules; `date_trunc('week', t AT TIME ZONE tz)` is the local ISO week
 * (Monday).
 *
 * Progress reads practice's tables (attempt, review_card) and the catalog's prompt table: it is
 * a read model over them, which the attempt table's plain columns were laid out for.
 */

/**
 * Submitted attempts of a window, per topic / kind / the whole stack: totals, and the weekly
 * trend as one JSON array per scope, so a few dozen rows reach Node rather than one per week
 * and topic. Attempts are first summed per (prompt, ISO week), then rolled up with hash
 * aggregates (per prompt for totals, per week for trends): no DISTINCT, no sort of attempts.
 *
 * Parameters: $1 user id, $2 stack, $3 first local day, $4 last local day (inclusive), $5 time zone.
 * Rows: scope ('topic' | 'kind' | 'stack'), key (topic id, kind, or null), attempts, prompts
 * (distinct), total (Σ score), best (max score), last (latest submit, timestamptz), trend
 * (JSON `[[weekStart 'YYYY-MM-DD', attempts, Σ score], …]`, oldest first).
 */
export const WINDOW_FIGURES_SQL = `
WITH pw AS MATERIALIZED (
  SELECT prompt_id, date_trunc('week', submitted_at AT TIME ZONE $5)::date AS week,
         count(*)::int AS n, sum(score)::int AS total, max(score) AS best, max(submitted_at) AS last
    FROM attempt
   WHERE user_id = $1 AND status = 'SUBMITTED'
     AND submitted_at >= ($3::date::timestamp AT TIME ZONE $5)
     AND submitted_at < (($4::date + 1)::timestamp AT TIME ZONE $5)
   GROUP BY 1, 2
), sp AS MATERIALIZED (
  SELECT id, kind, topics FROM prompt WHERE $2 = ANY (stacks)
), pp AS MATERIALIZED (
  SELECT sp.kind, sp.topics, x.n, x.total, x.best, x.last
    FROM (SELECT prompt_id, sum(n)::int AS n, sum(total)::int AS total, max(best) AS best, max(last) AS last FROM pw GROUP BY prompt_id) x
    JOIN sp ON sp.id = x.prompt_id
), j AS MATERIALIZED (
  SELECT sp.kind, sp.topics, pw.week, pw.n, pw.total FROM pw JOIN sp ON sp.id = pw.prompt_id
), topic_trend AS (
  SELECT topic, json_agg(json_build_array(week::text, n, total) ORDER BY week) AS trend
    FROM (SELECT t.topic, j.week, sum(j.n)::int AS n, sum(j.total)::int AS total
            FROM j CROSS JOIN LATERAL unnest(j.topics) WITH ORDINALITY AS t(topic, i)
           WHERE array_position(j.topics, t.topic) = t.i  -- each topic once, even if listed twice
           GROUP BY t.topic, j.week) w
   GROUP BY topic
), kind_trend AS (
  SELECT kind, json_agg(json_build_array(week::text, n, total) ORDER BY week) AS trend
    FROM (SELECT kind, week, sum(n)::int AS n, sum(total)::int AS total FROM j GROUP BY kind, week) w
   GROUP BY kind
)
SELECT 'topic' AS scope, tt.topic AS key, tt.attempts, tt.prompts, tt.total, tt.best, tt.last, tr.trend
  FROM (SELECT t.topic, sum(pp.n)::int AS attempts, count(*)::int AS prompts, sum(pp.total)::int AS total, max(pp.best) AS best, max(pp.last) AS last
          FROM pp CROSS JOIN LATERAL unnest(pp.topics) WITH ORDINALITY AS t(topic, i)
         WHERE array_position(pp.topics, t.topic) = t.i
         GROUP BY t.topic) tt
  JOIN topic_trend tr ON tr.topic = tt.topic
UNION ALL
SELECT 'kind', kt.kind, kt.attempts, kt.prompts, kt.total, kt.best, kt.last, tr.trend
  FROM (SELECT kind, sum(n)::int AS attempts, count(*)::int AS prompts, sum(total)::int AS total, max(best) AS best, max(last) AS last
          FROM pp GROUP BY kind) kt
  JOIN kind_trend tr ON tr.kind = kt.kind
UNION ALL
SELECT 'stack', NULL, sum(n)::int, count(*)::int, sum(total)::int, max(best), max(last),
       (SELECT json_agg(json_build_array(week::text, n, total) ORDER BY week)
          FROM (SELECT week, sum(n)::int AS n, sum(total)::int AS total FROM j GROUP BY week) w)
  FROM pp
HAVING count(*) > 0`;

export interface WindowFiguresRow {
  scope: 'topic' | 'kind' | 'stack';
  key: string | null;
  attempts: number;
  prompts: number;
  total: number;
  best: number;
  last: Date;
  /** [week start, attempts, Σ score] per ISO week with attempts, oldest first. */
  trend: [string, number, number][];
}

/**
 * The inputs of mastery now, and the reviews due, per topic / kind / the whole stack, over all
 * of the user's history (see mastery.ts for the formula).
 *
 * Parameters: $1 user id, $2 stack, $3 now, $4 today (local day, or null: no due counts),
 * $5 time zone (or null), $6 FSRS DECAY, $7 FSRS FACTOR.
 * Rows: scope, key, answered (distinct prompts with a submitted attempt), attempts, ws (Σ w·score),
 * w (Σ w), with w = attempt.score_weight, proportional to 0.5^(age / 30 days), so only ws / w
 * means anything; cards (reviewed cards), rsum (Σ retrievability), due (cards due before the end
 * of today, on active prompts).
 */
export const MASTERY_INPUTS_SQL = `
WITH s AS (
  -- score_weight = 2^((submitted_at − anchor) / half-life): a constant factor away from 0.5^(age / half-life),
  -- which cancels in Σ w·score / Σ w (migration 1764057600000)
  SELECT prompt_id, count(*)::int AS n, sum(score * score_weight) AS ws, sum(score_weight) AS w
    FROM attempt
   WHERE user_id = $1 AND status = 'SUBMITTED'
   GROUP BY prompt_id
), c AS (
  SELECT prompt_id,
         CASE WHEN state <> 'NEW' AND last_review IS NOT NULL AND stability > 0
              THEN power(1 + $7::float8 * greatest(floor(date_part('epoch', $3::timestamptz - last_review) / 86400), 0) / stability, $6::float8)
         END AS r,
         coalesce($4::date IS NOT NULL AND due < (($4::date + 1)::timestamp AT TIME ZONE $5::text), false) AS due_now
    FROM review_card
   WHERE user_id = $1
), k AS (
  SELECT p.kind, p.topics, p.retired_at IS NULL AS active, s.n, s.ws, s.w, c.r, coalesce(c.due_now, false) AS due_now
    FROM prompt p
    LEFT JOIN s ON s.prompt_id = p.id
    LEFT JOIN c ON c.prompt_id = p.id
   WHERE $2 = ANY (p.stacks) AND (s.prompt_id IS NOT NULL OR c.prompt_id IS NOT NULL)
)
SELECT 'topic' AS scope, t.topic AS key, count(k.n)::int AS answered, coalesce(sum(k.n), 0)::int AS attempts,
       coalesce(sum(k.ws), 0)::float8 AS ws, coalesce(sum(k.w), 0)::float8 AS w, count(k.r)::int AS cards,
       coalesce(sum(k.r), 0)::float8 AS rsum, (count(*) FILTER (WHERE k.due_now AND k.active))::int AS due
  FROM k CROSS JOIN LATERAL unnest(k.topics) WITH ORDINALITY AS t(topic, i)
 WHERE array_position(k.topics, t.topic) = t.i  -- each topic once, even if listed twice
 GROUP BY t.topic
UNION ALL
SELECT CASE WHEN grouping(k.kind) = 0 THEN 'kind' ELSE 'stack' END, k.kind, count(k.n)::int, coalesce(sum(k.n), 0)::int,
       coalesce(sum(k.ws), 0)::float8, coalesce(sum(k.w), 0)::float8, count(k.r)::int, coalesce(sum(k.r), 0)::float8,
       (count(*) FILTER (WHERE k.due_now AND k.active))::int
  FROM k
 GROUP BY GROUPING SETS ((k.kind), ())`;

export interface MasteryInputsRow {
  scope: 'topic' | 'kind' | 'stack';
  key: string | null;
  answered: number;
  attempts: number;
  ws: number;
  w: number;
  cards: number;
  rsum: number;
  due: number;
}

/**
 * Submitted attempts per local day of [from, to], every day listed (0 when none).
 *
 * Parameters: $1 user id, $2 time zone, $3 first local day, $4 last local day (inclusive).
 * Rows: day (`YYYY-MM-DD`), attempts, average (mean score, null when none).
 */
export const ACTIVITY_SQL = `
SELECT d::date::text AS day, coalesce(x.n, 0)::int AS attempts, x.average
  FROM generate_series($3::date, $4::date, interval '1 day') AS d
  LEFT JOIN (
    SELECT (submitted_at AT TIME ZONE $2)::date AS day, count(*)::int AS n, avg(score)::float8 AS average
      FROM attempt
     WHERE user_id = $1 AND status = 'SUBMITTED'
       AND submitted_at >= ($3::date::timestamp AT TIME ZONE $2)
       AND submitted_at < (($4::date + 1)::timestamp AT TIME ZONE $2)
     GROUP BY 1
  ) x ON x.day = d::date
 ORDER BY d`;

/**
 * The latest and the longest run of consecutive local days with a submitted attempt
 * (gaps-and-islands: day − row_number() is constant along a run).
 *
 * Parameters: $1 user id, $2 time zone. Rows: which ('latest' | 'longest'), start, end, days.
 */
export const STREAK_RUNS_SQL = `
WITH days AS (
  SELECT DISTINCT (submitted_at AT TIME ZONE $2)::date AS day
    FROM attempt
   WHERE user_id = $1 AND status = 'SUBMITTED'
), runs AS (
  SELECT min(day) AS start, max(day) AS "end", count(*)::int AS days
    FROM (SELECT day, day - (row_number() OVER (ORDER BY day))::int AS grp FROM days) g
   GROUP BY grp
)
(SELECT 'latest' AS which, start::text, "end"::text, days FROM runs ORDER BY "end" DESC LIMIT 1)
UNION ALL
(SELECT 'longest', start::text, "end"::text, days FROM runs ORDER BY days DESC, "end" DESC LIMIT 1)`;
