import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  HTML_MAX_FINDINGS,
  html
} from "./chunk-DY7CI754.js";
import "./chunk-MVWPKJOW.js";
import "./chunk-I56BQESQ.js";
import "./chunk-7Y4LJT25.js";
import "./chunk-ZIBKWFLN.js";
import "./chunk-XAEKVCQJ.js";
import "./chunk-IP5DRNIO.js";
import "./chunk-DCID3VU6.js";
import "./chunk-5TDNMTPC.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-Z3J2TGFA.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-LLKRGBBD.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-4IBCIM2V.js";
import "./chunk-GF53GCYC.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-OJ32ZEHW.js";
export {
  HTML_MAX_FINDINGS,
  html
};
