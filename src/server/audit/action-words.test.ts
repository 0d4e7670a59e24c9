// Lives beside the server because it reads the server's source to find every action code it writes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, ACTION_WORDS, actionWords, PROBLEM_WORDS, problemWords } from '../../domain/audit/action-words.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.includes('.test.') ? [path] : [];
  });
}

const serverText = sourceFiles(join(import.meta.dirname, '..')).map((file) => readFileSync(file, 'utf8'));

describe('audit action words', () => {
  it('has plain words for every action code written in src/server', () => {
    const codes = new Set<string>();
    for (const text of serverText) {
      for (const match of text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) codes.add(match[1] as string);
      // Ternaries choosing between two codes: `action: cond ? 'a.b' : 'a.c'`.
      for (const match of text.matchAll(/action: [^\n]*\? '([a-z_]+\.[a-z_]+)' : '([a-z_]+\.[a-z_]+)'/g)) {
        codes.add(match[1] as string);
        codes.add(match[2] as string);
      }
    }
    expect(codes.size).toBeGreaterThan(50);
    const missing = [...codes].filter((code) => !ACTION_WORDS[code]);
    expect(missing).toEqual([]);
  });

  it('covers the codes built from a template', () => {
    for (const kind of ['intentions', 'tools', 'touch_preferences', 'safety_plan'])
      expect(ACTION_WORDS[`preparation.${kind}_read`]).toBeTruthy();
    for (const channel of ['portal', 'arrival']) expect(ACTION_WORDS[`readiness.confirm_${channel}`]).toBeTruthy();
    for (const status of ['reactivate', 'deactivate']) expect(ACTION_WORDS[`staff.${status}`]).toBeTruthy();
  });

  it('names a kind for every action', () => {
    for (const code of Object.keys(ACTION_WORDS)) expect(ACTION_KINDS[code.split('.')[0] as string]).toBeTruthy();
  });

  it('never shows a code, even for an action without words', () => {
    expect(actionWords('client.read')).toBe('Opened a client’s chart');
    expect(actionWords('client.something_new')).toBe('Another action (clients and charts)');
    expect(actionWords('mystery')).toBe('Another action');
    for (const words of Object.values(ACTION_WORDS)) expect(words).not.toMatch(/[a-z]+\.[a-z_]+/);
  });

  it('says every audit-chain problem in words', () => {
    for (const kind of ['changed', 'missing_or_reordered', 'broken_link', 'unknown_batch', 'unsealed', 'head_missing', 'head_mismatch'])
      expect(PROBLEM_WORDS[kind]).toBeTruthy();
    expect(problemWords('new_kind')).toBe('the log does not check out here');
  });
});
