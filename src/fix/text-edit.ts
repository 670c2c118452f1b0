/** Replace text[start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Apply edits that do not overlap; an edit overlapping one already taken is left for the next pass (as ESLint
 * does). Returns the new text and how many edits were applied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end && taken.at(-1)?.start === e.start)) continue;
    taken.push(e);
    lastEnd = e.end;
  }
  let out = '';
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return { text: out + text.slice(pos), applied: taken.length };
}

/** The line break a text uses most: `\r\n` or `\n`. */
export function detectEol(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/** A fix that must not be made on this file, and why (shown to the user; nothing is written for that finding). */
export class FixRefused extends Error {}
