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

  it('trusts no proxy by default, a number of hops, or named proxy addresses', () => {
    expect(readEnv({}).TRUST_PROXY).toBe(false);
    expect(readEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(readEnv({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24, ::1' }).TRUST_PROXY).toEqual(['10.0.0.5', '10.0.1.0/24', '::1']);
  });

  it('refuses to trust every proxy, naming TRUST_PROXY', () => {
    for (const value of ['true', 'all', '10.0.0.0/99', '0']) {
      expect(() => readEnv({ TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY/);
    }
  });

  it('limits API requests to 600 a minute per person unless set, and names a bad limit', () => {
    expect(readEnv({}).API_RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(readEnv({ API_RATE_LIMIT_PER_MINUTE: '5000' }).API_RATE_LIMIT_PER_MINUTE).toBe(5000);
    expect(() => readEnv({ API_RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/API_RATE_LIMIT_PER_MINUTE: must be a whole number/);
    expect(() => readEnv({ API_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/API_RATE_LIMIT_PER_MINUTE: must be at least 1/);
  });
});
