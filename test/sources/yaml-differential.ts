import fc from 'fast-check';
import { parseDocument } from 'yaml';
import type { Path } from '../../src/rule-api/types';
import { substituteKeywords } from '../../src/sources/keywords';
import { SubsetLocator } from '../../src/sources/yaml/yaml-locate';
import { locateNode, MAX_ALIAS_COUNT } from '../../src/sources/yaml/yaml-source';
import { parseYamlSubset } from '../../src/sources/yaml/yaml-subset';

/** Every path into a value, plus paths that miss (an absent key, an index past the end, a step past a leaf). */
export function probePaths(value: unknown, base: Path = [], out: Path[] = []): Path[] {
  out.push(base, [...base, 'no-such-key'], [...base, 99999]);
  if (Array.isArray(value)) value.forEach((v, i) => probePaths(v, [...base, i], out));
  else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) probePaths((value as Record<string, unknown>)[k], [...base, k], out);
  }
  return out;
}

/**
 * Compare the subset reader with the `yaml` package on one text: when the reader accepts it, `yaml` must read it
 * without errors to the same value, and every path must locate to the same range (value and key). Returns the
 * differences (empty when they agree) and whether the reader accepted the text.
 */
export function compareWithYaml(raw: string): { accepted: boolean; problems: string[] } {
  const text = substituteKeywords(raw, 'yaml').parseText;
  const fast = parseYamlSubset(text);
  if (!fast) return { accepted: false, problems: [] };
  const problems: string[] = [];
  const doc = parseDocument(text, { uniqueKeys: true, merge: true, prettyErrors: false, strict: true });
  if (doc.errors.length) return { accepted: true, problems: [`yaml reports ${doc.errors[0].code}: ${doc.errors[0].message.split('\n')[0]}`] };
  const expected = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  if (!sameValue(fast.value, expected)) problems.push(`value differs: ${show(fast.value)} vs yaml ${show(expected)}`);
  // with the entry index the parser records (as orglint locates), and without it (everything read lazily)
  const locators = { indexed: new SubsetLocator(text, fast.index), lazy: new SubsetLocator(text) };
  for (const p of probePaths(expected)) {
    for (const target of ['value', 'key'] as const) {
      const want = locateNode(doc, p, target);
      for (const [name, locator] of Object.entries(locators)) {
        let got: [number, number] | string;
        try {
          got = locator.locate(p, target);
        } catch (err) {
          got = `threw ${String(err)}`;
        }
        if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${target} at ${JSON.stringify(p)} (${name}): ${JSON.stringify(got)} vs yaml ${JSON.stringify(want)}`);
      }
    }
  }
  return { accepted: true, problems };
}

function show(v: unknown): string {
  const s = JSON.stringify(v, (_, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
  return s && s.length > 200 ? s.slice(0, 200) + '…' : String(s);
}

/** deep equality that tells NaN, -0 and own `__proto__` keys apart */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** scalars worth trying in every style */
const TRICKY = ['true', 'True', 'yes', 'null', '~', '', ' ', '0o17', '0x1F', '012', '+1', '-1', '1.5', '.5', '1e3', '.inf', '.NaN', '1_000',
  'a #b', 'a#b', 'http://x.y/z', 'a: b', 'x:', '-', '- a', '-a', "it's", 'q"x', '[a]', '{a}', 'a, b', '@x', '`x', '%x', '!x', '&x', '*x',
  '|', '>', '?', ':', '#', 'é ü 漢', 'multi\nline', 'trailing\n', 'a\n\nb', '\ttab', 'back\\slash', '__proto__', '<<'];

const keyArb = fc.oneof(fc.constantFrom('name', 'a', 'b c', 'k#x', 'url:x', 'café', '__proto__', '1', 'null', '-k', "it's", 'x:', '<<', 'a b '), fc.string({ unit: fc.constantFrom(...'ab :#-\'"[],|>.0é'.split('')), minLength: 1, maxLength: 6 }));
const leafArb = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 8 }), fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafArb, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(keyArb, tie('tree'), { maxKeys: 4 })),
}));
export const docArb = fc.record({ root: fc.dictionary(keyArb, tree, { minKeys: 1, maxKeys: 5 }), styles: fc.array(fc.nat(99), { minLength: 64, maxLength: 64 }), crlf: fc.boolean(), step: fc.integer({ min: 1, max: 4 }) });

/** Write a value as YAML, choosing styles (and comments, blank lines, compact forms) from `styles`. */
export function emit(root: Record<string, unknown>, styles: number[], step: number): string {
  let k = 0;
  const pick = () => styles[k++ % styles.length];
  const scalar = (v: unknown, indent: number): string => {
    if (typeof v !== 'string') return v === null && pick() < 30 ? '' : String(v);
    const s = pick();
    if (s < 35) return v;
    if (s < 55) return `'${v.replace(/'/g, "''")}'`;
    if (s < 75 || !v.includes('\n')) return JSON.stringify(v);
    const pad = ' '.repeat(indent + step);
    return `${s < 88 ? '|' : '>'}${s % 2 ? '-' : ''}\n${v.split('\n').map((l) => (l ? pad + l : '')).join('\n')}`;
  };
  const comment = (indent: number) => (pick() < 8 ? `${' '.repeat(pick() < 50 ? indent : pick() % 6)}# c${pick() < 10 ? ' x: y' : ''}\n` : pick() < 5 ? '\n' : '');
  const trailing = () => (pick() < 10 ? '  # t' : '');
  const node = (v: unknown, indent: number, lead: string): string => {
    if (Array.isArray(v)) {
      if (v.length === 0 || pick() < 10) return ` ${JSON.stringify(v)}${trailing()}\n`;
      const ind = lead === 'key' && pick() < 30 ? indent : indent + step;
      return '\n' + v.map((x) => comment(ind) + ' '.repeat(ind) + '-' + item(x, ind)).join('');
    }
    if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      if (entries.length === 0 || pick() < 5) return ` ${JSON.stringify(v)}${trailing()}\n`;
      return '\n' + entries.map(([key, x]) => comment(indent + step) + ' '.repeat(indent + step) + keyText(key) + ':' + node(x, indent + step, 'key')).join('');
    }
    const s = scalar(v, indent);
    return s === '' ? '\n' : ` ${s}${s.startsWith('|') || s.startsWith('>') ? '' : trailing()}\n`;
  };
  const item = (x: unknown, ind: number): string => {
    if (x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length && pick() < 60) {
      const [first, ...rest] = Object.entries(x);
      const col = ind + 2;
      return ' ' + keyText(first[0]) + ':' + node(first[1], col, 'key') + rest.map(([key, y]) => ' '.repeat(col) + keyText(key) + ':' + node(y, col, 'key')).join('');
    }
    return node(x, ind, 'item');
  };
  const keyText = (key: string) => (pick() < 70 ? key : pick() < 50 ? `'${key.replace(/'/g, "''")}'` : JSON.stringify(key));
  const body = Object.entries(root).map(([key, x]) => comment(0) + keyText(key) + ':' + node(x, 0, 'key')).join('');
  return (pick() < 10 ? '---\n' : '') + body;
}

/** a random edit: cut a few characters at a place and insert something YAML cares about */
export const editArb = fc.record({ at: fc.nat(), cut: fc.nat(3), insert: fc.constantFrom('', ' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '\n', '\n  ', '[', ']', '{', '}', ',', '|', '>', '|-\n', '&a ', '*a', '!', '?', '\\', 'x') });
