import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  BUILTIN_RULES,
  CONFIG_NAMES,
  RULES,
  UsageError
} from "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";

// src/cli/init-command.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { existsSync } from "node:fs";
function starterConfig() {
  const rules = [...RULES.map((r) => ({ id: r.id, severity: r.meta.severity, description: r.meta.description })), { id: "unused-disable-directive", ...BUILTIN_RULES["unused-disable-directive"] }];
  const width = Math.max(...rules.map((r) => r.id.length + r.severity.length)) + 2;
  const lines = [
    "# orglint configuration: orglint reads the nearest .orglint.yaml (or .yml, .json) upward from the folder it",
    "# runs in, or the file --config names. `orglint --print-config FILE` shows the settings one file gets.",
    "",
    "# Severities: off | info | warning (or warn) | error; ESLint's 0 / 1 / 2 work too. A rule with options:",
    "#   require-behavior-without-require: [error, { ignoreDefault: false }]",
    "# Every rule runs at the default shown; uncomment a line to change it (orglint explain RULE-ID says why).",
    "rules:",
    ...rules.map((r) => `  # ${`${r.id}: ${r.severity}`.padEnd(width)}  # ${r.description}`),
    "",
    "# Paths never linted, as globs relative to this file (node_modules and .git never are).",
    "# ignore:",
    "#   - legacy/**",
    "",
    "# Values for deploy-cli ##KEY## / @@KEY@@ placeholders, or a file holding them (your deploy-cli config JSON).",
    "# keywords:",
    "#   ORG_USAGE: require",
    "# keywordsFile: config/dev.json",
    "",
    "# JSON files to read as PATCH /api/v2/clients/{id} bodies (besides *.patch.json).",
    "# payloads:",
    "#   - runbooks/**/*.json",
    "",
    "# Settings for some files only.",
    "# overrides:",
    "#   - files: ['tenants/dev/**']",
    "#     rules:",
    "#       organization-usage-on-m2m: off",
    "",
    "# Files larger than this (bytes) are a file-too-large finding and are not read.",
    "# maxFileSize: 10485760",
    ""
  ];
  return lines.join("\n");
}
async function initCommand(io) {
  const existing = CONFIG_NAMES.find((n) => existsSync(path.join(io.cwd, n)));
  if (existing) throw new UsageError(`${existing} already exists: orglint --init never overwrites a config (orglint --print-config FILE shows what it sets)`);
  const file = path.join(io.cwd, ".orglint.yaml");
  try {
    await writeFile(file, starterConfig(), { flag: "wx", mode: 420 });
  } catch (err) {
    throw new UsageError(`cannot write .orglint.yaml: ${err.message}`);
  }
  io.stdout("wrote .orglint.yaml: every rule at its default severity, every setting commented; edit it to taste\n");
  return 0;
}
export {
  initCommand,
  starterConfig
};
