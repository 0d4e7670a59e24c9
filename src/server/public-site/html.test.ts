import { describe, expect, it } from 'vitest';
import { html, raw } from './html.js';

describe('html', () => {
  it('escapes interpolated text', () => {
    expect(html`<p>${'<script>"x" & \'y\''}</p>`.value).toBe('<p>&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;</p>');
  });

  it('keeps nested templates and raw markup as they are', () => {
    const inner = html`<b>${'a<b'}</b>`;
    expect(html`<p>${inner}${raw('<i>ok</i>')}</p>`.value).toBe('<p><b>a&lt;b</b><i>ok</i></p>');
  });

  it('joins lists and drops empty slots', () => {
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}${false}${null}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>');
  });
});
