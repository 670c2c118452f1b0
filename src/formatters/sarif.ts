import { findingHash } from '../baseline/finding-key';
import type { Finding } from '../engine/finding';
import type { Severity } from '../rule-api/types';
import { jsonPieces, LazyList, Open } from './json-pieces';
import { repoPath, repoRoot } from './repo-root';
import { markdownToText, readmeSection, repositoryUrl, ruleInfos, type RuleInfo } from './rule-docs';
import { skippedSarifNotifications } from './skipped';
import { allAudited, tenantsSarifNotifications } from './tenants';
import type { Formatter, FormatInput } from './types';

/** The `$id` of the official OASIS SARIF 2.1.0 schema. */
export const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';

/** GitHub code scanning keeps at most this many results of one run. */
export const SARIF_MAX_RESULTS = 25_000;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * GitHub code scanning ranks `security`-tagged rules by `properties["security-severity"]` (0.1-3.9 low, 4.0-6.9
 * medium, 7.0-8.9 high, 9.0+ critical): from the rule's default severity. An error blocks logins or a deploy
 * (high), a warning is a setting that does not do what it says (medium), an info is worth a look (low).
 */
export const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warning: '5.0', info: '2.0' };

/** SARIF 2.1.0 for GitHub code scanning: one run, every rule, results located relative to the repository root. */
export const sarif: Formatter = (input) => JSON.stringify(sarifLog(input), null, 2) + '\n';

/** The SARIF text in pieces, what `sarif` returns: the results made a batch at a time. */
sarif.parts = (input) => jsonPieces(logOf(input, true) as Open);

/** The SARIF log as an object. */
export function sarifLog(input: FormatInput): Record<string, unknown> {
  return logOf(input, false) as Record<string, unknown>;
}

/** The SARIF log; `streamed`: with its results a LazyList (in the objects that hold it, Open), for jsonPieces. */
function logOf(input: FormatInput, streamed: boolean): Record<string, unknown> | Open {
  const suppressed = input.suppressed ?? [];
  const infos = ruleInfos(input.rules, [...input.findings, ...suppressed]);
  const ids = [...infos.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const root = repoRoot(input.cwd);
  // suppressed results are kept, marked (GitHub code scanning shows them as dismissed, with the justification)
  let findings = [...input.findings, ...suppressed];
  const notifications: Record<string, unknown>[] = [];
  if (findings.length > SARIF_MAX_RESULTS) {
    // keep the most severe, unsuppressed first; sort is stable, so file order stays within a severity
    const rank = (f: Finding) => RANK[f.severity] + (f.suppression ? 3 : 0);
    findings = findings.sort((a, b) => rank(a) - rank(b)).slice(0, SARIF_MAX_RESULTS);
    notifications.push({
      level: 'warning',
      message: { text: `${input.findings.length + suppressed.length - SARIF_MAX_RESULTS} results left out: GitHub code scanning keeps at most ${SARIF_MAX_RESULTS} a run` },
    });
  }
  notifications.push(...skippedSarifNotifications(input.notes?.skippedRules ?? [], input.cwd, (id) => index.get(id)));
  notifications.push(...tenantsSarifNotifications(input.notes?.tenants));
  const occurrences = new Map<string, number>();
  const made = (f: Finding) => {
    const uri = repoPath(f.file, root);
    const base = findingHash(uri, f);
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    const r = result(f, uri, index.get(f.ruleId)!, `${base}:${n}`);
    if (f.related?.length) {
      r.relatedLocations = f.related.map((x, id) => ({
        id,
        physicalLocation: {
          artifactLocation: { uri: encodeUri(repoPath(x.file, root)) },
          region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn },
        },
        message: { text: x.message },
      }));
    }
    return r;
  };
  const results = streamed ? new LazyList(findings, made) : findings.map(made);
  const informationUri = repositoryUrl();
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'orglint',
        version: input.toolVersion,
        semanticVersion: input.toolVersion,
        ...(informationUri ? { informationUri } : {}),
        rules: ids.map((id) => descriptor(infos.get(id)!)),
      },
    },
    invocations: [{ executionSuccessful: allAudited(input.notes?.tenants), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (input.notes?.baselineHidden) run.properties = { baselineHidden: input.notes.baselineHidden };
  if (streamed) return new Open({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: new Open([new Open(run)]) });
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

function descriptor(r: RuleInfo): Record<string, unknown> {
  const why = r.readme ? readmeSection(r.readme, 'Why') : undefined;
  const helpMarkdown = r.readme ?? `${r.description}${r.source ? `\n\nSource: ${r.source}` : ''}`;
  return {
    id: r.id,
    name: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: why ? firstParagraph(markdownToText(why)) : r.description },
    help: { text: markdownToText(helpMarkdown), markdown: helpMarkdown },
    ...(r.helpUri ? { helpUri: r.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: r.builtin ? ['orglint'] : ['security', 'auth0', 'organizations'],
      ...(r.builtin ? {} : { 'security-severity': SECURITY_SEVERITY[r.severity] }),
      fixable: [...r.fixable],
    },
  };
}

function result(f: Finding, uri: string, ruleIndex: number, fingerprint: string): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: encodeUri(uri) } };
  if (f.line >= 1 && f.column >= 1) {
    physicalLocation.region = {
      startLine: f.line,
      startColumn: f.column,
      endLine: Math.max(f.endLine, f.line),
      endColumn: f.endLine > f.line ? Math.max(1, f.endColumn) : Math.max(f.endColumn, f.column),
    };
  }
  const location: Record<string, unknown> = { physicalLocation };
  if (f.resource) {
    location.logicalLocations = [{ name: f.resource.name, fullyQualifiedName: `${f.resource.type}/${f.resource.name}${f.path}`, kind: 'object' }];
  }
  const properties: Record<string, unknown> = { path: f.path };
  if (f.resource) properties.resource = f.resource;
  if (f.fix) properties.fix = { safety: f.fix.safety, description: f.fix.description };
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location],
    partialFingerprints: { primaryLocationLineHash: fingerprint },
    properties,
  };
  if (f.suppression) {
    const s = f.suppression;
    out.suppressions = [{ kind: s.kind === 'inline' ? 'inSource' : 'external', ...(s.reason ? { justification: s.reason } : {}) }];
  }
  return out;
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept; URLs stay as they are. */
function encodeUri(p: string): string {
  // every result of a file names it again: each one encoded once
  let uri = uris.get(p);
  if (uri === undefined) {
    if (uris.size >= 100_000) uris.clear();
    uris.set(p, (uri = /^[a-z][a-z0-9+.-]*:\/\//i.test(p) ? p : p.split('/').map(encodeURIComponent).join('/')));
  }
  return uri;
}

const uris = new Map<string, string>();

function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ').trim();
}
