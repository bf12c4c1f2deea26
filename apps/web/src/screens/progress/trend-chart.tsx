import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { dayLabel } from '../../lib/labels';
import { plural, score } from './figures';

export interface TrendWeek {
  /** Monday, YYYY-MM-DD. */
  weekStart: string;
  attempts: number;
  /** Mean score 0..100; null in a week without attempts. */
  averageScore: number | null;
}

/**
 * The weekly trend over the window: mean score (line, left axis, 0..100) and submitted attempts
 * (bars, right axis) per ISO week, drawn with uPlot. Canvas is invisible to assistive technology,
 * so the same figures follow as a table, and the chart carries a one-sentence summary.
 *
 * @param weeks every week of the window, oldest first (weeks without attempts included)
 */
export function TrendChart({ weeks, caption, id }: { weeks: TrendWeek[]; caption: string; id: string }) {
  const box = useRef<HTMLDivElement>(null);
  const active = weeks.filter((w) => w.attempts > 0);
  const first = active[0];
  const last = active[active.length - 1];
  const summary =
    active.length === 0
      ? `${caption}: no attempts in this window.`
      : `${caption}: ${plural(active.reduce((n, w) => n + w.attempts, 0), 'attempt')} in ${plural(active.length, 'week')}; mean score ${score(first.averageScore)} in the week of ${dayLabel(first.weekStart)}${
          active.length > 1 ? `, ${score(last.averageScore)} in the week of ${dayLabel(last.weekStart)}` : ''
        }.`;

  useEffect(() => {
    const el = box.current;
    if (!el || weeks.length === 0) return;
    // uPlot's x values are seconds; a week's Monday at noon UTC keeps labels on the right day everywhere.
    const data: uPlot.AlignedData = [
      weeks.map((w) => Date.parse(`${w.weekStart}T12:00:00Z`) / 1000),
      weeks.map((w) => (w.attempts > 0 ? w.averageScore : null)),
      weeks.map((w) => w.attempts),
    ];
    const styles = getComputedStyle(el);
    const accent = styles.getPropertyValue('--accent').trim() || '#1f5fbf';
    const muted = styles.getPropertyValue('--muted').trim() || '#5b5f66';
    const border = styles.getPropertyValue('--border').trim() || '#d5d7db';
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height: 240,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'UTC'),
        cursor: { drag: { x: false, y: false } },
        legend: { live: true },
        scales: { x: { time: true }, score: { range: [0, 100] }, attempts: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.2))] } },
        axes: [
          { stroke: muted, grid: { stroke: border, width: 1 }, ticks: { stroke: border } },
          { scale: 'score', label: 'Mean score', stroke: muted, grid: { stroke: border, width: 1 }, ticks: { stroke: border } },
          { scale: 'attempts', label: 'Attempts', side: 1, stroke: muted, grid: { show: false }, ticks: { stroke: border } },
        ],
        series: [
          { label: 'Week of', value: (_u, v) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, 10)) },
          { label: 'Mean score', scale: 'score', stroke: accent, width: 2, spanGaps: true, points: { show: true, size: 7, fill: accent }, value: (_u, v) => score(v) },
          {
            label: 'Attempts',
            scale: 'attempts',
            stroke: muted,
            fill: `${muted}33`,
            width: 1,
            paths: uPlot.paths.bars?.({ size: [0.5, 28] }),
            points: { show: false },
            value: (_u, v) => (v == null ? '–' : String(v)),
          },
        ],
      },
      data,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height: 240 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [weeks]);

  return (
    <figure class="trend">
      <div ref={box} class="trend-plot" role="img" aria-labelledby={`${id}-summary`} data-testid="trend-chart" />
      <figcaption id={`${id}-summary`} class="muted">
        {summary}
      </figcaption>
      <details class="trend-table">
        <summary>The weekly figures as a table</summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Attempts</th>
                <th scope="col">Mean score</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.weekStart} data-week={w.weekStart}>
                  <th scope="row">{dayLabel(w.weekStart)}</th>
                  <td>{w.attempts}</td>
                  <td>{w.attempts > 0 ? score(w.averageScore) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
