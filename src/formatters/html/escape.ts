/** Text safe in HTML element content and in double- or single-quoted attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"'\u0000]/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u0000': '\uFFFD' };

/** A value usable in an `id`: letters, digits, `-` and `_` only, prefixed so it never starts with a digit. */
export function slug(prefix: string, s: string): string {
  return `${prefix}-${s.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

/** Cut a long text for a label, with an ellipsis. */
export function shorten(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}
