import { readdirSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { Node, Parser, Tree } from 'web-tree-sitter';
import type { Resource } from '../../rule-api/resource';
import type { Path, Span } from '../../rule-api/types';
import type { Directive, ParseProblem, SourceDocument } from '../document';
import { spanToPosition } from '../../engine/positions';
import { OffsetMap } from '../offset-map';
import { isPlain, type Plain } from '../plain-object';
import { readTextFile } from '../read-file';
import { hclDirectives } from './hcl-directives';
import { linkFixLeft, linkTarget, MODULE_FILE, readModuleLink, readNamedFile } from './module-links';
import { fixedVarsNames, isModuleConfigName, isModuleFileName, notReadByTerraform } from './module-file-names';
import { evalBody, evalExpr, labelText, Recorder, spanOf, TooDeepError, UNKNOWN, type Evaluated, type Scope, type ValueOrigin } from './hcl-eval';
import { hclParser, syntaxProblems } from './hcl-parser';
import { isOverride } from './override-file';
import { COMPUTED, holdsClientGrants, isReadType, mapTerraform, redirects, type TfResource } from './mapping';
import { isAlias, noBase, OverrideBases, type BaseBlock, type ForbiddenBlock } from './override-bases';
import { ModuleOverrides, type OverrideBlock } from './overrides';
import { originIn, trackReads } from './read-origins';
import { jsonBodyKeys, readTfJson, strictJson, tfJsonLocal, tfJsonResources, type JsonResourceBlock } from './tfjson-read';
import { define, KNOWN_AFTER_APPLY } from './values';

/**
 * A Terraform module folder: its `.tf` files read together, as Terraform does, with variables from `default`s,
 * `terraform.tfvars`, `*.auto.tfvars` (and their `.json` forms) and `--var-file` files, in Terraform's order
 * of precedence. One folder is one tenant for cross-resource rules.
 */

export interface ModuleOptions {
  overlay?: ReadonlyMap<string, { text: string; bom: boolean }>;
  /** `--var-file` files, absolute, applied after the folder's own in the order given */
  varFiles?: readonly string[];
  maxFileSize?: number;
}

/** A `.tf` document: a SourceDocument whose values may come from variables defined elsewhere. */
export interface HclDocument extends SourceDocument {
  /** the variable a value at `path` came from, if it did */
  valueOrigin(path: Path): ValueOrigin | undefined;
}

export interface LoadedModule {
  docs: Map<string, HclDocument>;
  /** the variables files read (`.tfvars`, `.tfvars.json`, `--var-file`) that do not parse, with their problems */
  brokenVarFiles: SourceDocument[];
  /** the module's files that could not be read at all (a binary or too large `variables.tf`) */
  unreadable: { file: string; rule: 'read-error' | 'file-too-large' | 'parse-error'; message: string }[];
  resources: Map<SourceDocument, Resource[]>;
  hasClientGrants: boolean;
  /** the override files' documents that set values of the module's resources (findings point into them) */
  overrideDocs: SourceDocument[];
  /** the documents read through a symbolic link that hold Auth0 resources: linted (a walk does not name them), never written */
  linkedDocs: SourceDocument[];
  /** does the module hold an Auth0 resource (or an override of one)? */
  holdsAuth0: boolean;
  /** the files of the folder named like Terraform configuration that Terraform does not read (`.old.tf`, `copy.TF`), and why */
  notRead: { file: string; why: string }[];
}

/**
 * Override files (`override.tf`, `*_override.tf`, and their `.tf.json` forms) are merged in by Terraform after
 * every other file: a variable's `default` and a local are replaced, and each attribute or nested block an
 * override sets in a resource replaces the resource's own (overrides.ts merges them, and points findings on
 * those values at the override file).
 */
const META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** The attribute and block names a body sets (a `dynamic "x"` block sets `x`). */
function bodyKeys(body: Node | null): string[] {
  const out: string[] = [];
  for (const c of body?.namedChildren ?? []) {
    const k = c?.namedChildren[0];
    if (c?.type === 'attribute' && k) out.push(k.text);
    else if (c?.type === 'block' && k) {
      const label = k.text === 'dynamic' && c.namedChildren[1] ? labelText(c.namedChildren[1]) : k.text;
      if (label !== undefined) out.push(label);
    }
  }
  return out;
}

/** the text of a variables file that could not be read */
const UNREADABLE = '\u0000unreadable';

interface FileText {
  file: string;
  /** what the module reads it as: a configuration file in native (`.tf`) or JSON (`.tf.json`) syntax, or a variables file (always set by readFolder) */
  role?: 'tf' | 'tf.json' | 'vars';
  text: string;
  bom: boolean;
  /** why the file could not be read (its text is then not the file's) */
  unreadable?: { rule: 'read-error' | 'file-too-large' | 'parse-error'; message: string };
  /** the real path of the file when it is a symbolic link (read through it, never written) */
  link?: string;
}

/** the module each `.tf` document belongs to */
export const moduleOf = new WeakMap<SourceDocument, LoadedModule>();

const cache = new Map<string, { signature: string; module: Promise<LoadedModule> }>();

/** The module of the folder holding `file` (read once per set of texts). */
export async function loadModule(folder: string, opts: ModuleOptions): Promise<LoadedModule> {
  const { texts, notRead } = await readFolder(folder, opts);
  const signature = JSON.stringify([texts.map((t) => [t.file, t.role, t.text, t.unreadable?.message, t.link]), notRead]);
  const hit = cache.get(folder);
  if (hit?.signature === signature) return hit.module;
  const readable = texts.filter((t) => !t.unreadable || t.role === 'vars');
  const unreadable = texts.flatMap((t) => (t.unreadable ? [{ file: t.file, ...t.unreadable, link: !!t.link, config: t.role !== 'vars' }] : []));
  const module = hclParser().then((parser) => {
    const m = buildModule(parser, readable.filter((t) => t.role === 'tf'), readable, readable.filter((t) => t.role === 'tf.json'), unreadable.some((u) => u.config));
    // a link not read is reported in a module with Auth0 resources (a linked versions.tf of any other module is not orglint's)
    m.unreadable = unreadable.filter((u) => m.holdsAuth0 || !u.link).map(({ link: _, config: __, ...u }) => u);
    m.notRead = notRead;
    return m;
  });
  cache.set(folder, { signature, module });
  return module;
}

async function readFolder(folder: string, opts: ModuleOptions): Promise<{ texts: FileText[]; notRead: { file: string; why: string }[] }> {
  let names: string[] = [];
  /** the module's files that are symbolic links: part of the module, as Terraform reads them (module-links.ts) */
  const links = new Set<string>();
  try {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      if (e.isFile()) names.push(e.name);
      else if (e.isSymbolicLink() && MODULE_FILE.test(e.name)) {
        names.push(e.name);
        links.add(e.name);
      }
      // a FIFO, socket or device by a module file's name (`variables.tf`): Terraform reads it as one and fails, so
      // it is part of the module all the same, and its read (non-blocking, refused by fstat) is a read-error finding:
      // what it sets is unknown, never a module that passes without it
      else if (!e.isDirectory() && isModuleFileName(e.name)) names.push(e.name);
    }
  } catch {
    names = [];
  }
  // a file known only by its text (`--stdin --stdin-filename main.tf`, not on disk), or named through a symbolic
  // link the folder does not list as a file, is part of its folder too
  for (const f of opts.overlay?.keys() ?? []) if (path.dirname(f) === folder && !names.includes(path.basename(f))) names.push(path.basename(f));
  names.sort();
  // the files Terraform reads as the module's configuration, by its rules (module-file-names.ts)
  const tf = names.filter(isModuleConfigName);
  const notRead = names.flatMap((n) => {
    const why = notReadByTerraform(n);
    return why ? [{ file: path.join(folder, n), why }] : [];
  });
  // Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name, then -var-file
  const vars = [
    ...fixedVarsNames(folder, names),
    ...names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)),
  ].map((n) => path.join(folder, n));
  const out: FileText[] = [];
  const files = [
    ...tf.map((n) => ({ file: path.join(folder, n), role: n.endsWith('.tf') ? ('tf' as const) : ('tf.json' as const) })),
    ...[...vars, ...(opts.varFiles ?? [])].map((file) => ({ file, role: 'vars' as const })),
  ];
  const varFiles = new Set(opts.varFiles ?? []);
  for (const { file, role } of files) {
    const shadow = opts.overlay?.get(file);
    const linked = path.dirname(file) === folder && links.has(path.basename(file));
    if (shadow) {
      // (a link named on the command line: read by the loader, never written)
      out.push({ file, role, ...shadow, link: linked ? linkTarget(file) ?? file : undefined });
      continue;
    }
    // (a --var-file is named on the command line: through a link, bounded as every named file is, named-links.ts)
    const read = linked ? readModuleLink(file, opts.maxFileSize) : varFiles.has(file) ? readNamedFile(file, opts.maxFileSize) : await readTextFile(file, opts.maxFileSize);
    if (read.ok) out.push({ file, role, text: read.text, bom: read.bom, link: (read as { target?: string }).target });
    // a variables file that cannot be read leaves every variable unknown (never the defaults it may override)
    else out.push({ file, role, text: UNREADABLE, bom: false, unreadable: { rule: read.rule, message: read.message }, link: linked ? file : undefined });
  }
  return { texts: out, notRead };
}

