import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  runBaseline
} from "./chunk-APBKUC6O.js";
import "./chunk-Y2OCCE4I.js";
import "./chunk-Z6K4FUBR.js";
import "./chunk-UQ676CQW.js";
import "./chunk-JUDBULUU.js";
import "./chunk-DCID3VU6.js";
import "./chunk-5TDNMTPC.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-Z3J2TGFA.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-LLKRGBBD.js";
import "./chunk-D2IVEWWN.js";
import "./chunk-2BRW6UVM.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-4IBCIM2V.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-OJ32ZEHW.js";
export {
  runBaseline
};
