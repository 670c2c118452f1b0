import type { Finding } from '../engine/finding';
import { jsonPieces, LazyList, Open } from './json-pieces';
import { skippedJson } from './skipped';
import { tenantsJson } from './tenants';
import { displayPath, type Formatter, type FormatInput } from './types';

/** Version of the JSON output contract; bump it when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

/** A finding as the JSON contract shows it. */
export function findingToJson(f: Finding, cwd: string): Record<string, unknown> {
  const primary = f.fix ?? f.alternatives?.[0] ?? null;
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: displayPath(f.file, cwd),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    resource: f.resource,
    fix: primary ? { safety: primary.safety, description: primary.description } : null,
  };
  const others = (f.alternatives ?? []).filter((a) => a !== primary);
  if (others.length) out.alternativeFixes = others.map((a) => ({ safety: a.safety, description: a.description }));
  if (f.predictedResponse) out.predictedResponse = f.predictedResponse;
  if (f.related?.length) out.related = f.related.map((r) => ({ ...r, file: displayPath(r.file, cwd) }));
  return out;
}

/** A suppressed finding as the JSON contract shows it: the finding and how it was hidden. */
const suppressedToJson = (cwd: string) => (f: Finding) => ({
  ...findingToJson(f, cwd),
  suppression: { kind: f.suppression?.kind ?? 'inline', reason: f.suppression?.reason ?? null },
});

/** The versioned JSON report other tools read. */
export function jsonReport(input: FormatInput): Record<string, unknown> {
  return reportOf(input, input.findings.map((f) => findingToJson(f, input.cwd)), (input.suppressed ?? []).map(suppressedToJson(input.cwd)));
}

/** The JSON report with the findings and suppressed findings given (jsonParts writes them a batch at a time). */
function reportOf(input: FormatInput, findings: unknown, suppressed: unknown): Record<string, unknown> {
  const report: Record<string, unknown> = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'orglint', version: input.toolVersion },
    summary: { ...input.summary, suppressed: input.summary.suppressed ?? input.suppressed?.length ?? 0 },
    findings,
    // every finding an orglint-disable comment or the baseline hid, and why
    suppressed,
  };
  if (input.notes?.baselineHidden) report.baselineHidden = input.notes.baselineHidden;
  if (input.notes?.quietHidden) report.quietHidden = input.notes.quietHidden;
  if (input.notes?.skippedRules?.length) report.skippedRules = skippedJson(input.notes.skippedRules, input.cwd);
  if (input.notes?.tenants?.length) report.tenants = tenantsJson(input.notes.tenants);
  return report;
}

export const json: Formatter = (input) => JSON.stringify(jsonReport(input), null, 2) + '\n';

/** The JSON text in pieces, what `json` returns: the findings and suppressed findings made a batch at a time. */
function* jsonParts(input: FormatInput): Generator<string> {
  yield* jsonPieces(new Open(reportOf(input, new LazyList(input.findings, (f) => findingToJson(f, input.cwd)), new LazyList(input.suppressed ?? [], suppressedToJson(input.cwd)))));
}
json.parts = jsonParts;
