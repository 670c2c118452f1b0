import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);

// src/formatters/types.ts
import path from "node:path";
function displayPath(file, cwd) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return escapeControls(file);
  const rel = path.relative(cwd, file) || path.basename(file);
  return escapeControls(rel.split(path.sep).join("/"));
}
function escapeControls(text) {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

export {
  displayPath
};
