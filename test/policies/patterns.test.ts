/**
 * Policy patterns cannot hang a run: hostile values against patterns that backtrack, counted in steps the
 * engine cannot take rather than timed. A pattern either runs in V8's linear-time engine, or passes the checks
 * for the backtracking one; everything else is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, readField, safeRegExp } from '../../src/policies/matchers';

const field = (value: unknown) => readField({ v: value }, 'v', 'client', false);

describe('policy patterns', () => {
  it('runs ordinary patterns, and matches as JavaScript does', () => {
    const m = compileMatcher({ pattern: '^cust-[a-z0-9-]+$' });
    expect(m(field('cust-acme'))).toBe(true);
    expect(m(field('acme'))).toBe(false);
    expect(compileMatcher({ pattern: '^[\\p{L}\\p{N} ._-]+$' })(field('Müller 1'))).toBe(true);
    expect(compileMatcher({ notPattern: '^test-' })(field('test-app'))).toBe(false);
  });

  it('a pattern with exponential backtracking meets a hostile value in linear time, or is refused', () => {
    for (const p of ['^(a+)+$', '^(a|aa)+$', '^(.*a){12}$', '^.*.*.*.*.*.*x$']) {
      const compiled = safeRegExp(p);
      if (typeof compiled === 'string') continue; // refused: fine
      // a linear engine answers at once; a backtracking one would not return within the test's time
      expect(compiled.re.flags).toContain('l');
      expect(compiled.re.test(`${'a'.repeat(50_000)}b`)).toBe(false);
    }
  });

  it('refuses, with a reason, what only the backtracking engine could run and could hang', () => {
    expect(safeRegExp('^(\\p{L}+)+$')).toMatch(/repeats a group that itself repeats/);
    expect(safeRegExp('^\\p{L}*\\p{L}*\\p{L}*x$')).toMatch(/more than two unbounded repetitions/);
    expect(safeRegExp('(')).toMatch(/Unterminated group|missing \)/i);
  });

  it('a value longer than the pattern may safely read is unknown, never a cut-off guess', () => {
    const m = compileMatcher({ pattern: '^\\p{L}+$' });
    expect(m(field('a'.repeat(1_001)))).toBe('unknown');
    expect(m(field('a'.repeat(1_000)))).toBe(true);
  });
});
