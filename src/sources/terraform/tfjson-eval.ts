import type { Node as JsonNode } from 'jsonc-parser';
import type { Parser } from 'web-tree-sitter';
import type { Path } from '../../rule-api/types';
import type { Plain } from '../plain-object';
import { evalExpr, MAX_DEPTH, Recorder, TooDeepError, UNKNOWN, type Scope } from './hcl-eval';
import { define } from './values';

/**
 * Values of Terraform's JSON configuration syntax (`.tf.json`), as far as they are known without a plan, with
 * the HCL evaluator's rules: a JSON string where an expression is expected is a template (`"${var.usage}"` is
 * the variable's value, of its type; `"a-${local.x}"` a string when every part is known; `$${` and `%%{` are a
 * literal `${` and `%{`), numbers, booleans, null, arrays and objects are what they say. The expression inside
 * `${...}` is parsed by the HCL parser and evaluated as in a `.tf` file (`var.*`, `local.*`, references to
 * other resources); a `%{...}` directive, a strip marker, or anything the parser does not take is unknown:
 * never an error, never a guess.
 */

/** What evaluating one `.tf.json` file needs: the module's scope, the file's recorder, the HCL parser. */
export interface JsonCtx {
  scope: Scope;
  rec: Recorder;
  parser: Parser;
  /** evaluated path (as `Recorder` keys) → the JSON path of the node it came from, for fixes */
  jsonPaths: Map<string, Path>;
  /** evaluated paths whose text is a literal (no `${` or `%{`): the only values a fix may rewrite */
  literals: Set<string>;
}

/** Where a node sits in the text. */
export const nodeSpan = (n: JsonNode) => ({ start: n.offset, end: n.offset + n.length });

/** The properties of an object node, in order; `"//"` comment properties left out when `comments` is set. */
export function properties(n: JsonNode, comments: boolean): { key: string; keyNode: JsonNode; value: JsonNode; index: number }[] {
  const out = [];
  if (n.type !== 'object') return [];
  for (const p of n.children ?? []) {
    const [k, v] = p.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    if (comments && key === '//') continue;
    out.push({ key, keyNode: k, value: v, index: out.length });
  }
  return out;
}

/** A JSON node as plain data (a variable's `default`, taken literally as Terraform does). */
export function plainValue(n: JsonNode, depth = 0): unknown {
  if (depth > MAX_DEPTH) return UNKNOWN;
  if (n.type === 'object') {
    const out: Plain = {};
    for (const p of properties(n, false)) define(out, p.key, plainValue(p.value, depth + 1));
    return out;
  }
  if (n.type === 'array') return (n.children ?? []).map((c) => plainValue(c, depth + 1));
  return n.value;
}

/** Does a template's text hold an interpolation or a directive (`${`, `%{`, not their `$${` / `%%{` escapes)? */
export function isTemplate(s: string): boolean {
  const t = s.replace(/\$\$\{|%%\{/g, '');
  return t.includes('${') || t.includes('%{');
}

/** A plain value written as `.tf.json` text where an expression is expected: `${` and `%{` escaped. */
export function escapeTemplates(v: unknown): unknown {
  const esc = (s: string) => s.replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{');
  if (typeof v === 'string') return esc(v);
  if (Array.isArray(v)) return v.map(escapeTemplates);
  if (v !== null && typeof v === 'object') {
    const out: Plain = {};
    for (const [k, x] of Object.entries(v)) define(out, esc(k), escapeTemplates(x));
    return out;
  }
  return v;
}

type Part = { literal: string } | { expr: string };

/** A template's parts, or undefined when one is a directive or an interpolation is not closed. */
function templateParts(s: string): Part[] | undefined {
  const parts: Part[] = [];
  let lit = '';
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('$${', i) || s.startsWith('%%{', i)) {
      lit += s.slice(i + 1, i + 3);
      i += 3;
    } else if (s.startsWith('%{', i)) {
      return undefined;
    } else if (s.startsWith('${', i)) {
      const end = exprEnd(s, i + 2);
      if (end === -1) return undefined;
      if (lit) parts.push({ literal: lit });
      lit = '';
      parts.push({ expr: s.slice(i + 2, end) });
      i = end + 1;
    } else lit += s[i++];
  }
  if (lit || parts.length === 0) parts.push({ literal: lit });
  return parts;
}

/** The index of the `}` closing an interpolation whose expression starts at `i`, or -1. */
function exprEnd(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      i = stringEnd(s, i + 1);
      if (i === -1) return -1;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
    i++;
  }
  return -1;
}

