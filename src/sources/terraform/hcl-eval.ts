import type { Node } from 'web-tree-sitter';
import type { Path, Position, Span } from '../../rule-api/types';
import type { Plain } from '../plain-object';
import { define, KNOWN_AFTER_APPLY } from './values';

/**
 * Values of HCL expressions, as far as they are known without a plan: literals, lists, objects, heredocs,
 * templates of known parts, `var.*` (from defaults and `.tfvars`), `local.*` when known. Everything else
 * (functions, `for`, conditionals, operators, data sources, `count` / `each`, splats) is `UNKNOWN`, and a
 * reference to another resource's attribute is `KNOWN_AFTER_APPLY`, as in a plan: never an error, never a guess.
 */
export const UNKNOWN = '##unknown-until-plan##';

/** Where a value came from when it is a variable's: the variable and the text that set it. */
export interface ValueOrigin {
  /** `var.usage` */
  name: string;
  file: string;
  span: Span;
  position: Position;
}

/** A value and where it came from. */
export interface Evaluated {
  value: unknown;
  origin?: ValueOrigin;
}

/** What an expression can see: the module's variables, locals and resources. */
export interface Scope {
  variable(name: string): Evaluated | undefined;
  local(name: string): Evaluated | undefined;
  /** the configuration key (`|auth0_client.portal`) of a resource of the module, if it is one */
  resource(type: string, name: string): string | undefined;
}

/** What evaluation writes down besides values: spans, variable origins, references per attribute. */
export class Recorder {
  readonly spans = new Map<string, { key?: Span; value: Span }>();
  readonly origins = new Map<string, ValueOrigin>();
  /** attribute path → configuration keys of the resources its expression refers to */
  readonly refs = new Map<string, Set<string>>();

  span(path: Path, value: Span, key?: Span): void {
    this.spans.set(JSON.stringify(path), key ? { key, value } : { value });
  }
}

export const spanOf = (n: Node): Span => ({ start: n.startIndex, end: n.endIndex });

/** the deepest nesting of blocks and values read; a file nested deeper is not read (no real module is) */
export const MAX_DEPTH = 100;

/** Thrown when a file nests deeper than MAX_DEPTH: the caller reports the file as unreadable. */
export class TooDeepError extends Error {
  constructor(readonly at: Span) {
    super('invalid HCL: nesting is too deep to read');
  }
}

let depth = 0;

function enter(n: Node): void {
  if (++depth > MAX_DEPTH) {
    depth = 0;
    throw new TooDeepError(spanOf(n));
  }
}

/** The words that are not values inside a resource block. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

interface Ctx {
  scope: Scope;
  rec: Recorder;
  /** the attribute whose expression is evaluated, for references */
  attr: Path;
  /** show what is not known as its source text (`##expr:f(x)##`), to compare two versions of a file */
  opaque?: boolean;
}

