import { dayLabel } from '../../lib/labels';
import { heatmapLayout, plural, score, type HeatmapDay } from './figures';

const CELL = 12;
const GAP = 3;
const LEFT = 30;
const TOP = 16;
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];
const monthLabel = (m: number) => new Date(Date.UTC(2026, m, 1)).toLocaleDateString(undefined, { month: 'short', timeZone: 'UTC' });

/**
 * A year of activity as a calendar heatmap (plain SVG): one column per ISO week, one cell per
 * day, shaded by the share of the daily goal reached (darkest: goal met). Each cell names its
 * day in a tooltip; the whole reads as one sentence to a screen reader.
 *
 * @param days consecutive days, oldest first, as the `activity` query lists them
 */
export function ActivityHeatmap({ days, dailyGoal }: { days: HeatmapDay[]; dailyGoal: number }) {
  const layout = heatmapLayout(days, dailyGoal, monthLabel);
  const width = LEFT + layout.weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const span = days.length ? `from ${dayLabel(days[0].date)} to ${dayLabel(days[days.length - 1].date)}` : '';
  const summary =
    layout.activeDays === 0
      ? `No submitted attempts ${span}.`
      : `${plural(layout.totalAttempts, 'attempt')} on ${plural(layout.activeDays, 'day')} ${span}; daily goal of ${dailyGoal} met on ${plural(layout.goalDays, 'day')}; most in one day: ${layout.busiest!.attempts} on ${dayLabel(layout.busiest!.date)}.`;
  return (
    <figure class="heatmap">
      <div class="heatmap-scroll">
        <svg role="img" aria-labelledby="heatmap-summary" width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-testid="heatmap">
          {layout.months.map((m) => (
            <text key={`${m.week}-${m.label}`} class="heatmap-label" x={LEFT + m.week * (CELL + GAP)} y={TOP - 5}>
              {m.label}
            </text>
          ))}
          {WEEKDAYS.map((d, i) =>
            d ? (
              <text key={d} class="heatmap-label" x={0} y={TOP + i * (CELL + GAP) + CELL - 2}>
                {d}
              </text>
            ) : null,
          )}
          {layout.cells.map((c) => (
            <rect
              key={c.date}
              class={`heat heat-${c.level}`}
              x={LEFT + c.week * (CELL + GAP)}
              y={TOP + c.weekday * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              data-date={c.date}
              data-attempts={c.attempts}
            >
              <title>
                {dayLabel(c.date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })}:{' '}
                {c.attempts === 0 ? 'no attempts' : `${plural(c.attempts, 'attempt')}, mean score ${score(c.averageScore)}`}
              </title>
            </rect>
          ))}
        </svg>
      </div>
      <figcaption>
        <p id="heatmap-summary" class="muted">
          {summary}
        </p>
        <p class="heatmap-legend muted" aria-hidden="true">
          Fewer
          {[0, 1, 2, 3, 4].map((l) => (
            <svg key={l} width={CELL} height={CELL}>
              <rect class={`heat heat-${l}`} width={CELL} height={CELL} rx={2} />
            </svg>
          ))}
          Daily goal met
        </p>
      </figcaption>
    </figure>
  );
}
