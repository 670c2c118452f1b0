import { describe, expect, it } from 'vitest';
import { lineColumn, lineText, quotedLine, spanToPosition } from '../../src/engine/positions';
import type { SourceDocument } from '../../src/sources/document';

const doc = (text: string) => ({ text, value: {} }) as unknown as SourceDocument;

/** line and column from a full scan of the text, the way positions were found before the table grew lazily */
function reference(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') [line, start] = [line + 1, i + 1];
  return { line, column: offset - start + 1 };
}

describe('line table read only as far as asked', () => {
  const texts = ['', 'a', '\n', '\n\n\n', 'a: 1\nb: 2\n', 'a: 1\r\nb: 2\r\n\r\nc', 'x\n'.repeat(50) + 'tail', 'é漢\n\u2028\n😀x\n'];
  it('gives the line and column a full scan gives, asked in any order', () => {
    for (const text of texts) {
      const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
      // backwards, forwards, and jumping about: the table only grows
      for (const order of [[...offsets].reverse(), offsets, offsets.map((_, i) => offsets[(i * 7) % offsets.length])]) {
        const d = doc(text);
        for (const o of order) expect(lineColumn(d, o), `${JSON.stringify(text)} @${o}`).toEqual(reference(text, o));
      }
    }
  });
  it('gives each span the range a full scan gives, both ends from one table, asked in any order', () => {
    for (const text of texts) {
      const spans: { start: number; end: number }[] = [];
      for (let a = -1; a <= text.length + 1; a += 3) for (let b = a - 2; b <= text.length + 2; b += 4) spans.push({ start: a, end: b });
      for (const order of [spans, [...spans].reverse()]) {
        const d = doc(text);
        for (const s of order) {
          const start = Math.min(Math.max(s.start, 0), text.length);
          const a = reference(text, start);
          const b = reference(text, Math.min(Math.max(s.end, start), text.length));
          expect(spanToPosition(d, s), `${JSON.stringify(text)} ${JSON.stringify(s)}`).toEqual({ line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
        }
      }
    }
  });
  it('gives each line its text before or after positions were asked, and nothing past the last line', () => {
    const text = 'one\r\ntwo\n\nfour';
    for (const first of [true, false]) {
      const d = doc(text);
      if (first) lineColumn(d, 2);
      expect([1, 2, 3, 4, 5].map((l) => lineText(d, l))).toEqual(['one', 'two', '', 'four', '']);
      expect(spanToPosition(d, { start: 5, end: text.length + 10 })).toEqual({ line: 2, column: 1, endLine: 4, endColumn: 5 });
    }
  });
});

describe('short texts read again for each position, long ones through the line table', () => {
  // a text up to 4,096 characters is scanned (positions.ts SCAN_MAX); the same text with a tail past that is
  // read through the table: every position inside the text, every line's text, must be the same both ways
  const texts = ['', 'a', '\n', '\n\n\n', 'a: 1\nb: 2\n', 'a: 1\r\nb: 2\r\n\r\nc', 'x\n'.repeat(50) + 'tail', 'é漢\n\u2028\n😀x\n', '{\n  "client_secret": "s3cr3t-value",\n  "a\u001b": 1\n}'];
  const long = (t: string) => t + '\n' + '#'.repeat(5000);
  it('gives the reference line and column and range on both sides of the limit, in any order', () => {
    for (const text of texts) {
      for (const d of [doc(text), doc(long(text))]) {
        for (let o = -2; o <= text.length; o++) expect(lineColumn(d, o), `${JSON.stringify(text)} @${o}`).toEqual({ ...reference(text, Math.max(o, 0)), column: reference(text, Math.max(o, 0)).column + Math.min(o, 0) });
        for (let a = text.length; a >= 0; a--) {
          for (let b = a; b <= text.length; b++) {
            const x = reference(text, a);
            const y = reference(text, b);
            expect(spanToPosition(d, { start: a, end: b })).toEqual({ line: x.line, column: x.column, endLine: y.line, endColumn: y.column });
          }
        }
      }
    }
  });
  it('clamps a span past the end of a short text as the table does', () => {
    for (const text of texts) {
      const d = doc(text);
      expect(spanToPosition(d, { start: text.length + 3, end: text.length + 9 })).toEqual(spanToPosition(doc(text + ''), { start: text.length, end: text.length }));
      expect(lineColumn(d, text.length + 4)).toEqual({ line: reference(text, text.length).line, column: reference(text, text.length).column + 4 });
    }
  });
  it('shows each line as the table does, remembered or not, and nothing before the first or past the last', () => {
    for (const text of texts) {
      const lines = text.split('\n').length;
      const short = doc(text);
      const table = doc(long(text));
      for (const n of [0, -1, 1.5, ...Array.from({ length: lines + 2 }, (_, i) => i + 1)]) {
        const want = n >= 1 && n <= lines && Number.isInteger(n) ? lineText(table, n) : '';
        expect(lineText(short, n), `${JSON.stringify(text)} line ${n}`).toBe(want);
        expect(quotedLine(doc(text), n)).toBe(want);
        expect(quotedLine(doc(long(text)), n)).toBe(lineText(doc(long(text)), n));
      }
    }
    // masked and without control characters, on the short side too
    expect(lineText(doc('{\n  "client_secret": "s3cr3t-value",\n  "a\u001b": 1\n}'), 2)).toBe('  "client_secret": "************",');
    expect(lineText(doc('{\n  "a\u001b": 1\n}'), 2)).toBe('  "a\ufffd": 1');
  });
});
