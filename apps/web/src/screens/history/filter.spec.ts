import { describe, expect, it } from 'vitest';
import { historyFilter, localDayStart } from './filter';

describe('historyFilter', () => {
  it('keeps known values and turns days into instants, `to` including its whole day', () => {
    const q = new URLSearchParams('stack=go&kind=DSA&mode=SOLO&status=SUBMITTED&topic=dsa/graphs&from=2025-03-01&to=2025-03-31&junk=1');
    expect(historyFilter(q)).toEqual({
      stack: 'go',
      kind: 'DSA',
      mode: 'SOLO',
      status: 'SUBMITTED',
      topic: 'dsa/graphs',
      from: new Date(2025, 2, 1).toISOString(),
      to: new Date(2025, 3, 1).toISOString(),
    });
  });

  it('leaves out unknown or malformed values rather than sending them', () => {
    expect(historyFilter(new URLSearchParams('stack=cobol&kind=x&from=yesterday&to=2025-02-30'))).toEqual({});
    expect(localDayStart('2025-1-1')).toBeNull();
    expect(localDayStart(null)).toBeNull();
  });
});
