/**
 * maskKnown first asks, of a long text, whether any secret is in it at all (one regular expression of them all):
 * on generated texts and secrets (with the characters a regular expression gives meaning to) it masks exactly what
 * replacing each secret in turn, longest first, does.
 */
import { describe, expect, it } from 'vitest';
import { maskKnown } from '../../src/engine/redact';

const reference = (text: string, known: readonly string[]) => {
  let out = text;
  for (const s of known) out = out.replaceAll(s, '*'.repeat(s.length));
  return out;
};

describe('maskKnown of a long text with a few secrets', () => {
  it('masks what replacing each in turn masks, with or without a secret in the text', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ['a', 'b', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$', '\\', '/', '-', '\n', 'é', '😀'];
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const known = [...new Set(Array.from({ length: 2 + Math.floor(next() * 8) }, () => word(4 + Math.floor(next() * 8))))].sort((a, b) => b.length - a.length);
      const pieces = Array.from({ length: 400 }, () => (next() < 0.01 ? known[Math.floor(next() * known.length)] : word(8)));
      const text = pieces.join(' ');
      expect(text.length).toBeGreaterThan(1024);
      expect(maskKnown(text, known)).toBe(reference(text, known));
    }
  });

  it('a secret of regular-expression characters is found literally', () => {
    const known = ['a.b*c+d?', '(x|y)[z]{2}^$\\'];
    const text = `${'-'.repeat(2000)} a.b*c+d? and (x|y)[z]{2}^$\\ but not aXbbbcd or x ${'-'.repeat(2000)}`;
    const masked = maskKnown(text, known);
    expect(masked).toBe(reference(text, known));
    expect(masked).toContain(`- ${'*'.repeat(8)} and ${'*'.repeat(known[1].length)} but not aXbbbcd`);
    expect(maskKnown(`${'-'.repeat(2000)} aXbbbcd x`, known)).toBe(`${'-'.repeat(2000)} aXbbbcd x`);
  });
});
