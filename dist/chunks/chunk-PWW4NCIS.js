import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  require_dist
} from "./chunk-QQL23TRU.js";
import {
  Recorder,
  chooseFix,
  escapeTemplates,
  evalBody,
  evalExpr,
  findNodeAtLocation,
  isPlain,
  isTemplate,
  labelText,
  lintPaths,
  loadedHclParser,
  parseTree,
  randomBytes,
  redirects,
  secretsOf,
  strictJson,
  tfJsonInfo
} from "./chunk-FZRJ4BAB.js";
import {
  __toESM
} from "./chunk-J5OMSPZF.js";

// src/fix/prove.ts
import { isDeepStrictEqual } from "node:util";
function expectedValue(before, ops) {
  const value = structuredClone(before);
  const root = { value };
  const parentOf = (path2) => {
    let node = root;
    const full = ["value", ...path2];
    for (const seg of full.slice(0, -1)) {
      if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, seg)) return void 0;
      node = node[seg];
    }
    if (node === null || typeof node !== "object") return void 0;
    return [node, full[full.length - 1]];
  };
  for (const op of ops) {
    if (op.op !== "rename") continue;
    const at2 = parentOf(op.path);
    if (!at2 || Array.isArray(at2[0]) || !Object.prototype.hasOwnProperty.call(at2[0], at2[1]) || Object.prototype.hasOwnProperty.call(at2[0], op.to)) return void 0;
    const [parent, key] = at2;
    Object.defineProperty(parent, op.to, { value: parent[key], enumerable: true, writable: true, configurable: true });
    delete parent[key];
  }
  const sets = ops.filter((o) => o.op === "set");
  const removes = ops.filter((o) => o.op === "remove").sort((a, b) => comparePaths(b.path, a.path));
  for (const op of sets) {
    const at2 = parentOf(op.path);
    if (!at2) return void 0;
    const [parent, key] = at2;
    if (Array.isArray(parent) && (typeof key !== "number" || key >= parent.length)) return void 0;
    Object.defineProperty(parent, key, { value: structuredClone(op.value), enumerable: true, writable: true, configurable: true });
  }
  for (const op of removes) {
    const at2 = parentOf(op.path);
    if (!at2) return void 0;
    const [parent, key] = at2;
    if (Array.isArray(parent)) {
      if (typeof key !== "number" || key >= parent.length) return void 0;
      parent.splice(key, 1);
    } else delete parent[key];
  }
  return { value: root.value };
}
function comparePaths(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === "number" && typeof b[i] === "number") return a[i] - b[i];
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}
function firstDifference(a, b, path2 = []) {
  if (isDeepStrictEqual(a, b)) return void 0;
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const key = Array.isArray(a) ? Number(k) : k;
      const d = firstDifference(a[k], b[k], [...path2, key]);
      if (d !== void 0) return d;
    }
  }
  return path2.map(String).join(".") || "the document";
}
function disproveFix(before, after, ops) {
  if (!after) return refusal("the fixed text is no longer read as tenant configuration");
  if (after.problems.length) return refusal(`the fixed text would not parse (${after.problems[0].message})`);
  if (before.format !== "yaml" && before.format !== "json") return void 0;
  const expected = expectedValue(before.value, ops);
  if (!expected) return refusal("a fix names a setting the file does not have");
  const diff = firstDifference(expected.value, after.value);
  return diff === void 0 ? void 0 : refusal(`the edit would also change ${diff}, which no fix names`);
}
function refusal(reason) {
  return reason;
}

// src/fix/text-edit.ts
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const taken = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start === lastEnd && e.start === e.end && taken.at(-1)?.start === e.start) continue;
    taken.push(e);
    lastEnd = e.end;
  }
  let out = "";
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return { text: out + text.slice(pos), applied: taken.length };
}
function detectEol(text) {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1 - crlf;
  return crlf > lf ? "\r\n" : "\n";
}
var FixRefused = class extends Error {
};

// src/sources/terraform/hcl-fix-parse.ts
var cache = [];
var KEEP = 8;
var OPAQUE_SCOPE = { variable: () => void 0, local: () => void 0, resource: () => void 0 };
function kids(n) {
  return n.namedChildren.filter((c) => !!c && c.type !== "comment");
}
var bodyOf = (block) => kids(block).find((c) => c.type === "body");
function releaseHclTrees() {
  for (const p of cache) {
    p.tree?.delete();
    p.tree = null;
    p.nodes = [];
    p.bodies.clear();
  }
}
function parsedHcl(text, live = true) {
  const i = cache.findIndex((p2) => p2.text === text);
  const hit = i === -1 ? void 0 : cache.splice(i, 1)[0];
  if (hit && (hit.tree || !live)) {
    cache.push(hit);
    return hit;
  }
  const parser = loadedHclParser();
  if (!parser) return null;
  releaseHclTrees();
  const tree = parser.parse(text);
  const body = tree.rootNode.namedChildren.find((c) => c?.type === "body");
  const nodes = (body ?? tree.rootNode).namedChildren.filter((c) => !!c);
  const p = hit ?? { text, eol: detectEol(text), hasError: tree.rootNode.hasError, tree, nodes, items: [], resources: /* @__PURE__ */ new Map(), values: /* @__PURE__ */ new Map(), kinds: /* @__PURE__ */ new Map(), bodies: /* @__PURE__ */ new Map() };
  p.tree = tree;
  p.nodes = nodes;
  if (!hit) {
    nodes.forEach((b, index) => {
      const item = { type: b.type, start: b.startIndex, end: b.endIndex };
      p.items.push(item);
      if (b.type !== "block") return;
      const open2 = b.children.find((c) => c?.type === "block_start");
      item.header = text.slice(b.startIndex, open2 ? open2.startIndex : b.startIndex);
      const k = kids(b);
      if (k[0]?.text !== "resource" || !k[1] || !k[2]) return;
      const key = JSON.stringify([labelText(k[1]), labelText(k[2])]);
      if (!p.resources.has(key)) p.resources.set(key, index);
    });
  }
  cache.push(p);
  while (cache.length > KEEP) cache.shift().tree?.delete();
  return p;
}
function membersOf(p, body) {
  let m = p.bodies.get(body.id);
  if (m) return m;
  m = /* @__PURE__ */ new Map();
  for (const c of kids(body)) {
    const name = c.type === "attribute" || c.type === "block" ? c.namedChildren[0]?.text : void 0;
    if (name === void 0) continue;
    const entry = m.get(name) ?? { blocks: [] };
    if (c.type === "attribute") entry.attr ??= c;
    else entry.blocks.push(c);
    m.set(name, entry);
  }
  p.bodies.set(body.id, m);
  return m;
}
function resourceIndexOf(p, path2) {
  return path2[0] === "resource" && path2.length >= 4 ? p.resources.get(JSON.stringify([path2[1], path2[2]])) : void 0;
}
function blockValues(p, index) {
  let v = p.values.get(index);
  const node = p.nodes[index];
  if (!v && node) p.values.set(index, v = evalBody(bodyOf(node) ?? null, [], OPAQUE_SCOPE, new Recorder(), [], false, true));
  return v;
}

