/** A plain-text table: first row is the header; numeric-looking cells are right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const numeric = /^[-+]?[\d.,]+( ?[%x×]|\s*ms)?$|^\d+ \/ \d+/;
  const line = (r: string[]) =>
    r.map((cell, i) => (i > 0 && numeric.test(cell) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** 1234.5 → "1,235" */
export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Milliseconds with at most two decimals. */
export function ms(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