/** The index after the `"` closing a quoted string (inside an interpolation) whose text starts at `i`, or -1. */
function stringEnd(s: string, i: number): number {
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else if (s.startsWith('$${', i)) i += 3;
    else if (s.startsWith('${', i)) {
      const end = exprEnd(s, i + 2);
      if (end === -1) return -1;
      i = end + 1;
    } else i++;
  }
  return -1;
}

/** One `${...}` expression's value, through the HCL parser and evaluator; unknown when it does not parse. */
function interpolation(expr: string, path: Path, ctx: JsonCtx): unknown {
  if (/^\s*~|~\s*$/.test(expr)) return UNKNOWN;
  const tree = ctx.parser.parse(`x = ${expr}\n`);
  if (!tree) return UNKNOWN;
  try {
    if (tree.rootNode.hasError) return UNKNOWN;
    const attrs = tree.rootNode.namedChildren.find((c) => c?.type === 'body')?.namedChildren.filter((c) => c?.type === 'attribute') ?? [];
    const node = attrs.length === 1 ? attrs[0]?.namedChildren.find((c) => c?.type === 'expression') : undefined;
    if (!node) return UNKNOWN;
    // the spans a nested evaluation records are offsets in this little text: keep its origins and references only
    const rec = new Recorder();
    const v = evalExpr(node, path, { scope: ctx.scope, rec, attr: path });
    for (const [k, o] of rec.origins) ctx.rec.origins.set(k, o);
    for (const [k, set] of rec.refs) {
      const mine = ctx.rec.refs.get(k) ?? new Set<string>();
      for (const x of set) mine.add(x);
      ctx.rec.refs.set(k, mine);
    }
    return v;
  } catch (err) {
    if (err instanceof TooDeepError) return UNKNOWN;
    throw err;
  } finally {
    tree.delete();
  }
}

/** A JSON string where an expression is expected. */
export function template(s: string, path: Path, ctx: JsonCtx): unknown {
  const parts = templateParts(s);
  if (!parts) return UNKNOWN;
  if (parts.length === 1 && 'expr' in parts[0]) return interpolation(parts[0].expr, path, ctx);
  let out = '';
  for (const p of parts) {
    if ('literal' in p) {
      out += p.literal;
      continue;
    }
    const v = interpolation(p.expr, path, ctx);
    if (typeof v === 'string' && !v.includes('##')) out += v;
    else if (typeof v === 'number' || typeof v === 'boolean') out += String(v);
    else return UNKNOWN;
  }
  return out;
}

/** The value of a JSON node where an expression is expected, with spans and JSON paths recorded. */
export function evalJsonExpr(n: JsonNode, path: Path, jsonPath: Path, ctx: JsonCtx, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new TooDeepError(nodeSpan(n));
  const key = JSON.stringify(path);
  ctx.jsonPaths.set(key, jsonPath);
  switch (n.type) {
    case 'string':
      if (!isTemplate(String(n.value))) ctx.literals.add(key);
      return template(String(n.value), path, ctx);
    case 'number':
    case 'boolean':
    case 'null':
      ctx.literals.add(key);
      return n.value;
    case 'array':
      return (n.children ?? []).map((item, i) => {
        const at = [...path, i];
        ctx.rec.span(at, nodeSpan(item));
        return evalJsonExpr(item, at, [...jsonPath, i], ctx, depth + 1);
      });
    case 'object': {
      const out: Plain = {};
      for (const p of properties(n, false)) {
        // a key computed at plan time hides which field is set: the whole object is unknown
        if (isTemplate(p.key)) return UNKNOWN;
        const k = p.key.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
        const at = [...path, k];
        ctx.rec.span(at, nodeSpan(p.value), nodeSpan(p.keyNode));
        define(out, k, evalJsonExpr(p.value, at, [...jsonPath, p.key], ctx, depth + 1));
      }
      return out;
    }
    default:
      return UNKNOWN;
  }
}
