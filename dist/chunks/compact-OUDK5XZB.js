import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-GFE7LF6Q.js";
import "./chunk-OJ32ZEHW.js";

// src/formatters/compact.ts
var compact = (input) => input.findings.map((f) => `${displayPath(f.file, input.cwd)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]
`).join("");
export {
  compact
};
