import { Parser } from 'yaml';
import type { Directive } from '../document';

/**
 * Keep the directives whose `#` starts a real YAML comment. `# orglint-disable-file` inside a quoted string or a
 * block scalar (a client's `description: |`) is text, not a comment: read as one, a value could switch the gate
 * off. The `yaml` package's concrete syntax tree knows where comments are, whatever the construct.
 */
export function onlyYamlComments(text: string, directives: Directive[]): Directive[] {
  if (directives.length === 0) return directives;
  const comments = new Set<number>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 200 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, depth + 1);
      return;
    }
    const t = node as { type?: unknown; offset?: unknown };
    if (t.type === 'comment' && typeof t.offset === 'number') comments.add(t.offset);
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') walk(v, depth + 1);
  };
  for (const token of new Parser().parse(text)) walk(token, 0);
  return directives.filter((d) => comments.has(d.span.start));
}
