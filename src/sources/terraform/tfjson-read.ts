import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Parser } from 'web-tree-sitter';
import type { Path, Span } from '../../rule-api/types';
import type { Directive, ParseProblem, SourceDocument } from '../document';
import { loadJsonFull } from '../json/json-source';
import { OffsetMap } from '../offset-map';
import type { Plain } from '../plain-object';
import { MAX_DEPTH, Recorder, TooDeepError, UNKNOWN, type Scope } from './hcl-eval';
import { BLOCKS, COMPUTED, isReadType, redirects, type TfResource } from './mapping';
import { isAlias, type BaseBlock, type ForbiddenBlock } from './override-bases';
import { evalJsonExpr, nodeSpan, plainValue, properties, type JsonCtx } from './tfjson-eval';
import { define, KNOWN_AFTER_APPLY } from './values';

/**
 * A `.tf.json` file (Terraform's JSON configuration syntax): its variables, locals and resources, read into
 * the same shapes as a `.tf` file's so that one module folder can mix both. The layout is Terraform's:
 * `{"resource": {"auth0_client": {"portal": {...}}}}`, where each level may also be an array of such objects,
 * a nested block is an object or an array of objects (`"default_organization": {...}`), and a property named
 * `"//"` in the root or a block is a comment. Which keys are blocks comes from the provider's schema: the
 * mapping's one-block attributes, the repeated blocks of the organization resources, and the add-ons inside
 * `addons`; any other object is an attribute's value.
 */

interface Text {
  file: string;
  text: string;
  bom: boolean;
}

export interface JsonVariable {
  name: string;
  /** the `default`, taken literally (strings in it are not templates), or UNKNOWN without one */
  value: unknown;
  span?: Span;
  /** its name (the label) */
  nameSpan: Span;
  sensitive: boolean;
}

export interface JsonResourceBlock {
  type: string;
  name: string;
  body: JsonNode;
  nameKey: JsonNode;
  jsonPath: Path;
  instanced: boolean;
}

export interface TfJsonFile {
  f: Text;
  problems: ParseProblem[];
  /** `"//": "orglint-disable-file …"` at the root: the one directive JSON can hold */
  directives: Directive[];
  /** the file as plain JSON (what a fix is proven against) */
  value: unknown;
  variables: JsonVariable[];
  locals: { name: string; node: JsonNode; nameSpan: Span; jsonPath: Path }[];
  resources: JsonResourceBlock[];
  /** its data, module, output and aliased provider blocks (an override file's must have a base: override-bases.ts) */
  bases: BaseBlock[];
  /** its `moved` and `import` blocks (never in an override file) */
  banned: ForbiddenBlock[];
}

/** blocks that repeat (`enabled_connections { ... }` once per connection) besides the one-block attributes */
const REPEATED: Record<string, readonly string[]> = {
  auth0_organization_connections: ['enabled_connections'],
  auth0_organization_discovery_domains: ['discovery_domains'],
  auth0_connection: ['options'],
};
/** blocks whose every key is a block (the add-ons in `addons`) */
const ALL_BLOCKS = new Set(['addons']);
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** What the fixer of a `.tf.json` document needs: where each evaluated value is in the JSON, which are literals. */
export interface TfJsonInfo {
  value: unknown;
  jsonPaths: Map<string, Path>;
  literals: Set<string>;
}
const infos = new WeakMap<SourceDocument, TfJsonInfo>();

/** The fixer's facts of a `.tf.json` document; undefined for every other document. */
export function tfJsonInfo(doc: SourceDocument): TfJsonInfo | undefined {
  return infos.get(doc);
}

/** the deepest nesting of the JSON tree, counted without recursion (a hostile file may nest 100,000 deep) */
function tooDeep(root: JsonNode): JsonNode | undefined {
  const stack: [JsonNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > MAX_DEPTH * 2) return n;
    for (const c of n.children ?? []) stack.push([c, d + 1]);
  }
  return undefined;
}

/** Blocks of one type under the root: `labels` levels of names, each an object or an array of objects. */
function labelled(n: JsonNode, labels: number, jsonPath: Path, prefix: JsonNode[], out: { labels: JsonNode[]; body: JsonNode; jsonPath: Path }[]): void {
  if (n.type === 'array') {
    (n.children ?? []).forEach((item, i) => labelled(item, labels, [...jsonPath, i], prefix, out));
    return;
  }
  if (n.type !== 'object') return;
  if (labels === 0) {
    out.push({ labels: prefix, body: n, jsonPath });
    return;
  }
  for (const p of properties(n, true)) labelled(p.value, labels - 1, [...jsonPath, p.key], [...prefix, p.keyNode], out);
}

