import { describe, expect, it } from 'vitest';
import { lineColumn, lineText, spanToPosition } from '../../src/engine/positions';
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
