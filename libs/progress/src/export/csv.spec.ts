import { describe, expect, it } from 'vitest';
import { AttemptCsvRow, ATTEMPT_CSV_COLUMNS, attemptsCsv, attemptsCsvHeader, spreadsheetSafe } from './csv';

const row = (over: Partial<AttemptCsvRow> = {}): AttemptCsvRow => ({
  id: 'a1',
  promptId: 'p1',
  promptSlug: 'two-sum',
  promptTitle: 'Two sum',
  promptKind: 'DSA',
  mode: 'SOLO',
  status: 'SUBMITTED',
  startedAt: new Date('2025-06-02T08:00:00Z'),
  submittedAt: new Date('2025-06-02T08:20:00.5Z'),
  abandonedAt: null,
  durationMs: 1_200_500,
  score: 67,
  rating: 'GOOD',
  hintsUsed: 1,
  language: 'python',
  answer: 'plain',
  feedback: null,
  mockSessionId: null,
  practiceSetId: null,
  ...over,
});

describe('attempts CSV', () => {
  it('has one header cell per column and ends records with CRLF', () => {
    expect(attemptsCsvHeader()).toBe(`${ATTEMPT_CSV_COLUMNS.map(([h]) => h).join(',')}\r\n`);
    expect(attemptsCsv([row()])).toBe(
      'a1,p1,two-sum,Two sum,DSA,SOLO,SUBMITTED,2025-06-02T08:00:00.000Z,2025-06-02T08:20:00.500Z,,1200500,67,GOOD,1,python,plain,,,\r\n',
    );
    expect(attemptsCsv([])).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    const csv = attemptsCsv([row({ answer: 'a, "quoted"\nsecond line\r\nthird', promptTitle: 'Sum, two' })]);
    expect(csv).toContain(',"Sum, two",');
    expect(csv).toContain(',"a, ""quoted""\nsecond line\r\nthird",');
  });

  it('defuses cells a spreadsheet would run as a formula, in free text only', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(spreadsheetSafe(`${start}1`)).toBe(`'${start}1`);
    expect(spreadsheetSafe('fine = ok')).toBe('fine = ok');
    const csv = attemptsCsv([row({ answer: '=1+2', feedback: '-good', score: 0 })]);
    expect(csv).toContain(`,'=1+2,'-good,`);
  });

  it('leaves non-ASCII text as UTF-8', () => {
    expect(attemptsCsv([row({ answer: 'naïve — 日本' })])).toContain(',naïve — 日本,');
  });
});
