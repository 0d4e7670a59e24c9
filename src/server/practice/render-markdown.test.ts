import { describe, expect, it } from 'vitest';
import { fillPlainText, renderPageMarkdown } from './render-markdown.js';

const words = { practiceName: 'Stillwater Therapy', therapistName: 'Dr. Rivera' };

describe('renderPageMarkdown', () => {
  it('renders headings, lists and links', () => {
    const html = renderPageMarkdown('## Phases\n\n- Preparation\n- Integration\n\n[Begin](/begin)', words);
    expect(html).toContain('<h2>Phases</h2>');
    expect(html).toContain('<li>Preparation</li>');
    expect(html).toContain('<a href="/begin">Begin</a>');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderPageMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>', words);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links', () => {
    const html = renderPageMarkdown('[click](javascript:alert(1))', words);
    expect(html).not.toContain('href="javascript:');
  });

  it('fills in the practice and therapist names', () => {
    expect(renderPageMarkdown('At {{practiceName}}, {{therapistName}} listens.', words)).toContain(
      'At Stillwater Therapy, Dr. Rivera listens.',
    );
  });

  it('escapes a name so it cannot inject markup', () => {
    const html = renderPageMarkdown('{{practiceName}}', { ...words, practiceName: '<b>Bold</b> & *Co*' });
    expect(html).toContain('&#60;b&#62;Bold&#60;/b&#62; &#38; *Co*');
  });
});

describe('placeholder names', () => {
  it('reads the unset names correctly mid-sentence and at the start of one', () => {
    const unset = { practiceName: 'Your practice', therapistName: 'your therapist' };
    const html = renderPageMarkdown('At {{practiceName}}, {{therapistName}} listens.\n\n{{therapistName}} is with you.', unset);
    expect(html).toContain('<p>At your practice, your therapist listens.</p>');
    expect(html).toContain('<p>Your therapist is with you.</p>');
  });
});

describe('fillPlainText', () => {
  it('fills names without escaping, for text that is escaped where it is shown', () => {
    expect(fillPlainText('Welcome to {{practiceName}}', { ...words, practiceName: 'A & B' })).toBe('Welcome to A & B');
  });
});
