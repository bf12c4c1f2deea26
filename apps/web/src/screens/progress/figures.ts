// Pure helpers of the progress screen (no DOM): calendar arithmetic on YYYY-MM-DD days, the
// heatmap's grid and shading, and number formats. Unit-tested in figures.spec.ts.

const DAY_MS = 86_400_000;

/** Today in an IANA time zone, as YYYY-MM-DD (the API counts days in the profile's zone). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    // An unknown zone: the browser's own day is the nearest guess.
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }
}

/** `day` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday (ISO weekday − 1) of a YYYY-MM-DD day. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The windows the screen offers, in weeks; 12 is the API's default. */
export const WINDOW_WEEKS = [4, 12, 26, 52] as const;
export type WindowWeeks = (typeof WINDOW_WEEKS)[number];

/**
 * The `from` day of a window of `weeks` ISO weeks ending with the current one: the Monday
 * `weeks − 1` weeks before this week's, so the trend shows exactly `weeks` points.
 */
export function windowFrom(today: string, weeks: WindowWeeks): string {
  return addDays(today, -weekdayIndex(today) - 7 * (weeks - 1));
}

export interface HeatmapDay {
  date: string;
  attempts: number;
  averageScore: number | null;
}

export interface HeatmapCell extends HeatmapDay {
  /** Column: weeks since the first Monday of the grid. */
  week: number;
  /** Row: 0 Monday … 6 Sunday. */
  weekday: number;
  /** Shade 0 (nothing) … 4 (daily goal met). */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface HeatmapLayout {
  cells: HeatmapCell[];
  weeks: number;
  /** The first column of each month that starts inside the grid, for labels. */
  months: { week: number; label: string }[];
  totalAttempts: number;
  activeDays: number;
  /** Days on which the daily goal was met. */
  goalDays: number;
  busiest: HeatmapDay | null;
}

/**
 * Shade of a day: 0 without attempts, 4 once the daily goal is met, 1–3 for the share of the
 * goal reached before that (a third, two thirds, more).
 */
export function heatLevel(attempts: number, dailyGoal: number): HeatmapCell['level'] {
  if (attempts <= 0) return 0;
  const goal = Math.max(1, dailyGoal);
  if (attempts >= goal) return 4;
  const share = attempts / goal;
  return share < 1 / 3 ? 1 : share < 2 / 3 ? 2 : 3;
}

/**
 * Lays out consecutive days (oldest first, as `activity` lists them) on a grid of ISO weeks:
 * one column per week starting Monday, one row per weekday.
 */
export function heatmapLayout(days: HeatmapDay[], dailyGoal: number, monthLabel: (month: number) => string): HeatmapLayout {
  const cells: HeatmapCell[] = [];
  const months: HeatmapLayout['months'] = [];
  let totalAttempts = 0;
  let activeDays = 0;
  let goalDays = 0;
  let busiest: HeatmapDay | null = null;
  const offset = days.length ? weekdayIndex(days[0].date) : 0;
  days.forEach((day, i) => {
    const week = Math.floor((i + offset) / 7);
    const level = heatLevel(day.attempts, dailyGoal);
    cells.push({ ...day, week, weekday: (i + offset) % 7, level });
    totalAttempts += day.attempts;
    if (day.attempts > 0) activeDays++;
    if (level === 4) goalDays++;
    if (day.attempts > 0 && (!busiest || day.attempts > busiest.attempts)) busiest = day;
    if (day.date.endsWith('-01')) {
      // The first column whose Monday is in the new month; none when it would crowd the previous label.
      const column = (i + offset) % 7 === 0 ? week : week + 1;
      const previous = months[months.length - 1];
      if ((!previous || column - previous.week >= 3) && column < Math.ceil((days.length + offset) / 7)) {
        months.push({ week: column, label: monthLabel(Number(day.date.slice(5, 7)) - 1) });
      }
    }
  });
  return { cells, weeks: cells.length ? cells[cells.length - 1].week + 1 : 0, months, totalAttempts, activeDays, goalDays, busiest };
}

/** 0..1 as a whole percentage, "42%". */
export const percent = (share: number | null | undefined): string => (share == null ? '–' : `${Math.round(share * 100)}%`);

/** A 0..100 score with no decimals, or a dash. */
export const score = (value: number | null | undefined): string => (value == null ? '–' : String(Math.round(value)));

/** "1 attempt", "3 attempts". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
