import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  repoPath,
  repoRoot
} from "./chunk-CWHNAUHF.js";
import {
  markdownToText,
  readmeSection,
  repositoryUrl,
  ruleInfos
} from "./chunk-CFBCXX57.js";
import "./chunk-NHLHW4VK.js";
import {
  LazyList,
  Open,
  jsonPieces
} from "./chunk-PYQS654I.js";
import {
  allAudited,
  skippedSarifNotifications,
  tenantsSarifNotifications
} from "./chunk-HTPDSBGJ.js";
import {
  findingHash
} from "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";

// src/formatters/sarif.ts
var SARIF_SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
var SARIF_MAX_RESULTS = 25e3;
var LEVEL = { error: "error", warning: "warning", info: "note" };
var RANK = { error: 0, warning: 1, info: 2 };
var SECURITY_SEVERITY = { error: "7.5", warning: "5.0", info: "2.0" };
var sarif = (input) => JSON.stringify(sarifLog(input), null, 2) + "\n";
sarif.parts = (input) => jsonPieces(logOf(input, true));
function sarifLog(input) {
  return logOf(input, false);
}
function logOf(input, streamed) {
  const suppressed = input.suppressed ?? [];
  const infos = ruleInfos(input.rules, [...input.findings, ...suppressed]);
  const ids = [...infos.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const root = repoRoot(input.cwd);
  let findings = [...input.findings, ...suppressed];
  const notifications = [];
  if (findings.length > SARIF_MAX_RESULTS) {
    const rank = (f) => RANK[f.severity] + (f.suppression ? 3 : 0);
    findings = findings.sort((a, b) => rank(a) - rank(b)).slice(0, SARIF_MAX_RESULTS);
    notifications.push({
      level: "warning",
      message: { text: `${input.findings.length + suppressed.length - SARIF_MAX_RESULTS} results left out: GitHub code scanning keeps at most ${SARIF_MAX_RESULTS} a run` }
    });
  }
  notifications.push(...skippedSarifNotifications(input.notes?.skippedRules ?? [], input.cwd, (id) => index.get(id)));
  notifications.push(...tenantsSarifNotifications(input.notes?.tenants));
  const occurrences = /* @__PURE__ */ new Map();
  const made = (f) => {
    const uri = repoPath(f.file, root);
    const base = findingHash(uri, f);
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    const r = result(f, uri, index.get(f.ruleId), `${base}:${n}`);
    if (f.related?.length) {
      r.relatedLocations = f.related.map((x, id) => ({
        id,
        physicalLocation: {
          artifactLocation: { uri: encodeUri(repoPath(x.file, root)) },
          region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn }
        },
        message: { text: x.message }
      }));
    }
    return r;
  };
  const results = streamed ? new LazyList(findings, made) : findings.map(made);
  const informationUri = repositoryUrl();
  const run = {
    tool: {
      driver: {
        name: "orglint",
        version: input.toolVersion,
        semanticVersion: input.toolVersion,
        ...informationUri ? { informationUri } : {},
        rules: ids.map((id) => descriptor(infos.get(id)))
      }
    },
    invocations: [{ executionSuccessful: allAudited(input.notes?.tenants), ...notifications.length ? { toolExecutionNotifications: notifications } : {} }],
    columnKind: "utf16CodeUnits",
    results
  };
  if (input.notes?.baselineHidden) run.properties = { baselineHidden: input.notes.baselineHidden };
  if (streamed) return new Open({ $schema: SARIF_SCHEMA, version: "2.1.0", runs: new Open([new Open(run)]) });
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
function descriptor(r) {
  const why = r.readme ? readmeSection(r.readme, "Why") : void 0;
  const helpMarkdown = r.readme ?? `${r.description}${r.source ? `

Source: ${r.source}` : ""}`;
  return {
    id: r.id,
    name: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: why ? firstParagraph(markdownToText(why)) : r.description },
    help: { text: markdownToText(helpMarkdown), markdown: helpMarkdown },
    ...r.helpUri ? { helpUri: r.helpUri } : {},
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: r.builtin ? ["orglint"] : ["security", "auth0", "organizations"],
      ...r.builtin ? {} : { "security-severity": SECURITY_SEVERITY[r.severity] },
      fixable: [...r.fixable]
    }
  };
}
function result(f, uri, ruleIndex, fingerprint) {
  const physicalLocation = { artifactLocation: { uri: encodeUri(uri) } };
  if (f.line >= 1 && f.column >= 1) {
    physicalLocation.region = {
      startLine: f.line,
      startColumn: f.column,
      endLine: Math.max(f.endLine, f.line),
      endColumn: f.endLine > f.line ? Math.max(1, f.endColumn) : Math.max(f.endColumn, f.column)
    };
  }
  const location = { physicalLocation };
  if (f.resource) {
    location.logicalLocations = [{ name: f.resource.name, fullyQualifiedName: `${f.resource.type}/${f.resource.name}${f.path}`, kind: "object" }];
  }
  const properties = { path: f.path };
  if (f.resource) properties.resource = f.resource;
  if (f.fix) properties.fix = { safety: f.fix.safety, description: f.fix.description };
  const out = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location],
    partialFingerprints: { primaryLocationLineHash: fingerprint },
    properties
  };
  if (f.suppression) {
    const s = f.suppression;
    out.suppressions = [{ kind: s.kind === "inline" ? "inSource" : "external", ...s.reason ? { justification: s.reason } : {} }];
  }
  return out;
}
function encodeUri(p) {
  let uri = uris.get(p);
  if (uri === void 0) {
    if (uris.size >= 1e5) uris.clear();
    uris.set(p, uri = /^[a-z][a-z0-9+.-]*:\/\//i.test(p) ? p : p.split("/").map(encodeURIComponent).join("/"));
  }
  return uri;
}
var uris = /* @__PURE__ */ new Map();
function firstParagraph(text) {
  return text.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, " ").trim();
}
export {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
};
