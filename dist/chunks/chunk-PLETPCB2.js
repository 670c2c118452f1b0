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
} from "./chunk-6SWIXMEJ.js";

// src/formatters/index.ts
var FORMATTERS = {
  compact: async () => (await import("./compact-MEV3XKCA.js")).compact,
  github: async () => (await import("./github-FKTJA32L.js")).github,
  html: async () => (await import("./html-SPIL4TTU.js")).html,
  json: async () => (await import("./json-Z2RB7QBJ.js")).json,
  junit: async () => (await import("./junit-VBDWQUSI.js")).junit,
  markdown: async () => (await import("./markdown-P3KJAVPD.js")).markdown,
  sarif: async () => (await import("./sarif-JOPAA7KV.js")).sarif,
  stylish: async () => (await import("./stylish-ZH7GRNWR.js")).stylish
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
  const { secretForms } = await import("./secret-forms-MMVETTAU.js");
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
    const formatter = (i) => {
      try {
        return maskKnown(loaded(i), secrets);
      } catch (err) {
        if (err instanceof RangeError && /string length/i.test(err.message)) {
          throw new UsageError(`the ${spec.format} output of ${i.findings.length} findings is larger than orglint can build in memory; use --quiet, a baseline, or fewer files per run`);
        }
        throw err;
      }
    };
    if (spec.file) {
      const text = formatter({ ...input, color: false });
      const file = path.resolve(io.cwd, spec.file);
      if (file === "/dev/stdout" || file === "/dev/stderr") {
        (file === "/dev/stdout" ? io.stdout : io.stderr)(text);
        continue;
      }
      await mkdir(path.dirname(file), { recursive: true });
      try {
        const { writeFileAtomic } = await import("./run-fixes-NPDLM7S4.js");
        await writeFileAtomic(file, text);
      } catch (err) {
        throw new UsageError(`cannot write ${spec.file}: ${err.message}`);
      }
    } else {
      io.stdout(formatter({ ...input, color }));
    }
  }
}

export {
  FORMATTERS,
  docsSecrets,
  escapedForms,
  parseOutputs,
  checkOutputTargets,
  writeOutputs
};
