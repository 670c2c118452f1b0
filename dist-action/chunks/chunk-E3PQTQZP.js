import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  RULES,
  defaultConfig,
  findConfig,
  loadConfig,
  loadKeywordsAndExclusions
} from "./chunk-NKJJIOMT.js";
import {
  escapeControls
} from "./chunk-K3LQRXYN.js";
import {
  UsageError
} from "./chunk-4RXVTXYZ.js";

// src/cli/nothing-linted.ts
var NothingLintedError = class extends UsageError {
};
function checkSomethingLinted(result, paths, policy, warn) {
  const errors = policy.errorOnUnmatched ? result.unmatched.filter((u) => !policy.passOnEmpty || u.kind === "file") : [];
  if (errors.length) {
    const lines = errors.map((u) => u.message);
    throw new NothingLintedError(`${lines.join("\norglint: ")}
(--no-error-on-unmatched-pattern reports these as notes and lints the rest)`);
  }
  for (const u of result.unmatched) warn(`note: ${u.message}`);
  if (result.files.length === 0 && !policy.passOnEmpty) {
    throw new NothingLintedError(`no tenant configuration found in ${paths.map(escapeControls).join(", ")}: nothing was linted (--pass-on-empty lets such a run pass)`);
  }
}

// src/cli/lint-command.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";

// src/cli/v8-tuning.ts
var LARGE_FILE = 1024 * 1024;
var YOUNG_CAP = 16 * 1024 * 1024;

// src/cli/lint-command.ts
function rulesOf(config) {
  return config.extraRules.length ? [...RULES, ...config.extraRules] : [...RULES];
}
async function resolveConfig(io, configFlag, keywordsFlag, opts = {}) {
  const file = configFlag ? path.resolve(io.cwd, configFlag) : findConfig(io.cwd);
  if (configFlag && file && !existsSync(file)) throw new UsageError(`config file not found: ${configFlag}`);
  const config = file ? await loadConfig(file, RULES, io.cwd, { explicit: Boolean(configFlag), plugins: opts.plugins }) : defaultConfig(io.cwd);
  if (keywordsFlag) {
    const kw = await loadKeywordsAndExclusions(path.resolve(io.cwd, keywordsFlag), io.cwd);
    config.keywords = { ...config.keywords, ...kw.keywords };
    if (kw.exclusions) config.exclusions = kw.exclusions;
  }
  return config;
}
function skippedNotes(list) {
  return list?.length ? { skippedRules: [...list] } : {};
}

export {
  checkSomethingLinted,
  rulesOf,
  resolveConfig,
  skippedNotes
};