interface Variable {
  value: unknown;
  origin?: ValueOrigin;
  sensitive: boolean;
  declared: boolean;
}

interface ResourceBlock {
  file: FileText;
  /** the block's identity: its node's id in a `.tf` file, its body's JSON node in a `.tf.json` one */
  id: unknown;
  type: string;
  name: string;
  instanced: boolean;
  /** the span of its name label, in `file` */
  span: Span;
}

/**
 * Terraform refuses a module that declares one resource, variable or local value twice, in one file or two of any
 * syntax ("Duplicate resource configuration", "Duplicate variable declaration", "Duplicate local value
 * definition"): the second is a syntax error at its name, naming the first (which the module keeps).
 */
function declaredAgain(kind: 'resource' | 'variable' | 'local value', name: string, first: { file: FileText; span: Span }, at: FileText): string {
  const pos = spanToPosition(first.file, first.span);
  const where = `${first.file.file === at.file ? '' : `${path.basename(first.file.file)}:`}${pos.line}:${pos.column}`;
  return `invalid Terraform: the ${kind} "${name}" is declared again here (first at ${where}); Terraform refuses a module that declares a ${kind} twice`;
}

function origin(name: string, f: FileText, span: Span): ValueOrigin {
  // (by the engine's line table, kept on the FileText, whose text never changes: no slice of the whole text per origin)
  return { name, file: f.file, span, position: spanToPosition(f, span) };
}

