import { describe, expect, it } from 'vitest';
import { localPathOrNull } from './local-path.js';

describe('where to go after signing in', () => {
  it('keeps paths inside the app, with their query and fragment', () => {
    expect(localPathOrNull('/clients/abc?tab=medical#flags')).toBe('/clients/abc?tab=medical#flags');
    expect(localPathOrNull('/portal')).toBe('/portal');
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash read as a slash', '/\\evil.example'],
    ['a leading backslash pair', '\\\\evil.example'],
    ['a tab the browser strips', '/\t/evil.example'],
    ['a newline', '/\n/evil.example'],
    ['an encoded slash', '/%2F%2Fevil.example'],
    ['an encoded backslash', '/%5cevil.example'],
    ['a relative path', 'clients'],
    ['javascript', 'javascript:alert(1)'],
    ['nothing', ''],
    ['a very long value', `/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, value) => {
    expect(localPathOrNull(value)).toBeNull();
  });

  it('refuses null without throwing', () => {
    expect(localPathOrNull(null)).toBeNull();
    expect(localPathOrNull(undefined)).toBeNull();
  });
});
