/**
 * The fast JSON path (src/sources/json/json-fast.ts: JSON.parse, a duplicate-key count and a small locator) must give
 * what the jsonc-parser path gives: same values, same ranges for every path, and it must step aside for
 * duplicate keys, errors and very deep nesting. Checked on hand-picked cases and generated texts (fixed seeds).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonFast } from '../../src/sources/json/json-fast';
import { loadJson, loadJsonFull } from '../../src/sources/json/json-source';
import { probePaths, sameValue } from './yaml-differential';

/** Compare the fast path with jsonc-parser on one text; returns the differences and whether the fast path took it. */
function compare(text: string): { fast: boolean; problems: string[] } {
  const fast = parseJsonFast(text) !== null;
  const a = loadJson('/x.json', text, false);
  const b = loadJsonFull('/x.json', text, false);
  const problems: string[] = [];
  if (!sameValue(a.value, b.value)) problems.push(`value ${JSON.stringify(a.value)} vs ${JSON.stringify(b.value)}`);
  if (JSON.stringify(a.problems) !== JSON.stringify(b.problems)) problems.push(`problems ${JSON.stringify(a.problems)} vs ${JSON.stringify(b.problems)}`);
  if (fast && b.problems.length) problems.push('fast path took a text jsonc-parser rejects');
  for (const p of b.problems.length ? [] : probePaths(b.value)) {
    for (const target of ['value', 'key'] as const) {
      const x = JSON.stringify(a.locate(p, target));
      const y = JSON.stringify(b.locate(p, target));
      if (x !== y) problems.push(`${target} at ${JSON.stringify(p)}: ${x} vs ${y}`);
    }
  }
  return { fast, problems };
}

describe('the fast JSON path agrees with jsonc-parser', () => {
  const cases: Record<string, [string, boolean]> = {
    'a deploy-cli client': ['{\n  "name": "App",\n  "callbacks": ["https://a/cb"],\n  "organization_usage": "require"\n}\n', true],
    'escapes in keys and values': ['{"a\\"b": "x\\\\", "c\\\\": {"d\\u0041": [1, -0, 1e400, 2.5E-3, true, null]}}', true],
    // the locator matches a key by its text when it has no escape: `a\\b` (text) is `a\b`, `\u0061` is `a`
    'keys whose text and value differ': ['{"a\\\\b": 1, "a\\u005cc": 2, "\\u0061": 3, "ab": {"\\"": 4, "x": [{"\\u0078\\u0079": 5}]}, "a\\\\": 6}', true],
    'strings that look like keys': ['{"a": "\\": ", "b": ["x\\"", ":"], "c": "\\\\"}', true],
    '__proto__ as a key': ['{"__proto__": {"polluted": true}, "x": 1}', true],
    'an array root': ['[{"client_id": "a"}, {"client_id": "b"}]', true],
    'a duplicate key': ['{"a": 1, "a": 2}', false],
    'a nested duplicate key': ['{"a": {"b": 1, "c": {}, "b": 2}}', false],
    // repeated keys among strings holding colons, and colons everywhere a string may hold them
    'a duplicate key whose first value had colons': ['{"u": "https://a:1/x", "u": "y"}', false],
    'a duplicate key with colons in it': ['{"a:b": 1, "c": ["x:y", {"d": ":"}], "a:b": 2}', false],
    'colons in keys, values and array items': ['{"a:b": "c:d:e", "f": ["g:", ":h", {"i:": ":"}], "j": "::"}', true],
    'a string root with colons': ['"a:b:c"', true],
    'a trailing comma': ['{"a": 1,}', false],
    'a comment': ['{"a": 1 // no\n}', false],
    'empty text': ['', false],
    'a non-breaking space jsonc-parser allows': ['{\u00a0"a": 1}', false],
    'deep nesting': ['['.repeat(600) + ']'.repeat(600), false],
    'large objects and arrays (remembered between lookups)': [
      JSON.stringify({ clients: Array.from({ length: 50 }, (_, i) => ({ client_id: `c${i}`, n: i, tags: ['a', { x: i }] })), ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k\\"${i}`, i])) }, null, 2),
      true,
    ],
  };
  for (const [name, [text, fast]] of Object.entries(cases)) {
    it(`${name}`, () => {
      const r = compare(text);
      expect(r.fast).toBe(fast);
      expect(r.problems).toEqual([]);
    });
  }

  it('never lets __proto__ reach the prototype', () => {
    const v = loadJson('/x.json', '{"__proto__": {"polluted": true}}', false).value as object;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
  });

  it('sees a repeated key among strings full of colons', () => {
    const str = fc.stringMatching(/^[a-c:/ ]{0,6}$/);
    fc.assert(
      fc.property(fc.dictionary(str, fc.oneof(str, fc.array(str, { maxLength: 3 }), fc.dictionary(str, str, { maxKeys: 3 })), { minKeys: 1, maxKeys: 5 }), fc.nat(), (obj, pick) => {
        const text = JSON.stringify(obj);
        const keys = Object.keys(obj);
        const key = keys[pick % keys.length];
        // the same key again at the end, with a value that has no colon
        const repeated = text.slice(0, -1) + `,${JSON.stringify(key)}:1}`;
        for (const t of [text, repeated]) {
          const r = compare(t);
          expect(r.problems, t).toEqual([]);
          expect(r.fast, t).toBe(t === text);
        }
      }),
      { seed: 18, numRuns: 1000 },
    );
  });

  it('agrees on generated JSON, pretty or compact, and after random edits', () => {
    const edits = fc.array(fc.record({ at: fc.nat(), cut: fc.nat(2), insert: fc.constantFrom('', ' ', ',', ':', '"', '\\', '{', '}', '[', ']', '"a": 1,', '\n', 'x') }), { maxLength: 2 });
    let fast = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), edits, (value, indent, changes) => {
        let text = JSON.stringify(value, null, indent) ?? 'null';
        for (const e of changes) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        const r = compare(text);
        if (r.fast) fast++;
        expect(r.problems, text).toEqual([]);
      }),
      { seed: 424242, numRuns: 1500 },
    );
    expect(fast).toBeGreaterThan(300);
  });
});
describe('a document the fast path made', () => {
  it('has the fields of any document, is a JSON tree when its value is an object, and a copy of it is not one', async () => {
    const { isJsonTree } = await import('../../src/sources/json/json-source');
    const doc = loadJson('/x/a.json', '{"a": [1, "b"]}', false);
    expect(Object.keys(doc)).toEqual(['file', 'format', 'text', 'parseText', 'offsets', 'bom', 'value', 'problems', 'directives', 'placeholders', 'locate']);
    expect(isJsonTree(doc)).toBe(true);
    const copy = { ...doc };
    expect(isJsonTree(copy)).toBe(false);
    // the copy's locate is the document's
    expect(copy.locate(['a', 1], 'value')).toEqual({ start: 10, end: 13 });
    expect(isJsonTree(loadJson('/x/a.json', '42', false))).toBe(false);
    expect(isJsonTree(loadJson('/x/a.json', 'null', false))).toBe(false);
    // the jsonc-parser path marks its documents the same way
    expect(isJsonTree(loadJsonFull('/x/a.json', '{"a": 1}', false))).toBe(true);
    expect(isJsonTree(loadJsonFull('/x/a.json', '42', false))).toBe(false);
  });
});
