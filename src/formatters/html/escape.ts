/**
 * Text safe in HTML element content and in double- or single-quoted attribute values. Control characters (C0 but
 * tab and line breaks, DEL, C1) and the bidirectional marks and overrides are shown as `\uXXXX`: a tenant's client
 * name with U+202E must not reorder what the reader of the report sees.
 */
export function esc(s: string): string {
  // most texts need nothing: one scan says so
  if (!HTML_SPECIAL.test(s)) return s;
  // one pass: markup characters (and NUL) as entities, the other characters of HTML_SPECIAL as `\uXXXX`
  if (CONTROL.test(s)) return s.replace(HTML_SPECIAL_ALL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // only markup characters (a source line's quotes): each replaced by the engine, `&` first so that no entity is
  // escaped again (the same text as the pass above, without a call per character)
  let out = s;
  if (out.includes('&')) out = out.replaceAll('&', '&amp;');
  if (out.includes('<')) out = out.replaceAll('<', '&lt;');
  if (out.includes('>')) out = out.replaceAll('>', '&gt;');
  if (out.includes('"')) out = out.replaceAll('"', '&quot;');
  if (out.includes("'")) out = out.replaceAll("'", '&#39;');
  return out;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// eslint-disable-next-line no-control-regex
const HTML_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const HTML_SPECIAL_ALL = new RegExp(HTML_SPECIAL.source, 'g');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u0000': '\uFFFD' };

/** A value usable in an `id`: letters, digits, `-` and `_` only, prefixed so it never starts with a digit. */
export function slug(prefix: string, s: string): string {
  // (a JSON Pointer such as /clients/12 holds only `/` to replace)
  if (!NOT_ID_OR_SLASH.test(s)) return `${prefix}-${s.replaceAll('/', '_2f')}`;
  return `${prefix}-${s.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

const NOT_ID_OR_SLASH = /[^A-Za-z0-9_/-]/;

/** Cut a long text for a label, with an ellipsis. */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  // split only what can be kept (max code points are at most 2·max UTF-16 units): splitting a whole
  // megabyte-long line for every finding on it made the report quadratic
  const chars = [...s.slice(0, max * 2)];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}
