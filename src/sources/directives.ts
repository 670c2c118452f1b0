import type { Directive } from './document';

const DIRECTIVE = /(?:^|[ \t])#[ \t]*orglint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\r\n]*)/gm;

/** Find `# orglint-…` comment directives in YAML text. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('orglint-')) return [];
  const out: Directive[] = [];
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const hash = m.index! + m[0].indexOf('#');
    while (true) {
      const nl = text.indexOf('\n', lineStart);
      if (nl === -1 || nl >= hash) break;
      line++;
      lineStart = nl + 1;
    }
    const [idsPart, ...reason] = m[2].split(/\s--\s?|^--\s?/);
    const ruleIds = idsPart
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({
      kind: m[1] as Directive['kind'],
      ruleIds,
      reason: reason.length ? reason.join(' -- ').trim() : undefined,
      line,
      span: { start: hash, end: m.index! + m[0].length },
    });
  }
  return out;
}