/** top-level blocks of a file: `resource "t" "n" {}` → ['resource', 't', 'n'] with the node */
function topBlocks(tree: Tree): { kind: string; labels: (string | undefined)[]; node: Node; body: Node | null }[] {
  return blocksOf(tree.rootNode.namedChildren.find((c) => c?.type === 'body') ?? null);
}

/** the blocks of a body (a file's, or a block's: the `data` block of a `check`) */
function blocksOf(body: Node | null): { kind: string; labels: (string | undefined)[]; node: Node; body: Node | null }[] {
  if (!body) return [];
  const out = [];
  for (const b of body.namedChildren) {
    if (b?.type !== 'block') continue;
    const kids = b.namedChildren.filter((c): c is Node => !!c);
    const labels = kids.slice(1).filter((c) => c.type === 'string_lit' || c.type === 'identifier').map(labelText);
    out.push({ kind: kids[0]?.text ?? '', labels, node: b, body: kids.find((c) => c.type === 'body') ?? null });
  }
  return out;
}

/** Top-level attributes of a body: `name = expr`. */
function attributes(body: Node | null): { name: string; id: Node; expr: Node }[] {
  const out = [];
  for (const a of body?.namedChildren ?? []) {
    if (a?.type !== 'attribute') continue;
    const id = a.namedChildren[0];
    const expr = a.namedChildren.find((c) => c?.type === 'expression');
    if (id && expr) out.push({ name: id.text, id, expr });
  }
  return out;
}

const LITERAL_SCOPE: Scope = { variable: () => undefined, local: () => undefined, resource: () => undefined };

/** A variable's value as written in a default or a .tfvars file (unknown when not a literal, or too deep). */
function literal(expr: Node): unknown {
  try {
    return evalExpr(expr, [], { scope: LITERAL_SCOPE, rec: new Recorder(), attr: [] });
  } catch (err) {
    if (err instanceof TooDeepError) return UNKNOWN;
    throw err;
  }
}

