import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  version
} from "./chunk-WNH67Y5N.js";
import {
  FORMATTERS,
  defaultConfig,
  findConfig,
  loadConfig,
  loadKeywordsFile
} from "./chunk-FBHYU45N.js";
import {
  UsageError
} from "./chunk-F5XGO7ZK.js";
import {
  RULES,
  didYouMean
} from "./chunk-POYBXGKA.js";
import {
  lintPaths
} from "./chunk-HFPKZ4GA.js";
import {
  toPointer
} from "./chunk-4PPNWPYB.js";
import {
  displayPath
} from "./chunk-GFE7LF6Q.js";

// src/cli/lint-command.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/cli/outputs.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";
function parseOutputs(values) {
  const specs = (values?.length ? values : ["stylish"]).map((v) => {
    const eq = v.indexOf("=");
    const format = (eq === -1 ? v : v.slice(0, eq)).trim();
    const file = eq === -1 ? void 0 : v.slice(eq + 1);
    if (!(format in FORMATTERS)) {
      const hint = didYouMean(format, Object.keys(FORMATTERS));
      throw new UsageError(`unknown format "${format}"${hint ? `; did you mean "${hint}"?` : ""} (formats: ${Object.keys(FORMATTERS).join(", ")})`);
    }
    if (file === "") throw new UsageError(`-f ${format}=: the file name is empty`);
    return { format, file };
  });
  return specs;
}
async function writeOutputs(specs, input, io, color) {
  for (const spec of specs) {
    const formatter = await FORMATTERS[spec.format]();
    if (spec.file) {
      const text = formatter({ ...input, color: false });
      const file = path.resolve(io.cwd, spec.file);
      await mkdir(path.dirname(file), { recursive: true });
      try {
        const { writeFileAtomic } = await import("./run-fixes-3RKLW2W4.js");
        await writeFileAtomic(file, text);
      } catch (err) {
        throw new UsageError(`cannot write ${spec.file}: ${err.message}`);
      }
    } else {
      io.stdout(formatter({ ...input, color }));
    }
  }
}

// src/formatters/checked-resources.ts
function checkedResources(result) {
  const linted = new Set(result.files);
  const out = [];
  for (const t of result.tenants) {
    for (const r of [...t.clients, ...t.clientGrants, ...t.organizations]) {
      if (!linted.has(r.doc.file)) continue;
      const c = { type: r.type, name: r.name, file: r.doc.file, path: toPointer(r.path), partial: r.partial };
      if (r.type === "client") {
        c.organizationUsage = r.value.organization_usage;
        c.organizationRequireBehavior = r.value.organization_require_behavior;
      }
      out.push(c);
    }
  }
  return out;
}

