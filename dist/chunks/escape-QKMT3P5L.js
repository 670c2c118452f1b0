import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  esc,
  shorten,
  slug
} from "./chunk-QLGOR4NB.js";
import "./chunk-J5OMSPZF.js";
export {
  esc,
  shorten,
  slug
};
