import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  isPlaceholder
} from "./chunk-PYKP3QTX.js";

// src/rule-api/helpers.ts
function editDistance(a, b) {
  const prev = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function didYouMean(value, candidates) {
  const v = value.toLowerCase();
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const limit = Math.max(2, Math.floor(c.length / 3));
    const d = Math.abs(v.length - c.length) > limit ? Infinity : editDistance(v, c.toLowerCase());
    const prefix = v.length >= 3 && (c.startsWith(v) || v.startsWith(c)) ? 0 : d;
    const score = Math.min(d, prefix);
    if (score <= limit && score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
function canonicalEnumSpelling(value) {
  return value.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
function describeType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return /^[aeiou]/.test(typeof v) ? `an ${typeof v}` : `a ${typeof v}`;
}
function describeValue(v) {
  return v === null ? "null" : `${describeType(v)} ${JSON.stringify(v)}`;
}
function checkEnumField(ctx, check, base = NO_BASE) {
  let obj = ctx.resource.value;
  for (let i = 0; i < base.length; i++) obj = obj?.[base[i]];
  if (typeof obj !== "object" || obj === null || !(check.field in obj)) return;
  const value = obj[check.field];
  if (value === null && (check.nullAllowed ?? ctx.resource.partial)) return;
  if (typeof value === "string" && check.allowed.includes(value)) return;
  if (isPlaceholder(value)) return;
  const at = [...base, check.field];
  const list = check.allowed.map((a) => `"${a}"`).join(", ");
  const extra = check.predictedResponse ? { predictedResponse: { ...check.predictedResponse } } : {};
  if (typeof value !== "string") {
    ctx.report({ messageId: "wrongType", at, data: { found: describeValue(value), allowed: list }, ...extra });
    return;
  }
  const canonical = canonicalEnumSpelling(value);
  let fix;
  let hint = "";
  if (check.allowed.includes(canonical)) {
    hint = `; did you mean "${canonical}"?`;
    fix = { safety: "safe", description: `replace ${JSON.stringify(value)} with "${canonical}"`, ops: [{ op: "set", path: at, value: canonical }] };
  } else {
    const guess = value.trim() === "" ? void 0 : didYouMean(canonical, check.allowed);
    if (guess) {
      hint = `; did you mean "${guess}"?`;
      fix = { safety: "unsafe", description: `replace ${JSON.stringify(value)} with "${guess}"`, ops: [{ op: "set", path: at, value: guess }] };
    }
  }
  ctx.report({ messageId: "invalid", at, data: { value: JSON.stringify(value), allowed: list, hint }, fix, ...extra });
}
var NO_BASE = [];
function effectiveOrganizationUsage(client) {
  const usage = client.organization_usage;
  if ((usage === void 0 || usage === null) && client.app_type === "express_configuration") return "require";
  return usage;
}

export {
  didYouMean,
  canonicalEnumSpelling,
  describeType,
  describeValue,
  checkEnumField,
  effectiveOrganizationUsage
};
