import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  defaultConfig,
  findConfig,
  getHeapSpaceStatistics,
  loadConfig,
  loadKeywordsAndExclusions,
  normalizeSeverity,
  setFlagsFromString
} from "./chunk-DQTBILT3.js";
import {
  checkOutputTargets,
  parseOutputs,
  writeOutputs
} from "./chunk-5PQRB3TV.js";
import {
  checkedResources,
  lintPaths,
  namedFileBytes
} from "./chunk-QIBBQUEZ.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  formatSize
} from "./chunk-VJ3W4TCX.js";
import {
  RULES
} from "./chunk-DNTEEZQ7.js";
import {
  didYouMean
} from "./chunk-V6V22UTJ.js";
import {
  escapeControls
} from "./chunk-K3LQRXYN.js";
import {
  version
} from "./chunk-GO4ODZTT.js";
import {
  UsageError
} from "./chunk-J7O3SICE.js";
import {
  safeBase
} from "./chunk-6AH6ZUNW.js";
import {
  compareFindings
} from "./chunk-MGL2NZD7.js";

// src/cli/lint-command.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/v8-tuning.ts
var LARGE_FILE = 1024 * 1024;
function tuneV8ForRun(cwd, paths) {
  const bytes = namedFileBytes(cwd, paths, LARGE_FILE);
  if (bytes !== void 0 && bytes < LARGE_FILE) return void 0;
  try {
    setFlagsFromString("--no-turbo-inlining");
  } catch {
    return void 0;
  }
  return youngGenerationCap();
}
var YOUNG_CAP = 16 * 1024 * 1024;
function youngGenerationCap(stats = getHeapSpaceStatistics, setFlags = setFlagsFromString) {
  let done = false;
  return () => {
    if (done) return;
    const space = stats().find((s) => s.space_name === "new_space");
    if (!space || space.space_size < YOUNG_CAP) return;
    done = true;
    try {
      setFlags("--semi-space-growth-factor=1");
    } catch {
    }
  };
}

