import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  require_picomatch
} from "./chunk-V6MZ4WDJ.js";
import {
  __toESM
} from "./chunk-J5OMSPZF.js";

// src/engine/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var GlobError = class extends Error {
};
var GLOB_LIMITS = {
  /** characters in one pattern */
  length: 256,
  /** `*` wildcards in one path segment: 3 keep the worst case of a 255-character name in the low millions of steps */
  starsPerSegment: 3,
  /** `**` segments in one pattern */
  globstars: 3,
  /** `{` alternations in one pattern */
  braces: 8
};
var OPTIONS = { dot: true, strictBrackets: true, noextglob: true };
function checkGlob(pattern, limitLength = true) {
  if (limitLength && pattern.length > GLOB_LIMITS.length) throw new GlobError(`the pattern is ${pattern.length} characters long, more than ${GLOB_LIMITS.length}`);
  const negated = pattern.startsWith("!");
  let body = negated ? pattern.slice(1) : pattern;
  if (body.trim() === "") throw new GlobError(negated ? 'nothing follows "!"' : "the pattern is empty");
  if (/\\$/.test(body)) throw new GlobError('the pattern ends in an escaping "\\"');
  body = body.replace(/^\.\//, "").replace(/^\//, "");
  const segments = body.split("/");
  const globstars = segments.filter((s) => s === "**").length;
  if (globstars > GLOB_LIMITS.globstars) throw new GlobError(`${globstars} "**" segments, more than ${GLOB_LIMITS.globstars} (each multiplies the cost of matching by the depth of the path)`);
  for (const s of segments) {
    if (s === "**") continue;
    const stars = (s.replace(/\\./g, "").match(/\*+/g) ?? []).length;
    if (stars > GLOB_LIMITS.starsPerSegment) {
      throw new GlobError(`${stars} "*" wildcards in the segment "${s}", more than ${GLOB_LIMITS.starsPerSegment} (each multiplies the cost of matching by the length of a name)`);
    }
  }
  const braces = (body.replace(/\\./g, "").match(/\{/g) ?? []).length;
  if (braces > GLOB_LIMITS.braces) throw new GlobError(`${braces} "{" alternations, more than ${GLOB_LIMITS.braces}`);
  try {
    import_picomatch.default.makeRe(body, OPTIONS);
  } catch (err) {
    throw new GlobError(err.message.replace(/ - use .*$/, "").replace(/^Missing closing: "(.)"/, 'an unclosed bracket: "$1" is missing'));
  }
  let rest = body.replace(/\\./g, "");
  for (let before = ""; before !== rest; ) [before, rest] = [rest, rest.replace(/\{[^{}]*\}/g, "")];
  if (rest.includes("}")) throw new GlobError('a "}" without its "{"');
  return { body, negated };
}
function compileGlob(pattern) {
  const { body, negated } = checkGlob(pattern, false);
  const dir = body.endsWith("/");
  let p = dir ? body.slice(0, -1) : body;
  if (!p.includes("/")) p = `**/${p}`;
  const self = (0, import_picomatch.default)(p, OPTIONS);
  const below = (0, import_picomatch.default)(`${p}/**`, OPTIONS);
  return { negated, test: dir ? (rel) => below(rel) : (rel) => self(rel) || below(rel) };
}
function globMatcher(patterns) {
  const compiled = patterns.map(compileGlob);
  if (compiled.length === 0) return () => false;
  return (rel) => {
    for (let i = compiled.length - 1; i >= 0; i--) if (compiled[i].test(rel)) return !compiled[i].negated;
    return false;
  };
}
function isGlobPattern(arg) {
  return import_picomatch.default.scan(arg.replace(/\\/g, "/")).isGlob;
}

export {
  GlobError,
  checkGlob,
  globMatcher,
  isGlobPattern
};
