/** The near-miss helpers behind "did you mean" hints: exact Levenshtein distances, against a plain full-table reference. */
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/rule-api/helpers';

/** The textbook table, every row kept. */
function reference(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

describe('editDistance and didYouMean', () => {
  it('gives the Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('require', 'require')).toBe(0);
    let x = 3;
    const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: Math.floor(next() * 9) }, () => 'abc_é'[Math.floor(next() * 5)]).join('');
    for (let k = 0; k < 2_000; k++) {
      const [a, b] = [word(), word()];
      expect(editDistance(a, b), `${a} / ${b}`).toBe(reference(a, b));
    }
  });

  it('names the closest allowed value, or none when nothing is close', () => {
    expect(didYouMean('requier', ['deny', 'allow', 'require'])).toBe('require');
    expect(didYouMean('alow', ['deny', 'allow', 'require'])).toBe('allow');
    expect(didYouMean('something else', ['deny', 'allow', 'require'])).toBeUndefined();
  });
});
