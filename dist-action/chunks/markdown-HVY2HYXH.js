import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-XLZVDF6Z.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-Q67MELSY.js";
import "./chunk-6VROE5AM.js";
import "./chunk-5N3NWRQZ.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-WKEI2REB.js";
import "./chunk-UJT47433.js";
import "./chunk-HACMIYCA.js";
import "./chunk-HJDMCK23.js";
import "./chunk-CDB3GD3G.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
