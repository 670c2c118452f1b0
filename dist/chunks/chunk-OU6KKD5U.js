import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);

// src/formatters/types.ts
import path from "node:path";
function displayPath(file, cwd) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  const rel = path.relative(cwd, file) || path.basename(file);
  return rel.split(path.sep).join("/");
}

export {
  displayPath
};
