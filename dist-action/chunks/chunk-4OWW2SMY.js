import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  UsageError
} from "./chunk-CDB3GD3G.js";
import {
  secretsOf
} from "./chunk-642XNQPB.js";

// src/cli/outputs.ts
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
function docsSecrets(docs) {
  const all = /* @__PURE__ */ new Set();
  for (const d of docs) for (const s of secretsOf(d)) all.add(s);
  return [...all].sort((a, b) => b.length - a.length);
}
async function escapedForms(secrets) {
  const [{ mdText, mdCode }, { esc }, { escapeData }] = await Promise.all([import("./markdown-HVY2HYXH.js"), import("./escape-YEQCOFUH.js"), import("./github-OB6L7LTB.js")]);
  const all = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    all.add(s);
    const lower = s.length >= 12 ? [s.toLowerCase(), esc(s.toLowerCase())] : [];
    for (const form of [mdText(s), mdCode(s).replace(/^`+ ?| ?`+$/g, ""), esc(s), esc(mdText(s)), escapeData(s), ...lower]) if (form.length >= s.length) all.add(form);
  }
  return [...all].sort((a, b) => b.length - a.length);
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

export {
  docsSecrets,
  escapedForms,
  checkOutputTargets
};
