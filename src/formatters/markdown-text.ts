// Text made safe for Markdown (plain text, code spans): shared by the Markdown report and the login model's
// tables, so neither imports the other.
import { escapeControls } from './types';

/**
 * Plain text for Markdown: markup characters escaped, HTML inert, one line; `@name` mentions and bare links
 * (`https://…`, `www.…`) neutralised with an invisible word joiner, so a value from a file never pings a person
 * or a team nor turns into a link in a pull-request comment.
 */
export function mdText(s: string): string {
  return mdEscape(s)
    .replace(/@/g, '@\u2060')
    .replace(/:\/\//g, '\u2060://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u2060.`);
}

function mdEscape(s: string): string {
  // control characters (an ESC from a hostile comment) become visible escapes, then markup is escaped
  return escapeControls(s.replace(/\r?\n|\r/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~!#()]/g, (c) => `\\${c}`);
}

/** An inline code span that holds any text (and stays inside a table cell). */
export function mdCode(s: string): string {
  return codeSpan(escapeControls(s.replace(/\r?\n|\r/g, ' ')).replace(/\|/g, '\\|'));
}

/**
 * An inline code span outside a table (a heading, a line of text): a `|` there is literal, and GitHub would show
 * the `\|` of a table cell's span as typed.
 */
export function mdCodeSpan(s: string): string {
  return codeSpan(escapeControls(s.replace(/\r?\n|\r/g, ' ')));
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
