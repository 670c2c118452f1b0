/**
 * The fast JSON path's duplicate-key check (json-fast.ts) counts the strings of the text against the keys and
 * string values the parsed value holds. It must accept and refuse exactly the texts the check it replaced did (the
 * number of keys in the value against the strings followed by `:` in the text, kept here as the reference), and
 * exactly those jsonc-parser finds no duplicate key in: on generated texts full of repeated keys, escapes,
 * backslash runs, colons and quotes inside strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonFast } from '../../src/sources/json/json-fast';
import { loadJsonFull } from '../../src/sources/json/json-source';

/** the check before: keys in the value against strings followed by `:` in the text */
function reference(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const keys = (v: unknown, d: number): number => {
    if (typeof v !== 'object' || v === null) return 0;
    if (d > 512) return -1;
    let n = 0;
    for (const x of Array.isArray(v) ? v : Object.keys(v).map((k) => (n++, (v as Record<string, unknown>)[k]))) {
      const k = keys(x, d + 1);
      if (k < 0) return -1;
      n += k;
    }
    return n;
  };
  const inValue = keys(value, 0);
  if (inValue < 0) return false;
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; ) {
    let j = text.indexOf('"', i + 1);
    for (;;) {
      let k = j - 1;
      while (text.charCodeAt(k) === 92) k--;
      if ((j - 1 - k) % 2 === 0) break;
      j = text.indexOf('"', j + 1);
    }
    let c = j + 1;
    while (/\s/.test(text[c] ?? '')) c++;
    if (text[c] === ':') n++;
    i = text.indexOf('"', c);
  }
  return inValue === n;
}

const key = fc.constantFrom('a', 'b', 'a\\', '\\', '"', 'a"b', ':', 'a:b', '\\"', '\\\\', '__proto__', '0', '1', 'é', '\u2028', '');
const leaf = fc.oneof(key, fc.integer(), fc.boolean(), fc.constant(null), fc.constant('x\\":'), fc.constant('\\\\\\"'));

/** JSON text of an object tree whose members may repeat keys (written by hand: a JavaScript object cannot) */
const text = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf.map((v) => JSON.stringify(v)), tie('object'), tie('array')),
  object: fc.array(fc.tuple(key, tie('node')), { maxLength: 5 }).map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)} : ${v}`).join(', ')}}`),
  array: fc.array(tie('node'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
})).node as fc.Arbitrary<string>;

describe('the duplicate-key check of the fast JSON path', () => {
  it('accepts and refuses what the check it replaced did, and what jsonc-parser says', () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(text, fc.constantFrom('', ' ', '\n  '), (t, pad) => {
        const padded = pad + t + pad;
        const fast = parseJsonFast(padded) !== null;
        expect(fast, padded).toBe(reference(padded));
        const full = loadJsonFull('/x.json', padded, false);
        expect(fast, padded).toBe(full.problems.length === 0);
        if (fast) accepted++;
        else refused++;
      }),
      { seed: 18, numRuns: 3000 },
    );
    // both ways, many times
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('sees a key repeated with a value of no string, of strings, and of a whole tree, at any depth', () => {
    for (const [t, ok] of [
      ['{"a": 1, "a": 2}', false],
      ['{"a": "x", "a": "y"}', false],
      ['{"a": {"b": ["c", {"d": "e"}]}, "a": 1}', false],
      ['[{"a": [{"b": 1, "b": 1}]}]', false],
      ['{"a\\"": 1, "a\\"": 1}', false],
      ['{"\\\\": 1, "\\\\\\\\": 2}', true],
      ['{"a": "\\\\\\"", "b": "\\\\"}', true],
      ['"\\"just a string\\""', true],
      ['{"__proto__": 1, "__proto__": 2}', false],
      ['{"1": 1, "01": 2}', true],
    ] as const) {
      expect(parseJsonFast(t) !== null, t).toBe(ok);
      expect(reference(t), t).toBe(ok);
    }
  });
});
