import { describe, expect, it } from 'vitest';
import { filenameFromDisposition, formatBytes } from './download';

describe('filenameFromDisposition', () => {
  it("reads the API's quoted filename", () => {
    expect(filenameFromDisposition('attachment; filename="prepstack-export-2026-11-21.json"')).toBe('prepstack-export-2026-11-21.json');
  });

  it('reads a token filename and unescapes a quoted one', () => {
    expect(filenameFromDisposition('attachment; filename=attempts.csv')).toBe('attempts.csv');
    expect(filenameFromDisposition('attachment; filename="say \\"hi\\".txt"')).toBe('say "hi".txt');
    expect(filenameFromDisposition('attachment; FileName = "spaced.csv" ; size=10')).toBe('spaced.csv');
  });

  it('prefers filename* (UTF-8, percent-encoded) and falls back when it is malformed', () => {
    expect(filenameFromDisposition(`attachment; filename="plain.csv"; filename*=UTF-8''na%C3%AFve%20%E2%80%94.csv`)).toBe('naïve —.csv');
    expect(filenameFromDisposition(`attachment; filename*=utf-8'en'r%C3%A9sum%C3%A9.json; filename="resume.json"`)).toBe('résumé.json');
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''bad%E2%80.csv; filename="fallback.csv"`)).toBe('fallback.csv');
    expect(filenameFromDisposition(`attachment; filename*=ISO-8859-1''x.csv; filename="latin.csv"`)).toBe('latin.csv');
  });

  it('keeps only the last path segment and drops control characters', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition('attachment; filename="C:\\\\temp\\\\x.json"')).toBe('x.json');
    expect(filenameFromDisposition('attachment; filename="a\u0007b.csv"')).toBe('ab.csv');
  });

  it('is null without a usable name', () => {
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition('')).toBeNull();
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition('attachment; filename=""')).toBeNull();
    expect(filenameFromDisposition('attachment; filename="../"')).toBeNull();
    expect(filenameFromDisposition('attachment; filename=".."')).toBeNull();
  });
});

describe('formatBytes', () => {
  it('counts bytes, then KB, MB and GB of 1024 with one decimal', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(12_595)).toBe('12.3 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(3 * 1024 ** 4)).toBe('3072.0 GB');
  });
});
