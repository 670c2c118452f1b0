import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  UsageError
} from "./chunk-4RXVTXYZ.js";
import {
  secretsOf
} from "./chunk-PMCJ7K4Q.js";

// src/cli/outputs.ts
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
function docsSecrets(docs) {
  const all = /* @__PURE__ */ new Set();
  for (const d of docs) for (const s of secretsOf(d)) all.add(s);
  return [...all].sort((a, b) => b.length - a.length);
}
async function escapedForms(secrets) {
  const { secretForms } = await import("./secret-forms-6TTH3UHC.js");
  return secretForms(secrets);
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
var CHUNK = 1 << 16;

export {
  docsSecrets,
  escapedForms,
  checkOutputTargets
};