/** The text of a block label or object key written as a string or a bare word; undefined for anything else. */
export function labelText(n: Node): string | undefined {
  if (n.type === 'identifier') return n.text;
  if (n.type === 'string_lit') {
    const parts = n.namedChildren.filter((c): c is Node => !!c && c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end');
    if (parts.every((p) => p.type === 'template_literal')) return parts.map((p) => decodeEscapes(p.text)).join('');
  }
  return undefined;
}

/**
 * The values of a block body in the provider's shape: attributes by name, nested blocks as lists of objects
 * (`default_organization { ... }` → `default_organization: [{...}]`), a `dynamic` block unknown.
 */
export function evalBody(body: Node | null, path: Path, scope: Scope, rec: Recorder, relative: Path, topLevel: boolean, opaque = false): Plain {
  const out: Plain = {};
  if (!body) return out;
  enter(body);
  try {
    readBody(body, out, path, scope, rec, relative, topLevel, opaque);
  } finally {
    depth = Math.max(0, depth - 1);
  }
  return out;
}

function readBody(body: Node, out: Plain, path: Path, scope: Scope, rec: Recorder, relative: Path, topLevel: boolean, opaque: boolean): void {
  for (const child of body.namedChildren) {
    if (!child) continue;
    if (child.type === 'attribute') {
      const kids = child.namedChildren;
      const id = kids[0];
      const expr = kids.find((c) => c?.type === 'expression');
      if (!id || !expr) continue;
      const name = id.text;
      if ((topLevel && META_ARGUMENTS.has(name)) || Object.prototype.hasOwnProperty.call(out, name)) continue;
      const at = [...path, name];
      const value = evalExpr(expr, at, { scope, rec, attr: [...relative, name], opaque });
      rec.span(at, spanOf(expr), spanOf(id));
      define(out, name, value);
    } else if (child.type === 'block') {
      const kids = child.namedChildren;
      const id = kids[0];
      if (!id) continue;
      const type = id.text;
      if (topLevel && META_ARGUMENTS.has(type)) continue;
      if (type === 'dynamic') {
        const label = kids[1] ? labelText(kids[1]) : undefined;
        if (label === undefined) continue;
        define(out, label, opaque ? `##expr:${child.text}##` : UNKNOWN);
        rec.span([...path, label], spanOf(kids[1]!), spanOf(id));
        continue;
      }
      const existing = out[type];
      if (existing !== undefined && !Array.isArray(existing)) continue;
      const list = (existing as unknown[] | undefined) ?? [];
      const at = [...path, type, list.length];
      list.push(evalBody(kids.find((c) => c?.type === 'body') ?? null, at, scope, rec, [...relative, type, list.length], false, opaque));
      rec.span(at, spanOf(id), spanOf(id));
      if (!existing) {
        rec.span([...path, type], spanOf(id), spanOf(id));
        define(out, type, list);
      }
    }
  }
}

/** The value of an expression node (`expression` or any node inside one). */
export function evalExpr(n: Node, path: Path, ctx: Ctx): unknown {
  enter(n);
  let v: unknown;
  try {
    v = evalKnown(n, path, ctx);
  } finally {
    depth = Math.max(0, depth - 1);
  }
  return ctx.opaque && (v === UNKNOWN || v === KNOWN_AFTER_APPLY) ? `##expr:${n.text}##` : v;
}

function evalKnown(n: Node, path: Path, ctx: Ctx): unknown {
  switch (n.type) {
    case 'expression': {
      const kids = n.children.filter((c): c is Node => !!c && c.type !== 'comment');
      if (kids[0]?.type === '(') return kids.length === 3 ? evalExpr(kids[1], path, ctx) : UNKNOWN;
      if (kids[0]?.type === 'variable_expr') return traversal(kids[0].text, kids.slice(1), path, ctx);
      return kids.length === 1 ? evalExpr(kids[0], path, ctx) : UNKNOWN;
    }
    case 'literal_value':
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path, ctx) : UNKNOWN;
    case 'string_lit':
    case 'quoted_template':
      return template(n, path, ctx);
    case 'numeric_lit': {
      const v = Number(n.text);
      return Number.isFinite(v) ? v : UNKNOWN;
    }
    case 'bool_lit':
      return n.text === 'true';
    case 'null_lit':
      return null;
    case 'template_expr':
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path, ctx) : UNKNOWN;
    case 'heredoc_template':
      return heredoc(n);
    case 'collection_value':
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path, ctx) : UNKNOWN;
    case 'tuple': {
      const items = n.namedChildren.filter((c): c is Node => c?.type === 'expression');
      // each item's references are its own (`enabled_clients = [auth0_client.a.id, auth0_client.b.id]`)
      return items.map((item, i) => {
        const at = [...path, i];
        ctx.rec.span(at, spanOf(item));
        return evalExpr(item, at, { ...ctx, attr: [...ctx.attr, i] });
      });
    }
    case 'object': {
      const out: Plain = {};
      for (const elem of n.namedChildren) {
        if (elem?.type !== 'object_elem') continue;
        const k = elem.childForFieldName('key');
        const v = elem.childForFieldName('val');
        const key = k ? objectKey(k) : undefined;
        // a key computed at plan time hides which field is set: the whole object is unknown
        if (key === undefined || !v) return UNKNOWN;
        const at = [...path, key];
        ctx.rec.span(at, spanOf(v), spanOf(k!));
        define(out, key, evalExpr(v, at, ctx));
      }
      return out;
    }
    case 'operation': {
      const u = n.namedChildren[0];
      if (u?.type !== 'unary_operation') return UNKNOWN;
      const op = u.children[0]?.type;
      const operand = u.namedChildren[u.namedChildren.length - 1];
      const v = operand ? evalExpr(operand, path, ctx) : UNKNOWN;
      if (op === '-' && typeof v === 'number') return -v;
      if (op === '!' && typeof v === 'boolean') return !v;
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/** An object key: a bare word or a literal string (`a = 1`, `"a" = 1`); a computed key is undefined. */
function objectKey(k: Node): string | undefined {
  const kids = k.children.filter((c): c is Node => !!c);
  if (kids.length !== 1) return undefined;
  const only = kids[0];
  if (only.type === 'variable_expr') return only.text;
  if (only.type === 'literal_value' && only.namedChildren[0]?.type === 'string_lit') return labelText(only.namedChildren[0]);
  return undefined;
}

/** `var.x.y[0]`, `local.z`, `auth0_organization.acme.id`, `data.x.y.z`, `each.value`, ... */
function traversal(root: string, steps: Node[], path: Path, ctx: Ctx): unknown {
  const names: (string | number | undefined)[] = steps.map(stepKey);
  const first = names[0];
  if (ctx.opaque) return UNKNOWN;
  if (root === 'var' || root === 'local') {
    if (typeof first !== 'string') return UNKNOWN;
    const found = root === 'var' ? ctx.scope.variable(first) : ctx.scope.local(first);
    if (!found) return UNKNOWN;
    let v = found.value;
    for (const key of names.slice(1)) v = child(v, key);
    if (found.origin && v !== UNKNOWN) ctx.rec.origins.set(JSON.stringify(path), found.origin);
    return v;
  }
  if (typeof first === 'string') {
    const key = ctx.scope.resource(root, first);
    if (key) {
      const attr = JSON.stringify(ctx.attr);
      const set = ctx.rec.refs.get(attr) ?? new Set<string>();
      set.add(key);
      ctx.rec.refs.set(attr, set);
      return KNOWN_AFTER_APPLY;
    }
  }
  return UNKNOWN;
}

function stepKey(step: Node): string | number | undefined {
  if (step.type === 'get_attr') return step.namedChildren[0]?.text;
  if (step.type === 'index') {
    const inner = step.namedChildren[0];
    if (inner?.type === 'legacy_index') return Number(inner.text.replace(/^\./, ''));
    const e = inner?.namedChildren.find((c) => c?.type === 'expression');
    const lit = e?.namedChildren[0];
    if (lit?.type === 'literal_value') {
      const v = lit.namedChildren[0];
      if (v?.type === 'numeric_lit') return Number(v.text);
      if (v?.type === 'string_lit') return labelText(v);
    }
  }
  return undefined;
}

function child(v: unknown, key: string | number | undefined): unknown {
  if (key === undefined) return UNKNOWN;
  if (Array.isArray(v) && typeof key === 'number') return key >= 0 && key < v.length ? v[key] : UNKNOWN;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, key)) return (v as Plain)[key];
  return UNKNOWN;
}

