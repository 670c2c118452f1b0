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
  try {
    for (const token of new Parser().parse(text)) walk(token, 0);
  } catch (err) {
    // the package's parser recurses once a level: a text nested thousands deep (`- - - - …`) overflows the stack.
    // Such a file is a parse-error already (yaml-source.ts says "nesting is too deep to read"); none of its
    // directives is honoured, so nothing is hidden by one that cannot be told from text
    if (err instanceof RangeError) return [];
    throw err;
  }
  return directives.filter((d) => comments.has(d.span.start));
}
