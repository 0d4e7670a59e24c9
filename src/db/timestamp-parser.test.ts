import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isoFromTimestamp } from './connect.js';

const TIMESTAMPTZ = 1184;
const parseDate = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (value: string) => Date;
const iso = isoFromTimestamp(parseDate);
const slow = (value: string) => parseDate(value).toISOString();

describe('timestamps read from PostgreSQL', () => {
  it('gives exactly what the date parser gives, for every millisecond and for micro- and shorter fractions', () => {
    for (let ms = 0; ms < 1000; ms++) {
      const text = `2026-12-03 11:42:24.${String(ms).padStart(3, '0')}+00`;
      expect(iso(text)).toBe(slow(text));
    }
    for (const text of ['2026-12-03 11:42:24+00', '2026-12-03 11:42:24.1+00', '2026-12-03 11:42:24.12+00', '2026-12-03 23:59:59.999999+00'])
      expect(iso(text)).toBe(slow(text));
  });

  it('falls back to the date parser for other offsets and forms', () => {
    for (const text of ['2026-12-03 11:42:24.5+01', '2026-12-03 11:42:24-05:30', '0099-01-01 00:00:00+00', '2026-12-03 11:42:24'])
      expect(iso(text)).toBe(slow(text));
  });
});
