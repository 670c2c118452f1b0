import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  escapeData
} from "./chunk-AEP2ZLDI.js";
import {
  esc
} from "./chunk-KVHTNZY4.js";
import {
  mdCode,
  mdText
} from "./chunk-MWJ3632Z.js";
import "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";

// src/formatters/secret-forms.ts
function secretForms(secrets) {
  const all = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    all.add(s);
    const lower = s.length >= 12 ? [s.toLowerCase(), esc(s.toLowerCase())] : [];
    for (const form of [mdText(s), mdCode(s).replace(/^`+ ?| ?`+$/g, ""), esc(s), esc(mdText(s)), escapeData(s), ...lower]) if (form.length >= s.length) all.add(form);
  }
  return [...all].sort((a, b) => b.length - a.length);
}
export {
  secretForms
};
