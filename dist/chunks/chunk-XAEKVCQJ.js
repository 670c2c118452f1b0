import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);

// src/formatters/html/escape.ts
function esc(s) {
  return s.replace(/[&<>"'\u0000]/g, (c) => ESCAPES[c]);
}
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\0": "\uFFFD" };
function slug(prefix, s) {
  return `${prefix}-${s.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0).toString(16)}`)}`;
}
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
