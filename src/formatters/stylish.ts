import { findingLine, hasSource } from '../engine/detach';
import type { Finding, RelatedLocation } from '../engine/finding';
import { skippedLine } from './skipped';
import { tenantsLines, unauditedLine } from './tenants';
import { displayPath, escapeControls, suppressionCounts, wholeFileSuppressions, type Formatter, type FormatInput } from './types';

/**
 * ANSI styles, written out: the CLI decides colour (--color, --no-color, FORCE_COLOR, NO_COLOR, a terminal), so
 * nothing may second-guess it (util.styleText drops colour when stdout is not a terminal, which made `--color`
 * a no-op in a pipe, and does not exist before Node 20.12).
 */
const STYLES = {
  underline: [4, 24],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
} as const;
type Style = keyof typeof STYLES;
const styleText = (style: Style, s: string) => `\u001b[${STYLES[style][0]}m${s}\u001b[${STYLES[style][1]}m`;

/** Grouped by file, with the source line and a caret under each finding's span (ESLint's default look). */
export const stylish: Formatter = (input) => {
  let text = '';
  for (const part of stylishParts(input)) text += part;
  return text;
};

/** The stylish text in pieces: one per file (its findings, then a blank line), then the summary. */
function* stylishParts(input: FormatInput): Generator<string> {
  const paint = (style: Style, s: string) => (input.color ? styleText(style, s) : s);
  // the pieces every finding repeats, painted once
  const severity = { error: paint('red', 'error  '), warning: paint('yellow', 'warning'), info: paint('blue', 'info   ') };
  const groups = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  for (const [file, list] of groups) {
    const out: string[] = [paint('underline', displayPath(file, input.cwd))];
    const positions = list.map((f) => `${f.line}:${f.column}`);
    let width = 0;
    for (const p of positions) if (p.length > width) width = p.length;
    list.forEach((f, i) => {
      out.push(`  ${positions[i].padEnd(width)}  ${severity[f.severity] ?? severity.info}  ${f.message}  ${paint('dim', f.ruleId)}`);
      excerpt(f, paint, out);
      if (f.related) for (const r of f.related) out.push(relatedLine(r, input.cwd, paint));
    });
    out.push('', '');
    yield out.join('\n');
  }
  yield `${summaryLines(input, paint)}\n`;
}
stylish.parts = stylishParts;

/** `    ↳ variables.tf:3:5: var.usage is set here`: a place that explains the finding, under it. */
function relatedLine(r: RelatedLocation, cwd: string, paint: (s: Style, t: string) => string): string {
  return `    ${paint('dim', '↳')} ${displayPath(r.file, cwd)}:${r.line}:${r.column}: ${escapeControls(r.message)}`;
}

/** The finding's source line and a caret under its span, pushed onto `out` (nothing when it has none). */
function excerpt(f: Finding, paint: (s: Style, t: string) => string, out: string[]): void {
  if (!hasSource(f) || f.line < 1) return;
  const src = findingLine(f, f.line);
  if (src.length > 300) return;
  const gutter = String(f.line);
  const pad = ' '.repeat(gutter.length);
  const end = f.endLine === f.line ? Math.max(f.endColumn, f.column + 1) : src.length + 1;
  const caretLen = Math.max(1, Math.min(end, src.length + 1) - f.column);
  // the caret's indent keeps the line's tabs, so it lands under the span in any tab width
  const head = src.slice(0, f.column - 1);
  const lead = head.includes('\t') ? head.replace(/[^\t]/g, ' ') : ' '.repeat(head.length);
  out.push(`    ${paint('dim', `${gutter} |`)} ${src}`, `    ${paint('dim', `${pad} |`)} ${lead}${paint(f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'blue', '^'.repeat(caretLen))}`);
}

/** `✖ 5 problems (3 errors, 1 warning, 1 info)` and what else the run wants said. */
export function summaryLines(input: FormatInput, paint: (s: Style, t: string) => string = (_, t) => t): string {
  const s = input.summary;
  const lines: string[] = [];
  // a tenant that could not be read is said first: the totals below cover only the others
  const unaudited = unauditedLine(input.notes?.tenants);
  if (unaudited) lines.push(paint('red', `✖ ${unaudited}`));
  const total = s.errors + s.warnings + s.infos;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const sup = suppressionCounts(input.suppressed);
  const quiet = input.notes?.quietHidden;
  const scanned = `${plural(s.files, 'file')}, ${plural(s.clients, 'client')} checked${sup.total ? `; ${sup.total} suppressed` : ''}`;
  const notShown = quiet ? [quiet.warnings && plural(quiet.warnings, 'warning'), quiet.infos && plural(quiet.infos, 'info')].filter(Boolean).join(', ') : '';
  // --quiet leaves warnings out but keeps them in the counts: a total of 0 is clean (what is not shown is said below)
  if (total === 0) lines.push(paint('green', `✔ no problems (${scanned})`));
  else {
    const mark = s.errors ? paint('red', '✖') : s.warnings ? paint('yellow', '⚠') : paint('blue', 'ℹ');
    lines.push(`${mark} ${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}) in ${scanned}`);
  }
  if (s.fixable) lines.push(`  ${plural(s.fixable, 'problem')} with a fix: --fix applies the safe ones, --fix-unsafe all, --fix-dry-run shows them`);
  const n = input.notes;
  if (n?.fixed) lines.push(`  fixed ${plural(n.fixed, 'problem')}`);
  if (n?.dryRun) lines.push('  (what would be left after the fixes shown above; nothing was written)');
  if (total > 0 && notShown) lines.push(`  ${notShown} not shown (--quiet)`);
  if (sup.inline) {
    const why = sup.noReason ? ` (${sup.noReason} without a reason)` : '';
    lines.push(`  ${plural(sup.inline, 'finding')} suppressed by orglint-disable comments${why}; --no-inline-config shows them`);
  }
  for (const w of wholeFileSuppressions(input.suppressed)) {
    lines.push(`  ${displayPath(w.file, input.cwd)}:${w.line}: ${w.directive} hides ${plural(w.count, 'finding')}: ${w.reason ? `"${escapeControls(w.reason)}"` : 'no reason given'}`);
  }
  if (n?.baselineHidden) lines.push(`  ${plural(n.baselineHidden, 'finding')} hidden by the baseline`);
  const skipped = skippedLine(n?.skippedRules, input.cwd);
  if (skipped) lines.push(`  ${skipped}`);
  lines.push(...tenantsLines(n?.tenants));
  return lines.join('\n');
}
