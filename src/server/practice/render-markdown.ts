import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import { fillName } from '../../domain/practice/placeholder-names.js';

// Raw HTML off: whatever the admin types, only Markdown's own elements come out, and markdown-it
// refuses javascript:, vbscript: and data: links. That is the sanitizing; nothing else is trusted.
// Made with the first page rendered, not at start (0037); rendering stays synchronous.
let markdown: InstanceType<typeof MarkdownIt> | undefined;
function markdownIt(): InstanceType<typeof MarkdownIt> {
  if (!markdown) {
    const Markdown = createRequire(import.meta.url)('markdown-it') as typeof MarkdownIt;
    markdown = new Markdown({ html: false, linkify: false, typographer: true, breaks: false });
  }
  return markdown;
}

export interface PracticeWords {
  practiceName: string;
  therapistName: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Fills the placeholders after rendering, escaped, so a name can never inject markup or Markdown;
 * an unset name ("your therapist") is capitalized only where it starts a sentence.
 */
export function fillPlaceholders(html: string, words: PracticeWords, encode = escapeHtml): string {
  return fillName(fillName(html, '{{practiceName}}', words.practiceName, encode), '{{therapistName}}', words.therapistName, encode);
}

export function renderPageMarkdown(body: string, words: PracticeWords): string {
  return fillPlaceholders(markdownIt().render(body), words);
}

/** For titles and descriptions, which are plain text. */
export function fillPlainText(text: string, words: PracticeWords): string {
  return fillPlaceholders(text, words, (v) => v);
}
