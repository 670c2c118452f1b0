import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  findingHash
} from "./chunk-AEE63QYQ.js";
import {
  repoPath,
  repoRoot
} from "./chunk-YYLBFOH6.js";
import {
  markdownToText,
  readmeSection,
  repositoryUrl,
  ruleInfos
} from "./chunk-O2ETZ3OI.js";

// src/formatters/sarif.ts
var SARIF_SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
var SARIF_MAX_RESULTS = 25e3;
var LEVEL = { error: "error", warning: "warning", info: "note" };
var RANK = { error: 0, warning: 1, info: 2 };
var sarif = (input) => JSON.stringify(sarifLog(input), null, 2) + "\n";
function sarifLog(input) {
  const infos = ruleInfos(input.rules, input.findings);
  const ids = [...infos.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const root = repoRoot(input.cwd);
  let findings = input.findings;
  const notifications = [];
  if (findings.length > SARIF_MAX_RESULTS) {
    findings = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, SARIF_MAX_RESULTS);
    notifications.push({
      level: "warning",
      message: { text: `${input.findings.length - SARIF_MAX_RESULTS} results left out: GitHub code scanning keeps at most ${SARIF_MAX_RESULTS} a run` }
    });
  }
  const occurrences = /* @__PURE__ */ new Map();
  const results = findings.map((f) => {
    const uri = repoPath(f.file, root);
    const base = findingHash(uri, f);
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    return result(f, uri, index.get(f.ruleId), `${base}:${n}`);
  });
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
    invocations: [{ executionSuccessful: true, ...notifications.length ? { toolExecutionNotifications: notifications } : {} }],
    columnKind: "utf16CodeUnits",
    results
  };
  if (input.notes?.baselineHidden) run.properties = { baselineHidden: input.notes.baselineHidden };
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
    properties: { tags: r.builtin ? ["orglint"] : ["auth0", "organizations"], fixable: [...r.fixable] }
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
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location],
    partialFingerprints: { primaryLocationLineHash: fingerprint },
    properties
  };
}
function encodeUri(p) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return p;
  return p.split("/").map(encodeURIComponent).join("/");
}
function firstParagraph(text) {
  return text.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, " ").trim();
}

export {
  SARIF_SCHEMA,
  SARIF_MAX_RESULTS,
  sarif,
  sarifLog
};
