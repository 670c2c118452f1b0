import type { Tree } from 'web-tree-sitter';
import type { Directive } from '../document';

const DIRECTIVE = /(#|\/\/|\/\*)[ \t]*orglint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\r\n]*)/g;

/**
 * `orglint-…` directives in HCL comments: `# …`, `// …`, and one-line `/* … *\/`. A match counts only when the
 * parser says it is a comment (not text inside a string or heredoc).
 */
export function hclDirectives(text: string, tree: Tree): Directive[] {
  if (!text.includes('orglint-')) return [];
  const out: Directive[] = [];
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index!;
    const node = tree.rootNode.descendantForIndex(at, at + 1);
    if (node?.type !== 'comment' || node.startIndex !== at) continue;
    let rest = m[3];
    if (m[1] === '/*') {
      const close = rest.indexOf('*/');
      // a block comment over several lines is not a directive
      if (close === -1) continue;
      rest = rest.slice(0, close);
    }
    const [idsPart, ...reason] = rest.split(/\s--\s?|^--\s?/);
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) line++, (counted = nl + 1);
    out.push({
      kind: m[2] as Directive['kind'],
      ruleIds,
      reason: reason.length ? reason.join(' -- ').trim() : undefined,
      line,
      span: { start: at, end: node.endIndex },
    });
  }
  return out;
}