// src/sources/terraform/hcl-fixer.ts
function find(p, path2) {
  const index = resourceIndexOf(p, path2);
  const block = index === void 0 ? void 0 : p.nodes[index];
  if (!block) return void 0;
  let body = bodyOf(block);
  let i = 3;
  while (body && i < path2.length) {
    const key = path2[i];
    if (typeof key !== "string") return void 0;
    const member = membersOf(p, body).get(key);
    const attr = member?.attr;
    if (attr) {
      const expr = kids(attr).find((c) => c.type === "expression");
      if (i === path2.length - 1) return { kind: "attr", node: attr, expr, body };
      const tuple = expr.namedChildren[0]?.type === "collection_value" ? expr.namedChildren[0].namedChildren[0] : void 0;
      const index3 = path2[i + 1];
      if (tuple?.type !== "tuple" || typeof index3 !== "number" || i + 1 !== path2.length - 1) return void 0;
      const items = kids(tuple).filter((c) => c.type === "expression");
      return items[index3] ? { kind: "item", node: items[index3], tuple, index: index3 } : void 0;
    }
    const blocks = member?.blocks ?? [];
    if (blocks.length === 0) return i === path2.length - 1 ? { kind: "absent", body, key } : void 0;
    const index2 = path2[i + 1];
    if (typeof index2 !== "number" || !blocks[index2]) return void 0;
    if (i + 1 === path2.length - 1) return { kind: "block", node: blocks[index2], body };
    body = bodyOf(blocks[index2]);
    i += 2;
  }
  return void 0;
}
function hclLiteral(v) {
  if (typeof v === "string") return JSON.stringify(v).replace(/\$\{/g, "$$$${").replace(/%\{/g, "%%{");
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : void 0;
  if (typeof v === "boolean" || v === null) return String(v);
  if (Array.isArray(v)) {
    const items = v.map(hclLiteral);
    return items.every((x) => x !== void 0) ? `[${items.join(", ")}]` : void 0;
  }
  if (isPlain(v)) {
    const parts = [];
    for (const [k, x] of Object.entries(v)) {
      const lit = hclLiteral(x);
      if (lit === void 0) return void 0;
      parts.push(`${/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k)} = ${lit}`);
    }
    return `{ ${parts.join(", ")} }`;
  }
  return void 0;
}
function isLiteral(expr) {
  const v = evalExpr(expr, [], { scope: OPAQUE_SCOPE, rec: new Recorder(), attr: [], opaque: true });
  return !JSON.stringify(v ?? null).includes("##expr:");
}
var lineStart = (text, at2) => text.lastIndexOf("\n", at2 - 1) + 1;
function lineEnd(text, at2) {
  const nl = text.indexOf("\n", at2);
  return nl === -1 ? text.length : nl;
}
function endOfLine(text, n) {
  let at2 = lineEnd(text, n.endIndex);
  for (let guard = 0; guard < 100; guard++) {
    const c = n.tree.rootNode.descendantForIndex(Math.max(at2 - 1, n.endIndex));
    if (c?.type !== "comment" || c.endIndex <= at2) break;
    at2 = lineEnd(text, c.endIndex);
  }
  return at2;
}
function removeLines(text, n) {
  const ls = lineStart(text, n.startIndex);
  if (!/^[ \t]*$/.test(text.slice(ls, n.startIndex))) return null;
  const le = lineEnd(text, n.endIndex);
  if (!/^[ \t]*((#|\/\/).*)?\r?$/.test(text.slice(n.endIndex, le))) return null;
  return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
}
function removeItem(tuple, index) {
  const items = kids(tuple).filter((c) => c.type === "expression");
  const item = items[index];
  if (index < items.length - 1) return { start: item.startIndex, end: items[index + 1].startIndex, text: "" };
  if (index > 0) return { start: items[index - 1].endIndex, end: item.endIndex, text: "" };
  const comma = tuple.children.find((c) => c?.type === "," && c.startIndex >= item.endIndex);
  return { start: item.startIndex, end: comma ? comma.endIndex : item.endIndex, text: "" };
}
function insertAttr(text, body, key, value, near, eol) {
  const attrs = kids(body).filter((c) => c.type === "attribute");
  const anchor = attrs.find((a) => a.namedChildren[0]?.text === near) ?? attrs[attrs.length - 1];
  if (!anchor) {
    const block = body.parent;
    const open2 = block?.children.find((c) => c?.type === "block_start");
    if (!block || !open2) return null;
    const indent2 = /^[ \t]*/.exec(text.slice(lineStart(text, block.startIndex)))[0];
    let le = endOfLine(text, open2);
    if (le >= (block.children.find((c) => c?.type === "block_end")?.startIndex ?? 0)) return null;
    if (text[le - 1] === "\r") le--;
    return { start: le, end: le, text: `${eol}${indent2}  ${key} = ${value}` };
  }
  const ls = lineStart(text, anchor.startIndex);
  const indent = text.slice(ls, anchor.startIndex);
  if (!/^[ \t]*$/.test(indent)) return null;
  const eq = anchor.children.find((c) => c?.type === "=");
  const eqColumn = eq ? eq.startIndex - ls : indent.length + key.length + 1;
  const pad = Math.max(1, eqColumn - indent.length - key.length);
  let at2 = endOfLine(text, anchor);
  if (text[at2 - 1] === "\r") at2--;
  return { start: at2, end: at2, text: `${eol}${indent}${key}${" ".repeat(pad)}= ${value}` };
}
function editFor(text, t, op, eol) {
  if (op.op === "remove") {
    if (t.kind === "attr" || t.kind === "block") return removeLines(text, t.node);
    if (t.kind === "item") return removeItem(t.tuple, t.index);
    return null;
  }
  if (op.op === "rename") return renameEdit(text, t, op.to);
  const lit = hclLiteral(op.value);
  if (lit === void 0) return null;
  if (t.kind === "attr") return isLiteral(t.expr) ? { start: t.expr.startIndex, end: t.expr.endIndex, text: lit } : null;
  if (t.kind === "item") return isLiteral(t.node) ? { start: t.node.startIndex, end: t.node.endIndex, text: lit } : null;
  if (t.kind === "absent" && !isPlain(op.value)) return insertAttr(text, t.body, t.key, lit, op.near, eol);
  return null;
}
function renameEdit(text, t, to) {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(to)) return null;
  if (t.kind === "block") {
    const id2 = t.node.namedChildren[0];
    return id2 ? { start: id2.startIndex, end: id2.endIndex, text: to } : null;
  }
  if (t.kind !== "attr") return null;
  const id = t.node.namedChildren[0];
  const eq = t.node.children.find((c) => c?.type === "=");
  if (!id || !eq || text.slice(id.endIndex, eq.startIndex).includes("\n")) return null;
  const width = eq.startIndex - id.startIndex;
  return { start: id.startIndex, end: eq.startIndex, text: to + " ".repeat(Math.max(1, width - to.length)) };
}
function expectAfter(values, op, path2, isBlock) {
  let grand;
  let parent = values;
  for (const seg of path2.slice(3, -1)) [grand, parent] = [parent, parent?.[seg]];
  const last = path2[path2.length - 1];
  if (op.op === "rename") {
    const [obj, key] = typeof last === "number" ? [grand, path2[path2.length - 2]] : [parent, last];
    const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
    if (!isPlain(obj) || typeof key !== "string" || !own(obj, key) || own(obj, op.to)) return false;
    if (typeof last === "number" && (!Array.isArray(obj[key]) || obj[key].length !== 1)) return false;
    Object.defineProperty(obj, op.to, { value: obj[key], enumerable: true, writable: true, configurable: true });
    delete obj[key];
    return true;
  }
  if (Array.isArray(parent) && typeof last === "number") {
    if (op.op === "remove") parent.splice(last, 1);
    else parent[last] = op.value;
    if (parent.length === 0 && isPlain(grand) && op.op === "remove" && typeof path2[path2.length - 2] === "string") {
      const key = path2[path2.length - 2];
      if (grand[key] === parent && isBlock) delete grand[key];
    }
    return true;
  }
  if (!isPlain(parent)) return false;
  if (op.op === "remove") delete parent[last];
  else Object.defineProperty(parent, last, { value: op.value, enumerable: true, writable: true, configurable: true });
  return true;
}
function hclEdits(doc, ops) {
  const p = parsedHcl(doc.text);
  if (!p || p.hasError) return null;
  const edits = [];
  const after = /* @__PURE__ */ new Map();
  for (const op of ops) {
    const path2 = redirects(doc).resolve(op.path);
    const t = find(p, path2);
    const e = t ? editFor(doc.text, t, op, p.eol) : null;
    if (!t || !e) return null;
    p.kinds.set(JSON.stringify(path2), t.kind);
    const index = resourceIndexOf(p, path2);
    const values = copyAlong(after.get(index) ?? blockValues(p, index), path2);
    after.set(index, values);
    if (!expectAfter(values, op, path2, t.kind === "block")) return null;
    edits.push(e);
  }
  return edits;
}
function copyAlong(values, path2) {
  const copy = (v) => Array.isArray(v) ? v.slice() : isPlain(v) ? { ...v } : v;
  const root = copy(values);
  let node = root;
  for (const seg of path2.slice(3, -1)) {
    const own = (Array.isArray(node) || isPlain(node)) && Object.prototype.hasOwnProperty.call(node, seg);
    if (!own) break;
    const child = copy(node[seg]);
    Object.defineProperty(node, seg, { value: child, enumerable: true, writable: true, configurable: true });
    node = child;
  }
  return root;
}

// src/sources/terraform/hcl-fix-proof.ts
function disproveHclEdits(before, afterText, ops, edits) {
  const was = readBefore(before, ops);
  if (typeof was === "string") return was;
  const { p, named } = was;
  if (edits) {
    const made = applyEdits(p.text, edits);
    if (made.applied !== edits.length || made.text !== afterText) return changedAt(p, differsAt(p.text, made.text, 0, p.text.length, 0) ?? 0);
    const outside = edits.find((e) => ![...named.keys()].some((i) => p.items[i].start <= e.start && e.end <= p.items[i].end));
    if (outside) return changedAt(p, outside.start);
  }
  const now = parsedHcl(afterText);
  if (!now) return unparsed("the HCL parser is not loaded");
  if (now.hasError) return unparsed("invalid HCL");
  const order = [...named.keys()].sort((x, y) => x - y);
  let delta = 0;
  let from = 0;
  for (const i of [...order, void 0]) {
    const b = i === void 0 ? void 0 : p.items[i];
    const to = b ? b.start : p.text.length;
    const changed = differsAt(p.text, now.text, from, to, delta);
    if (changed !== void 0) return changedAt(p, changed);
    if (!b) break;
    const a = now.items[i];
    if (!a || a.start !== b.start + delta) return changedAt(p, b.start);
    delta += a.end - a.start - (b.end - b.start);
    from = b.end;
  }
  if (p.items.length !== now.items.length) return changedAt(p, p.text.length);
  delta = 0;
  for (let i = 0; i < p.items.length; i++) {
    const b = p.items[i];
    const a = now.items[i];
    if (a.type !== b.type || a.start !== b.start + delta) return changedAt(p, b.start);
    const edited = named.get(i);
    if (!edited) {
      if (a.end - a.start !== b.end - b.start) return changedAt(p, b.start);
      continue;
    }
    if (a.header !== b.header) return changedAt(p, b.start);
    const actual = blockValues(now, i);
    if (!actual) return unparsed("the HCL parser is not loaded");
    const diff = firstDifference(normal(edited.expected), normal(actual));
    if (diff === void 0) {
      delta += a.end - a.start - (b.end - b.start);
      continue;
    }
    const where2 = `${edited.address}${diff === "the document" ? "" : `.${diff}`}`;
    if (edited.paths.some((at2) => diff === at2 || diff.startsWith(`${at2}.`))) return refusal(`the edit would not make the fix's change at ${where2}`);
    return refusal(`the edit would also change ${where2}, which no fix names`);
  }
  return void 0;
}
function differsAt(before, after, from, to, delta) {
  const was = before.slice(from, to);
  const is = to === before.length ? after.slice(from + delta) : after.slice(from + delta, to + delta);
  if (was === is) return void 0;
  let k = 0;
  while (k < was.length && was[k] === is[k]) k++;
  return Math.min(from + k, before.length);
}
function readBefore(doc, ops) {
  const paths = ops.map((op) => redirects(doc).resolve(op.path));
  let p = parsedHcl(doc.text, false);
  const complete = (q) => paths.every((path2) => {
    const i = resourceIndexOf(q, path2);
    return i !== void 0 && q.values.has(i) && q.kinds.has(JSON.stringify(path2));
  });
  if (p && !p.hasError && !complete(p)) {
    p = parsedHcl(doc.text);
    for (const path2 of paths) {
      const t = p && find(p, path2);
      if (t) p.kinds.set(JSON.stringify(path2), t.kind);
      const i = p ? resourceIndexOf(p, path2) : void 0;
      if (p && i !== void 0) blockValues(p, i);
    }
  }
  if (!p) return unparsed("the HCL parser is not loaded");
  if (p.hasError) return unparsed("the file has a syntax error");
  const named = /* @__PURE__ */ new Map();
  for (let k = 0; k < ops.length; k++) {
    const path2 = paths[k];
    const i = resourceIndexOf(p, path2);
    const kind = p.kinds.get(JSON.stringify(path2));
    if (i === void 0 || !p.values.has(i) || kind === void 0) return refusal("a fix names a setting the file does not have");
    const n = named.get(i) ?? { address: `${String(path2[1])}.${String(path2[2])}`, paths: [], expected: structuredClone(p.values.get(i)) };
    n.paths.push(path2.slice(3).map(String).join("."));
    named.set(i, n);
    if (!expectAfter(n.expected, ops[k], path2, kind === "block")) return refusal("a fix names a setting the file does not have");
  }
  return { p, named };
}
var normal = (v) => JSON.parse(JSON.stringify(v));
function changedAt(p, offset) {
  let lo = 0;
  let hi = p.items.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (p.items[mid].end <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  const item = p.items[lo];
  const what = item?.header && item.start <= offset ? item.header.trim() : `line ${p.text.slice(0, Math.min(offset, p.text.length)).split("\n").length}`;
  return refusal(`the edit would also change ${what}, which no fix names`);
}
var unparsed = (why) => refusal(`the fixed text would not parse (${why})`);

// src/fix/json-fixer.ts
function jsonEdits(text, ops) {
  if (lastParsed?.text !== text) lastParsed = { text, root: parseTree(text, [], { disallowComments: true }), eol: detectEol(text) };
  const { root, eol } = lastParsed;
  if (!root) return null;
  const edits = [];
  for (const op of ops) {
    const e = op.op === "set" ? setEdit(text, root, op.path, op.value, op.near, eol) : op.op === "rename" ? renameEdit2(root, op.path, op.to) : removeEdit(root, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}
var lastParsed;
var end = (n) => n.offset + n.length;
function renameEdit2(root, path2, to) {
  const node = path2.length ? findNodeAtLocation(root, [...path2]) : void 0;
  const key = node?.parent?.type === "property" ? node.parent.children?.[0] : void 0;
  return key ? { start: key.offset, end: end(key), text: JSON.stringify(to) } : null;
}
function removeEdit(root, path2) {
  if (path2.length === 0) return null;
  const node = findNodeAtLocation(root, [...path2]);
  const item = node?.parent?.type === "property" ? node.parent : node;
  const container = item?.parent;
  if (!item || !container?.children) return null;
  const siblings = container.children;
  const i = siblings.indexOf(item);
  if (siblings.length === 1) return { start: container.offset + 1, end: end(item), text: "" };
  if (i < siblings.length - 1) return { start: item.offset, end: siblings[i + 1].offset, text: "" };
  return { start: end(siblings[i - 1]), end: end(item), text: "" };
}
function setEdit(text, root, path2, value, near, eol) {
  const json = JSON.stringify(value);
  if (json === void 0) return null;
  const existing = findNodeAtLocation(root, [...path2]);
  if (existing) return { start: existing.offset, end: end(existing), text: json };
  const key = path2[path2.length - 1];
  const parent = path2.length ? findNodeAtLocation(root, [...path2.slice(0, -1)]) : void 0;
  if (!parent || parent.type !== "object" || typeof key !== "string") return null;
  const props = parent.children ?? [];
  const colon = /":\s/.test(text.slice(parent.offset, end(parent))) ? ": " : ":";
  const entry = `${JSON.stringify(key)}${colon}${json}`;
  if (props.length === 0) return { start: parent.offset + 1, end: parent.offset + 1, text: entry };
  const after = props.find((p) => p.children?.[0]?.value === near) ?? props[props.length - 1];
  const at2 = end(after);
  const lineStart3 = text.lastIndexOf("\n", after.offset - 1) + 1;
  const indent = text.slice(lineStart3, after.offset);
  if (lineStart3 > parent.offset && /^[ \t]*$/.test(indent)) return { start: at2, end: at2, text: `,${eol}${indent}${entry}` };
  return { start: at2, end: at2, text: `,${colon === ": " ? " " : ""}${entry}` };
}

// src/sources/terraform/tfjson-fixer.ts
function at(value, path2) {
  let v = value;
  for (const seg of path2) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isPlain(v) && typeof seg === "string" && Object.prototype.hasOwnProperty.call(v, seg)) v = v[seg];
    else return void 0;
  }
  return v;
}
var NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function jsonOp(op, path2, info) {
  const key = JSON.stringify(path2);
  const jp = info.jsonPaths.get(key);
  const block = (p) => {
    if (typeof p[p.length - 1] !== "number") return p;
    const list = at(info.value, p.slice(0, -1));
    return Array.isArray(list) && list.length === 1 ? p.slice(0, -1) : null;
  };
  if (op.op === "remove") {
    if (!jp) return null;
    const target = typeof path2[path2.length - 1] === "number" ? block(jp) ?? jp : jp;
    return { op: "remove", path: target };
  }
  if (op.op === "rename") {
    const target = jp ? block(jp) : null;
    if (!target || !NAME.test(op.to) || typeof target[target.length - 1] !== "string") return null;
    return { op: "rename", path: target, to: op.to };
  }
  if (jp) return info.literals.has(key) ? { ...op, path: jp, value: escapeTemplates(op.value) } : null;
  const parent = info.jsonPaths.get(JSON.stringify(path2.slice(0, -1)));
  const name = path2[path2.length - 1];
  if (!parent || typeof name !== "string" || isTemplate(name) || name === "//" || isPlain(op.value) || !isPlain(at(info.value, parent))) return null;
  return { ...op, path: [...parent, name], value: escapeTemplates(op.value) };
}
function jsonOps(doc, info, ops) {
  const json = [];
  for (const op of ops) {
    const j = jsonOp(op, redirects(doc).resolve(op.path), info);
    if (!j) return null;
    json.push(j);
  }
  return json;
}
function tfJsonEdits(doc, ops, opts = {}) {
  const info = tfJsonInfo(doc);
  if (!info || doc.problems.length) return null;
  const json = jsonOps(doc, info, ops);
  if (!json) return null;
  const raw = jsonEdits(doc.text, json);
  if (!raw) return null;
  const edits = [];
  for (const e of raw) {
    const same = e.start === e.end ? edits.find((o) => o.start === e.start && o.end === e.end) : void 0;
    if (same) same.text += e.text;
    else edits.push({ ...e });
  }
  if (opts.proveLater) return edits;
  return disproveTfJsonEdits(doc, applyEdits(doc.text, edits).text, ops) ? null : edits;
}
function disproveTfJsonEdits(doc, text, ops) {
  const info = tfJsonInfo(doc);
  const json = info && !doc.problems.length ? jsonOps(doc, info, ops) : null;
  if (!info || !json) return refusal("a fix names a setting the file does not have");
  const after = strictJson({ file: doc.file, text, bom: doc.bom });
  if (after.problems.length) return refusal(`the fixed text would not parse (${after.problems[0].message})`);
  const expected = expectedValue(info.value, json);
  if (!expected) return refusal("a fix names a setting the file does not have");
  const diff = firstDifference(expected.value, after.value);
  return diff === void 0 ? void 0 : refusal(`the edit would also change ${diff}, which no fix names`);
}

// src/fix/yaml-fixer.ts
var import_yaml = __toESM(require_dist(), 1);
var lastParsed2;
function yamlEdits(text, ops) {
  if (lastParsed2?.text !== text) {
    const doc2 = (0, import_yaml.parseDocument)(text, { merge: true, keepSourceTokens: false });
    const aliases2 = /* @__PURE__ */ new Map();
    if (/\*[^\s]/.test(text)) (0, import_yaml.visit)(doc2, { Alias: (_, n) => void aliases2.set(n.source, (aliases2.get(n.source) ?? 0) + 1) });
    lastParsed2 = { text, doc: doc2, eol: detectEol(text), aliases: aliases2 };
  }
  const { doc, eol, aliases } = lastParsed2;
  if (doc.errors.length) return null;
  const edits = [];
  for (const op of ops) {
    checkShared(doc, op, aliases);
    const e = op.op === "set" ? setEdit2(doc, text, op.path, op.value, op.near, eol) : op.op === "rename" ? renameEdit3(doc, op.path, op.to) : removeEdit2(doc, text, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}
var where = (path2) => path2.map(String).join(".");
function sharedAnchor(node, aliases) {
  const anchor = node?.anchor;
  const uses = anchor ? aliases.get(anchor) : void 0;
  return uses ? `&${anchor}, which ${uses === 1 ? "an alias uses" : `${uses} aliases use`}` : void 0;
}
function checkShared(doc, op, aliases) {
  let node = doc.contents;
  const path2 = op.path;
  for (let i = 0; i < path2.length; i++) {
    if ((0, import_yaml.isAlias)(node)) throw new FixRefused(`${where(path2.slice(0, i))} is the alias *${node.source}: its value is shared with the anchor &${node.source}, so the fix is not made here`);
    const shared2 = sharedAnchor(node, aliases);
    if (shared2) throw new FixRefused(`${where(path2.slice(0, i)) || "the document"} carries the anchor ${shared2}: the fix would change those too`);
    const seg = path2[i];
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(node, seg);
      if (!pair) {
        if (i === path2.length - 1 && op.op === "remove" && node.items.some((p) => (0, import_yaml.isPair)(p) && isMergeKey(p.key))) {
          throw new FixRefused(`${where(path2)} comes from a merge key (<<), which others share: remove it where the anchor defines it, or override it here`);
        }
        return;
      }
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") node = node.items[seg];
    else return;
  }
  if ((0, import_yaml.isAlias)(node)) return;
  const shared = sharedAnchor(node, aliases);
  if (shared && op.op === "remove") throw new FixRefused(`${where(path2)} carries the anchor ${shared}: removing it would leave them undefined`);
  if (shared) throw new FixRefused(`${where(path2)} carries the anchor ${shared}: the fix would change those too`);
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && (key.source === "<<" || typeof key.value === "symbol" || key.value === "<<");
}
function parentNode(doc, path2) {
  let node = doc.contents;
  for (const seg of path2.slice(0, -1)) {
    if ((0, import_yaml.isMap)(node)) node = findPair(node, seg)?.value;
    else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") node = node.items[seg];
    else return null;
  }
  return node;
}
function parentMap(doc, path2) {
  const node = parentNode(doc, path2);
  return (0, import_yaml.isMap)(node) ? node : null;
}
function parentSeq(doc, path2) {
  const node = parentNode(doc, path2);
  return (0, import_yaml.isSeq)(node) && typeof path2[path2.length - 1] === "number" ? node : null;
}
function findPair(map, key) {
  return map.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(key));
}
function lineStart2(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEnd2(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl;
}
function formatScalar(value, like) {
  if (typeof value !== "string") return JSON.stringify(value);
  const type = (0, import_yaml.isScalar)(like) ? like.type : void 0;
  if (type === import_yaml.Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (type === import_yaml.Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  const plainSafe = /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}
function setEdit2(doc, text, path2, value, near, eol) {
  const seq = parentSeq(doc, path2);
  if (seq) {
    const item = seq.items[path2[path2.length - 1]];
    return item?.range ? { start: item.range[0], end: item.range[1], text: formatScalar(value, item) } : null;
  }
  const map = parentMap(doc, path2);
  const key = path2[path2.length - 1];
  if (!map) return null;
  const pair = findPair(map, key);
  if (pair) {
    const v = pair.value;
    if (((0, import_yaml.isSeq)(v) || (0, import_yaml.isMap)(v)) && !v.flow && v.range) return replaceBlockCollection(text, pair, v.range, formatScalar(value));
    if ((0, import_yaml.isScalar)(v) && (v.type === import_yaml.Scalar.BLOCK_FOLDED || v.type === import_yaml.Scalar.BLOCK_LITERAL) && v.range) {
      let end3 = v.range[1];
      while (end3 > v.range[0] && /\s/.test(text[end3 - 1])) end3--;
      return { start: v.range[0], end: end3, text: formatScalar(value) };
    }
    if (v?.range) return { start: v.range[0], end: v.range[1], text: formatScalar(value, v) };
    const colon = text.indexOf(":", pair.key.range[1]);
    if (colon === -1) return null;
    return { start: colon + 1, end: colon + 1, text: ` ${formatScalar(value)}` };
  }
  const sibling = (near !== void 0 ? findPair(map, near) : void 0) ?? map.items[map.items.length - 1];
  const entry = `${String(key)}: ${formatScalar(value)}`;
  if (!sibling) return null;
  const sv = sibling.value;
  const sk = sibling.key;
  let end2 = sv?.range ? sv.range[1] : sk.range[1];
  while (end2 > sk.range[1] && /\s/.test(text[end2 - 1])) end2--;
  if (map.flow) return { start: end2, end: end2, text: `, ${entry}` };
  const indent = " ".repeat(sk.range[0] - lineStart2(text, sk.range[0]));
  let at2 = lineEnd2(text, end2);
  if (eol === "\r\n" && text[at2 - 1] === "\r") at2--;
  return { start: at2, end: at2, text: `${eol}${indent}${entry}` };
}
function replaceBlockCollection(text, pair, range, scalar) {
  const colon = text.indexOf(":", pair.key.range[1]);
  if (colon === -1 || colon > range[0]) return null;
  let end2 = range[1];
  while (end2 > range[0] && /\s/.test(text[end2 - 1])) end2--;
  const afterColon = text.slice(colon + 1, lineEnd2(text, colon)).replace(/\r$/, "");
  const comment = /^[ \t]+#/.test(afterColon) ? afterColon : "";
  return { start: colon + 1, end: end2, text: ` ${scalar}${comment}` };
}
function renameEdit3(doc, path2, to) {
  const map = parentMap(doc, path2);
  const pair = map ? findPair(map, path2[path2.length - 1]) : void 0;
  const key = pair?.key;
  return key?.range ? { start: key.range[0], end: key.range[1], text: formatScalar(to, key) } : null;
}
function removeEdit2(doc, text, path2) {
  const seq = parentSeq(doc, path2);
  if (seq) return removeItemEdit(seq, text, path2[path2.length - 1]);
  const map = parentMap(doc, path2);
  if (!map) return null;
  const pair = findPair(map, path2[path2.length - 1]);
  if (!pair) return null;
  const k = pair.key;
  const v = pair.value;
  const valueEnd = v?.range ? v.range[1] : k.range[1];
  const index = map.items.indexOf(pair);
  const next = map.items[index + 1];
  const nextKey = next ? next.key.range[0] : void 0;
  if (map.flow) {
    if (nextKey !== void 0) return { start: k.range[0], end: nextKey, text: "" };
    const prev = map.items[index - 1];
    if (!prev) return { start: k.range[0], end: valueEnd, text: "" };
    const pv = prev.value;
    const pk = prev.key;
    return { start: pv?.range ? pv.range[1] : pk.range[1], end: valueEnd, text: "" };
  }
  const ls = lineStart2(text, k.range[0]);
  const before = text.slice(ls, k.range[0]);
  if (/^[ \t]*\?[ \t]+$/.test(before) && !map.flow) {
    const le = lineEnd2(text, Math.max(valueEnd - 1, k.range[0]));
    return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
  }
  if (/\?/.test(before)) throw new FixRefused(`${where(path2)} is an explicit key (? key) in a layout the fixer does not edit`);
  const onlyIndent = /^[ \t]*$/.test(before);
  if (onlyIndent) {
    const le = lineEnd2(text, Math.max(valueEnd - 1, k.range[0]));
    return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
  }
  if (nextKey !== void 0) return { start: k.range[0], end: nextKey, text: "" };
  return { start: k.range[0], end: valueEnd, text: "{}" };
}
function removeItemEdit(seq, text, index) {
  const range = (i) => seq.items[i]?.range;
  const r = range(index);
  if (!r) return null;
  if (seq.flow) {
    const next = range(index + 1);
    if (next) return { start: r[0], end: next[0], text: "" };
    const prev = range(index - 1);
    return { start: prev ? prev[1] : r[0], end: r[1], text: "" };
  }
  const ls = lineStart2(text, r[0]);
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(ls, r[0]))) return null;
  const le = lineEnd2(text, Math.max(r[1] - 1, r[0]));
  return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
}

// src/fix/write-file.ts
import { constants } from "node:fs";
import { access, chmod, chown, lstat, open, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
var WriteRefused = class extends Error {
};
async function writeFileAtomic(file, text, bom = false, newMode = 420, check) {
  const data = Buffer.from((bom ? "\uFEFF" : "") + text, "utf8");
  if (STREAM_PATH.test(path.resolve(file))) {
    await writeFile(file, data, { flag: "a" });
    return;
  }
  const followed = await stat(file).catch(() => void 0);
  if (followed && !followed.isFile()) {
    await writeFile(file, data);
    return;
  }
  const target = await realTarget(file);
  const st = followed;
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.orglint-tmp`);
  const handle = await open(tmp, "wx", 384);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => void 0);
    throw err;
  }
  await handle.close();
  try {
    await chmod(tmp, (st?.mode ?? newMode) & 4095);
    if (st) await chown(tmp, st.uid, st.gid).catch(() => void 0);
    await check?.(target);
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => void 0);
    throw err;
  }
}
var STREAM_PATH = /^\/(dev\/(stdout|stderr|fd\/\d+)|proc\/(self|\d+)\/fd\/\d+)$/;
async function realTarget(file) {
  const l = await lstat(file).catch(() => void 0);
  if (!l?.isSymbolicLink()) return file;
  try {
    return await realpath(file);
  } catch {
    throw new WriteRefused("it is a symbolic link to nothing (a dangling link)");
  }
}
function isInside(file, dir) {
  const rel = path.relative(dir, file);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
async function writeFixedFile(file, before, after, bom, roots) {
  const { target, st, unchanged } = await checkFixedFile(file, before, bom, roots);
  await writeFileAtomic(target, after, bom, 420, async (t) => {
    await unchanged(t);
    const again = await stat(t);
    if (again.ino !== st.ino || again.nlink !== st.nlink) throw new WriteRefused("it changed on disk since orglint read it; run the fix again");
  });
}
async function checkFixedFile(file, before, bom, roots) {
  const linked = await realTarget(file);
  const target = await realpath(linked).catch(() => linked);
  if (!roots.some((r) => isInside(target, r))) throw new WriteRefused(`it resolves to ${target}, outside the linted folders`);
  const st = await stat(target);
  if (!st.isFile()) throw new WriteRefused("it is not a regular file");
  if ((st.mode & 146) === 0) throw new WriteRefused("it is read-only (no write permission bits); make it writable to fix it");
  await access(target, constants.W_OK).catch(() => {
    throw new WriteRefused("this user may not write it");
  });
  if (st.nlink > 1) throw new WriteRefused(`it has ${st.nlink} hard links: replacing it would leave the other names with the old text, and rewriting it in place is not atomic`);
  const uid = process.getuid?.();
  if (uid !== void 0 && uid !== 0 && st.uid !== uid) throw new WriteRefused("it belongs to another user, whose ownership a rewrite would drop");
  const expected = Buffer.from((bom ? "\uFEFF" : "") + before, "utf8");
  const unchanged = async (t) => {
    const now = await readFile(t);
    if (now[0] === 255 && now[1] === 254 || now[0] === 254 && now[1] === 255) throw new WriteRefused("it is UTF-16; orglint writes UTF-8 only and does not change a file's encoding");
    if (!now.equals(expected)) throw new WriteRefused("it changed on disk since orglint read it; run the fix again");
  };
  await unchanged(target);
  return { target, st, unchanged };
}

// src/fix/run-fixes.ts
var MAX_PASSES = 10;
function findingKey(f) {
  return `${f.file}\0${f.ruleId}\0${f.messageId ?? ""}\0${f.path}`;
}
function absoluteOps(f, fix) {
  return fix.ops.map((op) => ({ ...op, path: [...f.source.path, ...op.path] }));
}
function editsForFinding(doc, f, fix, refuse, opts = {}) {
  if (!f.source || (f.doc ?? f.source.doc) !== doc || doc.readOnly) return null;
  const ops = absoluteOps(f, fix);
  if (doc.format === "hcl") return tfJsonInfo(doc) ? tfJsonEdits(doc, ops, opts) : hclFindingEdits(doc, ops, refuse, opts);
  let edits;
  try {
    edits = doc.format === "yaml" ? yamlEdits(doc.parseText, ops) : jsonEdits(doc.parseText, ops);
  } catch (err) {
    if (!(err instanceof FixRefused)) throw err;
    refuse?.(err.message);
    return null;
  }
  if (!edits) return null;
  if (doc.offsets.identity) return mergeInserts(edits);
  const out = [];
  for (const e of edits) {
    if (doc.offsets.overlaps(e.start, e.end)) return null;
    out.push({ start: doc.offsets.toOriginal(e.start), end: doc.offsets.toOriginal(e.end, "end"), text: e.text });
  }
  return mergeInserts(out);
}
function isHclText(doc) {
  return doc.format === "hcl" && !/\.json$/i.test(doc.file);
}
function hclFindingEdits(doc, ops, refuse, opts) {
  const edits = hclEdits(doc, ops);
  if (!edits || opts.proveLater) return edits;
  const why = disproveHclEdits(doc, applyEdits(doc.text, edits).text, ops, edits);
  if (why) refuse?.(why);
  return why ? null : edits;
}
function mergeInserts(edits) {
  const out = [];
  for (const e of edits) {
    const same = e.start === e.end ? out.find((o) => o.start === e.start && o.end === e.end) : void 0;
    if (same) same.text += e.text;
    else out.push({ ...e });
  }
  return out;
}
async function fixPaths(req, mode) {
  const overlay = /* @__PURE__ */ new Map();
  const originals = /* @__PURE__ */ new Map();
  const fixedIn = /* @__PURE__ */ new Map();
  const blocked = /* @__PURE__ */ new Set();
  const refused = [];
  let result = await lintPaths(req);
  const reported = new Set(result.findings.filter((f) => chooseFix(f, mode)).map(findingKey));
  const touched = /* @__PURE__ */ new Set();
  const mayFix = (f) => reported.has(findingKey(f)) || f.docPath !== void 0 && f.source !== void 0 && touched.has(settingKey(f.file, f.ruleId, f.source.path, f.docPath));
  const refusedKeys = /* @__PURE__ */ new Set();
  const passes = /* @__PURE__ */ new Map();
  const block = (file, message) => {
    blocked.add(file);
    passes.delete(file);
    overlay.delete(file);
    originals.delete(file);
    fixedIn.delete(file);
    refused.push({ file, message });
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = /* @__PURE__ */ new Map();
    for (const f of result.findings) {
      if (!f.doc || blocked.has(f.file) || !mayFix(f) || !chooseFix(f, mode)) continue;
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    const changes = [];
    for (const [file, findings] of byFile) {
      const doc = result.docs.get(file);
      if (!doc) {
        for (const f of findings) {
          if (refusedKeys.has(findingKey(f))) continue;
          refusedKeys.add(findingKey(f));
          refused.push({ file, line: f.line, column: f.column, ruleId: f.ruleId, message: refusal(`the file is not one of those linted (the config's ignore globs leave it out): orglint does not write it`), key: findingKey(f) });
        }
        continue;
      }
      if (doc.problems.length) continue;
      const edits = [];
      const applied = [];
      const ops = [];
      for (const f of findings) {
        const fix = chooseFix(f, mode);
        const e = editsForFinding(
          doc,
          f,
          fix,
          (reason) => {
            if (refusedKeys.has(findingKey(f))) return;
            refusedKeys.add(findingKey(f));
            refused.push({ file, line: f.line, column: f.column, ruleId: f.ruleId, message: reason, key: findingKey(f) });
          },
          { proveLater: true }
        );
        if (!e || e.some((x) => edits.some((y) => overlap(x, y)))) continue;
        edits.push(...e);
        applied.push(f);
        ops.push(...absoluteOps(f, fix));
      }
      if (edits.length === 0) continue;
      const { text } = applyEdits(doc.text, edits);
      if (text === doc.text) continue;
      if (!originals.has(file)) originals.set(file, { text: doc.text, bom: doc.bom, secrets: secretsOf(doc) });
      overlay.set(file, { text, bom: doc.bom });
      changes.push({ file, doc, applied, ops, edits });
    }
    if (changes.length === 0) break;
    releaseHclTrees();
    result = await lintPaths({ ...req, overlay });
    let reverted = false;
    for (const c of changes) {
      const after = result.docs.get(c.file);
      const why = disproveFix(c.doc, after, c.ops) ?? (isHclText(c.doc) ? disproveHclEdits(c.doc, after.text, c.ops, c.edits) : tfJsonInfo(c.doc) ? disproveTfJsonEdits(c.doc, overlay.get(c.file).text, c.ops) : void 0) ?? stillThere(result, c);
      if (why) {
        block(c.file, why);
        reverted = true;
        continue;
      }
      const list = passes.get(c.file) ?? [];
      list.push({ doc: c.doc, applied: c.applied, after: overlay.get(c.file).text, next: result.docs.get(c.file) });
      passes.set(c.file, list);
      const mine = fixedIn.get(c.file) ?? /* @__PURE__ */ new Map();
      for (const f of c.applied) {
        if (!mine.has(findingKey(f))) mine.set(findingKey(f), f);
        for (const op of absoluteOps(f, chooseFix(f, mode))) touched.add(settingKey(c.file, f.ruleId, f.source.path, op.path));
      }
      fixedIn.set(c.file, mine);
    }
    if (reverted) {
      releaseHclTrees();
      result = await lintPaths({ ...req, overlay });
    }
  }
  releaseHclTrees();
  const changed = /* @__PURE__ */ new Map();
  for (const [file, o] of originals) {
    changed.set(file, { before: o.text, after: overlay.get(file).text, bom: o.bom, fixed: [...fixedIn.get(file)?.values() ?? []], secrets: o.secrets });
  }
  let fixed = 0;
  for (const m of fixedIn.values()) fixed += m.size;
  const done = new Set([...fixedIn.values()].flatMap((m) => [...m.keys()]));
  return { result, changed, fixed, refused: refused.filter((r) => !r.key || !done.has(r.key)), passes };
}
function overlap(x, y) {
  return x.start < y.end && y.start < x.end || x.start === x.end && y.start === y.end && x.start === y.start;
}
function settingKey(file, ruleId, resource, at2) {
  return `${file}\0${ruleId}\0${JSON.stringify(at2.slice(0, resource.length + 1))}`;
}
function stillThere(result, c) {
  const keys = new Set(c.applied.map(findingKey));
  const left = result.findings.find((f) => f.file === c.file && keys.has(findingKey(f)));
  return left ? refusal(`the fix for ${left.ruleId} at ${left.line}:${left.column} would not remove the finding`) : void 0;
}

export {
  WriteRefused,
  writeFileAtomic,
  writeFixedFile,
  checkFixedFile,
  findingKey,
  absoluteOps,
  editsForFinding,
  fixPaths
};
