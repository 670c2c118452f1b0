import type { Directive, SourceDocument } from '../sources/document';
import type { Finding } from './finding';
import { spanToPosition } from './positions';

/** Rule ids that a directive cannot hide: a file that cannot be read was never checked. */
const UNSUPPRESSIBLE = new Set(['parse-error', 'read-error', 'file-too-large', 'unused-disable-directive']);

interface Scope {
  directive: Directive;
  fromLine: number;
  toLine: number;
  /** rule ids it named that hid something (or '*' for a directive naming none) */
  used: Set<string>;
}

/**
 * Apply a document's `# orglint-disable…` comments: drop the findings they cover and report each directive
 * (or rule id in one) that covered nothing as `unused-disable-directive`.
 */
export function applyDirectives(doc: SourceDocument, findings: Finding[], knownRuleIds: ReadonlySet<string>): { kept: Finding[]; unused: Finding[] } {
  if (doc.directives.length === 0) return { kept: findings, unused: [] };
  const scopes: Scope[] = [];
  const open: Scope[] = [];
  for (const d of doc.directives) {
    const scope = (from: number, to: number) => ({ directive: d, fromLine: from, toLine: to, used: new Set<string>() });
    switch (d.kind) {
      case 'disable-file':
        scopes.push(scope(1, Infinity));
        break;
      case 'disable-line':
        scopes.push(scope(d.line, d.line));
        break;
      case 'disable-next-line':
        scopes.push(scope(d.line + 1, d.line + 1));
        break;
      case 'disable': {
        const s = scope(d.line, Infinity);
        scopes.push(s);
        open.push(s);
        break;
      }
      case 'enable':
        for (const s of open) {
          if (s.toLine !== Infinity) continue;
          const closes = d.ruleIds.length === 0 || s.directive.ruleIds.length === 0 || s.directive.ruleIds.some((id) => d.ruleIds.includes(id));
          if (closes) s.toLine = d.line;
        }
        break;
    }
  }
  const kept: Finding[] = [];
  for (const f of findings) {
    let hidden = false;
    if (!UNSUPPRESSIBLE.has(f.ruleId)) {
      for (const s of scopes) {
        if (f.line < s.fromLine || f.line > s.toLine) continue;
        const ids = s.directive.ruleIds;
        if (ids.length === 0) {
          s.used.add('*');
          hidden = true;
        } else if (ids.includes(f.ruleId)) {
          s.used.add(f.ruleId);
          hidden = true;
        }
      }
    }
    if (!hidden) kept.push(f);
  }
  const unused: Finding[] = [];
  for (const s of scopes) {
    const d = s.directive;
    if (d.kind === 'enable') continue;
    const idle = d.ruleIds.length === 0 ? (s.used.size === 0 ? ['*'] : []) : d.ruleIds.filter((id) => !s.used.has(id));
    for (const id of idle) {
      const pos = spanToPosition(doc, d.span);
      const what = id === '*' ? 'this orglint-' + d.kind + ' comment suppresses nothing' : knownRuleIds.has(id) ? `"${id}" is disabled here but reports nothing` : `"${id}" is not a rule orglint knows`;
      unused.push({
        ruleId: 'unused-disable-directive',
        severity: 'warning',
        message: `unused disable directive: ${what}`,
        file: doc.file,
        ...pos,
        path: '',
        resource: null,
        fix: null,
        doc,
        span: d.span,
      });
    }
  }
  return { kept, unused };
}
