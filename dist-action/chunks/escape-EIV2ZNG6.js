import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  esc,
  shorten,
  slug
} from "./chunk-XAEKVCQJ.js";
import "./chunk-OJ32ZEHW.js";
export {
  esc,
  shorten,
  slug
};
