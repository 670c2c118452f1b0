import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/formatters/types.ts
import path from "node:path";
function suppressionCounts(suppressed = []) {
  let inline = 0;
  let noReason = 0;
  for (const f of suppressed) {
    if (f.suppression?.kind !== "inline") continue;
    inline++;
    if (!f.suppression.reason) noReason++;
  }
  return { total: suppressed.length, inline, baseline: suppressed.length - inline, noReason };
}
function wholeFileSuppressions(suppressed = []) {
  const out = /* @__PURE__ */ new Map();
  for (const f of suppressed) {
    const d = f.suppression?.directive;
    if (f.suppression?.kind !== "inline" || !d || d.kind !== "disable-file" && !(d.kind === "disable" && d.toEnd)) continue;
    const key = `${f.file}\0${d.line}`;
    const e = out.get(key);
    if (e) e.count++;
    else out.set(key, { file: f.file, line: d.line, directive: d.kind === "disable-file" ? "orglint-disable-file" : "orglint-disable without orglint-enable", count: 1, reason: f.suppression.reason });
  }
  return [...out.values()];
}
function suppressionHow(f) {
  const s = f.suppression;
  if (!s) return "";
  if (s.kind === "baseline") return "baseline";
  return s.directive ? `orglint-${s.directive.kind} (line ${s.directive.line})` : "orglint-disable";
}
function displayPath(file, cwd) {
  if (cwd === shownFrom) {
    const known = shown.get(file);
    if (known !== void 0) return known;
  }
  if (!path.isAbsolute(cwd) || !path.isAbsolute(file)) return showPath(file, cwd);
  if (cwd !== shownFrom) {
    shownFrom = cwd;
    shown.clear();
    below = path.sep === "/" && path.resolve(cwd) === cwd ? cwd.endsWith("/") ? cwd : `${cwd}/` : void 0;
  }
  let text = shown.get(file);
  if (text === void 0) {
    if (shown.size >= MAX_SHOWN) shown.clear();
    const plain = below !== void 0 && file.startsWith(below) && !file.includes("/.") && !file.includes("//") && !file.endsWith("/");
    shown.set(file, text = plain ? escapeControls(file.slice(below.length)) : showPath(file, cwd));
  }
  return text;
}
var shownFrom;
var below;
var shown = /* @__PURE__ */ new Map();
var MAX_SHOWN = 1e5;
function showPath(file, cwd) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return escapeControls(file);
  const rel = path.relative(cwd, file) || path.basename(file);
  return escapeControls(path.sep === "/" ? rel : rel.split(path.sep).join("/"));
}
function escapeControls(text) {
  if (!CONTROLS.test(text)) return text;
  return text.replace(
    CONTROLS_ALL,
    (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var CONTROLS_ALL = new RegExp(CONTROLS.source, "g");

export {
  suppressionCounts,
  wholeFileSuppressions,
  suppressionHow,
  displayPath,
  escapeControls
};
