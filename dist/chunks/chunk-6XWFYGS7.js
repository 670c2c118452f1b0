import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  lintPaths
} from "./chunk-HFPKZ4GA.js";
import {
  chooseFix
} from "./chunk-4PPNWPYB.js";
import {
  findNodeAtLocation,
  parseTree
} from "./chunk-QRVRRTOY.js";
import {
  require_dist
} from "./chunk-D2IVEWWN.js";
import {
  __toESM
} from "./chunk-OJ32ZEHW.js";

// src/fix/run-fixes.ts
import { randomBytes } from "node:crypto";
import { chmod, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";

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

// src/fix/json-fixer.ts
function jsonEdits(text, ops) {
  if (lastParsed?.text !== text) lastParsed = { text, root: parseTree(text, [], { disallowComments: true }), eol: detectEol(text) };
  const { root, eol } = lastParsed;
  if (!root) return null;
  const edits = [];
  for (const op of ops) {
    const e = op.op === "set" ? setEdit(text, root, op.path, op.value, op.near, eol) : removeEdit(root, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}
var lastParsed;
var end = (n) => n.offset + n.length;
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
  const at = end(after);
  const lineStart2 = text.lastIndexOf("\n", after.offset - 1) + 1;
  const indent = text.slice(lineStart2, after.offset);
  if (lineStart2 > parent.offset && /^[ \t]*$/.test(indent)) return { start: at, end: at, text: `,${eol}${indent}${entry}` };
  return { start: at, end: at, text: `,${colon === ": " ? " " : ""}${entry}` };
}

// src/fix/yaml-fixer.ts
var import_yaml = __toESM(require_dist(), 1);
var lastParsed2;
function yamlEdits(text, ops) {
  if (lastParsed2?.text !== text) lastParsed2 = { text, doc: (0, import_yaml.parseDocument)(text, { merge: true, keepSourceTokens: false }), eol: detectEol(text) };
  const { doc, eol } = lastParsed2;
  if (doc.errors.length) return null;
  const edits = [];
  for (const op of ops) {
    const e = op.op === "set" ? setEdit2(doc, text, op.path, op.value, op.near, eol) : removeEdit2(doc, text, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}
function parentNode(doc, path2) {
  let node = doc.contents;
  for (const seg of path2.slice(0, -1)) {
    if ((0, import_yaml.isMap)(node)) node = node.get(seg, true);
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
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEnd(text, offset) {
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
  const end2 = sv?.range ? sv.range[1] : sk.range[1];
  if (map.flow) return { start: end2, end: end2, text: `, ${entry}` };
  const indent = " ".repeat(sk.range[0] - lineStart(text, sk.range[0]));
  let at = lineEnd(text, end2);
  if (eol === "\r\n" && text[at - 1] === "\r") at--;
  return { start: at, end: at, text: `${eol}${indent}${entry}` };
}
function replaceBlockCollection(text, pair, range, scalar) {
  const colon = text.indexOf(":", pair.key.range[1]);
  if (colon === -1 || colon > range[0]) return null;
  let end2 = range[1];
  while (end2 > range[0] && /\s/.test(text[end2 - 1])) end2--;
  const afterColon = text.slice(colon + 1, lineEnd(text, colon)).replace(/\r$/, "");
  const comment = /^[ \t]+#/.test(afterColon) ? afterColon : "";
  return { start: colon + 1, end: end2, text: ` ${scalar}${comment}` };
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
  const ls = lineStart(text, k.range[0]);
  const onlyIndent = /^[ \t]*$/.test(text.slice(ls, k.range[0]));
  if (onlyIndent) {
    const le = lineEnd(text, Math.max(valueEnd - 1, k.range[0]));
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
  const ls = lineStart(text, r[0]);
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(ls, r[0]))) return null;
  const le = lineEnd(text, Math.max(r[1] - 1, r[0]));
  return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
}

// src/fix/run-fixes.ts
var MAX_PASSES = 10;
function editsForFinding(doc, f, fix) {
  if (!f.source || f.source.doc !== doc || doc.readOnly) return null;
  const ops = fix.ops.map((op) => ({ ...op, path: [...f.source.path, ...op.path] }));
  const edits = doc.format === "yaml" ? yamlEdits(doc.parseText, ops) : jsonEdits(doc.parseText, ops);
  if (!edits) return null;
  if (doc.offsets.identity) return edits;
  const out = [];
  for (const e of edits) {
    if (doc.offsets.overlaps(e.start, e.end)) return null;
    out.push({ start: doc.offsets.toOriginal(e.start), end: doc.offsets.toOriginal(e.end, "end"), text: e.text });
  }
  return out;
}
async function fixPaths(req, mode) {
  const overlay = /* @__PURE__ */ new Map();
  const originals = /* @__PURE__ */ new Map();
  let fixed = 0;
  let result = await lintPaths(req);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changedThisPass = false;
    const byFile = /* @__PURE__ */ new Map();
    for (const f of result.findings) {
      if (!chooseFix(f, mode) || !f.doc) continue;
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    for (const [file, findings] of byFile) {
      const doc = result.docs.get(file);
      if (!doc || doc.problems.length) continue;
      const edits = [];
      let count = 0;
      for (const f of findings) {
        const e = editsForFinding(doc, f, chooseFix(f, mode));
        if (!e || e.some((x) => edits.some((y) => x.start < y.end && y.start < x.end))) continue;
        edits.push(...e);
        count++;
      }
      if (edits.length === 0) continue;
      const { text } = applyEdits(doc.text, edits);
      if (text === doc.text) continue;
      if (!originals.has(file)) originals.set(file, { text: doc.text, bom: doc.bom });
      overlay.set(file, { text, bom: doc.bom });
      fixed += count;
      changedThisPass = true;
    }
    if (!changedThisPass) break;
    result = await lintPaths({ ...req, overlay });
  }
  const changed = /* @__PURE__ */ new Map();
  for (const [file, o] of originals) changed.set(file, { before: o.text, after: overlay.get(file).text, bom: o.bom });
  return { result, changed, fixed };
}
async function writeFileAtomic(file, text, bom = false, newMode = 420) {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.orglint-tmp`);
  const mode = (await stat(file).catch(() => void 0))?.mode ?? newMode;
  const handle = await open(tmp, "wx", 384);
  try {
    await handle.writeFile((bom ? "\uFEFF" : "") + text, "utf8");
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => void 0);
    throw err;
  }
  await handle.close();
  try {
    await chmod(tmp, mode & 4095);
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => void 0);
    throw err;
  }
}

export {
  editsForFinding,
  fixPaths,
  writeFileAtomic
};