/** The data, module, output and provider blocks of a `.tf` file, and its `moved` and `import` blocks. */
function hclBases(blocks: ReturnType<typeof topBlocks>): { bases: BaseBlock[]; banned: ForbiddenBlock[] } {
  const bases: BaseBlock[] = [];
  const banned: ForbiddenBlock[] = [];
  for (const b of blocks) {
    const [first, second] = b.labels;
    const label = (i: number) => spanOf(b.node.namedChildren[i] ?? b.node);
    if (b.kind === 'data' && first && second && b.labels.length === 2) bases.push({ kind: 'data resource', name: `${first}.${second}`, span: label(2) });
    else if (b.kind === 'check' && b.labels.length === 1) {
      // a check block's data resource is one of the module's (Terraform's appendFile adds it to DataResources)
      for (const d of blocksOf(b.body)) {
        const [type, name] = d.labels;
        if (d.kind === 'data' && type && name && d.labels.length === 2) bases.push({ kind: 'data resource', name: `${type}.${name}`, span: spanOf(d.node.namedChildren[2] ?? d.node), inCheck: true });
      }
    }
    else if ((b.kind === 'module' || b.kind === 'output') && first && b.labels.length === 1) bases.push({ kind: b.kind === 'module' ? 'module call' : 'output', name: first, span: label(1) });
    else if (b.kind === 'provider' && first && b.labels.length === 1) {
      const alias = attributes(b.body).find((a) => a.name === 'alias');
      if (!alias) continue;
      const value = literal(alias.expr);
      bases.push({ kind: 'aliased provider configuration', name: isAlias(value) ? `${first}.${value}` : undefined, provider: first, span: label(1) });
    } else if ((b.kind === 'moved' || b.kind === 'import') && b.labels.length === 0) banned.push({ kind: b.kind, span: spanOf(b.node.namedChildren[0] ?? b.node) });
  }
  return { bases, banned };
}

