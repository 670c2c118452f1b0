import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  didYouMean
} from "./chunk-V6V22UTJ.js";
import {
  UsageError
} from "./chunk-J7O3SICE.js";
import {
  maskKnown,
  secretsOf
} from "./chunk-QSQWDZRO.js";

// src/formatters/index.ts
var FORMATTERS = {
  compact: async () => (await import("./compact-K22DNPZB.js")).compact,
  github: async () => (await import("./github-PL6ZPXTK.js")).github,
  html: async () => (await import("./html-TD2SK7HZ.js")).html,
  json: async () => (await import("./json-TL5KLN2L.js")).json,
  junit: async () => (await import("./junit-KKK3CP53.js")).junit,
  markdown: async () => (await import("./markdown-XPP5XSPC.js")).markdown,
  sarif: async () => (await import("./sarif-UJVDSFK6.js")).sarif,
  stylish: async () => (await import("./stylish-EADGMXUL.js")).stylish
};

// src/cli/outputs.ts
import { realpathSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
function docsSecrets(docs) {
  const all = /* @__PURE__ */ new Set();
  for (const d of docs) for (const s of secretsOf(d)) all.add(s);
  return [...all].sort((a, b) => b.length - a.length);
}
async function escapedForms(secrets) {
  const { secretForms } = await import("./secret-forms-6CNICT22.js");
  return secretForms(secrets);
}
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
function realish(file) {
  try {
    return realpathSync(file);
  } catch {
    const up = path.dirname(file);
    return up === file ? file : path.join(realish(up), path.basename(file));
  }
}
function inode(file) {
  try {
    const st = statSync(file);
    return st.isFile() ? `${st.dev}:${st.ino}` : void 0;
  } catch {
    return void 0;
  }
}
function checkOutputTargets(specs, inputs, io) {
  const files = specs.filter((s) => s.file);
  if (files.length === 0) return;
  const real = new Set(inputs.map(realish));
  const inodes = new Set(inputs.map(inode).filter((k) => k !== void 0));
  for (const spec of files) {
    const target = path.resolve(io.cwd, spec.file);
    const key = inode(target);
    if (real.has(realish(target)) || key !== void 0 && inodes.has(key)) {
      const flag = spec.fromOutputFile ? `-o ${spec.file}` : `-f ${spec.format}=${spec.file}`;
      throw new UsageError(`${flag}: that file is one of the files linted; orglint never writes a report over its input`);
    }
  }
}
async function writeOutputs(specs, input, io, color, known = []) {
  const secrets = known.length ? await escapedForms(known) : known;
  for (const spec of specs) {
    const loaded = await FORMATTERS[spec.format]();
    const built = (i, make) => {
      try {
        return make();
      } catch (err) {
        if (err instanceof RangeError && /string length/i.test(err.message)) {
          throw new UsageError(`the ${spec.format} output of ${i.findings.length} findings is larger than orglint can build in memory; use --quiet, a baseline, or fewer files per run`);
        }
        throw err;
      }
    };
    const text = (i) => built(i, () => maskKnown(loaded(i), secrets));
    const file = spec.file === void 0 ? void 0 : path.resolve(io.cwd, spec.file);
    if (file === void 0 || file === "/dev/stdout" || file === "/dev/stderr") {
      const write = file === "/dev/stderr" ? io.stderr : io.stdout;
      const i = { ...input, color: file === void 0 ? color : false, secrets };
      if (loaded.parts) built(i, () => writeMasked(loaded.parts(i), secrets, write));
      else writeInChunks(text(i), write);
      continue;
    }
    const whole = text({ ...input, color: false, secrets });
    await mkdir(path.dirname(file), { recursive: true });
    try {
      const { writeFileAtomic } = await import("./run-fixes-EXTQ45KR.js");
      await writeFileAtomic(file, whole);
    } catch (err) {
      throw new UsageError(`cannot write ${spec.file}: ${err.message}`);
    }
  }
}
var CHUNK = 1 << 16;
function writeMasked(parts, secrets, write) {
  if (secrets.some((s) => s.includes("\n"))) {
    let whole = "";
    for (const p of parts) whole += p;
    return writeInChunks(maskKnown(whole, secrets), write);
  }
  const mask = (t) => secrets.length ? maskKnown(t, secrets) : t;
  let pending = "";
  let lastEnd = -1;
  for (const p of parts) {
    const end = p.lastIndexOf("\n");
    if (end !== -1) lastEnd = pending.length + end;
    pending += p;
    if (pending.length < CHUNK || lastEnd === -1) continue;
    write(mask(pending.slice(0, lastEnd + 1)));
    pending = pending.slice(lastEnd + 1);
    lastEnd = -1;
  }
  if (pending) write(mask(pending));
}
function writeInChunks(text, write) {
  let from = 0;
  while (text.length - from > CHUNK) {
    const end = text.indexOf("\n", from + CHUNK - 1);
    if (end === -1) break;
    write(text.slice(from, end + 1));
    from = end + 1;
  }
  if (from < text.length || from === 0) write(from === 0 ? text : text.slice(from));
}

export {
  FORMATTERS,
  docsSecrets,
  escapedForms,
  parseOutputs,
  checkOutputTargets,
  writeOutputs
};
