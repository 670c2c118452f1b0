import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  WriteRefused,
  checkFixedFile,
  fixPaths,
  writeFixedFile
} from "./chunk-ONNANAHT.js";
import "./chunk-YTVYJYIZ.js";
import {
  UsageError,
  checkOutputTargets,
  chooseFix,
  displayPath,
  lintPaths,
  maskKnown,
  redactSecrets
} from "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";

// src/cli/fix-files.ts
import { realpathSync, statSync } from "node:fs";
import path from "node:path";

// src/fix/diff.ts
function unifiedDiff(oldText, newText, oldName, newName, opts = {}) {
  const { context = 3, terminal = false, secrets } = typeof opts === "number" ? { context: opts } : opts;
  if (oldText === newText) return "";
  const show = (line) => {
    const masked = redactSecrets(line, secrets);
    return terminal ? masked.replace(/\r$/, "").replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, "\uFFFD") : masked;
  };
  const aEnds = oldText.endsWith("\n");
  const bEnds = newText.endsWith("\n");
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
    for (const o of slice) {
      hunks.push(o.kind + show(o.text));
      const lastOfA = o.kind !== "+" && o.ai === a.length - 1 && !aEnds;
      const lastOfB = o.kind !== "-" && o.bi === b.length - 1 && !bEnds;
      if (lastOfA || lastOfB) hunks.push("\\ No newline at end of file");
    }
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
var MAX_EDIT_DISTANCE = 1e3;
function diffLines(a, b) {
  const ops = [];
  let a0 = 0;
  let b0 = 0;
  for (const [ai, bi] of [...uniqueAnchors(a, b), [a.length, b.length]]) {
    diffGap(a, a0, ai, b, b0, bi, ops);
    if (ai < a.length) ops.push({ kind: " ", text: a[ai], ai, bi });
    a0 = ai + 1;
    b0 = bi + 1;
  }
  return ops;
}
function uniqueAnchors(a, b) {
  const count = /* @__PURE__ */ new Map();
  a.forEach((line, i) => {
    const c = count.get(line) ?? { a: 0, b: 0, ai: i, bi: -1 };
    c.a++;
    count.set(line, c);
  });
  b.forEach((line, j) => {
    const c = count.get(line);
    if (c) {
      c.b++;
      c.bi = j;
    }
  });
  const pairs = [];
  for (const c of count.values()) if (c.a === 1 && c.b === 1) pairs.push([c.ai, c.bi]);
  pairs.sort((x, y) => x[0] - y[0]);
  const tails = [];
  const prev = new Array(pairs.length).fill(-1);
  pairs.forEach(([, bj], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (pairs[tails[mid]][1] < bj) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const out = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k !== -1; k = prev[k]) out.push(pairs[k]);
  return out.reverse();
}
function diffGap(a, a0, a1, b, b0, b1, ops) {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    ops.push({ kind: " ", text: a[a0], ai: a0, bi: b0 });
    a0++;
    b0++;
  }
  let tail = 0;
  while (a1 - tail > a0 && b1 - tail > b0 && a[a1 - 1 - tail] === b[b1 - 1 - tail]) tail++;
  const middle = myers(a.slice(a0, a1 - tail), b.slice(b0, b1 - tail));
  if (middle) {
    for (const o of middle) ops.push({ ...o, ai: o.ai + a0, bi: o.bi + b0 });
  } else {
    for (let i = a0; i < a1 - tail; i++) ops.push({ kind: "-", text: a[i], ai: i, bi: b0 });
    for (let j = b0; j < b1 - tail; j++) ops.push({ kind: "+", text: b[j], ai: a1 - tail, bi: j });
  }
  for (let k = tail; k > 0; k--) ops.push({ kind: " ", text: a[a1 - k], ai: a1 - k, bi: b1 - k });
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const v = /* @__PURE__ */ new Map([[1, 0]]);
  const trace = [];
  let found = false;
  outer: for (let d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1) ? v.get(k + 1) ?? 0 : (v.get(k - 1) ?? 0) + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) [x2, y2] = [x2 + 1, y2 + 1];
      v.set(k, x2);
      if (x2 >= n && y2 >= m) {
        found = true;
        break outer;
      }
    }
  }
  if (!found) return null;
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

// src/cli/fix-files.ts
function fixRoots(cwd, paths) {
  return paths.map((p) => {
    const abs = path.resolve(cwd, p);
    try {
      return statSync(abs).isDirectory() ? realpathSync(abs) : realpathSync(path.dirname(abs));
    } catch {
      return realpathSync(cwd);
    }
  });
}
function realOf(file) {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
function describeFix(f, mode) {
  return chooseFix(f, mode)?.description ?? "fix";
}
async function runFixes(req, mode, dryRun, outputs, io, beforeWrite) {
  const outcome = await fixPaths(req, mode);
  let { result, fixed } = outcome;
  beforeWrite?.(result);
  checkOutputTargets(outputs, [...result.files, ...outcome.changed.keys()], io);
  for (const r of outcome.refused) {
    const name = displayPath(r.file, io.cwd);
    if (r.ruleId) io.stderr(`orglint: ${name}:${r.line}:${r.column}: ${r.ruleId}: fix not made: ${r.message}
`);
    else io.stderr(`orglint: ${name}: not fixed: ${r.message}; the file was left as it was
`);
  }
  const roots = fixRoots(io.cwd, req.paths);
  let notWritten = false;
  const seen = /* @__PURE__ */ new Map();
  for (const [file, change] of outcome.changed) {
    const name = displayPath(file, io.cwd);
    const real = realOf(file);
    const first = seen.get(real);
    if (first !== void 0) {
      io.stderr(`orglint: ${name}: the same file as ${first}, fixed there
`);
      continue;
    }
    seen.set(real, name);
    try {
      if (dryRun) {
        await checkFixedFile(file, change.before, change.bom, roots);
        for (const f of change.fixed) io.stdout(maskKnown(`# ${name}:${f.line}:${f.column} ${f.ruleId}: ${describeFix(f, mode)}
`, change.secrets));
        const bom = change.bom && !io.stdoutIsTTY ? "\uFEFF" : "";
        io.stdout(unifiedDiff(bom + change.before, bom + change.after, `a/${name}`, `b/${name}`, { terminal: io.stdoutIsTTY, secrets: change.secrets }));
      } else {
        await writeFixedFile(file, change.before, change.after, change.bom, roots);
      }
    } catch (err) {
      if (!(err instanceof WriteRefused)) throw new UsageError(`cannot write ${name}: ${err.message}`);
      io.stderr(`orglint: ${name}: not written: ${err.message}
`);
      fixed -= change.fixed.length;
      notWritten = true;
    }
  }
  if (notWritten) {
    const overlay = /* @__PURE__ */ new Map();
    if (dryRun) for (const [file, change] of outcome.changed) overlay.set(file, { text: change.after, bom: change.bom });
    result = await lintPaths(dryRun ? { ...req, overlay: await keepWritable(overlay, outcome.changed, roots) } : req);
  }
  return { result, fixed };
}
async function keepWritable(overlay, changed, roots) {
  for (const [file, change] of changed) {
    try {
      await checkFixedFile(file, change.before, change.bom, roots);
    } catch {
      overlay.delete(file);
    }
  }
  return overlay;
}
export {
  runFixes
};
