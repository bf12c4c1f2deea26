import { stringify } from 'csv-stringify/sync';

/**
 * CSV of attempts (RFC 4180 via csv-stringify: a field with a comma, quote or line break is
 * quoted, quotes are doubled, records end with CRLF). Free-text cells that a spreadsheet would
 * read as a formula (starting with =, +, -, @, tab or carriage return) get a leading `'`, the
 * OWASP "CSV injection" defence (https://owasp.org/www-community/attacks/CSV_Injection): the CSV
 * is for spreadsheets, and the JSON export keeps the text exactly as written.
 */

/** One attempt as the CSV export reads it from the database. */
export interface AttemptCsvRow {
  id: string;
  promptId: string;
  promptSlug: string;
  promptTitle: string;
  promptKind: string;
  mode: string;
  status: string;
  startedAt: Date;
  submittedAt: Date | null;
  abandonedAt: Date | null;
  durationMs: number | null;
  score: number | null;
  rating: string | null;
  hintsUsed: number;
  language: string | null;
  answer: string;
  feedback: string | null;
  mockSessionId: string | null;
  practiceSetId: string | null;
}

/** Columns in order: [header, field]. */
export const ATTEMPT_CSV_COLUMNS: readonly [string, keyof AttemptCsvRow][] = [
  ['attempt_id', 'id'],
  ['prompt_id', 'promptId'],
  ['prompt_slug', 'promptSlug'],
  ['prompt_title', 'promptTitle'],
  ['kind', 'promptKind'],
  ['mode', 'mode'],
  ['status', 'status'],
  ['started_at', 'startedAt'],
  ['submitted_at', 'submittedAt'],
  ['abandoned_at', 'abandonedAt'],
  ['duration_ms', 'durationMs'],
  ['score', 'score'],
  ['rating', 'rating'],
  ['hints_used', 'hintsUsed'],
  ['language', 'language'],
  ['answer', 'answer'],
  ['feedback', 'feedback'],
  ['mock_session_id', 'mockSessionId'],
  ['practice_set_id', 'practiceSetId'],
];

const FREE_TEXT = new Set<keyof AttemptCsvRow>(['promptTitle', 'language', 'answer', 'feedback']);
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text with a leading `'` when a spreadsheet would take it for a formula. */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The CSV header line (with its CRLF). */
export function attemptsCsvHeader(): string {
  return stringify([ATTEMPT_CSV_COLUMNS.map(([header]) => header)], { record_delimiter: 'windows' });
}

/** CSV records of attempts (no header): times in ISO 8601 UTC, null as an empty cell. */
export function attemptsCsv(rows: readonly AttemptCsvRow[]): string {
  if (!rows.length) return '';
  const records = rows.map((row) =>
    ATTEMPT_CSV_COLUMNS.map(([, field]) => {
      const value = row[field];
      if (value === null || value === undefined) return '';
      if (value instanceof Date) return value.toISOString();
      if (typeof value === 'string' && FREE_TEXT.has(field)) return spreadsheetSafe(value);
      return String(value);
    }),
  );
  return stringify(records, { record_delimiter: 'windows' });
}
