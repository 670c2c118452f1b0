import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-AUAEUUMC.js";
import {
  UsageError
} from "./chunk-T4QPEK3V.js";

// src/formatters/index.ts
var FORMATTERS = {
  compact: async () => (await import("./compact-YARYOXTV.js")).compact,
  github: async () => (await import("./github-WICHBJDJ.js")).github,
  html: async () => (await import("./html-OBDLLNWV.js")).html,
  json: async () => (await import("./json-HQH2A7KR.js")).json,
  junit: async () => (await import("./junit-CY3KDIWA.js")).junit,
  markdown: async () => (await import("./markdown-HJZP25PJ.js")).markdown,
  sarif: async () => (await import("./sarif-XAM2CRL2.js")).sarif,
  stylish: async () => (await import("./stylish-BCPNEV4W.js")).stylish
};

// src/cli/outputs.ts
import { realpathSync } from "node:fs";
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
function realish(file) {
  try {
    return realpathSync(file);
  } catch {
    const up = path.dirname(file);
    return up === file ? file : path.join(realish(up), path.basename(file));
  }
}
function checkOutputTargets(specs, inputs, io) {
  const files = specs.filter((s) => s.file);
  if (files.length === 0) return;
  const real = new Set(inputs.map(realish));
  for (const spec of files) {
    if (real.has(realish(path.resolve(io.cwd, spec.file)))) {
      throw new UsageError(`-f ${spec.format}=${spec.file}: that file is one of the files linted; orglint never writes a report over its input`);
    }
  }
}
async function writeOutputs(specs, input, io, color) {
  for (const spec of specs) {
    const loaded = await FORMATTERS[spec.format]();
    const formatter = (i) => {
      try {
        return loaded(i);
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
        const { writeFileAtomic } = await import("./run-fixes-UGJILL23.js");
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
  parseOutputs,
  checkOutputTargets,
  writeOutputs
};
