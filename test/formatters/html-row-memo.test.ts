/**
 * The HTML report escapes each repeated text of its findings once (html/row-memo.ts): every memoised form gives
 * what the plain form gives, and a row's search text built from its parts is the text the whole was: escaping and
 * lower-casing the parts one by one, then joining them with spaces, as lower-casing and escaping the joined text
 * (a capital sigma at the end or start of a part included: its final or medial form looks past the part's end).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { esc, shorten } from '../../src/formatters/html/escape';
import { rowMemo, searchText } from '../../src/formatters/html/row-memo';

const CHARS = ['a', 'Z', 'Σ', 'σ', 'ς', 'Α', "'", '.', ':', '\u00ad', '\u0345', 'İ', 'ẞ', ' ', '&', '<', '"', '\u0000', '\u202e', '\t', '😀', '\ud800', 'é', 'Ω', '-', '/'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((cs) => cs.join(''));

describe('the HTML report memo of escaped texts', () => {
  it('a row search text from its parts is esc(parts joined by spaces, lower-cased)', () => {
    const memo = rowMemo();
    fc.assert(
      fc.property(text, text, text, text, text, (message, resource, file, rule, path) => {
        expect(searchText(memo, message, resource, file, rule, path)).toBe(esc([message, resource, file, rule, path].join(' ').toLowerCase()));
      }),
      { numRuns: 3000, seed: 18 },
    );
    // a sigma at a part's edge, next to the joining space
    for (const [a, b] of [['ΑΣ', 'Σα'], ['Σ', 'Σ'], ["Α'Σ", "'Σ"], ['ΑΣ.', '.ΣΑ']]) {
      expect(searchText(memo, a, b, a, b, a)).toBe(esc([a, b, a, b, a].join(' ').toLowerCase()));
    }
  });

  it('each memoised form is the plain one, asked once or many times, for short and long texts', () => {
    const memo = rowMemo();
    const long = `"${'x'.repeat(500)}<&>"`;
    fc.assert(
      fc.property(fc.oneof(text, fc.constant(long)), (t) => {
        for (let i = 0; i < 2; i++) {
          expect(memo.esc(t)).toBe(esc(t));
          expect(memo.search(t)).toBe(esc(t.toLowerCase()));
          expect(memo.line(t)).toBe(esc(shorten(t, 200)));
        }
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it('stays right past its size bound (it starts over)', () => {
    const memo = rowMemo();
    for (let i = 0; i < 25_000; i++) expect(memo.esc(`<${i}>`)).toBe(`&lt;${i}&gt;`);
    expect(memo.esc('<0>')).toBe('&lt;0&gt;');
  });
});
