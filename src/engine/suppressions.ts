import type { Directive, SourceDocument } from '../sources/document';
import type { Finding } from './finding';
import { escapeControls } from '../formatters/types';
import { spanToPosition } from './positions';

/** The built-in check for `requireDirectiveReason: true`. */
export const DIRECTIVE_WITHOUT_REASON = 'disable-directive-without-reason';

/** Rule ids that a directive cannot hide: a file that cannot be read was never checked. */
const UNSUPPRESSIBLE = new Set(['parse-error', 'read-error', 'file-too-large', 'unused-disable-directive', DIRECTIVE_WITHOUT_REASON]);

interface Scope {
  directive: Directive;
  fromLine: number;
  toLine: number;
  /** rule ids it named that hid something (or '*' for a directive naming none) */
  used: Set<string>;
}

/**
 * Apply a document's `# orglint-disable…` comments: drop the findings they cover and report each directive
 * (or rule id in one) that covered nothing as `unused-disable-directive`. Linear-logarithmic in directives and
 * findings: a file with a directive on every line must not make the run quadratic.
 */
export function applyDirectives(
  doc: SourceDocument,
  findings: Finding[],
  knownRuleIds: ReadonlySet<string>,
): { kept: Finding[]; unused: Finding[]; suppressed: Finding[]; unexplained: Finding[] } {
  if (doc.directives.length === 0) return { kept: findings, unused: [], suppressed: [], unexplained: [] };
  const scopes: Scope[] = [];
  // open `disable` scopes, by rule id ('*' for a directive naming none), so each `enable` closes its own quickly
  const open = new Map<string, Set<Scope>>();
  const close = (s: Scope, line: number) => {
    s.toLine = line;
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ['*']) open.get(id)?.delete(s);
  };
  for (const d of doc.directives) {
    const scope = (from: number, to: number) => ({ directive: d, fromLine: from, toLine: to, used: new Set<string>() });
    switch (d.kind) {
      case 'disable-file':
        scopes.push(scope(1, Infinity));
        break;
      case 'disable-line':
        scopes.push(scope(d.line, d.endLine ?? d.line));
        break;
      case 'disable-next-line': {
        const next = (d.endLine ?? d.line) + 1;
        scopes.push(scope(next, next));
        break;
      }
      case 'disable': {
        const s = scope(d.line, Infinity);
        scopes.push(s);
        for (const id of d.ruleIds.length ? d.ruleIds : ['*']) {
          const set = open.get(id) ?? new Set<Scope>();
          set.add(s);
          open.set(id, set);
        }
        break;
      }
      case 'enable': {
        const closing = d.ruleIds.length === 0 ? [...open.values()].flatMap((set) => [...set]) : ['*', ...d.ruleIds].flatMap((id) => [...(open.get(id) ?? [])]);
        for (const s of closing) close(s, d.line);
        break;
      }
    }
  }
  // per rule id ('*': every rule): the merged line ranges its scopes cover, and the lines of its findings
  const ranges = new Map<string, [number, number][]>();
  for (const s of scopes) {
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ['*']) {
      const list = ranges.get(id) ?? [];
      list.push([s.fromLine, s.toLine]);
      ranges.set(id, list);
    }
  }
  for (const list of ranges.values()) mergeRanges(list);
  const lines = new Map<string, number[]>([['*', []]]);
  const kept: Finding[] = [];
  const hidden: Finding[] = [];
  for (const f of findings) {
    if (UNSUPPRESSIBLE.has(f.ruleId)) {
      kept.push(f);
      continue;
    }
    lines.get('*')!.push(f.line);
    const own = lines.get(f.ruleId) ?? [];
    own.push(f.line);
    lines.set(f.ruleId, own);
    if (!covers(ranges.get('*'), f.line) && !covers(ranges.get(f.ruleId), f.line)) kept.push(f);
    else hidden.push(f);
  }
  // each hidden finding names the directive that hid it (the nearest one above it that covers its rule)
  const byLine = new Map<number, Scope[]>();
  const wide: Scope[] = [];
  for (const s of scopes) {
    if (s.fromLine !== s.toLine) wide.push(s);
    else byLine.set(s.fromLine, [...(byLine.get(s.fromLine) ?? []), s]);
  }
  const nearestWide = wideScopeFinder(wide);
  const suppressed = [...hidden]
    .sort((x, y) => x.line - y.line)
    .map((f) => {
      const s = coveringScope(byLine.get(f.line) ?? [], f) ?? nearestWide(f);
      const d = s?.directive;
      return { ...f, suppression: { kind: 'inline' as const, reason: d?.reason || null, directive: d ? { kind: d.kind, line: d.line, ...(s!.toLine === Infinity ? { toEnd: true } : {}) } : undefined } };
    });
  for (const list of lines.values()) list.sort((a, b) => a - b);
  for (const s of scopes) {
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ['*']) {
      if (anyWithin(lines.get(id), s.fromLine, s.toLine)) s.used.add(id);
    }
  }
  const unused: Finding[] = [];
  const unexplained: Finding[] = [];
  for (const d of doc.directives) {
    if (d.kind === 'enable' || d.reason) continue;
    unexplained.push({
      ruleId: DIRECTIVE_WITHOUT_REASON,
      severity: 'error',
      message: `orglint-${d.kind} without a reason: write why after "--"`,
      file: doc.file,
      ...spanToPosition(doc, d.span),
      path: '',
      resource: null,
      fix: null,
      doc,
      span: d.span,
    });
  }
  for (const s of scopes) {
    const d = s.directive;
    if (d.kind === 'enable') continue;
    const idle = d.ruleIds.length === 0 ? (s.used.size === 0 ? ['*'] : []) : d.ruleIds.filter((id) => !s.used.has(id));
    for (const id of idle) {
      const pos = spanToPosition(doc, d.span);
      const what = id === '*' ? 'this orglint-' + d.kind + ' comment suppresses nothing' : knownRuleIds.has(id) ? `"${id}" is disabled here but reports nothing` : `"${escapeControls(id)}" is not a rule orglint knows`;
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
  return { kept, unused, suppressed, unexplained };
}

/** The scope that hides `f`: of those given covering its line and rule, the one whose directive is nearest above. */
function coveringScope(scopes: readonly Scope[], f: Finding): Scope | undefined {
  let best: Scope | undefined;
  for (const s of scopes) {
    const ids = s.directive.ruleIds;
    if (f.line < s.fromLine || f.line > s.toLine || (ids.length && !ids.includes(f.ruleId))) continue;
    if (!best || s.directive.line > best.directive.line) best = s;
  }
  return best;
}

/**
 * For findings asked in line order: the block or file scope that hides each, the one opened last among those
 * covering its line and rule. A sweep with a heap per rule id ('*' for every rule), closed scopes dropped
 * lazily: linear-logarithmic, however many `disable`/`enable` pairs a file holds.
 */
function wideScopeFinder(wide: Scope[]): (f: Finding) => Scope | undefined {
  const byStart = [...wide].sort((a, b) => a.fromLine - b.fromLine || a.directive.line - b.directive.line);
  const heaps = new Map<string, Scope[]>();
  let next = 0;
  const top = (id: string, line: number): Scope | undefined => {
    const h = heaps.get(id);
    while (h?.length && h[0].toLine < line) heapPop(h);
    return h?.[0];
  };
  return (f) => {
    for (; next < byStart.length && byStart[next].fromLine <= f.line; next++) {
      const s = byStart[next];
      for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ['*']) {
        const h = heaps.get(id) ?? [];
        heapPush(h, s);
        heaps.set(id, h);
      }
    }
    const a = top('*', f.line);
    const b = top(f.ruleId, f.line);
    return a && b ? (a.directive.line >= b.directive.line ? a : b) : (a ?? b);
  };
}

