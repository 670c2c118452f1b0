import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  configuredRuleDoc,
  provenanceOf
} from "./chunk-NHLHW4VK.js";
import {
  BUILTIN_RULES,
  RULES,
  didYouMean,
  escapeControls
} from "./chunk-FZRJ4BAB.js";
import {
  UsageError,
  ruleReadme
} from "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";

// src/cli/rules-command.ts
import { parseArgs } from "node:util";
import path from "node:path";
var CONFIG_OPTIONS = { config: { type: "string", short: "c" }, "no-plugins": { type: "boolean" } };
var RULES_OPTIONS = { format: { type: "string", short: "f" }, ...CONFIG_OPTIONS };
var EXPLAIN_OPTIONS = CONFIG_OPTIONS;
async function configuredRules(io, values) {
  const { resolveConfig } = await import("./lint-command-3CDPUZI7.js");
  return (await resolveConfig(io, values.config, void 0, { plugins: !values["no-plugins"] })).extraRules;
}
function docsOf(r, cwd) {
  const p = provenanceOf(r);
  if (!p) return `rules/${r.id}/README.md`;
  if (p.kind === "policy") return p.docs && /^https?:\/\//.test(p.docs) ? p.docs : path.relative(cwd, p.file) || p.file;
  return path.relative(cwd, p.file) || p.file;
}
async function rulesCommand(argv, io) {
  const { values } = parseArgs({ args: argv, options: RULES_OPTIONS, strict: true });
  const extra = await configuredRules(io, values);
  const list = [
    ...[...RULES, ...extra].map((r) => ({
      id: r.id,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      scope: r.meta.scope,
      // the resource types the rule cannot decide without (besides its scope's own): unknown ones skip it
      needs: r.meta.needs ?? [],
      reads: r.meta.reads ?? [],
      description: r.meta.description,
      docs: docsOf(r, io.cwd),
      ...provenanceOf(r) ? { origin: provenanceOf(r).kind } : {}
    })),
    ...Object.entries(BUILTIN_RULES).map(([id, b]) => ({ id, severity: b.severity, fixable: [], scope: "file", needs: [], reads: [], description: b.description, docs: "docs/rules.md" }))
  ];
  if (values.format === "json") {
    io.stdout(JSON.stringify(list, null, 2) + "\n");
    return 0;
  }
  if (values.format && values.format !== "text") throw new UsageError(`orglint rules --format ${values.format}: expected text or json`);
  const width = Math.max(...list.map((r) => r.id.length));
  for (const r of list) {
    const fix = r.fixable.length ? ` (fix: ${r.fixable.join(", ")})` : "";
    const origin = "origin" in r && r.origin ? ` [${r.origin}]` : "";
    io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${escapeControls(r.description)}${fix}${origin}
`);
  }
  return 0;
}
async function explainCommand(argv, io) {
  const { values, positionals } = parseArgs({ args: argv, options: EXPLAIN_OPTIONS, allowPositionals: true, strict: true });
  const id = positionals[0];
  if (!id) throw new UsageError("orglint explain: name a rule id (orglint rules lists them)");
  const builtIn = RULES.find((r) => r.id === id);
  if (!builtIn && !BUILTIN_RULES[id]) {
    const extra = await configuredRules(io, values);
    const configured = extra.find((r) => r.id === id);
    if (configured) {
      io.stdout(configuredRuleDoc(configured, io.cwd));
      return 0;
    }
    const hint = didYouMean(id, [...RULES, ...extra].map((r) => r.id));
    throw new UsageError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (orglint rules lists them)`);
  }
  const text = ruleReadme(id);
  const rule = builtIn;
  if (!text && rule) {
    io.stdout(`# ${id}

${rule.meta.description}

Severity: ${rule.meta.severity}. Source: ${rule.meta.source}
(the full README is rules/${id}/README.md in the orglint package)
`);
    return 0;
  }
  if (!text) {
    const builtin = BUILTIN_RULES[id];
    if (builtin) {
      io.stdout(`# ${id}

${builtin.description}. Built into orglint; severity ${builtin.severity}.
`);
      return 0;
    }
    const hint = didYouMean(id, RULES.map((r) => r.id));
    throw new UsageError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (orglint rules lists them)`);
  }
  io.stdout(text.endsWith("\n") ? text : `${text}
`);
  return 0;
}
export {
  EXPLAIN_OPTIONS,
  RULES_OPTIONS,
  explainCommand,
  rulesCommand
};
