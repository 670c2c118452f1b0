import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-F5XGO7ZK.js";

// src/cli/outputs.ts
import { realpathSync } from "node:fs";
import path from "node:path";
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

export {
  checkOutputTargets
};
