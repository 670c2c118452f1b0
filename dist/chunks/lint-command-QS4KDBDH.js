import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  version
} from "./chunk-BE4T6262.js";
import {
  FORMATTERS,
  defaultConfig,
  findConfig,
  fixPaths,
  lintPaths,
  loadConfig,
  loadKeywordsFile,
  writeFileAtomic
} from "./chunk-N2YUHMZC.js";
import "./chunk-TARS2PXH.js";
import {
  UsageError
} from "./chunk-F5XGO7ZK.js";
import {
  RULES,
  didYouMean
} from "./chunk-CNYODDSZ.js";
import "./chunk-42L5XZ5O.js";
import "./chunk-QNJ7AKOI.js";
import {
  displayPath
} from "./chunk-OU6KKD5U.js";
import "./chunk-OJ32ZEHW.js";

// src/cli/lint-command.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/fix/diff.ts
function unifiedDiff(oldText, newText, oldName, newName, context = 3) {
  if (oldText === newText) return "";
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = diffLines(a, b);
  const hunks = [];
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === " ") i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context);
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j].kind !== " ") end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const slice = ops.slice(start, stop);
    const oldStart = slice.find((o) => o.kind !== "+")?.ai ?? ops[start].ai;
    const newStart = slice.find((o) => o.kind !== "-")?.bi ?? ops[start].bi;
    const oldCount = slice.filter((o) => o.kind !== "+").length;
    const newCount = slice.filter((o) => o.kind !== "-").length;
    hunks.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${newCount ? newStart + 1 : newStart},${newCount} @@`);
    for (const o of slice) hunks.push(o.kind + o.text.replace(/\r$/, ""));
    i = stop;
    start = stop;
  }
  return [`--- ${oldName}`, `+++ ${newName}`, ...hunks].join("\n") + "\n";
}
function splitLines(t) {
  const lines = t.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function diffLines(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = /* @__PURE__ */ new Map([[1, 0]]);
  const trace = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1) ? v.get(k + 1) ?? 0 : (v.get(k - 1) ?? 0) + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) [x2, y2] = [x2 + 1, y2 + 1];
      v.set(k, x2);
      if (x2 >= n && y2 >= m) break outer;
    }
  }
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: " ", text: a[x - 1], ai: x - 1, bi: y - 1 });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "+", text: b[y - 1], ai: x, bi: y - 1 });
      else ops.push({ kind: "-", text: a[x - 1], ai: x - 1, bi: y });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

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
        await writeFileAtomic(file, text);
      } catch (err) {
        throw new UsageError(`cannot write ${spec.file}: ${err.message}`);
      }
    } else {
      io.stdout(formatter({ ...input, color }));
    }
  }
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
  const shown = values.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  await writeOutputs(
    outputs,
    {
      findings: shown,
      summary: values.quiet ? { ...result.summary, warnings: 0, infos: 0 } : result.summary,
      rules: RULES,
      cwd: io.cwd,
      toolVersion: version,
      notes: values["fix-dry-run"] ? { dryRun: true } : { fixed }
    },
    io,
    color
  );
  const { errors, warnings } = result.summary;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`orglint: ${warnings} warnings, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}
export {
  LINT_OPTIONS,
  lintCommand,
  resolveConfig
};
