import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/formatters/html/escape.ts
function esc(s) {
  if (!HTML_SPECIAL.test(s)) return s;
  if (CONTROL.test(s)) return s.replace(HTML_SPECIAL_ALL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  let out = s;
  if (out.includes("&")) out = out.replaceAll("&", "&amp;");
  if (out.includes("<")) out = out.replaceAll("<", "&lt;");
  if (out.includes(">")) out = out.replaceAll(">", "&gt;");
  if (out.includes('"')) out = out.replaceAll('"', "&quot;");
  if (out.includes("'")) out = out.replaceAll("'", "&#39;");
  return out;
}
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
var HTML_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
var HTML_SPECIAL_ALL = new RegExp(HTML_SPECIAL.source, "g");
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\0": "\uFFFD" };
function slug(prefix, s) {
  if (!NOT_ID_OR_SLASH.test(s)) return `${prefix}-${s.replaceAll("/", "_2f")}`;
  return `${prefix}-${s.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0).toString(16)}`)}`;
}
var NOT_ID_OR_SLASH = /[^A-Za-z0-9_/-]/;
function shorten(s, max) {
  if (s.length <= max) return s;
  const chars = [...s.slice(0, max * 2)];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : s;
}

export {
  esc,
  slug,
  shorten
};
