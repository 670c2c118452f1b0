import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  ConfigError,
  UsageError
} from "./chunk-XGHWUMGV.js";

// src/engine/worker-errors.ts
function sendableError(err) {
  const e = err instanceof Error ? err : new Error(String(err));
  const kind = e instanceof UsageError ? "usage" : e instanceof ConfigError ? "config" : "other";
  const out = { kind, name: e.name, message: e.message, stack: e.stack };
  const code = e.code;
  if (typeof code === "string") out.code = code;
  if (e instanceof ConfigError) Object.assign(out, { file: e.file, line: e.line, column: e.column });
  return out;
}
function receivedError(s) {
  let e;
  if (s.kind === "usage") e = new UsageError(s.message);
  else if (s.kind === "config") e = new ConfigError(s.message, s.file, s.line, s.column);
  else {
    e = new Error(s.message);
    e.name = s.name;
  }
  if (s.stack) e.stack = s.stack;
  if (s.code) e.code = s.code;
  return e;
}

// src/engine/worker-protocol.ts
var QUEUE_NEXT = 0;
var QUEUE_SLOTS = 1;

export {
  sendableError,
  receivedError,
  QUEUE_NEXT,
  QUEUE_SLOTS
};