function buildModule(parser: Parser, tfFiles: FileText[], all: FileText[], jsonFiles: FileText[], configUnreadable: boolean): LoadedModule {
  const trees: Tree[] = [];
  try {
    const parsed = tfFiles.map((f) => {
      const tree = parser.parse(f.text)!;
      trees.push(tree);
      return { f, tree, problems: syntaxProblems(tree), directives: hclDirectives(f.text, tree), blocks: topBlocks(tree) };
    });
    const variables = new Map<string, Variable>();
    const locals = new Map<string, { file: FileText; span: Span; evaluate: (scope: Scope, rec: Recorder) => unknown; value?: Evaluated; busy?: boolean }>();
    const resources = new Map<string, ResourceBlock>();
    /** the override blocks of resources (Terraform merges them in after every other file), by `file|block id` */
    const overrides = new Map<string, OverrideBlock>();
    /** a primary file that is not read may declare what an override names: no "missing resource" then */
    let primaryBroken = configUnreadable;
    const override = (f: FileText, id: unknown, offset: number, type: string, name: string, names: string[], instanced: boolean, span: Span, problems: ParseProblem[]) => {
      const r = resources.get(`${type}.${name}`);
      if (!r) {
        if (!primaryBroken) problems.push({ message: noBase('resource', `${type}.${name}`), span });
        return;
      }
      overrides.set(`${f.file}|${String(id)}`, { file: f.file, offset, address: `${type}.${name}`, keys: names.filter((n) => !META.has(n)) });
      if (instanced) r.instanced = true;
    };
    /** an override of a variable or local value no other file declares is reported (true then), unless one is broken */
    const undeclared = (kind: 'variable' | 'local value', name: string, span: Span, problems: ParseProblem[]): boolean => {
      if (primaryBroken || (kind === 'variable' ? variables.has(name) : locals.has(name))) return false;
      problems.push({ message: noBase(kind, name), span });
      return true;
    };
    /** the data, module, output and aliased provider blocks of the primary files (override-bases.ts) */
    const bases = new OverrideBases();
    /** variables and locals declared outside override files: a second declaration is reported, the first kept */
    const declared = new Map<string, { file: FileText; span: Span }>();
    const once = (kind: 'variable' | 'local value', name: string, file: FileText, span: Span, problems: ParseProblem[]): boolean => {
      const first = declared.get(`${kind}|${name}`);
      if (first) problems.push({ message: declaredAgain(kind, name, first, file), span });
      else declared.set(`${kind}|${name}`, { file, span });
      return !!first;
    };
    // `.tf.json` files declare into the same module (tfjson-read.ts reads them)
    const jsonParsed = jsonFiles.map(readTfJson);
    // every file but the override files first, then those, whatever their syntax
    for (const pass of [false, true]) {
      if (pass) primaryBroken ||= parsed.some((p) => p.problems.length && !isOverride(p.f.file)) || jsonParsed.some((j) => j.problems.length && !isOverride(j.f.file));
      const hcl = ({ f, problems, blocks }: (typeof parsed)[number]) => {
        // a broken file's values are not trusted: its variables, locals and resources are unknown
        if (problems.length || isOverride(f.file) !== pass) return;
        const own = hclBases(blocks);
        if (!pass) for (const b of own.bases) bases.declare(b);
        else if (!primaryBroken) bases.check(own.bases, own.banned, problems);
        for (const b of blocks) {
          if (b.kind === 'variable' && b.labels[0] !== undefined) {
            const nameSpan = spanOf(b.node.namedChildren[1] ?? b.node);
            if (pass ? undeclared('variable', b.labels[0], nameSpan, problems) : once('variable', b.labels[0], f, nameSpan, problems)) continue;
            const attrs = attributes(b.body);
            const def = attrs.find((a) => a.name === 'default');
            const sensitive = attrs.some((a) => a.name === 'sensitive' && a.expr.text.trim() === 'true');
            const v: Variable = pass ? variables.get(b.labels[0]) ?? { value: UNKNOWN, sensitive, declared: true } : { value: UNKNOWN, sensitive, declared: true };
            v.sensitive ||= sensitive;
            if (def) {
              v.value = literal(def.expr);
              v.origin = origin(`var.${b.labels[0]}`, f, spanOf(def.expr));
            }
            variables.set(b.labels[0], v);
          } else if (b.kind === 'resource' && pass && b.labels[0] && b.labels[1]) {
            const instanced = attributes(b.body).some((a) => a.name === 'count' || a.name === 'for_each');
            override(f, b.node.id, b.node.startIndex, b.labels[0], b.labels[1], bodyKeys(b.body), instanced, spanOf(b.node.namedChildren[2] ?? b.node), problems);
          } else if (b.kind === 'locals') {
            for (const a of attributes(b.body)) {
              if (pass ? undeclared('local value', a.name, spanOf(a.id), problems) : once('local value', a.name, f, spanOf(a.id), problems)) continue;
              locals.set(a.name, { file: f, span: spanOf(a.expr), evaluate: (scope, rec) => evalExpr(a.expr, ['local'], { scope, rec, attr: [] }) });
            }
          } else if (b.kind === 'resource' && !pass && b.labels.length === 2 && b.labels[0] && b.labels[1]) {
            const instanced = attributes(b.body).some((a) => a.name === 'count' || a.name === 'for_each');
            const span = spanOf(b.node.namedChildren[2] ?? b.node);
            const first = resources.get(`${b.labels[0]}.${b.labels[1]}`);
            if (first) problems.push({ message: declaredAgain('resource', `${first.type}.${first.name}`, first, f), span });
            else resources.set(`${b.labels[0]}.${b.labels[1]}`, { file: f, id: b.node.id, type: b.labels[0], name: b.labels[1], instanced, span });
          }
        }
      };
      const json = (j: (typeof jsonParsed)[number]) => {
        if (j.problems.length || isOverride(j.f.file) !== pass) return;
        if (!pass) for (const b of j.bases) bases.declare(b);
        else if (!primaryBroken) bases.check(j.bases, j.banned, j.problems);
        for (const v of j.variables) {
          if (pass ? undeclared('variable', v.name, v.nameSpan, j.problems) : once('variable', v.name, j.f, v.nameSpan, j.problems)) continue;
          const old = pass ? variables.get(v.name) : undefined;
          if (old && !v.span) old.sensitive ||= v.sensitive;
          else variables.set(v.name, { value: v.value, sensitive: v.sensitive || !!old?.sensitive, declared: true, origin: v.span ? origin(`var.${v.name}`, j.f, v.span) : undefined });
        }
        for (const l of j.locals) {
          if (pass ? undeclared('local value', l.name, l.nameSpan, j.problems) : once('local value', l.name, j.f, l.nameSpan, j.problems)) continue;
          locals.set(l.name, { file: j.f, span: { start: l.node.offset, end: l.node.offset + l.node.length }, evaluate: (scope, rec) => tfJsonLocal(l.node, l.jsonPath, scope, rec, parser) });
        }
        if (pass) for (const r of j.resources) override(j.f, r.body.offset, r.body.offset, r.type, r.name, jsonBodyKeys(r.body), r.instanced, { start: r.nameKey.offset, end: r.nameKey.offset + r.nameKey.length }, j.problems);
        else
          for (const r of j.resources) {
            // (blocks written as an array under one name, `"a": [{...}, {...}]`, share the name: each is its `{`)
            const span = typeof r.jsonPath[r.jsonPath.length - 1] === 'number' ? { start: r.body.offset, end: r.body.offset + 1 } : { start: r.nameKey.offset, end: r.nameKey.offset + r.nameKey.length };
            const first = resources.get(`${r.type}.${r.name}`);
            if (first) j.problems.push({ message: declaredAgain('resource', `${first.type}.${first.name}`, first, j.f), span });
            else resources.set(`${r.type}.${r.name}`, { file: j.f, id: r.body, type: r.type, name: r.name, instanced: r.instanced, span });
          }
      };
      if (!pass) {
        for (const p of parsed) hcl(p);
        for (const j of jsonParsed) json(j);
        continue;
      }
      // override files apply in file-name order, whatever their syntax: a later one's variable or local wins
      const ordered: { file: string; apply: () => void }[] = [
        ...parsed.filter((p) => isOverride(p.f.file)).map((p) => ({ file: p.f.file, apply: () => hcl(p) })),
        ...jsonParsed.filter((j) => isOverride(j.f.file)).map((j) => ({ file: j.f.file, apply: () => json(j) })),
      ];
      ordered.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      for (const o of ordered) o.apply();
    }
    const brokenVarFiles: SourceDocument[] = [];
    for (const f of all) {
      if (f.role !== 'vars') continue;
      const problems = readVarFile(parser, f, variables, trees);
      if (problems.length) brokenVarFiles.push(makeDoc(f, {}, new Recorder(), problems, []));
    }
    const scope: Scope = {
      variable(name) {
        const v = variables.get(name);
        if (!v || !v.declared || v.sensitive || v.value === UNKNOWN) return undefined;
        return { value: v.value, origin: v.origin };
      },
      local(name) {
        const l = locals.get(name);
        if (!l || l.busy) return undefined;
        if (!l.value) {
          l.busy = true;
          const rec = new Recorder();
          let value: unknown = UNKNOWN;
          try {
            value = l.evaluate(scope, rec);
          } catch (err) {
            if (!(err instanceof TooDeepError)) throw err;
          }
          // a local is shared by every resource that names it: a value it gives is never rewritten in a resource
          l.value = { value, origin: rec.origins.get(JSON.stringify(['local'])) ?? origin(`local.${name}`, l.file, l.span) };
          l.busy = false;
        }
        return l.value.value === UNKNOWN ? undefined : l.value;
      },
      resource(type, name) {
        const r = resources.get(`${type}.${name}`);
        return r && !r.instanced ? `|${type}.${name}` : undefined;
      },
    };
    const docs = new Map<string, HclDocument>();
    const tfResources: TfResource[] = [];
    for (const { f, blocks, problems, directives } of parsed) {
      const rec = new Recorder();
      const root: Plain = {};
      const doc = makeDoc(f, root, rec, problems, directives);
      docs.set(f.file, doc);
      if (problems.length) continue;
      const before = tfResources.length;
      try {
        readResources(f, blocks, doc, root, rec);
      } catch (err) {
        // a file nested too deep to read is a broken one: reported, and nothing in it is read
        if (!(err instanceof TooDeepError)) throw err;
        problems.push({ message: err.message, span: err.at });
        tfResources.length = before;
        for (const o of overrides.values()) if (o.doc === doc) o.values = o.doc = o.rec = undefined;
        delete root.resource;
      }
    }
    function readResources(f: FileText, blocks: ReturnType<typeof topBlocks>, doc: HclDocument, root: Plain, rec: Recorder): void {
      for (const b of blocks) {
        const [type, name] = b.labels;
        if (b.kind !== 'resource' || !type || !name || !isReadType(type)) continue;
        const overriding = overrides.get(`${f.file}|${String(b.node.id)}`);
        if (!overriding && resources.get(`${type}.${name}`)?.id !== b.node.id) continue;
        const at = ['resource', type, name];
        // references are recorded by the attribute's whole path: one recorder serves every resource of the file
        const values = evalBody(b.body, at, scope, rec, at, true);
        if (!overriding) for (const key of COMPUTED[type] ?? []) if (!(key in values)) define(values, key, KNOWN_AFTER_APPLY);
        const byType = (isPlain(root.resource) ? root.resource : (root.resource = {})) as Plain;
        const ofType = (isPlain(byType[type]) ? byType[type] : (byType[type] = {})) as Plain;
        define(ofType, name, values);
        const label = b.node.namedChildren[2] ?? b.node;
        rec.span(at, spanOf(label), spanOf(label));
        if (overriding) {
          // what an override block sets is merged into the resource below (overrides.ts), and found in this file
          Object.assign(overriding, { values, doc, rec });
          continue;
        }
        const instanced = resources.get(`${type}.${name}`)!.instanced;
        tfResources.push({
          type,
          address: `${type}.${name}`,
          configKey: `|${type}.${name}`,
          values,
          doc,
          at,
          meta: instanced ? { instances: 'unknown' } : {},
          ref(p, targetType) {
            const found = [...(rec.refs.get(JSON.stringify([...at, ...p])) ?? [])].filter((k) => k.startsWith(`|${targetType}.`));
            return found.length === 1 ? found[0] : undefined;
          },
        });
      }
    }
    for (const j of jsonParsed) {
      const rec = new Recorder();
      const root: Plain = {};
      const doc = makeDoc(j.f, root, rec, j.problems, j.directives);
      docs.set(j.f.file, doc);
      if (j.problems.length) continue;
      try {
        const overriding = (r: JsonResourceBlock) => overrides.get(`${j.f.file}|${r.body.offset}`);
        const current = (r: JsonResourceBlock) => resources.get(`${r.type}.${r.name}`)?.id === r.body;
        tfResources.push(...tfJsonResources(j, doc, root, rec, scope, parser, current, (r, values) => Object.assign(overriding(r) ?? {}, { values, doc, rec }), (r) => !!overriding(r)));
      } catch (err) {
        if (!(err instanceof TooDeepError)) throw err;
        j.problems.push({ message: 'invalid JSON: nesting is too deep to read', span: err.at });
        for (const o of overrides.values()) if (o.doc === doc) o.values = o.doc = o.rec = undefined;
        delete root.resource;
      }
    }
    // the module's variables (as the .tfvars files set them) and the locals read: searched for secrets with each
    // file's own values, so a JSON Web Key in a variable whose one member a resource reads (`var.jwk.k`) is known
    // private, and masked (secretsOf)
    const secretValues: unknown[] = [];
    for (const v of variables.values()) if (v.value !== null && (typeof v.value === 'object' || typeof v.value === 'string')) secretValues.push(v.value);
    for (const l of locals.values()) if (l.value && l.value.value !== null && typeof l.value.value === 'object') secretValues.push(l.value.value);
    if (secretValues.length) for (const doc of docs.values()) doc.secretValues = secretValues;
    const merged = overrides.size ? new ModuleOverrides([...overrides.values()], tfResources) : undefined;
    const mapped = mapTerraform(tfResources);
    const overrideDocs = merged?.attach(mapped) ?? [];
    // a finding names the variables files that set the other values its rule read (read-origins.ts)
    for (const r of mapped) {
      const origin = r.doc.valueOrigin;
      if (origin && Object.keys(r.value).some((k) => (origin([...r.path, k])?.file ?? r.doc.file) !== r.doc.file)) trackReads(r, (k) => originIn(r.doc, [...r.path, k]));
    }
    const byDoc = new Map<SourceDocument, Resource[]>();
    for (const r of mapped) {
      const list = byDoc.get(r.doc);
      if (list) list.push(r);
      else byDoc.set(r.doc, [r]);
    }
    const linkedDocs: SourceDocument[] = [];
    for (const f of all) {
      const doc = f.link ? docs.get(f.file) : undefined;
      if (!doc || !f.link) continue;
      // orglint writes no file through a link: every fix in it is left to the user, with the reason
      const why = linkFixLeft(f.file, f.link);
      doc.fixLeft = () => why;
      if (byDoc.has(doc)) linkedDocs.push(doc);
    }
    // (a block of an Auth0 type counts even when it does not merge: an override whose base is in a file not read)
    const holdsAuth0 = parsed.some((p) => p.blocks.some((b) => b.kind === 'resource' && isReadType(b.labels[0] ?? ''))) || jsonParsed.some((j) => j.resources.some((r) => isReadType(r.type)));
    const loaded: LoadedModule = { docs, brokenVarFiles, unreadable: [], resources: byDoc, hasClientGrants: holdsClientGrants(tfResources), overrideDocs, linkedDocs, holdsAuth0, notRead: [] };
    for (const doc of docs.values()) moduleOf.set(doc, loaded);
    return loaded;
  } finally {
    for (const t of trees) t.delete();
  }
}

