import type { Placeholder } from './document';
import { OffsetMap, rewrite } from './offset-map';

/** Values for deploy-cli keyword placeholders (`AUTH0_KEYWORD_REPLACE_MAPPINGS`). */
export type KeywordMap = Record<string, unknown>;

const PLACEHOLDER = /(##|@@)([A-Za-z0-9_.-]+)\1/g;

/** Does this string stand for a value that only deploy-cli's keyword replacement will know? */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && /^(##|@@)[A-Za-z0-9_.-]+\1$/.test(value);
}

/** Does this string contain a placeholder anywhere (`https://##DOMAIN##/callback`)? */
export function containsPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && /(##|@@)[A-Za-z0-9_.-]+\1/.test(value);
}

/**
 * Is the offset inside a quoted string on its line? (a line-local heuristic, enough for exports). Asked for
 * increasing offsets, it scans each line once: rescanning from the line start for every placeholder made a
 * long line of placeholders quadratic (a 180 KB JSON line took 34 s).
 */
class QuoteTracker {
  private lineEnd = -1;
  private i = 0;
  private quote: '"' | "'" | null = null;
  private comment = false;

  constructor(private readonly text: string) {}

  at(offset: number): '"' | "'" | null {
    const text = this.text;
    if (offset > this.lineEnd || offset < this.i) {
      const nl = text.indexOf('\n', offset);
      this.lineEnd = nl === -1 ? text.length : nl;
      this.i = text.lastIndexOf('\n', offset - 1) + 1;
      this.quote = null;
      this.comment = false;
    }
    while (this.i < offset && !this.comment) {
      const i = this.i;
      const c = text[i];
      if (this.quote === '"' && c === '\\') {
        this.i += 2;
        continue;
      }
      if (this.quote && c === this.quote) this.quote = null;
      else if (!this.quote && (c === '"' || c === "'")) {
        // a quote opens a YAML/JSON string only at the start of a scalar
        const prev = text[i - 1];
        if (i === 0 || prev === undefined || /[\s:\[{,-]/.test(prev)) this.quote = c;
      } else if (!this.quote && c === '#' && /\s/.test(text[i - 1] ?? ' ')) this.comment = true; // rest of line is a comment
      this.i++;
    }
    return this.comment ? null : this.quote;
  }
}

/** true when the placeholder at [start,end) is the whole plain scalar (`key: @@X@@`, `- ##X##`) */
function isWholePlainScalar(text: string, start: number, end: number, format: 'yaml' | 'json'): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const before = i < 0 ? '\n' : text[i];
  const opens = format === 'json' ? /[:\[,\n\r]/ : /[:\[{,\n\r-]/;
  if (!opens.test(before)) return false;
  if (format === 'yaml' && before === '-' && i > 0 && !/\s/.test(text[i - 1])) return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j >= text.length || /[\n\r,\]}#]/.test(text[j]);
}

/**
 * the most text keyword substitution may add to one file (a 1 MB value used a thousand times: 1 GB); the file's
 * own size is bounded by maxFileSize, so a large export whose placeholders barely change it is still read
 */
export const MAX_SUBSTITUTED_SIZE = 64 * 1024 * 1024;

/** Substituting a file's keywords would make a text too large to read. */
export class KeywordExpansionError extends Error {
  constructor(
    readonly size: number,
    readonly added: number,
  ) {
    super('keyword substitution too large');
  }
}

export interface KeywordResult {
  parseText: string;
  offsets: OffsetMap;
  placeholders: Placeholder[];
}

/**
 * Prepare a file's text for parsing the way deploy-cli does: `##KEY##` becomes the literal value and `@@KEY@@`
 * its JSON encoding (eating surrounding quotes). Placeholders with no value are kept as strings (quoted where
 * they stand bare, so `callbacks: @@APP_CALLBACKS@@` and `audience: ##API##` still parse) and reported back.
 */
export function substituteKeywords(text: string, format: 'yaml' | 'json', keywords?: KeywordMap): KeywordResult {
  const placeholders: Placeholder[] = [];
  if (!text.includes('##') && !text.includes('@@')) {
    return { parseText: text, offsets: new OffsetMap(), placeholders };
  }
  const edits: { start: number; end: number; text: string }[] = [];
  const quotes = new QuoteTracker(text);
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const key = m[2];
    const quote = quotes.at(start);
    const known = keywords !== undefined && Object.prototype.hasOwnProperty.call(keywords, key);
    if (known) {
      const value = keywords![key];
      if (m[1] === '##') {
        const literal = typeof value === 'string' ? value : JSON.stringify(value);
        edits.push({ start, end, text: quote === '"' ? JSON.stringify(literal).slice(1, -1) : literal });
      } else if (quote && text[start - 1] === quote && text[end] === quote) {
        edits.push({ start: start - 1, end: end + 1, text: JSON.stringify(value) });
      } else {
        edits.push({ start, end, text: JSON.stringify(value) });
      }
      continue;
    }
    if (quote === null && format === 'yaml' && m[1] === '##' && !/[\s\[{,]/.test(text[start - 1] ?? '\n')) {
      // `https://##DOMAIN##/cb`: inside a plain scalar, so the parser keeps it as text; not a comment
      placeholders.push({ key, text: m[0], span: { start, end } });
      continue;
    }
    placeholders.push({ key, text: m[0], span: { start, end } });
    if (quote === null && isWholePlainScalar(text, start, end, format)) {
      edits.push({ start, end, text: JSON.stringify(m[0]) });
    }
  }
  let size = text.length;
  for (const e of edits) size += e.text.length - (e.end - e.start);
  if (size - text.length > MAX_SUBSTITUTED_SIZE) throw new KeywordExpansionError(size, size - text.length);
  const { text: parseText, map } = rewrite(text, edits);
  return { parseText, offsets: map, placeholders };
}