// src/cli/color.ts
function wantColor(flags, env, isTTY) {
  const last = flags.at(-1);
  if (last) return last === "color";
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !/^(0|false)$/i.test(force.trim());
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY;
}
function colorFlags(tokens) {
  return (tokens ?? []).flatMap((t) => t.kind === "option" && (t.name === "color" || t.name === "no-color") ? [t.name] : []);
}

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
var LINT_OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "print-config": { type: "string" },
  init: { type: "boolean" },
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
  "no-plugins": { type: "boolean" },
  debug: { type: "boolean" },
  "no-error-on-unmatched-pattern": { type: "boolean" },
  "pass-on-empty": { type: "boolean" },
  "no-inline-config": { type: "boolean" },
  "var-file": { type: "string", multiple: true },
  "link-base": { type: "string" },
  threads: { type: "string" }
};
function parseRuleFlags(values = [], rules = RULES) {
  const out = {};
  const ids = [...rules.map((r) => r.id), "unused-disable-directive", "disable-directive-without-reason"];
  for (const v of values) {
    const m = /^((?:@?[\w.-]+\/)?[\w-]+)=([\w-]+)$/.exec(v.trim());
    const severity = m ? normalizeSeverity(m[2]) : void 0;
    if (!m || !severity) throw new UsageError(`--rule ${v}: expected ID=SEVERITY with SEVERITY one of off, info, warning (or warn), error`);
    if (!ids.includes(m[1])) {
      const hint = didYouMean(m[1], ids);
      throw new UsageError(`--rule ${v}: unknown rule "${m[1]}"${hint ? `; did you mean "${hint}"?` : ""}`);
    }
    out[m[1]] = severity;
  }
  return out;
}
function parseThreads(value) {
  if (value === void 0 || value === "auto") return "auto";
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new UsageError(`--threads ${value}: expected auto or a whole number from 1 to 64`);
  return Number(value);
}
function withOutputFile(specs, outputFile) {
  if (outputFile === void 0) return specs;
  if (outputFile === "") throw new UsageError("-o, --output-file: the file name is empty");
  const toStdout = specs.filter((s) => !s.file);
  if (toStdout.length !== 1) {
    throw new UsageError(`-o ${outputFile} takes the one format written to standard output; ${toStdout.length ? "several are" : "every -f already names its file"} (use -f NAME=FILE for each)`);
  }
  return specs.map((s) => s.file ? s : { ...s, file: outputFile, fromOutputFile: true });
}
async function readStdin(io, maxSize) {
  if (!io.readStdin) throw new UsageError("--stdin: standard input cannot be read here");
  return io.readStdin(maxSize + 1);
}
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
function varFiles(io, files, maxFileSize = DEFAULT_MAX_FILE_SIZE) {
  if (!files?.length) return void 0;
  return files.map((f) => {
    const abs = path.resolve(io.cwd, f);
    if (!existsSync(abs)) throw new UsageError(`--var-file ${f}: no such file`);
    const stat = statSync(abs);
    if (!stat.isFile()) throw new UsageError(`--var-file ${f}: not a regular file`);
    if (stat.size > maxFileSize) throw new UsageError(`--var-file ${f}: over the ${formatSize(maxFileSize)} limit (raise maxFileSize in the config)`);
    return abs;
  });
}
async function lintCommand(argv, io) {
  const { values, positionals, tokens } = parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  if (values.init) {
    if (argv.length > 1) throw new UsageError("--init takes no other options or paths: it writes .orglint.yaml in this folder");
    return (await import("./init-command-U4BW5UWW.js")).initCommand(io);
  }
  const outputs = withOutputFile(parseOutputs(values.format), values["output-file"]);
  let maxWarnings = -1;
  if (values["max-warnings"] !== void 0) {
    if (!/^\d+$/.test(values["max-warnings"])) throw new UsageError(`--max-warnings ${values["max-warnings"]}: expected a whole number`);
    maxWarnings = Number(values["max-warnings"]);
  }
  const threads = parseThreads(values.threads);
  const linkBase = values["link-base"];
  if (linkBase !== void 0 && !safeBase(linkBase)) {
    throw new UsageError(`--link-base ${JSON.stringify(linkBase)}: expected an http(s) URL without credentials, query or fragment, e.g. https://github.com/OWNER/REPO/blob/SHA`);
  }
  const modes = [values.fix, values["fix-unsafe"], values["fix-dry-run"]].filter(Boolean).length;
  if (modes > 1 && !(values["fix-dry-run"] && values["fix-unsafe"] && !values.fix)) {
    throw new UsageError("use one of --fix, --fix-unsafe, --fix-dry-run (add --fix-unsafe to --fix-dry-run to preview unsafe fixes)");
  }
  if (values["update-baseline"] && values["fix-dry-run"]) throw new UsageError("--update-baseline writes a file: not with --fix-dry-run");
  if (values["stdin-filename"] !== void 0 && !values.stdin) throw new UsageError("--stdin-filename names standard input: add --stdin");
  if (values.stdin) {
    if (values["stdin-filename"] === void 0 || values["stdin-filename"] === "") {
      throw new UsageError("--stdin needs --stdin-filename NAME: the name decides how the text is read (tenant.yaml, clients/app.json, x.patch.json)");
    }
    if (positionals.length) throw new UsageError("--stdin lints standard input: name no paths as well");
    if (modes) throw new UsageError("--stdin has no file to fix: not with --fix, --fix-unsafe or --fix-dry-run");
  }
  const color = wantColor(colorFlags(tokens), io.env, io.stdoutIsTTY);
  const debug = values.debug ? (m) => io.stderr(`orglint: debug: ${m}
`) : void 0;
  const config = await resolveConfig(io, values.config, values.keywords, { plugins: !values["no-plugins"] });
  if (debug && config.file) debug(`config ${config.file}`);
  const rules = rulesOf(config);
  if (values["print-config"] !== void 0) {
    if (positionals.length || values.stdin) throw new UsageError("--print-config FILE prints the settings of one file: name no other paths");
    const { printConfig } = await import("./print-config-ZSGJKENF.js");
    io.stdout(printConfig(values["print-config"], config, rules, parseRuleFlags(values.rule, rules), io.cwd));
    return 0;
  }
  const stdin = values.stdin ? { file: path.resolve(io.cwd, values["stdin-filename"]), bytes: await readStdin(io, config.maxFileSize) } : void 0;
  const req = {
    cwd: io.cwd,
    paths: stdin ? [] : positionals.length ? positionals : ["."],
    config,
    rules,
    cliRules: parseRuleFlags(values.rule, rules),
    debug,
    stdin,
    inlineConfig: !values["no-inline-config"],
    varFiles: varFiles(io, values["var-file"], config.maxFileSize),
    // each tenant's documents go once its findings and report pieces are made (fixes keep them: they edit them)
    release: !modes,
    reportModels: outputs.some((o) => o.format === "html" || o.format === "markdown"),
    quoteContext: outputs.some((o) => o.format === "html"),
    // a worker reads the config again as this run did (plugins too); fixes and --stdin stay on this thread
    workers: { threads, source: { cwd: io.cwd, config: values.config, keywords: values.keywords, plugins: !values["no-plugins"] } }
  };
  const policy = { errorOnUnmatched: !values["no-error-on-unmatched-pattern"], passOnEmpty: Boolean(values["pass-on-empty"]) };
  const note = (m) => io.stderr(`orglint: ${m}
`);
  const named = stdin ? [`standard input (--stdin-filename ${values["stdin-filename"]})`] : req.paths;
  let result;
  let fixed = 0;
  if (!stdin) req.betweenGroups = tuneV8ForRun(io.cwd, req.paths);
  if (values.fix || values["fix-unsafe"] || values["fix-dry-run"]) {
    const { runFixes } = await import("./fix-files-5JNAUSGU.js");
    const check = (r) => checkSomethingLinted(r, named, policy, note);
    ({ result, fixed } = await runFixes(req, values["fix-unsafe"] ? "unsafe" : "safe", Boolean(values["fix-dry-run"]), outputs, io, check));
  } else {
    result = await lintPaths(req);
    checkSomethingLinted(result, named, policy, note);
    checkOutputTargets(outputs, result.files, io);
  }
  const inputs = [stdin?.file, config.file, values.baseline, values.keywords].filter((f) => f !== void 0);
  const read = new Set(inputs.map((f) => path.resolve(io.cwd, f)));
  for (const o of outputs) {
    if (o.file && read.has(path.resolve(io.cwd, o.file))) throw new UsageError(`${o.file} is a file this run reads: an output there would overwrite it (choose another name)`);
  }
  const wantsBaseline = values.baseline !== void 0 || values["update-baseline"];
  const runBaseline = wantsBaseline ? (await import("./run-baseline-LRTVV5S6.js")).runBaseline : void 0;
  const base = await runBaseline?.(values.baseline, Boolean(values["update-baseline"]), result, io.cwd, (m) => io.stderr(`orglint: ${m}
`));
  const findings = base?.findings ?? result.findings;
  const summary = base?.summary ?? result.summary;
  const suppressed = [...result.suppressed, ...base?.suppressed ?? []].sort(compareFindings);
  const shown = values.quiet ? findings.filter((f) => f.severity === "error") : findings;
  const baselineNotes = base ? { baselineHidden: base.hidden, baselineStale: base.stale.reduce((n, e) => n + e.count, 0) } : {};
  const quietNotes = values.quiet ? { quietHidden: { warnings: summary.warnings, infos: summary.infos } } : {};
  await writeOutputs(
    outputs,
    {
      findings: shown,
      summary: values.quiet ? { ...summary, warnings: 0, infos: 0 } : summary,
      suppressed,
      rules,
      cwd: io.cwd,
      toolVersion: version,
      notes: { ...values["fix-dry-run"] ? { dryRun: true } : { fixed }, ...baselineNotes, ...quietNotes, ...skippedNotes(result.skippedRules) },
      files: result.files,
      resources: checkedResources(result),
      // the reports a reviewer signs carry the run's context and every application's login model
      ...outputs.some((o) => o.format === "html" || o.format === "markdown") ? { report: (await import("./report-context-FH3YW7V3.js")).reportContext(result, findings, { cwd: io.cwd, config, rules, cliRules: req.cliRules, env: io.env, linkBase }) } : {}
    },
    io,
    color,
    result.secrets
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
  wantColor,
  colorFlags,
  LINT_OPTIONS,
  parseRuleFlags,
  parseThreads,
  withOutputFile,
  rulesOf,
  resolveConfig,
  skippedNotes,
  lintCommand
};
