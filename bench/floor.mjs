// A parse floor: glob, read and parse the same files orglint reads, with no rules and no positions.
//
//   node bench/floor.mjs PARSER PATH
//
// PARSER: `yaml` (the `yaml` package's parse, the parser orglint used before), `js-yaml` (js-yaml's load, the
// fastest YAML parser at hand and the one deploy-cli uses), `jsonc` (jsonc-parser's parseTree), `json`
// (JSON.parse), `tree-sitter-hcl` (the HCL grammar orglint uses; *.tf). PATH: a folder (walked as orglint does) or one file. Each file is
// parsed and dropped, as the cheapest possible reader would do. Prints the number of files and top-level keys.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const [parserName, target] = process.argv.slice(2);
const parsers = {
  yaml: async () => {
    const { parse } = await import('yaml');
    return (t) => parse(t);
  },
  'js-yaml': async () => {
    const { load } = await import('js-yaml');
    return (t) => load(t);
  },
  jsonc: async () => {
    const { parseTree } = await import('jsonc-parser');
    return (t) => parseTree(t, []);
  },
  json: async () => (t) => JSON.parse(t),
  // tree-sitter's HCL grammar as orglint loads it (web-tree-sitter and the grammar's .wasm)
  'tree-sitter-hcl': async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const { Parser, Language } = await import('web-tree-sitter');
    const runtime = require.resolve('web-tree-sitter/tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtime });
    const grammar = path.join(path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-hcl.wasm');
    const parser = new Parser();
    parser.setLanguage(await Language.load(grammar));
    return (t) => {
      const tree = parser.parse(t);
      const n = tree.rootNode.namedChildren[0]?.namedChildCount ?? 0;
      tree.delete();
      return { blocks: n };
    };
  },
};
if (!parsers[parserName] || !target) {
  console.error(`usage: node bench/floor.mjs ${Object.keys(parsers).join('|')} PATH`);
  process.exit(2);
}
const isYaml = parserName === 'yaml' || parserName === 'js-yaml';
const pattern = parserName === 'tree-sitter-hcl' ? '**/*.tf' : isYaml ? '**/*.{yaml,yml}' : '**/*.json';
const parse = await parsers[parserName]();
let files;
if (statSync(target).isDirectory()) {
  const { default: fg } = await import('fast-glob');
  files = await fg(pattern, { cwd: target, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
} else files = [path.resolve(target)];
let keys = 0;
for (const f of files) {
  const v = parse(readFileSync(f, 'utf8'));
  if (v && typeof v === 'object') keys += Object.keys(v).length;
}
process.stdout.write(`${files.length} files, ${keys} keys\n`);
