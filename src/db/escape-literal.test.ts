import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { escapeLiteral } from './deferred-writes.js';

describe('literals for statements sent with the COMMIT', () => {
  it('are exactly what pg’s own escapeLiteral makes, for quotes, backslashes and everything else', () => {
    const samples = [
      '',
      'plain',
      "it's",
      "''",
      '\\',
      'a\\b',
      "mixed ' and \\ and ''\\\\",
      '{"note":"a \\"quoted\\" word"}',
      'ünïcödé ✓ 😀',
      '\n\t\r',
      "'\\'",
    ];
    const alphabet = ["'", '\\', 'a', ' ', '"', 'é', '\n', '0'];
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const length = (i * 7) % 23;
      for (let j = 0; j < length; j++) s += alphabet[(i * 31 + j * 17 + ((i * j) % 5)) % alphabet.length];
      samples.push(s);
    }
    for (const text of samples) expect(escapeLiteral(text)).toBe(pg.escapeLiteral(text));
  });
});
