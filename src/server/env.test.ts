import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from './env.js';

describe('readEnv', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names a bad PORT', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(EnvError);
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('names a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(readEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).DATABASE_URL).toContain('postgres');
  });
});
