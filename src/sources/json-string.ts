import type { Span } from '../rule-api/types';

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
  const units: string[] = [];
  const starts: number[] = [];
  let i = quoteAt + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      starts.push(i);
      return { value: units.join(''), starts: Uint32Array.from(starts) };
    }
    if (c !== '\\') {
      if (c === '\n' || c === '\r') return null;
      units.push(c);
      starts.push(i);
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      units.push(String.fromCharCode(parseInt(hex, 16)));
      starts.push(i);
      i += 6;
    } else if (e !== undefined && e in SIMPLE_ESCAPES) {
      units.push(SIMPLE_ESCAPES[e]);
      starts.push(i);
      i += 2;
    } else {
      return null;
    }
  }
  return null;
}

/** Map a span of the decoded value back to the outer text: from the first escape to the end of the last. */
export function outerSpan(decoded: DecodedString, span: Span): Span {
  const clamp = (n: number) => Math.max(0, Math.min(n, decoded.value.length));
  return { start: decoded.starts[clamp(span.start)], end: decoded.starts[clamp(span.end)] };
}
