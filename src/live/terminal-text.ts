/**
 * Text from a tenant or a journal (client names and ids, field names, API messages) on its way to a terminal:
 * control characters (C0 but line breaks, DEL, C1, and the bidirectional overrides that reorder what is shown)
 * become visible `\uXXXX` escapes, so no escape sequence from a server or a crafted journal reaches the terminal.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One value on one line: also the line breaks escaped. */
export function escapeLine(text: string): string {
  return escapeControls(text).replace(/\n/g, '\\n');
}
