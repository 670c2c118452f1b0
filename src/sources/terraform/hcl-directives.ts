import type { Tree } from 'web-tree-sitter';
import type { Directive } from '../document';

const DIRECTIVE = /(?:(#|\/\/)[ \t]*|(\/\*)[\s*]*)orglint-(disable-next-line|disable-line|disable-file|disable|enable)\b/g;

/**
 * `orglint-…` directives in HCL comments: `# …`, `// …`, and `/* … *\/`, on one line or several. A match counts
 * only when the parser says it starts a comment (not text inside a string or heredoc). A block comment's
 * directive reads up to its `*\/` (rule ids and the reason may run over lines; a leading `*` on a line is
 * layout), and spans its lines: `disable-next-line` is the line after the comment ends, `disable-line` every
 * line it is on.
 */
export function hclDirectives(text: string, tree: Tree): Directive[] {
  if (!text.includes('orglint-')) return [];
  const out: Directive[] = [];
  const lineOf = lineCounter(text);
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index!;
    const node = tree.rootNode.descendantForIndex(at, at + 1);
    if (node?.type !== 'comment' || node.startIndex !== at) continue;
    const after = at + m[0].length;
    const line = lineOf(at);
    let rest: string;
    let endLine: number | undefined;
    if (m[2]) {
      // the comment's own text: it ends with `*/` (an unclosed one is a syntax error, and not a directive)
      const end = node.endIndex;
      if (!text.startsWith('*/', end - 2) || end - 2 < after) continue;
      rest = text.slice(after, end - 2).replace(/\r?\n[ \t]*\*(?!\/)/g, '\n').replace(/\s+/g, ' ');
      const last = lineOf(end - 1);
      if (last !== line) endLine = last;
    } else rest = text.slice(after, lineEnd(text, after));
    const [idsPart, ...reason] = rest.split(/\s--\s?|^--\s?/);
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    out.push({
      kind: m[3] as Directive['kind'],
      ruleIds,
      reason: reason.length ? reason.join(' -- ').trim() : undefined,
      line,
      ...(endLine !== undefined ? { endLine } : {}),
      span: { start: at, end: node.endIndex },
    });
  }
  return out;
}

const LINE_END = /[\r\n]/g;

function lineEnd(text: string, from: number): number {
  LINE_END.lastIndex = from;
  return LINE_END.exec(text)?.index ?? text.length;
}

/** The 1-based line of an offset, for offsets asked in increasing order (mostly): counted once over the text. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let counted = 0;
  return (offset) => {
    if (offset < counted) {
      line = 1;
      counted = 0;
    }
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      line++;
      counted = nl + 1;
    }
    return line;
  };
}
