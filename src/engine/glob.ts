import picomatch from 'picomatch';

/**
 * Globs of the config (`ignore`, `overrides[].files`, `payloads`) and of the command line, matched by picomatch.
 * As in .gitignore: a pattern without `/` (but a trailing one) matches a base name at any depth, a directory
 * pattern also matches everything below it, and `!` negates; the last pattern that matches a path decides.
 */

/** A pattern that cannot be used: the message says why. */
export class GlobError extends Error {}

/**
 * What a pattern may cost. picomatch compiles to a backtracking RegExp: `*a*a*a*a*b` against a 200-character
 * name takes seconds (each `*` in one path segment multiplies the work by the segment's length) and several
 * `**` multiply it by the path's depth. Bounded by the shape of the pattern, before it ever runs:
 */
export const GLOB_LIMITS = {
  /** characters in one pattern */
  length: 256,
  /** `*` wildcards in one path segment: 3 keep the worst case of a 255-character name in the low millions of steps */
  starsPerSegment: 3,
  /** `**` segments in one pattern */
  globstars: 3,
  /** `{` alternations in one pattern */
  braces: 8,
} as const;

const OPTIONS = { dot: true, strictBrackets: true, noextglob: true } as const;

/** One compiled pattern. */
export interface CompiledGlob {
  negated: boolean;
  test(relPath: string): boolean;
}

/** Check a pattern's syntax and cost; throws GlobError. Returns the pattern without `!`, normalised. */
export function checkGlob(pattern: string, limitLength = true): { body: string; negated: boolean } {
  if (limitLength && pattern.length > GLOB_LIMITS.length) throw new GlobError(`the pattern is ${pattern.length} characters long, more than ${GLOB_LIMITS.length}`);
  const negated = pattern.startsWith('!');
  // `\` escapes the next character (write paths with `/`, on Windows too)
  let body = negated ? pattern.slice(1) : pattern;
  if (body.trim() === '') throw new GlobError(negated ? 'nothing follows "!"' : 'the pattern is empty');
  if (/\\$/.test(body)) throw new GlobError('the pattern ends in an escaping "\\"');
  body = body.replace(/^\.\//, '').replace(/^\//, '');
  const segments = body.split('/');
  const globstars = segments.filter((s) => s === '**').length;
  if (globstars > GLOB_LIMITS.globstars) throw new GlobError(`${globstars} "**" segments, more than ${GLOB_LIMITS.globstars} (each multiplies the cost of matching by the depth of the path)`);
  for (const s of segments) {
    if (s === '**') continue;
    const stars = (s.replace(/\\./g, '').match(/\*+/g) ?? []).length;
    if (stars > GLOB_LIMITS.starsPerSegment) {
      throw new GlobError(`${stars} "*" wildcards in the segment "${s}", more than ${GLOB_LIMITS.starsPerSegment} (each multiplies the cost of matching by the length of a name)`);
    }
  }
  const braces = (body.replace(/\\./g, '').match(/\{/g) ?? []).length;
  if (braces > GLOB_LIMITS.braces) throw new GlobError(`${braces} "{" alternations, more than ${GLOB_LIMITS.braces}`);
  try {
    picomatch.makeRe(body, OPTIONS);
  } catch (err) {
    throw new GlobError((err as Error).message.replace(/ - use .*$/, '').replace(/^Missing closing: "(.)"/, 'an unclosed bracket: "$1" is missing'));
  }
  let rest = body.replace(/\\./g, '');
  for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(/\{[^{}]*\}/g, '')];
  if (rest.includes('}')) throw new GlobError('a "}" without its "{"');
  return { body, negated };
}

/** Compile one pattern (relative to the patterns' base, `/`-separated); throws GlobError. */
export function compileGlob(pattern: string): CompiledGlob {
  // patterns were checked as written; one an extended config rebased onto another folder is longer, not costlier
  const { body, negated } = checkGlob(pattern, false);
  const dir = body.endsWith('/');
  let p = dir ? body.slice(0, -1) : body;
  // no `/` inside: a name at any depth, as in .gitignore
  if (!p.includes('/')) p = `**/${p}`;
  // a pattern naming a directory also matches everything below it
  const self = picomatch(p, OPTIONS);
  const below = picomatch(`${p}/**`, OPTIONS);
  return { negated, test: dir ? (rel) => below(rel) : (rel) => self(rel) || below(rel) };
}

/**
 * Compile patterns once; the matcher takes a `/`-separated path relative to the patterns' base. The last pattern
 * that matches decides: a plain one includes the path, a `!` one excludes it again.
 */
export function globMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  const compiled = patterns.map(compileGlob);
  if (compiled.length === 0) return () => false;
  return (rel) => {
    for (let i = compiled.length - 1; i >= 0; i--) if (compiled[i].test(rel)) return !compiled[i].negated;
    return false;
  };
}

/** Whether a command-line argument is a glob rather than a path (checked only when no such path exists). */
export function isGlobPattern(arg: string): boolean {
  return picomatch.scan(arg.replace(/\\/g, '/')).isGlob;
}