/**
 * The file as strict JSON, with duplicate keys errors, as Terraform reads it: no `##KEY##` / `@@KEY@@` keyword
 * placeholders quoted first (deploy-cli's keywords are not Terraform's), so `@@X@@` there is a syntax error.
 */
export function strictJson(f: Text): SourceDocument {
  tfJsonStats.strictParses++;
  return loadJsonFull(f.file, f.text, f.bom, undefined, { parseText: f.text, offsets: new OffsetMap(), placeholders: [] });
}

/** Work counted, not timed (test/perf): strict parses of `.tf.json` text, the read's and the fix proofs'. */
export const tfJsonStats = { strictParses: 0 };

/** Parse a `.tf.json` file and list what it declares. */
export function readTfJson(f: Text): TfJsonFile {
  const out: TfJsonFile = { f, problems: [], directives: [], value: null, variables: [], locals: [], resources: [], bases: [], banned: [] };
  const plain = strictJson(f);
  if (plain.problems.length) {
    out.problems = plain.problems;
    return out;
  }
  const root = parseTree(f.text, [], { disallowComments: true });
  if (!root) return out;
  const deep = tooDeep(root);
  if (deep) {
    out.problems.push({ message: 'invalid JSON: nesting is too deep to read', span: { start: deep.offset, end: deep.offset + 1 } });
    return out;
  }
  if (root.type !== 'object') {
    out.problems.push({ message: 'invalid Terraform JSON: the file must hold one object (of resource, variable, locals, ... blocks)', span: { start: root.offset, end: root.offset + 1 } });
    return out;
  }
  out.value = plain.value;
  out.directives = rootDirectives(root, f.text);
  for (const top of properties(root, true)) {
    const at: Path = [top.key];
    if (top.key === 'variable') {
      const found: { labels: JsonNode[]; body: JsonNode; jsonPath: Path }[] = [];
      labelled(top.value, 1, at, [], found);
      for (const b of found) {
        const attrs = properties(b.body, true);
        const def = attrs.find((a) => a.key === 'default');
        const sensitive = attrs.some((a) => a.key === 'sensitive' && a.value.value === true);
        out.variables.push({ name: String(b.labels[0].value), value: def ? plainValue(def.value) : UNKNOWN, span: def ? nodeSpan(def.value) : undefined, nameSpan: nodeSpan(b.labels[0]), sensitive });
      }
    } else if (top.key === 'locals') {
      const found: { labels: JsonNode[]; body: JsonNode; jsonPath: Path }[] = [];
      labelled(top.value, 0, at, [], found);
      for (const b of found) for (const p of properties(b.body, true)) out.locals.push({ name: p.key, node: p.value, nameSpan: nodeSpan(p.keyNode), jsonPath: [...b.jsonPath, p.key] });
    } else if (top.key === 'resource') {
      const found: { labels: JsonNode[]; body: JsonNode; jsonPath: Path }[] = [];
      labelled(top.value, 2, at, [], found);
      for (const b of found) {
        const instanced = properties(b.body, true).some((a) => a.key === 'count' || a.key === 'for_each');
        out.resources.push({ type: String(b.labels[0].value), name: String(b.labels[1].value), body: b.body, nameKey: b.labels[1], jsonPath: b.jsonPath, instanced });
      }
    } else if (top.key === 'data' || top.key === 'module' || top.key === 'output' || top.key === 'provider') {
      const found: { labels: JsonNode[]; body: JsonNode; jsonPath: Path }[] = [];
      labelled(top.value, top.key === 'data' ? 2 : 1, at, [], found);
      for (const b of found) out.bases.push(...jsonBase(top.key, b.labels, b.body));
    } else if (top.key === 'check') {
      // a check block's data resource is one of the module's (Terraform's appendFile adds it to DataResources)
      const checks: { labels: JsonNode[]; body: JsonNode; jsonPath: Path }[] = [];
      labelled(top.value, 1, at, [], checks);
      for (const c of checks) {
        for (const p of properties(c.body, true)) {
          if (p.key !== 'data') continue;
          const found: { labels: JsonNode[]; body: JsonNode; jsonPath: Path }[] = [];
          labelled(p.value, 2, [...c.jsonPath, 'data'], [], found);
          for (const b of found) for (const d of jsonBase('data', b.labels, b.body)) out.bases.push({ ...d, inCheck: true });
        }
      }
    } else if (top.key === 'moved' || top.key === 'import') out.banned.push({ kind: top.key, span: nodeSpan(top.keyNode) });
  }
  return out;
}