// src/cli/lint-command.ts
var LINT_OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  config: { type: "string", short: "c" },
  rule: { type: "string", multiple: true },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  fix: { type: "boolean" },
  "fix-unsafe": { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  keywords: { type: "string" },
  baseline: { type: "string" },
  "update-baseline": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  debug: { type: "boolean" }
};
function parseRuleFlags(values = []) {
  const out = {};
  const ids = [...RULES.map((r) => r.id), "unused-disable-directive"];
  for (const v of values) {
    const m = /^([\w-]+)=(off|info|warning|error)$/.exec(v.trim());
    if (!m) throw new UsageError(`--rule ${v}: expected ID=SEVERITY with SEVERITY one of off, info, warning, error`);
    if (!ids.includes(m[1])) {
      const hint = didYouMean(m[1], ids);
      throw new UsageError(`--rule ${v}: unknown rule "${m[1]}"${hint ? `; did you mean "${hint}"?` : ""}`);
    }
    out[m[1]] = m[2];
  }
  return out;
}
async function resolveConfig(io, configFlag, keywordsFlag) {
  const file = configFlag ? path2.resolve(io.cwd, configFlag) : findConfig(io.cwd);
  if (configFlag && file && !existsSync(file)) throw new UsageError(`config file not found: ${configFlag}`);
  const config = file ? await loadConfig(file, RULES, io.cwd) : defaultConfig(io.cwd);
  if (keywordsFlag) {
    const kw = await loadKeywordsFile(path2.resolve(io.cwd, keywordsFlag), io.cwd);
    config.keywords = { ...config.keywords, ...kw };
  }
  return config;
}
async function lintCommand(argv, io) {
  const { values, positionals } = parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: true, strict: true });
  const outputs = parseOutputs(values.format);
  let maxWarnings = -1;
  if (values["max-warnings"] !== void 0) {
    if (!/^\d+$/.test(values["max-warnings"])) throw new UsageError(`--max-warnings ${values["max-warnings"]}: expected a whole number`);
    maxWarnings = Number(values["max-warnings"]);
  }
  const modes = [values.fix, values["fix-unsafe"], values["fix-dry-run"]].filter(Boolean).length;
  if (modes > 1 && !(values["fix-dry-run"] && values["fix-unsafe"] && !values.fix)) {
    throw new UsageError("use one of --fix, --fix-unsafe, --fix-dry-run (add --fix-unsafe to --fix-dry-run to preview unsafe fixes)");
  }
  if (values["update-baseline"] && values["fix-dry-run"]) throw new UsageError("--update-baseline writes a file: not with --fix-dry-run");
  const color = values["no-color"] ? false : values.color ? true : io.stdoutIsTTY && !io.env.NO_COLOR;
  const debug = values.debug ? (m) => io.stderr(`orglint: debug: ${m}
`) : void 0;
  const config = await resolveConfig(io, values.config, values.keywords);
  if (debug && config.file) debug(`config ${config.file}`);
  const req = {
    cwd: io.cwd,
    paths: positionals.length ? positionals : ["."],
    config,
    rules: RULES,
    cliRules: parseRuleFlags(values.rule),
    debug
  };
  let result;
  let fixed = 0;
  if (values.fix || values["fix-unsafe"] || values["fix-dry-run"]) {
    const { fixPaths, writeFileAtomic } = await import("./run-fixes-3RKLW2W4.js");
    const { unifiedDiff } = await import("./diff-JW7OBQF6.js");
    const outcome = await fixPaths(req, values["fix-unsafe"] ? "unsafe" : "safe");
    result = outcome.result;
    fixed = outcome.fixed;
    for (const [file, change] of outcome.changed) {
      if (values["fix-dry-run"]) {
        const name = displayPath(file, io.cwd);
        io.stdout(unifiedDiff(change.before, change.after, `a/${name}`, `b/${name}`));
      } else {
        try {
          await writeFileAtomic(file, change.after, change.bom);
        } catch (err) {
          throw new UsageError(`cannot write ${displayPath(file, io.cwd)}: ${err.message}`);
        }
      }
    }
  } else {
    result = await lintPaths(req);
  }
  const wantsBaseline = values.baseline !== void 0 || values["update-baseline"];
  const runBaseline = wantsBaseline ? (await import("./run-baseline-L3OLFTGN.js")).runBaseline : void 0;
  const base = await runBaseline?.(values.baseline, Boolean(values["update-baseline"]), result, io.cwd, (m) => io.stderr(`orglint: ${m}
`));
  const findings = base?.findings ?? result.findings;
  const summary = base?.summary ?? result.summary;
  const shown = values.quiet ? findings.filter((f) => f.severity === "error") : findings;
  const baselineNotes = base ? { baselineHidden: base.hidden, baselineStale: base.stale.reduce((n, e) => n + e.count, 0) } : {};
  await writeOutputs(
    outputs,
    {
      findings: shown,
      summary: values.quiet ? { ...summary, warnings: 0, infos: 0 } : summary,
      rules: RULES,
      cwd: io.cwd,
      toolVersion: version,
      notes: { ...values["fix-dry-run"] ? { dryRun: true } : { fixed }, ...baselineNotes },
      files: result.files,
      resources: checkedResources(result)
    },
    io,
    color
  );
  const { errors, warnings } = summary;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`orglint: ${warnings} warnings, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}

export {
  parseOutputs,
  writeOutputs,
  checkedResources,
  LINT_OPTIONS,
  parseRuleFlags,
  resolveConfig,
  lintCommand
};
