import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  runBaseline
} from "./chunk-4HPHTVTY.js";
import "./chunk-Y2OCCE4I.js";
import "./chunk-MNINNFFT.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-SVZZ2SFQ.js";
import "./chunk-ZUQ77PYC.js";
import "./chunk-ITXJ5P4O.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-Z3J2TGFA.js";
import "./chunk-7X7BYZT7.js";
import "./chunk-D2IVEWWN.js";
import "./chunk-QH5VE3W3.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-4IBCIM2V.js";
import "./chunk-WLKSHFLL.js";
import "./chunk-OJ32ZEHW.js";
export {
  runBaseline
};
