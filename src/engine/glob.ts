/**
 * A small glob matcher for config `ignore`, `overrides[].files` and `payloads`: `*`, `**`, `?`, `[...]` and
 * `{a,b}`. A pattern without `/` matches the base name at any depth, as in .gitignore.
 */
export function globToRegExp(pattern: string): RegExp {
  let p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!p.includes('/')) p = `**/${p}`;
  if (p.endsWith('/')) p += '**';
  let re = '';
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        const slash = p[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = p.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        re += `[${p.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  // a directory pattern also matches everything below it
  return new RegExp(`^${re}(?:/.*)?$`);
}

/** Compile patterns once; the matcher takes a `/`-separated path relative to the patterns' base. */
export function globMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  const res = patterns.map(globToRegExp);
  return (rel) => res.some((r) => r.test(rel));
}