/** A quoted string: its literal parts decoded, its interpolations when known; a `%{}` directive is unknown. */
function template(n: Node, path: Path, ctx: Ctx): unknown {
  const parts = n.namedChildren.filter((c): c is Node => !!c && c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end');
  if (parts.length === 1 && parts[0].type === 'template_interpolation') {
    // "${x}" is x itself, of whatever type
    const e = parts[0].namedChildren.find((c) => c?.type === 'expression');
    return e && !parts[0].namedChildren.some((c) => c?.type === 'strip_marker') ? evalExpr(e, path, ctx) : UNKNOWN;
  }
  let out = '';
  for (const p of parts) {
    if (p.type === 'template_literal') out += decodeEscapes(p.text);
    else if (p.type === 'template_interpolation') {
      const e = p.namedChildren.find((c) => c?.type === 'expression');
      const v = e ? evalExpr(e, path, ctx) : UNKNOWN;
      if (typeof v === 'string' && !v.includes('##')) out += v;
      else if (typeof v === 'number' || typeof v === 'boolean') out += String(v);
      else return UNKNOWN;
    } else return UNKNOWN;
  }
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** HCL string escapes (`\n`, `\"`, `\u00e9`, `\U0001F600`) and the `$${` / `%%{` literal forms. */
export function decodeEscapes(raw: string): string {
  return raw
    .replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs, (m, u4: string, u8: string, c: string) => {
      if (u4) return String.fromCharCode(parseInt(u4, 16));
      if (u8) {
        const cp = parseInt(u8, 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return ESCAPES[c] ?? m;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

/** A heredoc's text: the lines between the markers, with `<<-` indentation removed; unknown with templates. */
function heredoc(n: Node): unknown {
  if (n.namedChildren.some((c) => c?.type === 'template_interpolation' || c?.type === 'template_directive')) return UNKNOWN;
  const ids = n.namedChildren.filter((c): c is Node => c?.type === 'heredoc_identifier');
  const start = n.namedChildren.find((c) => c?.type === 'heredoc_start');
  if (ids.length < 2 || !start) return UNKNOWN;
  const full = n.tree.rootNode.text;
  const open = full.indexOf('\n', ids[0].endIndex);
  const close = full.lastIndexOf('\n', ids[ids.length - 1].startIndex - 1);
  if (open === -1 || close < open) return UNKNOWN;
  let body = full.slice(open + 1, close + 1).replace(/\r\n/g, '\n');
  if (start.text.endsWith('-')) {
    const lines = body.split('\n');
    const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    body = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length))).join('\n');
  }
  return body.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}