/** A max-heap of scopes by directive line. */
function heapPush(h: Scope[], s: Scope): void {
  h.push(s);
  for (let i = h.length - 1; i > 0; ) {
    const p = (i - 1) >> 1;
    if (h[p].directive.line >= h[i].directive.line) break;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
}

function heapPop(h: Scope[]): void {
  const last = h.pop()!;
  if (h.length === 0) return;
  h[0] = last;
  for (let i = 0; ; ) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && h[l].directive.line > h[m].directive.line) m = l;
    if (r < h.length && h[r].directive.line > h[m].directive.line) m = r;
    if (m === i) break;
    [h[m], h[i]] = [h[i], h[m]];
    i = m;
  }
}

/** Sort and merge overlapping or touching [from, to] line ranges in place. */
function mergeRanges(list: [number, number][]): void {
  list.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (const r of list) {
    if (w > 0 && r[0] <= list[w - 1][1] + 1) list[w - 1][1] = Math.max(list[w - 1][1], r[1]);
    else list[w++] = [r[0], r[1]];
  }
  list.length = w;
}

/** Does one of the merged, sorted ranges hold `line`? */
function covers(list: [number, number][] | undefined, line: number): boolean {
  if (!list?.length) return false;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid][0] <= line) lo = mid;
    else hi = mid - 1;
  }
  return list[lo][0] <= line && line <= list[lo][1];
}

/** Does the sorted list hold a value in [from, to]? */
function anyWithin(sorted: number[] | undefined, from: number, to: number): boolean {
  if (!sorted?.length) return false;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] <= to;
}
