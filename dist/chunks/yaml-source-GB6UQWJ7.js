import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  require_dist
} from "./chunk-QQL23TRU.js";
import {
  loadYamlFast,
  parseDirectives,
  substituteKeywords
} from "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
import {
  __toESM
} from "./chunk-J5OMSPZF.js";

// src/sources/yaml/yaml-source.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/sources/yaml/yaml-comments.ts
var import_yaml = __toESM(require_dist(), 1);
function onlyYamlComments(text, directives) {
  if (directives.length === 0) return directives;
  const comments = /* @__PURE__ */ new Set();
  const walk = (node, depth) => {
    if (depth > 200 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, depth + 1);
      return;
    }
    const t = node;
    if (t.type === "comment" && typeof t.offset === "number") comments.add(t.offset);
    for (const v of Object.values(node)) if (v !== null && typeof v === "object") walk(v, depth + 1);
  };
  try {
    for (const token of new import_yaml.Parser().parse(text)) walk(token, 0);
  } catch (err) {
    if (err instanceof RangeError) return [];
    throw err;
  }
  return directives.filter((d) => comments.has(d.span.start));
}

// src/sources/yaml/yaml-source.ts
var MAX_ALIAS_COUNT = 100;
function loadYaml(file, text, bom, keywords) {
  const prepared = substituteKeywords(text, "yaml", keywords);
  return loadYamlFast(file, text, bom, keywords, prepared) ?? loadYamlFull(file, text, bom, keywords, prepared);
}
function loadYamlFull(file, text, bom, keywords, prepared = substituteKeywords(text, "yaml", keywords)) {
  const { parseText, offsets, placeholders } = prepared;
  const problems = [];
  const span = (a, b) => ({ start: offsets.toOriginal(a), end: offsets.toOriginal(b, "end") });
  let doc;
  let value = null;
  try {
    doc = (0, import_yaml2.parseDocument)(parseText, { uniqueKeys: true, merge: true, prettyErrors: false, strict: true, logLevel: "error" });
    for (const e of doc.errors) {
      const [a, b] = e.pos;
      const message = describeYamlError(e.code, e.message);
      if (message === TOO_DEEP && problems.some((p) => p.message === TOO_DEEP)) continue;
      problems.push({ message, span: span(a, Math.max(b, a + 1)) });
    }
    const bareCr = problems.length ? /\r(?!\n)/.exec(parseText) : null;
    if (bareCr) problems.splice(0, problems.length, { message: BARE_CR, span: span(bareCr.index, bareCr.index + 1) });
    if (problems.length === 0) value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const undefinedAlias = /unresolved alias[^:]*:\s*(\S+)/i.exec(err instanceof Error ? err.message : "");
    if (undefinedAlias) {
      const name = undefinedAlias[1];
      const at = new RegExp(`\\*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![^\\s,\\]}])`).exec(parseText);
      const start = at ? at.index : 0;
      problems.push({ message: `invalid YAML: undefined alias *${escapeControls(name)} (no anchor &${escapeControls(name)} before it)`, span: span(start, at ? start + at[0].length : Math.min(1, parseText.length)) });
    } else problems.push({ message: describeThrown(err), span: { start: 0, end: Math.min(1, text.length) } });
    value = null;
  }
  const parsed = doc;
  return {
    file,
    format: "yaml",
    text,
    parseText,
    offsets,
    bom,
    value,
    problems,
    directives: onlyYamlComments(text, parseDirectives(text)),
    placeholders,
    locate(path, target) {
      if (!parsed) return void 0;
      const range = locateNode(parsed, path, target);
      return range ? span(range[0], range[1]) : void 0;
    }
  };
}
var TOO_DEEP = "invalid YAML: nesting is too deep to read";
var BARE_CR = "invalid YAML: a line ends in a bare carriage return (CR), which is not read as a line break; save the file with LF or CRLF line endings";
function describeYamlError(code, message) {
  if (/maximum call stack/i.test(message)) return TOO_DEEP;
  const first = escapeControls(message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, ""));
  if (code === "DUPLICATE_KEY") return `duplicate key: ${first.replace(/^Map keys must be unique;?\s*/, "") || "map keys must be unique"}`;
  return `invalid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
function describeThrown(err) {
  if (err instanceof RangeError) return TOO_DEEP;
  const message = escapeControls(err instanceof Error ? err.message : String(err));
  if (/excessive alias count/i.test(message)) return `invalid YAML: too many aliases (more than ${MAX_ALIAS_COUNT}); refusing a possible alias bomb`;
  return `invalid YAML: ${message}`;
}
function locateNode(doc, path, target) {
  let node = doc.contents;
  let keyNode = null;
  let lastGood = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    if ((0, import_yaml2.isAlias)(node)) node = node.resolve(doc);
    const seg = path[i];
    keyNode = null;
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml2.isPair)(p) && keyMatches(p.key, seg));
      if (!pair) return lastGood;
      keyNode = pair.key;
      node = pair.value;
      if (node === null || node === void 0) {
        return rangeOf(keyNode) ?? lastGood;
      }
    } else if ((0, import_yaml2.isSeq)(node) && typeof seg === "number") {
      node = node.items[seg];
      if (node === void 0) return lastGood;
    } else {
      return lastGood;
    }
    lastGood = rangeOf(node) ?? lastGood;
  }
  if (target === "key" && keyNode) return rangeOf(keyNode);
  return rangeOf(node) ?? lastGood;
}
function keyMatches(key, seg) {
  if ((0, import_yaml2.isScalar)(key)) return String(key.value) === String(seg);
  return false;
}
function rangeOf(node) {
  const r = node?.range;
  if (!r) return void 0;
  return [r[0], r[1] > r[0] ? r[1] : r[2]];
}
function escapeControls(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
export {
  MAX_ALIAS_COUNT,
  loadYaml,
  loadYamlFull,
  locateNode
};
