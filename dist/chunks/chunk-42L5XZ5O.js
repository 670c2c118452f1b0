import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);

// src/engine/glob.ts
function globToRegExp(pattern) {
  let p = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  if (!p.includes("/")) p = `**/${p}`;
  if (p.endsWith("/")) p += "**";
  let re = "";
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "*") {
      if (p[i + 1] === "*") {
        const slash = p[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = p.indexOf("]", i + 1);
      if (close === -1) re += "\\[";
      else {
        re += `[${p.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}
function globMatcher(patterns) {
  const res = patterns.map(globToRegExp);
  return (rel) => res.some((r) => r.test(rel));
}

export {
  globMatcher
};