/** A data, module, output or provider block of a `.tf.json` file as a base an override may need (none: a provider without alias). */
function jsonBase(key: 'data' | 'module' | 'output' | 'provider', labels: JsonNode[], body: JsonNode): BaseBlock[] {
  const last = labels[labels.length - 1];
  const name = labels.map((l) => String(l.value)).join('.');
  if (key === 'data') return [{ kind: 'data resource', name, span: nodeSpan(last) }];
  if (key !== 'provider') return [{ kind: key === 'module' ? 'module call' : 'output', name, span: nodeSpan(last) }];
  const alias = properties(body, true).find((p) => p.key === 'alias');
  if (!alias) return [];
  const value: unknown = alias.value.value;
  return [{ kind: 'aliased provider configuration', name: isAlias(value) ? `${name}.${value}` : undefined, provider: name, span: nodeSpan(last) }];
}

const FILE_DIRECTIVE = /^\s*orglint-disable-file\b(.*)$/s;

/**
 * The file directives of a `.tf.json` file. JSON has no comments, only `"//"` comment properties: as tflint reads
 * `"//": "tflint-ignore-file: rule"`, a root `"//"` string (or each string of a root `"//"` array) that starts with
 * `orglint-disable-file` is that directive (`-- reason` as in comments). Nothing else in a `"//"` is a directive:
 * a line has no comment to hold `orglint-disable-next-line`.
 */
function rootDirectives(root: JsonNode, text: string): Directive[] {
  const out: Directive[] = [];
  for (const p of properties(root, false)) {
    if (p.key !== '//') continue;
    const strings = p.value.type === 'string' ? [p.value] : p.value.type === 'array' ? (p.value.children ?? []).filter((c) => c.type === 'string') : [];
    for (const n of strings) {
      const m = FILE_DIRECTIVE.exec(String(n.value));
      if (!m) continue;
      const [idsPart, ...reason] = m[1].split(/\s--\s?|^--\s?/);
      out.push({
        kind: 'disable-file',
        ruleIds: idsPart.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean),
        reason: reason.length ? reason.join(' -- ').trim() : undefined,
        line: text.slice(0, n.offset).split('\n').length,
        span: nodeSpan(n),
      });
    }
  }
  return out;
}

/** A block body: attributes by name, nested blocks (objects or arrays of objects) as lists of objects. */
function readBody(body: JsonNode, type: string, path: Path, jsonPath: Path, ctx: JsonCtx, level: 'resource' | 'block' | 'all-blocks', depth: number): Plain {
  if (depth > MAX_DEPTH) throw new TooDeepError(nodeSpan(body));
  const out: Plain = {};
  const blockKeys = level === 'resource' ? [...(BLOCKS[type] ?? []), ...(REPEATED[type] ?? [])] : [];
  for (const p of properties(body, true)) {
    const k = p.key;
    if ((level === 'resource' && META_ARGUMENTS.has(k)) || Object.prototype.hasOwnProperty.call(out, k)) continue;
    const at = [...path, k];
    const key = JSON.stringify(at);
    if (k === 'dynamic') {
      for (const d of properties(p.value, true)) {
        if (Object.prototype.hasOwnProperty.call(out, d.key)) continue;
        define(out, d.key, UNKNOWN);
        ctx.rec.span([...path, d.key], nodeSpan(d.value), nodeSpan(d.keyNode));
      }
      continue;
    }
    ctx.rec.span(at, nodeSpan(p.value), nodeSpan(p.keyNode));
    ctx.jsonPaths.set(key, [...jsonPath, k]);
    if (level === 'all-blocks' || blockKeys.includes(k)) {
      const items = p.value.type === 'object' ? [{ n: p.value, jp: [...jsonPath, k] }] : p.value.type === 'array' ? (p.value.children ?? []).map((n, i) => ({ n, jp: [...jsonPath, k, i] })) : [];
      if (p.value.type !== 'object' && (p.value.type !== 'array' || items.some((x) => x.n.type !== 'object'))) {
        // a block written as something else (a template, a list of strings): Terraform's schema decides, not orglint
        define(out, k, UNKNOWN);
        continue;
      }
      const list = items.map((item, i) => {
        const itemAt = [...at, i];
        ctx.rec.span(itemAt, nodeSpan(item.n), nodeSpan(p.keyNode));
        ctx.jsonPaths.set(JSON.stringify(itemAt), item.jp);
        return readBody(item.n, type, itemAt, item.jp, ctx, level === 'resource' && ALL_BLOCKS.has(k) ? 'all-blocks' : 'block', depth + 1);
      });
      define(out, k, list);
      continue;
    }
    define(out, k, evalJsonExpr(p.value, at, [...jsonPath, k], ctx, depth + 1));
  }
  return out;
}

