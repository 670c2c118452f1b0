import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  escapeControls
} from "./chunk-FZRJ4BAB.js";

// src/formatters/markdown-text.ts
function mdText(s) {
  return mdEscape(s).replace(/@/g, "@\u2060").replace(/:\/\//g, "\u2060://").replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u2060.`);
}
function mdEscape(s) {
  return escapeControls(s.replace(/\r?\n|\r/g, " ")).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~!#()]/g, (c) => `\\${c}`);
}
function mdCode(s) {
  return codeSpan(escapeControls(s.replace(/\r?\n|\r/g, " ")).replace(/\|/g, "\\|"));
}
function mdCodeSpan(s) {
  return codeSpan(escapeControls(s.replace(/\r?\n|\r/g, " ")));
}
function codeSpan(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

export {
  mdText,
  mdCode,
  mdCodeSpan
};
