import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node, Parser as TsParser, Tree } from 'web-tree-sitter';
import type { ParseProblem } from '../document';

/**
 * HCL through tree-sitter's HCL grammar (the one editors use), run as WebAssembly by web-tree-sitter: exact
 * positions (UTF-16 offsets, as orglint's spans), comments kept as nodes, error recovery, no native build.
 * The runtime and the grammar load on first use, so a run that lints no `.tf` file never pays for them.
 *
 * The two `.wasm` files are found next to the bundle (`dist/wasm/`, copied there by scripts/build.mjs) or, when
 * running from the sources, in node_modules.
 */

const WASM = { runtime: 'tree-sitter.wasm', grammar: 'tree-sitter-hcl.wasm' } as const;

function wasmPath(name: keyof typeof WASM): string {
  const file = WASM[name];
  const here = path.dirname(fileURLToPath(import.meta.url));
  // the bundle: dist/cli.js or dist/chunks/x.js, with the files in dist/wasm/
  for (const dir of [path.join(here, 'wasm'), path.join(here, '..', 'wasm')]) {
    if (existsSync(path.join(dir, file))) return path.join(dir, file);
  }
  const require = createRequire(import.meta.url);
  return name === 'runtime' ? require.resolve('web-tree-sitter/tree-sitter.wasm') : path.join(path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), file);
}

let parser: Promise<TsParser> | undefined;
let ready: TsParser | undefined;

/** The parser once loaded (a `.tf` document exists only after it was): for fixes, which run synchronously. */
export function loadedHclParser(): TsParser | undefined {
  return ready;
}

/** The HCL parser, loaded once. */
export function hclParser(): Promise<TsParser> {
  parser ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    const runtime = wasmPath('runtime');
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(wasmPath('grammar'));
    const p = new Parser();
    p.setLanguage(language);
    ready = p;
    return p;
  })();
  parser.catch(() => (parser = undefined));
  return parser;
}

/** the most syntax errors gathered from one tree (the engine shows 20 and counts the rest) */
const MAX_PROBLEMS = 100;

/** Syntax errors of a tree: each ERROR node and each token the parser had to invent. */
export function syntaxProblems(tree: Tree): ParseProblem[] {
  // one walk of the tree finds the strings and the bodies both checks read
  const found = tree.rootNode.descendantsOfType(['string_lit', 'quoted_template', 'body']).filter((n): n is Node => !!n);
  const problems: ParseProblem[] = [...multiLineStrings(tree, found.filter((n) => n.type !== 'body')), ...redefined(found.filter((n) => n.type === 'body'))];
  if (!tree.rootNode.hasError) return problems;
  const visit = (n: Node, depth = 0) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (depth > 200) {
      problems.push({ message: 'invalid HCL: nesting is too deep to read', span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (n.isMissing) {
      problems.push({ message: `invalid HCL: missing ${describeToken(n.type)}`, span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (n.isError) {
      const text = n.text.split(/\r?\n/)[0].slice(0, 40);
      problems.push({ message: `invalid HCL: unexpected ${JSON.stringify(text)}`, span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (!n.hasError) return;
    for (const c of n.children) if (c) visit(c, depth + 1);
  };
  visit(tree.rootNode);
  if (problems.length === 0) problems.push({ message: 'invalid HCL', span: { start: 0, end: 0 } });
  return problems;
}

function describeToken(type: string): string {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, ' ') : JSON.stringify(type);
}

/**
 * Terraform refuses a quoted string that runs over a line end ("Invalid multi-line string"); tree-sitter's
 * grammar accepts it. Each is a problem at its first line end (heredocs may span lines; `${...}` parts may too).
 */
function multiLineStrings(tree: Tree, strings: Node[]): ParseProblem[] {
  const text = tree.rootNode.text;
  if (!text.includes('\n')) return [];
  const problems: ParseProblem[] = [];
  // the grammar leaves a line end inside a string out of every node: look between the parts, not in them
  for (const q of strings) {
    if (!q || problems.length >= MAX_PROBLEMS || !q.text.includes('\n')) continue;
    let from = q.startIndex;
    for (const c of [...q.children, null]) {
      const to = c ? c.startIndex : q.endIndex;
      const nl = text.slice(from, to).search(/\r?\n/);
      const inside = c?.type === 'template_literal' ? c.text.search(/\r?\n/) : -1;
      if (nl !== -1 || inside !== -1) {
        const at = nl !== -1 ? from + nl : c!.startIndex + inside;
        problems.push({ message: 'invalid HCL: a quoted string cannot span lines (use a heredoc)', span: { start: at, end: at + 1 } });
        break;
      }
      if (c) from = c.endIndex;
    }
  }
  return problems;
}

/**
 * Terraform refuses a body that sets one argument twice ("Attribute redefined"); tree-sitter's grammar accepts
 * it, and which of the two a reader takes is a guess (a fix could edit the one Terraform never reads). Each
 * repeat is a problem at its name.
 */
function redefined(bodies: Node[]): ParseProblem[] {
  const problems: ParseProblem[] = [];
  for (const body of bodies) {
    if (!body || problems.length >= MAX_PROBLEMS) continue;
    const seen = new Set<string>();
    for (const a of body.namedChildren) {
      const id = a?.type === 'attribute' ? a.namedChildren[0] : undefined;
      if (!id) continue;
      if (seen.has(id.text)) problems.push({ message: `invalid HCL: the argument ${JSON.stringify(id.text)} is set twice in one block (Terraform refuses it)`, span: { start: id.startIndex, end: id.endIndex } });
      seen.add(id.text);
    }
  }
  return problems;
}
