import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  UsageError,
  ruleReadme
} from "./chunk-F5XGO7ZK.js";
import {
  RULES,
  didYouMean
} from "./chunk-POYBXGKA.js";
import "./chunk-QRVRRTOY.js";
import {
  BUILTIN_RULES
} from "./chunk-X3U4OVFO.js";
import "./chunk-IG3RWNXG.js";
import "./chunk-N77EVBPT.js";
import "./chunk-42L5XZ5O.js";
import "./chunk-6E4HXLBI.js";
import "./chunk-OJ32ZEHW.js";

// src/cli/rules-command.ts
import { parseArgs } from "node:util";
async function rulesCommand(argv, io) {
  const { values } = parseArgs({ args: argv, options: { format: { type: "string", short: "f" } }, strict: true });
  const list = [
    ...RULES.map((r) => ({
      id: r.id,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      scope: r.meta.scope,
      description: r.meta.description,
      docs: `rules/${r.id}/README.md`
    })),
    ...Object.entries(BUILTIN_RULES).map(([id, b]) => ({ id, severity: b.severity, fixable: [], scope: "file", description: b.description, docs: "docs/rules.md" }))
  ];
  if (values.format === "json") {
    io.stdout(JSON.stringify(list, null, 2) + "\n");
    return 0;
  }
  if (values.format && values.format !== "text") throw new UsageError(`orglint rules --format ${values.format}: expected text or json`);
  const width = Math.max(...list.map((r) => r.id.length));
  for (const r of list) {
    const fix = r.fixable.length ? ` (fix: ${r.fixable.join(", ")})` : "";
    io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}${fix}
`);
  }
  return 0;
}
async function explainCommand(argv, io) {
  const id = argv[0];
  if (!id) throw new UsageError("orglint explain: name a rule id (orglint rules lists them)");
  const text = ruleReadme(id);
  const rule = RULES.find((r) => r.id === id);
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
  explainCommand,
  rulesCommand
};
