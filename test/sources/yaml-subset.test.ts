/**
 * The fast YAML reader (src/sources/yaml/yaml-subset.ts, yaml-locate.ts) must mean exactly what the `yaml` package
 * means: same values, same ranges for every path, and it must give up rather than accept what `yaml` rejects.
 * Checked on hand-picked cases, on generated documents and on random mutations of them (fast-check, fixed seeds).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { tenantYaml } from '../../bench/corpus.mjs';
import { loadYamlFast } from '../../src/sources/yaml/yaml-fast';
import { loadYamlFull } from '../../src/sources/yaml/yaml-source';
import { parseYamlSubset } from '../../src/sources/yaml/yaml-subset';
import { ROOT } from '../helpers/lint';
import { compareWithYaml, docArb, editArb, emit, probePaths } from './yaml-differential';

/** texts the reader must accept, each agreeing with `yaml` */
const ACCEPTED: Record<string, string> = {
  'deploy-cli export': 'clients:\n  - name: App\n    organization_usage: require\n    callbacks:\n      - https://a.example/cb\n',
  'core schema scalars':
    'a: true\nb: False\nc: NULL\nd: ~\ne: 0o17\nf: 0x1F\ng: 012\nh: +12\ni: -1.5\nj: .5\nk: 1e3\nl: .inf\nm: -.Inf\nn: .NaN\no: 1_000\np: 0b101\nq: yes\nr: 1.\ns: -0\n',
  'quoted scalars': `a: 'it''s'\nb: "tab\\tnew\\nline \\u00e9 \\x41 \\U0001F600 \\N \\_ \\/ \\""\nc: ''\nd: ""\ne: 'x' # c\n`,
  // same first and last character and length: one slot of the reader's key cache, told apart by their text
  'keys that share a cache slot': 'abc: 1\nadc: 2\nlist:\n  - abc: 3\n    adc: 4\n    aXc: 5\n  - aXc: 6\n    abc: 7\n',
  'keys': `"quoted key": 1\n'single': 2\nkey with spaces: 3\nk#x: 4\nurl:x: 5\ncafé: 6\n__proto__: 7\ntoString: 8\n`,
  'block scalars': 'a: |\n  one\n\n  two\n    more\n  # not a comment\nb: |-\n  x\n\n\nc: >\n  folded\n  text\n\n  para\nd: >-\n  x\n  y\ne: end\n',
  'block scalar at the end without a newline': 'a: |\n  text',
  'flow collections': 'a: []\nb: {}\nc: [x, "y", \'z\', 1, true, null]\nd: {k: v, "q": [1, {n: 2}]}\ne: [https://a.example/x]\nf: {"json":1}\n',
  'compact and same-indent sequences': 'a:\n- x\n- y\nb:\n  - - 1\n    - 2\n  - k: v\n    l:\n    - 3\n  -\n    m: 1\n  -\nc: 1\n',
  'comments and blank lines everywhere': '# head\n\na: # about a\n  # inside\n  b: 1 # trailing\n\n  # more\nc:\n  - x  # t\n  # between\n  - y\n# tail\n',
  'document start and CRLF': '---\r\na: 1\r\nb:\r\n  - x\r\nc:\r\nd: "q"\r\n',
  'empty values': 'a:\nb:   \nc:\n  -\n  - x\nd:\n',
  'large collections (remembered between lookups)':
    'clients:\n' + Array.from({ length: 45 }, (_, i) => `  - name: c${i}\n    n: ${i}\n    tags: [a, {x: ${i}}]\n`).join('') + 'big:\n' + Array.from({ length: 40 }, (_, i) => `  k${i}: ${i}\n`).join('') + '  # trailing\n',
  'deep nesting': Array.from({ length: 60 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' leaf\n',
};

/** texts it must leave to `yaml` (which may read them or report an error) */
const GIVEN_UP: Record<string, string> = {
  anchor: 'a: &x 1\nb: *x\n',
  tag: 'a: !!str 1\n',
  merge: 'a: {x: 1}\n<<: {y: 2}\n',
  'complex key': '? a\n: b\n',
  'duplicate key': 'a: 1\na: 2\n',
  'duplicate quoted key': 'a: 1\n"a": 2\n',
  'multi-line plain': 'a: one\n  two\n',
  'multi-line quoted': 'a: "one\n  two"\n',
  'multi-line flow': 'a: [1,\n  2]\n',
  tab: 'a:\t1\n',
  'empty value with a comment': 'a: # c\nb: 1\n',
  'keep chomping': 'a: |+\n  x\n\n',
  'indentation indicator': 'a: |2\n   x\n',
  'non-string key': '1: a\n',
  'null key': 'null: a\n',
  'root sequence': '- a\n',
  'root scalar': 'hello\n',
  'second document': 'a: 1\n---\nb: 2\n',
  'bad indentation': 'a:\n  b: 1\n c: 2\n',
  'nested mapping on one line': 'a: b: c\n',
  'comment without space': 'a: "x"#c\n',
  'bad escape': 'a: "\\q"\n',
  'reserved indicator': 'a: @x\n',
  'trailing comma': 'a: [1, 2, ]\n',
  'flow pair in sequence': 'a: [k: v]\n',
  'a dash before a flow indicator': 'a: [-]\nb: {k: -}\n',
  empty: '# nothing\n',
};

describe('the subset reader agrees with the yaml package', () => {
  for (const [name, text] of Object.entries(ACCEPTED)) {
    it(`reads ${name}`, () => {
      const r = compareWithYaml(text);
      expect(r.accepted).toBe(true);
      expect(r.problems).toEqual([]);
    });
  }
  for (const [name, text] of Object.entries(GIVEN_UP)) {
    it(`leaves ${name} to yaml`, () => {
      expect(parseYamlSubset(text)).toBeNull();
    });
  }

  it('keeps __proto__ an own key, never the prototype', () => {
    const v = parseYamlSubset('__proto__:\n  polluted: true\nb: {__proto__: 1}\n')!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'b']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads every fixture and example of the repository as yaml does (or leaves it to yaml)', () => {
    const files = fg.sync('{rules,examples,test}/**/*.{yaml,yml}', { cwd: ROOT, absolute: true, ignore: ['**/node_modules/**'] });
    expect(files.length).toBeGreaterThan(10);
    let accepted = 0;
    for (const f of files) {
      const r = compareWithYaml(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
      expect(r.problems, path.relative(ROOT, f)).toEqual([]);
      if (r.accepted) accepted++;
    }
    expect(accepted).toBeGreaterThan(files.length / 2);
  });

  it('reads the benchmark corpus (deploy-cli style, comments, mixed quoting, placeholders)', () => {
    for (const seed of [1, 2, 3]) {
      const r = compareWithYaml(tenantYaml(seed, 40).text);
      expect(r.accepted).toBe(true);
      expect(r.problems).toEqual([]);
    }
  });
});

describe('generated documents', () => {
  it('agree with yaml whenever the reader accepts them', () => {
    let accepted = 0;
    fc.assert(
      fc.property(docArb, ({ root, styles, crlf, step }) => {
        let text = emit(root, styles, step);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const r = compareWithYaml(text);
        if (r.accepted) accepted++;
        expect(r.problems, text).toEqual([]);
      }),
      { seed: 20240611, numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(40);
  });

  it('agree with yaml after random edits (the reader gives up on what yaml rejects)', () => {
    fc.assert(
      fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), ({ root, styles, step }, edits) => {
        let text = emit(root, styles, step);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        expect(compareWithYaml(text).problems, text).toEqual([]);
      }),
      { seed: 7, numRuns: 1500 },
    );
  });
});

describe('loadYamlFast', () => {
  it('leaves a file with orglint directives to the yaml package, which knows which "#" starts a comment', () => {
    // `# orglint-disable-file` inside a block scalar or a quoted value is text: only the full parser can tell
    const text = 'clients:\n  - name: A\n    description: |\n      # orglint-disable-file\n    x: "a # orglint-disable-line"\n';
    expect(loadYamlFast('/t.yaml', text, false)).toBeNull();
    expect(loadYamlFull('/t.yaml', text, false).directives).toEqual([]);
    const real = '# orglint-disable-next-line some-rule\nclients: []\n';
    expect(loadYamlFast('/t.yaml', real, false)).toBeNull();
    expect(loadYamlFull('/t.yaml', real, false).directives.map((d) => [d.kind, d.line, d.ruleIds])).toEqual([['disable-next-line', 1, ['some-rule']]]);
  });

  it('gives the same document as the yaml package: value, placeholders and every position', () => {
    const text = '# a comment\nclients:\n  - name: "A"\n    callbacks: @@CB@@\n    organization_usage: ##USAGE##\n    web_origins:\n      - https://##DOMAIN##/x\n';
    for (const keywords of [undefined, { USAGE: 'require', CB: ['https://a'], DOMAIN: 'd.example' }]) {
      const fast = loadYamlFast('/t.yaml', text, false, keywords)!;
      const full = loadYamlFull('/t.yaml', text, false, keywords);
      expect(fast).not.toBeNull();
      expect(fast.value).toEqual(full.value);
      expect(fast.problems).toEqual([]);
      expect(fast.directives).toEqual([]);
      expect(fast.placeholders).toEqual(full.placeholders);
      for (const p of probePaths(full.value)) {
        expect(fast.locate(p, 'value'), JSON.stringify(p)).toEqual(full.locate(p, 'value'));
        expect(fast.locate(p, 'key'), JSON.stringify(p)).toEqual(full.locate(p, 'key'));
      }
    }
  });
});