/**
 * A `.tfvars` file (HCL attributes) or `.tfvars.json` (an object): later files override earlier ones. One that
 * does not parse leaves every variable unknown, and its problems are handed back to be reported.
 */
function readVarFile(parser: Parser, f: FileText, variables: Map<string, Variable>, trees: Tree[]): ParseProblem[] {
  const unknownAll = () => {
    for (const v of variables.values()) v.value = UNKNOWN;
  };
  if (f.text === UNREADABLE) {
    unknownAll();
    return [];
  }
  const set = (name: string, value: unknown, span: Span) => {
    const v = variables.get(name);
    if (!v) return;
    v.value = value;
    v.origin = origin(`var.${name}`, f, span);
  };
  // (JSON by a name ending in exactly `.json`, as Terraform tells a -var-file's syntax: `prod.tfvars.JSON` is HCL to it)
  if (f.file.endsWith('.json')) {
    const parsed = strictJson(f);
    const root = parsed.problems.length ? undefined : parseTree(f.text);
    if (!root || !isPlain(parsed.value)) {
      unknownAll();
      const problems = [...parsed.problems];
      if (!problems.length) problems.push({ message: 'invalid variables file: a .tfvars.json file holds one JSON object of variable values', span: { start: 0, end: Math.min(1, f.text.length) } });
      return problems;
    }
    for (const [name, value] of Object.entries(parsed.value)) {
      const node = findNodeAtLocation(root, [name]);
      if (node) set(name, value, { start: node.offset, end: node.offset + node.length });
    }
    return [];
  }
  const tree = parser.parse(f.text)!;
  trees.push(tree);
  // a broken variables file leaves every variable it might set unknown
  const problems = syntaxProblems(tree);
  if (problems.length || tree.rootNode.hasError) {
    unknownAll();
    if (!problems.length) problems.push({ message: 'invalid HCL', span: { start: 0, end: Math.min(1, f.text.length) } });
    return problems;
  }
  // the grammar takes a JSON-like object as a whole file, Terraform does not: a `.tfvars` (or a -var-file not named
  // `*.json`: `prod.tfvars.JSON`) is native syntax to it, `name = value` lines, and `{"usage": "x"}` fails its plan
  const object = tree.rootNode.namedChildren.find((c) => c !== null && c.type !== 'body' && c.type !== 'comment');
  if (object) {
    unknownAll();
    const problems: ParseProblem[] = [];
    problems.push({ message: 'invalid variables file: Terraform reads a variables file whose name does not end in exactly .json as HCL attributes (name = value), not a JSON object', span: spanOf(object) });
    return problems;
  }
  const body = tree.rootNode.namedChildren.find((c) => c?.type === 'body') ?? null;
  for (const a of attributes(body)) set(a.name, literal(a.expr), spanOf(a.expr));
  return [];
}

function makeDoc(f: FileText, root: Plain, rec: Recorder, problems: ParseProblem[], directives: Directive[]): HclDocument {
  const doc: HclDocument = {
    file: f.file,
    format: 'hcl',
    text: f.text,
    parseText: f.text,
    offsets: new OffsetMap(),
    bom: f.bom,
    value: root,
    problems,
    directives,
    placeholders: [],
    locate(p, target) {
      const resolved = redirects(doc).resolve(p, target);
      for (let k = resolved.length; k >= 0; k--) {
        const s = rec.spans.get(JSON.stringify(resolved.slice(0, k)));
        if (!s) continue;
        return k === resolved.length && target === 'value' ? s.value : s.key ?? s.value;
      }
      return undefined;
    },
    valueOrigin(p) {
      const resolved = redirects(doc).resolve(p);
      for (let k = resolved.length; k > 3; k--) {
        const o = rec.origins.get(JSON.stringify(resolved.slice(0, k)));
        if (!o) continue;
        return o;
      }
      return undefined;
    },
  };
  return doc;
}

