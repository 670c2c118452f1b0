import type { Span } from '../../rule-api/types';

/** A JSON string literal decoded, remembering where in the outer text each decoded UTF-16 unit came from. */
export interface DecodedString {
  value: string;
  /**
   * `starts[i]` is the outer-text offset of the character or escape (`\"`, `\n`, `\u00e9`) that produced unit
   * `i` of `value`; `starts[value.length]` is the offset of the closing quote
   */
  starts: Uint32Array;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Decode the JSON string literal whose opening quote is at `quoteAt` in `text`. Returns null when it is not a
 * well-formed literal (the JSON parser has said so already).
 */
export function decodeJsonString(text: string, quoteAt: number): DecodedString | null {
  if (text[quoteAt] !== '"') return null;
  // at most one decoded unit per source character: fill a map of that size, then trim
  const close = findClosingQuote(text, quoteAt);
  if (close === -1) return null;
  const starts = new Uint32Array(close - quoteAt);
  const parts: string[] = [];
  let n = 0;
  let run = quoteAt + 1;
  let i = run;
  while (i < close) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return null;
    if (c !== 0x5c) {
      starts[n++] = i++;
      continue;
    }
    parts.push(text.slice(run, i));
    const e = text[i + 1];
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      parts.push(String.fromCharCode(parseInt(hex, 16)));
      starts[n++] = i;
      i += 6;
    } else if (e !== undefined && e in SIMPLE_ESCAPES) {
      parts.push(SIMPLE_ESCAPES[e]);
      starts[n++] = i;
      i += 2;
    } else {
      return null;
    }
    run = i;
  }
  parts.push(text.slice(run, close));
  starts[n] = close;
  return { value: parts.join(''), starts: starts.subarray(0, n + 1) };
}

/** The offset of the quote that ends the literal opened at `quoteAt` (skipping escapes), or -1. */
function findClosingQuote(text: string, quoteAt: number): number {
  for (let i = quoteAt + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i;
  }
  return -1;
}

/** Map a span of the decoded value back to the outer text: from the first escape to the end of the last. */
export function outerSpan(decoded: DecodedString, span: Span): Span {
  const clamp = (n: number) => Math.max(0, Math.min(n, decoded.value.length));
  return { start: decoded.starts[clamp(span.start)], end: decoded.starts[clamp(span.end)] };
}