/**
 * The resources of a `.tf.json` file, in the provider's shape, as `.tf` blocks give them: `current` says which
 * block of a type and name the module keeps (the first one, as for `.tf` files). An override block (`overriding`)
 * is read the same way, into the document, and handed to `onOverride` (the module merges it into its resource).
 */
export function tfJsonResources(
  j: TfJsonFile,
  doc: SourceDocument,
  root: Plain,
  rec: Recorder,
  scope: Scope,
  parser: Parser,
  current: (r: JsonResourceBlock) => boolean,
  onOverride: (r: JsonResourceBlock, values: Plain) => void,
  overriding: (r: JsonResourceBlock) => boolean,
): TfResource[] {
  const ctx: JsonCtx = { scope, rec, parser, jsonPaths: new Map(), literals: new Set() };
  infos.set(doc, { value: j.value, jsonPaths: ctx.jsonPaths, literals: ctx.literals });
  // a value read from a `${...}` template is never rewritten (tfjson-fixer): its findings say so, and offer no fix
  doc.fixLeft = (p, op) => {
    if (op !== 'set') return undefined;
    const key = JSON.stringify(redirects(doc).resolve(p));
    return ctx.jsonPaths.has(key) && !ctx.literals.has(key) ? 'the value is a ${...} template, change it in the file' : undefined;
  };
  const out: TfResource[] = [];
  for (const r of j.resources) {
    const over = isReadType(r.type) && overriding(r);
    if (!isReadType(r.type) || (!over && !current(r))) continue;
    const at = ['resource', r.type, r.name];
    const values = readBody(r.body, r.type, at, r.jsonPath, ctx, 'resource', 0);
    if (!over) for (const key of COMPUTED[r.type] ?? []) if (!(key in values)) define(values, key, KNOWN_AFTER_APPLY);
    const byType = (root.resource ??= {}) as Plain;
    const ofType = (Object.prototype.hasOwnProperty.call(byType, r.type) ? byType[r.type] : (byType[r.type] = {})) as Plain;
    define(ofType, r.name, values);
    rec.span(at, nodeSpan(r.nameKey), nodeSpan(r.nameKey));
    ctx.jsonPaths.set(JSON.stringify(at), r.jsonPath);
    if (over) {
      onOverride(r, values);
      continue;
    }
    out.push({
      type: r.type,
      address: `${r.type}.${r.name}`,
      configKey: `|${r.type}.${r.name}`,
      values,
      doc,
      at,
      meta: r.instanced ? { instances: 'unknown' } : {},
      ref(p, targetType) {
        const found = [...(rec.refs.get(JSON.stringify([...at, ...p])) ?? [])].filter((k) => k.startsWith(`|${targetType}.`));
        return found.length === 1 ? found[0] : undefined;
      },
    });
  }
  return out;
}

/** The attribute and block names a resource body sets (`"dynamic": {"x": ...}` sets `x`). */
export function jsonBodyKeys(body: JsonNode): string[] {
  return properties(body, true).flatMap((p) => (p.key === 'dynamic' ? properties(p.value, true).map((d) => d.key) : [p.key]));
}

/** A local of a `.tf.json` file: its value in the module's scope. */
export function tfJsonLocal(node: JsonNode, jsonPath: Path, scope: Scope, rec: Recorder, parser: Parser): unknown {
  return evalJsonExpr(node, ['local'], jsonPath, { scope, rec, parser, jsonPaths: new Map(), literals: new Set() }, 0);
}
