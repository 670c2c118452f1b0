import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  patchPayload
} from "./chunk-JUDBULUU.js";
import {
  KNOWN_AFTER_APPLY,
  apiShape,
  define,
  fillUnknown
} from "./chunk-DCID3VU6.js";
import {
  isPlain,
  jsonType,
  resourceAt,
  resourceName
} from "./chunk-5TDNMTPC.js";
import {
  OffsetMap,
  isPlaceholder,
  substituteKeywords
} from "./chunk-IOBJ4MXO.js";

// src/sources/deploy-cli.ts
import { statSync } from "node:fs";
import path from "node:path";
function listResources(doc, root, key, type, origin2, meta) {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, i) => {
    if (isPlain(item)) out.push(resourceAt(type, resourceName(type, item, `${key}[${i}]`), item, doc, [key, i], origin2, false, meta));
  });
  return out;
}
var DEPLOY_CLI_KEYS = /^\{?[ \t]*(["']?)(clients|clientGrants|organizations)\1[ \t]*:/m;
var YAML_LISTS = [
  ["clients", "client", "client"],
  ["clientGrants", "clientGrant", "clientGrant"],
  ["organizations", "organization", "organization"],
  ["connections", "connection", "connection"],
  ["databases", "connection", "database"]
];
var YAML_SETTINGS = [
  ["prompts", "prompts", "prompts"],
  ["tenant", "tenantSettings", "tenantSettings"]
];
var deployCliYaml = {
  name: "deploy-cli-yaml",
  format: "yaml",
  sniff: (file, text) => /\.ya?ml$/i.test(file) && DEPLOY_CLI_KEYS.test(text),
  extract(doc, file) {
    const root = doc.value;
    if (!isPlain(root)) return { tenantKey: file, resources: [], absentCause: "absent" };
    const resources = [];
    const lists = [];
    for (const [key, type, kind] of YAML_LISTS) {
      if (!Array.isArray(root[key])) continue;
      lists.push(kind);
      for (const r of listResources(doc, root, key, type, "deploy-cli-yaml", kind === "database" ? { database: true } : void 0)) resources.push(r);
    }
    for (const [key, type, kind] of YAML_SETTINGS) {
      const v = root[key];
      if (!isPlain(v)) continue;
      lists.push(kind);
      resources.push(resourceAt(type, key, v, doc, [key], "deploy-cli-yaml", false));
    }
    return { tenantKey: file, resources, lists: doc.problems.length ? [] : lists, absentCause: "absent" };
  }
};
var DIRECTORY_FOLDERS = {
  clients: "client",
  grants: "clientGrant",
  "client-grants": "clientGrant",
  organizations: "organization"
};
var rootCache = /* @__PURE__ */ new Map();
function isExportRoot(dir) {
  let yes = rootCache.get(dir);
  if (yes === void 0) {
    yes = Object.keys(DIRECTORY_FOLDERS).some((f) => {
      try {
        return statSync(path.join(dir, f)).isDirectory();
      } catch {
        return false;
      }
    });
    if (rootCache.size > 1e4) rootCache.clear();
    rootCache.set(dir, yes);
  }
  return yes;
}
function directoryPlace(file) {
  if (!/\.json$/i.test(file)) return null;
  const dir = path.dirname(file);
  const folder = path.basename(dir);
  const base = path.basename(file);
  if (Object.prototype.hasOwnProperty.call(DIRECTORY_FOLDERS, folder)) {
    const type = DIRECTORY_FOLDERS[folder];
    return { root: path.dirname(dir), type, kind: type };
  }
  if (folder === "connections" && isExportRoot(path.dirname(dir))) return { root: path.dirname(dir), type: "connection", kind: "connection" };
  if (/^(database|settings)\.json$/i.test(base) && path.basename(path.dirname(dir)) === "database-connections") {
    const root = path.dirname(path.dirname(dir));
    if (isExportRoot(root)) return { root, type: "connection", kind: "database", database: true };
  }
  if (base === "tenant.json" && isExportRoot(dir)) return { root: dir, type: "tenantSettings", kind: "tenantSettings" };
  if (base === "prompts.json" && folder === "prompts" && isExportRoot(path.dirname(dir))) return { root: path.dirname(dir), type: "prompts", kind: "prompts" };
  return null;
}
function directoryTenantRoot(file) {
  return directoryPlace(file)?.root ?? null;
}
function directoryFiles(root, readDir) {
  const out = [];
  for (const folder of [...Object.keys(DIRECTORY_FOLDERS), "connections"]) {
    for (const n of readDir(path.join(root, folder)).files.sort()) if (/\.json$/i.test(n)) out.push(path.join(root, folder, n));
  }
  const dbs = path.join(root, "database-connections");
  for (const d of readDir(dbs).dirs.sort()) {
    const files = readDir(path.join(dbs, d)).files;
    const meta = files.find((n) => n === "database.json") ?? files.find((n) => n === "settings.json");
    if (meta) out.push(path.join(dbs, d, meta));
  }
  if (readDir(root).files.includes("tenant.json")) out.push(path.join(root, "tenant.json"));
  if (readDir(path.join(root, "prompts")).files.includes("prompts.json")) out.push(path.join(root, "prompts", "prompts.json"));
  return out;
}
var deployCliDirectory = {
  name: "deploy-cli-directory",
  format: "json",
  sniff: (file) => directoryPlace(file) !== null,
  extract(doc, file) {
    const place = directoryPlace(file);
    const v = doc.value;
    if (!isPlain(v) && doc.problems.length === 0) return null;
    const resources = [];
    if (isPlain(v)) {
      const fallback = place.database ? path.basename(path.dirname(file)) : path.basename(file, ".json");
      const name = place.type === "prompts" ? "prompts" : place.type === "tenantSettings" ? "tenant" : resourceName(place.type, v, fallback);
      resources.push(resourceAt(place.type, name, v, doc, [], "deploy-cli-directory", false, place.database ? { database: true } : void 0));
    }
    return { tenantKey: place.root, resources, lists: doc.problems.length ? [] : [place.kind], absentCause: "absent" };
  }
};

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path5) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path5) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/sources/json-fast.ts
var MAX_DEPTH = 512;
function parseJsonFast(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const inValue = countValueKeys(value);
  if (inValue < 0 || inValue !== countTextKeys(text)) return null;
  return { value };
}
function countValueKeys(root) {
  let n = 0;
  const stack = [root];
  const depths = [0];
  while (stack.length) {
    const v = stack.pop();
    const d = depths.pop();
    if (typeof v !== "object" || v === null) continue;
    if (d > MAX_DEPTH) return -1;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === "object" && x !== null) stack.push(x), depths.push(d + 1);
      continue;
    }
    for (const k in v) {
      n++;
      const x = v[k];
      if (typeof x === "object" && x !== null) stack.push(x), depths.push(d + 1);
    }
  }
  return n;
}
function stringEnd(t, i) {
  let j = t.indexOf('"', i + 1);
  while (t.charCodeAt(j - 1) === 92) {
    let k = j - 1;
    while (t.charCodeAt(k) === 92) k--;
    if ((j - 1 - k) % 2 === 0) break;
    j = t.indexOf('"', j + 1);
  }
  return j + 1;
}
function skipSpace(t, i) {
  let c = t.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++i);
  return i;
}
function countTextKeys(t) {
  let n = 0;
  let i = t.indexOf('"');
  while (i !== -1) {
    const k = skipSpace(t, stringEnd(t, i));
    if (t.charCodeAt(k) === 58) n++;
    i = t.indexOf('"', k);
  }
  return n;
}
var jsonLocatorStats = { chars: 0 };
function valueEnd(t, i) {
  const end = scanValue(t, i);
  jsonLocatorStats.chars += end - i;
  return end;
}
function scanValue(t, i) {
  const c = t.charCodeAt(i);
  if (c === 34) return stringEnd(t, i);
  if (c === 123 || c === 91) {
    let depth2 = 0;
    for (let j2 = i; ; j2++) {
      const d = t.charCodeAt(j2);
      if (d === 34) j2 = stringEnd(t, j2) - 1;
      else if (d === 123 || d === 91) depth2++;
      else if ((d === 125 || d === 93) && --depth2 === 0) return j2 + 1;
    }
  }
  let j = i + 1;
  for (let d = t.charCodeAt(j); d >= 48 && d <= 57 || d >= 97 && d <= 122 || d === 43 || d === 45 || d === 46 || d === 69; d = t.charCodeAt(++j)) ;
  return j;
}
var REMEMBER_FROM = 32;
var REMEMBER_SPAN = 4096;
var JsonLocator = class {
  constructor(text) {
    this.text = text;
  }
  text;
  arrays = /* @__PURE__ */ new Map();
  objects = /* @__PURE__ */ new Map();
  ends = /* @__PURE__ */ new Map();
  /** [start, end) of the value (or key) at `path`, or of the deepest node on it that exists */
  locate(path5, target) {
    const t = this.text;
    let node = [skipSpace(t, 0), -1];
    let key;
    for (const seg of path5) {
      key = void 0;
      const c = t.charCodeAt(node[0]);
      if (c === 123) {
        const m = this.member(node[0], String(seg));
        if (!m) return this.whole(node);
        key = m.key;
        node = m.value;
      } else if (c === 91 && typeof seg === "number") {
        const item = this.item(node[0], seg);
        if (!item) return this.whole(node);
        node = item;
      } else return this.whole(node);
    }
    return target === "key" && key ? key : this.whole(node);
  }
  /** a range with its end found (kept in the range, which remembered members share, and for long values) */
  whole(r) {
    if (r[1] < 0) {
      const known2 = this.ends.get(r[0]);
      r[1] = known2 ?? valueEnd(this.text, r[0]);
      if (known2 === void 0 && r[1] - r[0] >= REMEMBER_SPAN) this.ends.set(r[0], r[1]);
    }
    return [r[0], r[1]];
  }
  /** the member of the object opening at `open` with this name, reading no further than it */
  member(open, name) {
    const t = this.text;
    const known2 = this.objects.get(open);
    if (known2) {
      const m = known2.members.get(name);
      if (m || known2.done) return m;
    }
    const scan = known2 ?? { members: /* @__PURE__ */ new Map(), pending: null, next: skipSpace(t, open + 1), done: false };
    let found;
    while (!scan.done) {
      let i = scan.next;
      if (scan.pending) {
        i = skipSpace(t, this.whole(scan.pending.value)[1]);
        if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
        scan.pending = null;
        scan.next = i;
      }
      if (t.charCodeAt(i) !== 34) {
        scan.done = true;
        break;
      }
      const ke = stringEnd(t, i);
      const raw = t.slice(i + 1, ke - 1);
      const key = raw.includes("\\") ? JSON.parse(t.slice(i, ke)) : raw;
      const m = { key: [i, ke], value: [skipSpace(t, skipSpace(t, ke) + 1), -1] };
      if (!scan.members.has(key)) scan.members.set(key, m);
      scan.pending = m;
      if (key === name) {
        found = m;
        break;
      }
    }
    if (!known2 && (scan.members.size >= REMEMBER_FROM || scan.next - open >= REMEMBER_SPAN)) this.objects.set(open, scan);
    return found;
  }
  item(open, index) {
    const known2 = this.arrays.get(open);
    if (known2) return known2[index];
    const t = this.text;
    const list = [];
    let i = skipSpace(t, open + 1);
    while (t.charCodeAt(i) !== 93) {
      const e = valueEnd(t, i);
      list.push([i, e]);
      if (list.length > index && list.length < REMEMBER_FROM) return list[index];
      i = skipSpace(t, e);
      if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
    }
    if (list.length >= REMEMBER_FROM) this.arrays.set(open, list);
    return list[index];
  }
};

// src/sources/json-source.ts
var ERROR_TEXT = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unexpected end of comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unexpected end of number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string"
};
function loadJson(file, text, bom, keywords) {
  const prepared = substituteKeywords(text, "json", keywords);
  const { parseText, offsets, placeholders } = prepared;
  const fast = parseJsonFast(parseText);
  if (!fast) return loadJsonFull(file, text, bom, keywords, prepared);
  let locator;
  return {
    file,
    format: "json",
    text,
    parseText,
    offsets,
    bom,
    value: fast.value,
    problems: [],
    directives: [],
    placeholders,
    locate(path5, target) {
      locator ??= new JsonLocator(parseText);
      const [a, b] = locator.locate(path5, target);
      return { start: offsets.toOriginal(a), end: offsets.toOriginal(b, "end") };
    }
  };
}
function loadJsonFull(file, text, bom, keywords, prepared = substituteKeywords(text, "json", keywords)) {
  const { parseText, offsets, placeholders } = prepared;
  const problems = [];
  const span = (a, b) => ({ start: offsets.toOriginal(a), end: offsets.toOriginal(b, "end") });
  let root;
  let value = null;
  try {
    const errors = [];
    root = parseTree2(parseText, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    for (const e of errors) {
      const name = printParseErrorCode(e.error);
      problems.push({ message: `invalid JSON: ${ERROR_TEXT[name] ?? name}`, span: span(e.offset, e.offset + Math.max(e.length, 1)) });
    }
    if (root && problems.length === 0) {
      value = toValue(
        root,
        (key) => problems.push({ message: `duplicate key: "${key.value}" appears more than once in this object`, span: span(key.offset, key.offset + key.length) })
      );
    }
  } catch (err) {
    const message = err instanceof RangeError ? "invalid JSON: nesting is too deep to read" : `invalid JSON: ${String(err)}`;
    problems.push({ message, span: { start: 0, end: Math.min(1, text.length) } });
    root = void 0;
  }
  if (problems.length) value = null;
  const tree = root;
  return {
    file,
    format: "json",
    text,
    parseText,
    offsets,
    bom,
    value,
    problems,
    directives: [],
    placeholders,
    locate(path5, target) {
      if (!tree) return void 0;
      const r = locateJson(tree, path5, target);
      return r ? span(r[0], r[1]) : void 0;
    }
  };
}
function toValue(node, onDuplicate) {
  switch (node.type) {
    case "object": {
      const obj = {};
      const seen = /* @__PURE__ */ new Set();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const key = String(k.value);
        if (seen.has(key)) onDuplicate(k);
        seen.add(key);
        Object.defineProperty(obj, key, { value: toValue(v, onDuplicate), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    case "array":
      return (node.children ?? []).map((c) => toValue(c, onDuplicate));
    default:
      return node.value;
  }
}
function locateJson(root, path5, target) {
  let node = root;
  let keyNode;
  for (const seg of path5) {
    keyNode = void 0;
    if (node.type === "object") {
      const props = (node.children ?? []).filter((p) => p.children?.[0]?.value === String(seg));
      const prop = props[props.length - 1];
      if (!prop?.children?.[1]) return [node.offset, node.offset + node.length];
      keyNode = prop.children[0];
      node = prop.children[1];
    } else if (node.type === "array" && typeof seg === "number" && node.children?.[seg]) {
      node = node.children[seg];
    } else {
      return [node.offset, node.offset + node.length];
    }
  }
  const n = target === "key" && keyNode ? keyNode : node;
  return [n.offset, n.offset + n.length];
}

// src/sources/read-file.ts
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function readTextFile(file, maxSize = DEFAULT_MAX_FILE_SIZE) {
  let fd;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, rule: "read-error", message: "cannot read file: it is a directory" };
    if (!stat.isFile()) return { ok: false, rule: "read-error", message: "cannot read file: not a regular file (a FIFO, socket or device)" };
    if (stat.size > maxSize) {
      return {
        ok: false,
        rule: "file-too-large",
        message: `file is ${formatSize(stat.size)}, over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)`
      };
    }
    const buf = readFileSync(fd);
    if (buf.length > maxSize) {
      return { ok: false, rule: "file-too-large", message: `file is over the ${formatSize(maxSize)} limit` };
    }
    return decode(buf);
  } catch (err) {
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  } finally {
    closeSync(fd);
  }
}
function decode(buf) {
  if (buf[0] === 255 && buf[1] === 254) return { ok: true, text: new TextDecoder("utf-16le").decode(buf.subarray(2)), bom: true };
  if (buf[0] === 254 && buf[1] === 255) return { ok: true, text: new TextDecoder("utf-16be").decode(buf.subarray(2)), bom: true };
  const bom = buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const body = bom ? buf.subarray(3) : buf;
  const probe = body.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, rule: "parse-error", message: "binary file: not YAML or JSON text" };
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (!text.includes("\uFFFD") && text.charCodeAt(0) !== 65279) return { ok: true, text, bom };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body), bom };
  } catch {
    return { ok: false, rule: "parse-error", message: "file is not valid UTF-8 text" };
  }
}
function describeFsError(err) {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ELOOP":
      return "too many symbolic links (a link loop?)";
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} B`;
}

// src/sources/terraform/hcl-eval.ts
var UNKNOWN = "##unknown-until-plan##";
var Recorder = class {
  spans = /* @__PURE__ */ new Map();
  origins = /* @__PURE__ */ new Map();
  /** attribute path → configuration keys of the resources its expression refers to */
  refs = /* @__PURE__ */ new Map();
  span(path5, value, key) {
    this.spans.set(JSON.stringify(path5), key ? { key, value } : { value });
  }
};
var spanOf = (n) => ({ start: n.startIndex, end: n.endIndex });
var MAX_DEPTH2 = 100;
var TooDeepError = class extends Error {
  constructor(at) {
    super("invalid HCL: nesting is too deep to read");
    this.at = at;
  }
  at;
};
var depth = 0;
function enter(n) {
  if (++depth > MAX_DEPTH2) {
    depth = 0;
    throw new TooDeepError(spanOf(n));
  }
}
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
function labelText(n) {
  if (n.type === "identifier") return n.text;
  if (n.type === "string_lit") {
    const parts = n.namedChildren.filter((c) => !!c && c.type !== "quoted_template_start" && c.type !== "quoted_template_end");
    if (parts.every((p) => p.type === "template_literal")) return parts.map((p) => decodeEscapes(p.text)).join("");
  }
  return void 0;
}
function evalBody(body, path5, scope, rec, relative, topLevel, opaque = false) {
  const out = {};
  if (!body) return out;
  enter(body);
  try {
    readBody(body, out, path5, scope, rec, relative, topLevel, opaque);
  } finally {
    depth = Math.max(0, depth - 1);
  }
  return out;
}
function readBody(body, out, path5, scope, rec, relative, topLevel, opaque) {
  for (const child2 of body.namedChildren) {
    if (!child2) continue;
    if (child2.type === "attribute") {
      const kids = child2.namedChildren;
      const id = kids[0];
      const expr = kids.find((c) => c?.type === "expression");
      if (!id || !expr) continue;
      const name = id.text;
      if (topLevel && META_ARGUMENTS.has(name) || Object.prototype.hasOwnProperty.call(out, name)) continue;
      const at = [...path5, name];
      const value = evalExpr(expr, at, { scope, rec, attr: [...relative, name], opaque });
      rec.span(at, spanOf(expr), spanOf(id));
      define(out, name, value);
    } else if (child2.type === "block") {
      const kids = child2.namedChildren;
      const id = kids[0];
      if (!id) continue;
      const type = id.text;
      if (topLevel && META_ARGUMENTS.has(type)) continue;
      if (type === "dynamic") {
        const label = kids[1] ? labelText(kids[1]) : void 0;
        if (label === void 0) continue;
        define(out, label, opaque ? `##expr:${child2.text}##` : UNKNOWN);
        rec.span([...path5, label], spanOf(kids[1]), spanOf(id));
        continue;
      }
      const existing = out[type];
      if (existing !== void 0 && !Array.isArray(existing)) continue;
      const list = existing ?? [];
      const at = [...path5, type, list.length];
      list.push(evalBody(kids.find((c) => c?.type === "body") ?? null, at, scope, rec, [...relative, type, list.length], false, opaque));
      rec.span(at, spanOf(id), spanOf(id));
      if (!existing) {
        rec.span([...path5, type], spanOf(id), spanOf(id));
        define(out, type, list);
      }
    }
  }
}
function evalExpr(n, path5, ctx) {
  enter(n);
  let v;
  try {
    v = evalKnown(n, path5, ctx);
  } finally {
    depth = Math.max(0, depth - 1);
  }
  return ctx.opaque && (v === UNKNOWN || v === KNOWN_AFTER_APPLY) ? `##expr:${n.text}##` : v;
}
function evalKnown(n, path5, ctx) {
  switch (n.type) {
    case "expression": {
      const kids = n.children.filter((c) => !!c && c.type !== "comment");
      if (kids[0]?.type === "(") return kids.length === 3 ? evalExpr(kids[1], path5, ctx) : UNKNOWN;
      if (kids[0]?.type === "variable_expr") return traversal(kids[0].text, kids.slice(1), path5, ctx);
      return kids.length === 1 ? evalExpr(kids[0], path5, ctx) : UNKNOWN;
    }
    case "literal_value":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path5, ctx) : UNKNOWN;
    case "string_lit":
    case "quoted_template":
      return template(n, path5, ctx);
    case "numeric_lit": {
      const v = Number(n.text);
      return Number.isFinite(v) ? v : UNKNOWN;
    }
    case "bool_lit":
      return n.text === "true";
    case "null_lit":
      return null;
    case "template_expr":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path5, ctx) : UNKNOWN;
    case "heredoc_template":
      return heredoc(n);
    case "collection_value":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path5, ctx) : UNKNOWN;
    case "tuple": {
      const items = n.namedChildren.filter((c) => c?.type === "expression");
      return items.map((item, i) => {
        const at = [...path5, i];
        ctx.rec.span(at, spanOf(item));
        return evalExpr(item, at, ctx);
      });
    }
    case "object": {
      const out = {};
      for (const elem of n.namedChildren) {
        if (elem?.type !== "object_elem") continue;
        const k = elem.childForFieldName("key");
        const v = elem.childForFieldName("val");
        const key = k ? objectKey(k) : void 0;
        if (key === void 0 || !v) return UNKNOWN;
        const at = [...path5, key];
        ctx.rec.span(at, spanOf(v), spanOf(k));
        define(out, key, evalExpr(v, at, ctx));
      }
      return out;
    }
    case "operation": {
      const u = n.namedChildren[0];
      if (u?.type !== "unary_operation") return UNKNOWN;
      const op = u.children[0]?.type;
      const operand = u.namedChildren[u.namedChildren.length - 1];
      const v = operand ? evalExpr(operand, path5, ctx) : UNKNOWN;
      if (op === "-" && typeof v === "number") return -v;
      if (op === "!" && typeof v === "boolean") return !v;
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}
function objectKey(k) {
  const kids = k.children.filter((c) => !!c);
  if (kids.length !== 1) return void 0;
  const only = kids[0];
  if (only.type === "variable_expr") return only.text;
  if (only.type === "literal_value" && only.namedChildren[0]?.type === "string_lit") return labelText(only.namedChildren[0]);
  return void 0;
}
function traversal(root, steps, path5, ctx) {
  const names = steps.map(stepKey);
  const first = names[0];
  if (ctx.opaque) return UNKNOWN;
  if (root === "var" || root === "local") {
    if (typeof first !== "string") return UNKNOWN;
    const found = root === "var" ? ctx.scope.variable(first) : ctx.scope.local(first);
    if (!found) return UNKNOWN;
    let v = found.value;
    for (const key of names.slice(1)) v = child(v, key);
    if (found.origin && v !== UNKNOWN) ctx.rec.origins.set(JSON.stringify(path5), found.origin);
    return v;
  }
  if (typeof first === "string") {
    const key = ctx.scope.resource(root, first);
    if (key) {
      const attr = JSON.stringify(ctx.attr);
      const set = ctx.rec.refs.get(attr) ?? /* @__PURE__ */ new Set();
      set.add(key);
      ctx.rec.refs.set(attr, set);
      return KNOWN_AFTER_APPLY;
    }
  }
  return UNKNOWN;
}
function stepKey(step) {
  if (step.type === "get_attr") return step.namedChildren[0]?.text;
  if (step.type === "index") {
    const inner = step.namedChildren[0];
    if (inner?.type === "legacy_index") return Number(inner.text.replace(/^\./, ""));
    const e = inner?.namedChildren.find((c) => c?.type === "expression");
    const lit = e?.namedChildren[0];
    if (lit?.type === "literal_value") {
      const v = lit.namedChildren[0];
      if (v?.type === "numeric_lit") return Number(v.text);
      if (v?.type === "string_lit") return labelText(v);
    }
  }
  return void 0;
}
function child(v, key) {
  if (key === void 0) return UNKNOWN;
  if (Array.isArray(v) && typeof key === "number") return key >= 0 && key < v.length ? v[key] : UNKNOWN;
  if (typeof v === "object" && v !== null && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, key)) return v[key];
  return UNKNOWN;
}
function template(n, path5, ctx) {
  const parts = n.namedChildren.filter((c) => !!c && c.type !== "quoted_template_start" && c.type !== "quoted_template_end");
  if (parts.length === 1 && parts[0].type === "template_interpolation") {
    const e = parts[0].namedChildren.find((c) => c?.type === "expression");
    return e && !parts[0].namedChildren.some((c) => c?.type === "strip_marker") ? evalExpr(e, path5, ctx) : UNKNOWN;
  }
  let out = "";
  for (const p of parts) {
    if (p.type === "template_literal") out += decodeEscapes(p.text);
    else if (p.type === "template_interpolation") {
      const e = p.namedChildren.find((c) => c?.type === "expression");
      const v = e ? evalExpr(e, path5, ctx) : UNKNOWN;
      if (typeof v === "string" && !v.includes("##")) out += v;
      else if (typeof v === "number" || typeof v === "boolean") out += String(v);
      else return UNKNOWN;
    } else return UNKNOWN;
  }
  return out;
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function decodeEscapes(raw) {
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs, (m, u4, u8, c) => {
    if (u4) return String.fromCharCode(parseInt(u4, 16));
    if (u8) {
      const cp = parseInt(u8, 16);
      return cp <= 1114111 ? String.fromCodePoint(cp) : m;
    }
    return ESCAPES[c] ?? m;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function heredoc(n) {
  if (n.namedChildren.some((c) => c?.type === "template_interpolation" || c?.type === "template_directive")) return UNKNOWN;
  const ids = n.namedChildren.filter((c) => c?.type === "heredoc_identifier");
  const start = n.namedChildren.find((c) => c?.type === "heredoc_start");
  if (ids.length < 2 || !start) return UNKNOWN;
  const full = n.tree.rootNode.text;
  const open = full.indexOf("\n", ids[0].endIndex);
  const close = full.lastIndexOf("\n", ids[ids.length - 1].startIndex - 1);
  if (open === -1 || close < open) return UNKNOWN;
  let body = full.slice(open + 1, close + 1).replace(/\r\n/g, "\n");
  if (start.text.endsWith("-")) {
    const lines = body.split("\n");
    const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    body = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length))).join("\n");
  }
  return body.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

// src/sources/terraform/hcl-parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
var WASM = { runtime: "tree-sitter.wasm", grammar: "tree-sitter-hcl.wasm" };
function wasmPath(name) {
  const file = WASM[name];
  const here = path2.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path2.join(here, "wasm"), path2.join(here, "..", "wasm")]) {
    if (existsSync(path2.join(dir, file))) return path2.join(dir, file);
  }
  const require2 = createRequire(import.meta.url);
  return name === "runtime" ? require2.resolve("web-tree-sitter/tree-sitter.wasm") : path2.join(path2.dirname(require2.resolve("@tree-sitter-grammars/tree-sitter-hcl/package.json")), file);
}
var parser;
var ready;
function loadedHclParser() {
  return ready;
}
function hclParser() {
  parser ??= (async () => {
    const { Parser, Language } = await import("./tree-sitter-SNFJ4Z2O.js");
    const runtime = wasmPath("runtime");
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(wasmPath("grammar"));
    const p = new Parser();
    p.setLanguage(language);
    ready = p;
    return p;
  })();
  parser.catch(() => parser = void 0);
  return parser;
}
var MAX_PROBLEMS = 100;
function syntaxProblems(tree) {
  const problems = multiLineStrings(tree);
  if (!tree.rootNode.hasError) return problems;
  const visit2 = (n, depth2 = 0) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (depth2 > 200) {
      problems.push({ message: "invalid HCL: nesting is too deep to read", span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (n.isMissing) {
      problems.push({ message: `invalid HCL: missing ${describeToken(n.type)}`, span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (n.isError) {
      const text = n.text.split(/\r?\n/)[0].slice(0, 40);
      problems.push({ message: `invalid HCL: unexpected ${JSON.stringify(text)}`, span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (!n.hasError) return;
    for (const c of n.children) if (c) visit2(c, depth2 + 1);
  };
  visit2(tree.rootNode);
  if (problems.length === 0) problems.push({ message: "invalid HCL", span: { start: 0, end: 0 } });
  return problems;
}
function describeToken(type) {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, " ") : JSON.stringify(type);
}
function multiLineStrings(tree) {
  const text = tree.rootNode.text;
  if (!text.includes("\n")) return [];
  const problems = [];
  for (const q of tree.rootNode.descendantsOfType(["string_lit", "quoted_template"])) {
    if (!q || problems.length >= MAX_PROBLEMS || !q.text.includes("\n")) continue;
    let from = q.startIndex;
    for (const c of [...q.children, null]) {
      const to = c ? c.startIndex : q.endIndex;
      const nl = text.slice(from, to).search(/\r?\n/);
      const inside = c?.type === "template_literal" ? c.text.search(/\r?\n/) : -1;
      if (nl !== -1 || inside !== -1) {
        const at = nl !== -1 ? from + nl : c.startIndex + inside;
        problems.push({ message: "invalid HCL: a quoted string cannot span lines (use a heredoc)", span: { start: at, end: at + 1 } });
        break;
      }
      if (c) from = c.endIndex;
    }
  }
  return problems;
}

// src/sources/terraform/mapping.ts
var PathRedirects = class {
  redirects = /* @__PURE__ */ new Map();
  add(from, to) {
    this.redirects.set(JSON.stringify(from), to);
  }
  /** the source path of a rule path; the key of an unwrapped block is the block's own key, not its item's */
  resolve(path5, target = "value") {
    if (this.redirects.size === 0) return path5;
    for (let k = path5.length; k > 0; k--) {
      const to = this.redirects.get(JSON.stringify(path5.slice(0, k)));
      if (to && k === path5.length && target === "key" && typeof to[to.length - 1] === "number") return to.slice(0, -1);
      if (to) return [...to, ...path5.slice(k)];
    }
    return path5;
  }
};
var redirectsOf = /* @__PURE__ */ new WeakMap();
function redirects(doc) {
  let r = redirectsOf.get(doc);
  if (!r) redirectsOf.set(doc, r = new PathRedirects());
  return r;
}
var BLOCKS = {
  auth0_client: [
    "default_organization",
    "addons",
    "jwt_configuration",
    "refresh_token",
    "mobile",
    "native_social_login",
    "oidc_logout",
    "session_transfer",
    "token_exchange",
    "token_quota",
    "signed_request_object",
    "client_authentication_methods",
    "express_configuration",
    "my_organization_configuration"
  ],
  auth0_client_grant: [],
  auth0_organization: ["branding", "token_quota"],
  auth0_organization_connection: [],
  auth0_organization_connections: [],
  auth0_organization_discovery_domain: [],
  auth0_organization_discovery_domains: [],
  auth0_organization_client_grant: [],
  auth0_connection: []
};
var NESTED = { auth0_client: ["addons"] };
var RESOURCE_TYPES = {
  auth0_client: "client",
  auth0_client_grant: "clientGrant",
  auth0_organization: "organization"
};
function isReadType(type) {
  return Object.prototype.hasOwnProperty.call(BLOCKS, type);
}
var COMPUTED = {
  auth0_client: ["client_id"],
  auth0_organization: ["id"],
  auth0_organization_connection: ["name", "strategy"],
  auth0_connection: ["id"],
  auth0_client_grant: ["id"]
};
var known = (v) => typeof v === "string" && v !== "" && !isPlaceholder(v);
function mapTerraform(list) {
  const byConfig = /* @__PURE__ */ new Map();
  const mapped = [];
  for (const tf of list) {
    if (!isReadType(tf.type)) continue;
    const paths = redirects(tf.doc);
    const value = apiShape(tf.values, BLOCKS[tf.type], (from, to) => paths.add([...tf.at, ...from], [...tf.at, ...to]), NESTED[tf.type]);
    const m = { tf, value };
    mapped.push(m);
    byConfig.set(tf.configKey, [...byConfig.get(tf.configKey) ?? [], m]);
    const kind = RESOURCE_TYPES[tf.type];
    if (!kind) continue;
    if (kind === "client" && isPlain(value.default_organization)) {
      const d = value.default_organization;
      if (d.disable === true) delete value.default_organization;
      else if ("disable" in d) value.default_organization = Object.fromEntries(Object.entries(d).filter(([k]) => k !== "disable"));
    }
    if (kind === "clientGrant" && "scopes" in value && !("scope" in value)) {
      define(value, "scope", value.scopes);
      delete value.scopes;
      paths.add([...tf.at, "scope"], [...tf.at, "scopes"]);
    }
    m.resource = resourceAt(kind, tf.address, value, tf.doc, tf.at, "terraform", false, { terraform: { address: tf.address, ...tf.meta } });
  }
  const target = (m, path5, targetType) => {
    const key = m.tf.ref(path5, targetType);
    const found = key ? byConfig.get(key) ?? [] : [];
    return found.length === 1 && found[0].tf.type === targetType ? found[0] : void 0;
  };
  const orgsById = /* @__PURE__ */ new Map();
  for (const m of mapped) if (m.tf.type === "auth0_organization" && known(m.value.id)) orgsById.set(m.value.id, m);
  const orgOf = (m) => {
    const id = m.value.organization_id;
    return (known(id) ? orgsById.get(id) : void 0) ?? target(m, ["organization_id"], "auth0_organization");
  };
  const gather = (org, key, item, source, from) => {
    const list2 = Array.isArray(org.value[key]) ? org.value[key] : [];
    const entry = {};
    for (const [k, v] of Object.entries(item)) if (k !== "organization_id" && k !== "id") define(entry, k, v);
    if (source.doc === org.tf.doc) redirects(org.tf.doc).add([...org.tf.at, key, list2.length], [...source.at, ...from]);
    list2.push(entry);
    org.value[key] = list2;
    return entry;
  };
  for (const m of mapped) {
    const type = m.tf.type;
    if (type === "auth0_client_grant") linkGrantClient(m, target(m, ["client_id"], "auth0_client"));
    if (RESOURCE_TYPES[type]) continue;
    const org = orgOf(m);
    if (!org) continue;
    if (type === "auth0_organization_connection") {
      connectionFacts(gather(org, "connections", m.value, m.tf, []), target(m, ["connection_id"], "auth0_connection"));
    } else if (type === "auth0_organization_connections" && Array.isArray(m.value.enabled_connections)) {
      m.value.enabled_connections.forEach((item, i) => {
        if (!isPlain(item)) return;
        const entry = gather(org, "connections", item, m.tf, ["enabled_connections", i]);
        connectionFacts(entry, target(m, ["enabled_connections", i, "connection_id"], "auth0_connection"));
      });
    } else if (type === "auth0_organization_discovery_domain") {
      gather(org, "discovery_domains", m.value, m.tf, []);
    } else if (type === "auth0_organization_discovery_domains" && Array.isArray(m.value.discovery_domains)) {
      m.value.discovery_domains.forEach((item, i) => {
        if (isPlain(item)) gather(org, "discovery_domains", item, m.tf, ["discovery_domains", i]);
      });
    } else if (type === "auth0_organization_client_grant") {
      gather(org, "client_grants", { grant_id: m.value.grant_id }, m.tf, []);
    }
  }
  return mapped.flatMap((m) => m.resource ? [m.resource] : []);
}
function linkGrantClient(grant, client) {
  if (!client || known(grant.value.client_id)) return;
  const key = known(client.value.client_id) ? client.value.client_id : known(client.value.name) ? client.value.name : void 0;
  if (key !== void 0) define(grant.value, "client_id", key);
}
function connectionFacts(entry, connection) {
  if (!connection) return;
  for (const key of ["strategy", "name"]) {
    const v = connection.value[key];
    if (!known(entry[key]) && known(v)) define(entry, key, v);
  }
}
function holdsClientGrants(list) {
  return list.some((r) => r.type === "auth0_client_grant");
}

// src/schema/auth0/enums.ts
var ORGANIZATION_USAGE_VALUES = ["deny", "allow", "require"];
var ORGANIZATION_REQUIRE_BEHAVIOR_VALUES = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
var ORGANIZATION_DISCOVERY_VALUES = ["email", "organization_name"];
var CLIENT_GRANT_ORGANIZATION_USAGE_VALUES = ["deny", "allow", "require"];
var THIRD_PARTY_CLIENT_ACCESS_VALUES = ["allow", "block"];
var TOKEN_ENDPOINT_AUTH_METHOD_VALUES = ["none", "client_secret_post", "client_secret_basic"];
var COMPLIANCE_LEVEL_VALUES = ["none", "fapi1_adv_pkj_par", "fapi1_adv_mtls_par", "fapi2_sp_pkj_mtls", "fapi2_sp_mtls_mtls"];
var THIRD_PARTY_SECURITY_MODE_VALUES = ["strict", "permissive"];
var REDIRECTION_POLICY_VALUES = ["allow_always", "open_redirect_protection"];
var APP_TYPE_VALUES = [
  "native",
  "spa",
  "regular_web",
  "non_interactive",
  "resource_server",
  "express_configuration",
  "b2b_integration",
  "rms",
  "box",
  "cloudbees",
  "concur",
  "dropbox",
  "mscrm",
  "echosign",
  "egnyte",
  "newrelic",
  "office365",
  "salesforce",
  "sentry",
  "sharepoint",
  "slack",
  "springcm",
  "zendesk",
  "zoom",
  "sso_integration",
  "oag"
];

// src/schema/auth0/field.ts
function hasField(schema, key) {
  return Object.prototype.hasOwnProperty.call(schema, key);
}
function snake(key) {
  return key.trim().replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[\s-]+/g, "_").toLowerCase();
}
function distanceWithin(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (row[j] < best) best = row[j];
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}
function nearMissField(key, schema) {
  if (hasField(schema, key) || key.length > 200) return void 0;
  let cache2 = nearMissCache.get(schema);
  if (!cache2) nearMissCache.set(schema, cache2 = /* @__PURE__ */ new Map());
  if (cache2.has(key)) return cache2.get(key);
  const found = computeNearMiss(key, schema);
  if (cache2.size < 1e4) cache2.set(key, found);
  return found;
}
var nearMissCache = /* @__PURE__ */ new WeakMap();
function computeNearMiss(key, schema) {
  const norm = snake(key);
  if (norm !== key && hasField(schema, norm)) return norm;
  const limit = norm.length >= 12 ? 2 : norm.length >= 5 ? 1 : 0;
  if (limit === 0) return void 0;
  let best;
  let bestDistance = limit + 1;
  for (const field of Object.keys(schema)) {
    const d = distanceWithin(norm, field, limit);
    if (d < bestDistance) [best, bestDistance] = [field, d];
  }
  return best;
}

// src/schema/auth0/client.ts
var string = { type: "string" };
var boolean = { type: "boolean" };
var object = { type: "object" };
var strings = { type: "array", items: "string" };
var nullableObject = { type: "object", nullable: true };
var readOnly = (type) => ({ type, readOnly: true });
var CLIENT_SCHEMA = {
  name: { type: "string", constraints: { pattern: "^[^<>]+$" } },
  description: { type: "string", constraints: { maxLength: 140 } },
  client_secret: { type: "string", constraints: { minLength: 1 }, scope: "update:client_keys" },
  logo_uri: string,
  callbacks: strings,
  oidc_logout: object,
  oidc_backchannel_logout: nullableObject,
  session_transfer: nullableObject,
  allowed_origins: strings,
  web_origins: strings,
  grant_types: strings,
  client_aliases: strings,
  allowed_clients: strings,
  allowed_logout_urls: strings,
  jwt_configuration: object,
  encryption_key: nullableObject,
  sso: boolean,
  cross_origin_authentication: boolean,
  cross_origin_auth: {
    type: "boolean",
    disputed: "the older name of cross_origin_authentication: in no Management API spec or SDK type, yet the API still takes it (98 recorded deploy-cli writes carrying it were answered 200/201)",
    takenByRealApi: true
  },
  cross_origin_loc: { type: "string", nullable: true },
  sso_disabled: boolean,
  custom_login_page_on: boolean,
  token_endpoint_auth_method: { type: "string", enum: TOKEN_ENDPOINT_AUTH_METHOD_VALUES, nullable: true },
  is_token_endpoint_ip_header_trusted: boolean,
  app_type: { type: "string", enum: APP_TYPE_VALUES },
  is_first_party: boolean,
  oidc_conformant: boolean,
  custom_login_page: string,
  custom_login_page_preview: string,
  token_quota: nullableObject,
  identity_assertion_authorization_grant: nullableObject,
  anonymous_sessions: nullableObject,
  form_template: string,
  addons: nullableObject,
  client_metadata: { type: "object", constraints: { maxProperties: 10 } },
  mobile: object,
  initiate_login_uri: string,
  native_social_login: nullableObject,
  fedcm_login: nullableObject,
  refresh_token: nullableObject,
  default_organization: nullableObject,
  organization_usage: { type: "string", enum: ORGANIZATION_USAGE_VALUES, nullable: true },
  organization_require_behavior: { type: "string", enum: ORGANIZATION_REQUIRE_BEHAVIOR_VALUES, nullable: true },
  organization_discovery_methods: { type: "array", enum: ORGANIZATION_DISCOVERY_VALUES, nullable: true, constraints: { minItems: 1 } },
  client_authentication_methods: { type: "object", nullable: true, scope: "update:client_credentials" },
  require_pushed_authorization_requests: boolean,
  require_proof_of_possession: boolean,
  signed_request_object: nullableObject,
  token_vault_privileged_access: { type: "object", nullable: true, scope: "update:client_token_vault_privileged_access" },
  compliance_level: { type: "string", enum: COMPLIANCE_LEVEL_VALUES, nullable: true },
  skip_non_verifiable_callback_uri_confirmation_prompt: { type: "boolean", nullable: true },
  token_exchange: nullableObject,
  par_request_expiry: { type: "integer", nullable: true, constraints: { minimum: 10, maximum: 600 } },
  express_configuration: nullableObject,
  b2b_integration_configuration: {
    type: "object",
    disputed: "the Management API spec lists it in no update body, the auth0 SDK 7.1.0 update type (UpdateClientRequestContent) does"
  },
  my_organization_configuration: nullableObject,
  async_approval_notification_channels: { type: "array", items: "string", nullable: true, constraints: { minItems: 1 } },
  third_party_security_mode: {
    type: "string",
    enum: THIRD_PARTY_SECURITY_MODE_VALUES,
    createOnly: true,
    disputed: "it is set when the client is created and cannot be modified, though the auth0 SDK 7.1.0 update type (UpdateClientRequestContent) lists it"
  },
  redirection_policy: { type: "string", enum: REDIRECTION_POLICY_VALUES },
  // returned by GET, taken by no write (additionalProperties: false → 400 invalid_body)
  client_id: readOnly("string"),
  tenant: readOnly("string"),
  global: readOnly("boolean"),
  signing_keys: readOnly("array"),
  jwks_uri: readOnly("string"),
  callback_url_template: readOnly("boolean"),
  external_client_id: readOnly("string"),
  external_metadata_type: readOnly("string"),
  external_metadata_created_by: readOnly("string"),
  resource_server_identifier: readOnly("string"),
  created_at: readOnly("string"),
  updated_at: readOnly("string"),
  // older GET answers and deploy-cli exports carry the tenant members who own the client
  owners: readOnly("array")
};

// src/schema/auth0/client-grant.ts
var CLIENT_GRANT_SCHEMA = {
  id: { type: "string", readOnly: true },
  client_id: { type: "string", createOnly: true },
  audience: { type: "string", createOnly: true },
  scope: { type: "array", items: "string", nullable: true },
  organization_usage: { type: "string", enum: CLIENT_GRANT_ORGANIZATION_USAGE_VALUES, nullable: true },
  allow_any_organization: { type: "boolean", nullable: true },
  default_for: { type: "string", enum: ["third_party_clients"], createOnly: true },
  is_system: { type: "boolean", readOnly: true },
  subject_type: { type: "string", enum: ["client", "user", "anonymous_user"], createOnly: true },
  authorization_details_types: { type: "array", items: "string" },
  allow_all_scopes: { type: "boolean", nullable: true }
};

// src/schema/auth0/organization.ts
var ORGANIZATION_SCHEMA = {
  id: { type: "string", readOnly: true },
  name: { type: "string", constraints: { pattern: "^[a-z0-9_-]+$", minLength: 1, maxLength: 50 } },
  display_name: { type: "string", constraints: { minLength: 1, maxLength: 255 } },
  branding: { type: "object" },
  metadata: { type: "object", constraints: { maxProperties: 25 } },
  token_quota: { type: "object", nullable: true },
  third_party_client_access: { type: "string", enum: THIRD_PARTY_CLIENT_ACCESS_VALUES },
  is_app_entitlement_active: { type: "boolean" },
  enabled_connections: { type: "array", createOnly: true },
  // GET of one organization (for a client's view) says which client it is associated with
  client: { type: "object", readOnly: true },
  connections: { type: "array", exportOnly: true },
  client_grants: { type: "array", exportOnly: true },
  // the applications of the organization, as newer deploy-cli exports list them (issue 11)
  clients: { type: "array", exportOnly: true },
  discovery_domains: { type: "array", exportOnly: true }
};
var ORGANIZATION_CONNECTION_SCHEMA = {
  connection_id: { type: "string", createOnly: true },
  assign_membership_on_login: { type: "boolean" },
  is_signup_enabled: { type: "boolean" },
  show_as_button: { type: "boolean" },
  connection: { type: "object", readOnly: true },
  name: { type: "string", exportOnly: true },
  strategy: { type: "string", exportOnly: true }
};

// src/sources/client-request.ts
var CLIENTS_LIKE = /^\/(?:api\/)?v\d+\/clients?(?=\/|$)/i;
var CANONICAL = "/api/v2/clients";
var CLIENT_ID = /^[A-Za-z0-9_-]+$/;
var WRITES = /* @__PURE__ */ new Set(["PATCH", "POST", "PUT"]);
function splitUrl(url) {
  const m = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?/.exec(url.trim());
  return { path: m?.[1] || "/", query: m?.[2] ?? "" };
}
function classifyClientRequest(method, url) {
  const m = method.trim().toUpperCase();
  if (!WRITES.has(m)) return null;
  const { path: path5, query } = splitUrl(url);
  const prefix = CLIENTS_LIKE.exec(path5);
  if (!prefix) return null;
  const segments = path5.slice(prefix[0].length).split("/").slice(1);
  if (segments.length > 2 || segments.length === 2 && segments[1] !== "") return null;
  const problems = [];
  if (prefix[0] !== CANONICAL) problems.push({ kind: "wrongPath", path: path5 });
  const raw = segments[0] ?? "";
  let id;
  if (raw !== "") {
    try {
      id = decodeURIComponent(raw);
    } catch {
      id = raw;
    }
  }
  const create = m === "POST" && id === void 0;
  if (m === "PUT" || m === "POST" && id !== void 0) problems.push({ kind: "wrongMethod", method: m });
  if (!create) {
    if (id === void 0) problems.push({ kind: "missingId" });
    else if (!CLIENT_ID.test(id) || segments.length === 2) problems.push({ kind: "malformedId", id: segments.length === 2 ? `${raw}/` : id });
  }
  if (query !== "") problems.push({ kind: "query", query });
  return { method: m, kind: create ? "create" : "update", id, problems };
}

// src/sources/resource-request.ts
var SEGMENT = /^[^/?#]+$/;
function decode2(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function classifyResourceWrite(method, url) {
  const m = method.trim().toUpperCase();
  if (m !== "POST" && m !== "PATCH") return null;
  const segments = splitUrl(url).path.replace(/\/+$/, "").split("/").slice(1);
  if (segments[0] !== "api" || segments[1] !== "v2") return null;
  const [collection, id, sub, subId, ...rest] = segments.slice(2);
  if (rest.length || id !== void 0 && !SEGMENT.test(id)) return null;
  if (collection === "client-grants") {
    if (sub !== void 0) return null;
    if (m === "POST" && id === void 0) return { type: "clientGrant", kind: "create" };
    if (m === "PATCH" && id !== void 0) return { type: "clientGrant", kind: "update", id: decode2(id) };
    return null;
  }
  if (collection !== "organizations") return null;
  if (sub === void 0) {
    if (m === "POST" && id === void 0) return { type: "organization", kind: "create" };
    if (m === "PATCH" && id !== void 0) return { type: "organization", kind: "update", id: decode2(id) };
    return null;
  }
  if (id === void 0 || sub !== "enabled_connections") return null;
  if (m === "POST" && subId === void 0) return { type: "organization", kind: "create", id: decode2(id), connectionEntry: true };
  if (m === "PATCH" && subId !== void 0) return { type: "organization", kind: "update", id: decode2(id), connectionEntry: true };
  return null;
}

// src/sources/bearer-scopes.ts
var MAX_TOKEN = 16 * 1024;
function bearerScopes(authorization) {
  if (authorization.length > MAX_TOKEN) return void 0;
  const m = /^\s*Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)\s*$/i.exec(authorization);
  if (!m) return void 0;
  let claims;
  try {
    claims = JSON.parse(Buffer.from(m[2], "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return void 0;
  const scope = claims.scope;
  if (typeof scope !== "string") return void 0;
  return scope.split(/\s+/).filter(Boolean);
}
function headerValue(headers, name) {
  if (!Array.isArray(headers)) return void 0;
  const want = name.toLowerCase();
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i];
    if (h && typeof h === "object" && typeof h.name === "string" && h.name.toLowerCase() === want && typeof h.value === "string") {
      return { value: h.value, index: i };
    }
  }
  return void 0;
}

// src/sources/json-string.ts
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function decodeJsonString(text, quoteAt) {
  if (text[quoteAt] !== '"') return null;
  const close = findClosingQuote(text, quoteAt);
  if (close === -1) return null;
  const starts = new Uint32Array(close - quoteAt);
  const parts = [];
  let n = 0;
  let run = quoteAt + 1;
  let i = run;
  while (i < close) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return null;
    if (c !== 92) {
      starts[n++] = i++;
      continue;
    }
    parts.push(text.slice(run, i));
    const e = text[i + 1];
    if (e === "u") {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      parts.push(String.fromCharCode(parseInt(hex, 16)));
      starts[n++] = i;
      i += 6;
    } else if (e !== void 0 && e in SIMPLE_ESCAPES) {
      parts.push(SIMPLE_ESCAPES[e]);
      starts[n++] = i;
      i += 2;
    } else {
      return null;
    }
    run = i;
  }
  parts.push(text.slice(run, close));
  starts[n] = close;
  return { value: parts.join(""), starts: starts.subarray(0, n + 1) };
}
function findClosingQuote(text, quoteAt) {
  for (let i = quoteAt + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"') return i;
  }
  return -1;
}
function outerSpan(decoded, span) {
  const clamp = (n) => Math.max(0, Math.min(n, decoded.value.length));
  return { start: decoded.starts[clamp(span.start)], end: decoded.starts[clamp(span.end)] };
}

// src/sources/embedded-json.ts
var DocumentWithEmbeddedJson = class {
  constructor(outer) {
    this.outer = outer;
  }
  outer;
  embedded = /* @__PURE__ */ new Map();
  /** Parse the string at `path` as JSON and mount it; null when there is no string there. */
  mount(path5) {
    const span = this.outer.locate(path5, "value");
    if (!span) return null;
    const decoded = decodeJsonString(this.outer.text, span.start);
    if (!decoded || decoded.starts[decoded.value.length] !== span.end - 1) return null;
    const inner = loadJson(this.outer.file, decoded.value, false);
    const e = { path: path5, decoded, inner };
    this.embedded.set(JSON.stringify(path5), e);
    return e;
  }
  /** The mounted string a path reaches into, and the rest of the path inside it. */
  find(path5) {
    if (this.embedded.size === 0) return void 0;
    for (let k = path5.length - 1; k >= 0; k--) {
      const e = this.embedded.get(JSON.stringify(path5.slice(0, k)));
      if (e) return { e, rest: path5.slice(k) };
    }
    return void 0;
  }
  /** The document, with `locate` seeing through the mounted strings. */
  document(extra = {}) {
    const outer = this.outer;
    const locate = (path5, target) => {
      const hit = this.find(path5);
      if (!hit) return outer.locate(path5, target);
      const { e, rest } = hit;
      const inner = e.inner.problems.length ? void 0 : e.inner.locate(rest, target);
      return inner ? outerSpan(e.decoded, inner) : outer.locate(e.path, "value");
    };
    return { ...outer, ...extra, locate };
  }
};

// src/sources/har.ts
var requestsOf = /* @__PURE__ */ new WeakMap();
function findRequests(root) {
  if (isPlain(root) && isPlain(root.log) && Array.isArray(root.log.entries)) {
    const out = [];
    root.log.entries.forEach((entry, i) => {
      if (isPlain(entry) && isPlain(entry.request)) out.push({ path: ["log", "entries", i, "request"], request: entry.request });
    });
    return out;
  }
  if (isPlain(root) && typeof root.method === "string" && typeof root.url === "string") return [{ path: [], request: root }];
  return [];
}
function isClientWrite(request) {
  return typeof request.method === "string" && typeof request.url === "string" && classifyClientRequest(request.method, request.url) !== null;
}
function loadHar(file, text, bom) {
  const outer = loadJson(file, text, bom);
  const composite = new DocumentWithEmbeddedJson(outer);
  const requests = [];
  if (outer.problems.length === 0) {
    for (const { path: path5, request } of findRequests(outer.value)) {
      const write = isClientWrite(request) ? void 0 : resourceWrite(request);
      if (!write && !isClientWrite(request)) continue;
      const post = request.postData;
      const body = isPlain(post) && typeof post.text === "string" ? composite.mount([...path5, "postData", "text"]) ?? void 0 : void 0;
      requests.push(write ? { path: path5, request, body, write } : { path: path5, request, body });
    }
  }
  const doc = composite.document({ placeholders: [], readOnly: true });
  requestsOf.set(doc, requests);
  return doc;
}
function requestResource(doc, r) {
  const method = String(r.request.method);
  const call = classifyClientRequest(method, String(r.request.url));
  const auth = headerValue(r.request.headers, "authorization");
  const payload = { method: call.method, kind: call.kind, call, scopes: auth ? bearerScopes(auth.value) : void 0 };
  if (auth) payload.authorizationHeader = auth.index;
  let value = {};
  let bodyPath = r.path;
  let problem;
  const post = r.request.postData;
  if (r.body) {
    bodyPath = r.body.path;
    const inner = r.body.inner;
    if (inner.problems.length) problem = { kind: "invalidJson", detail: inner.problems[0].message, at: ["postData", "text"] };
    else if (!isPlain(inner.value)) problem = { kind: "notObject", found: jsonType(inner.value), at: ["postData", "text"] };
    else value = inner.value;
  } else if (!(isPlain(post) && (Array.isArray(post.params) || /x-www-form-urlencoded/i.test(String(post.mimeType ?? ""))))) {
    problem = { kind: "missing", at: isPlain(post) ? ["postData"] : ["method"] };
  }
  if (problem) payload.bodyProblem = problem;
  const name = typeof value.name === "string" && value.name !== "" ? value.name : call.id ? `client ${call.id}` : `${call.method} ${splitUrl(String(r.request.url)).path}`;
  payload.request = resourceAt("client", name, r.request, doc, r.path, "har", true);
  return resourceAt("client", name, value, doc, bodyPath, "har", call.kind === "update", { payload });
}
function resourceWrite(request) {
  return typeof request.method === "string" && typeof request.url === "string" ? classifyResourceWrite(request.method, request.url) : null;
}
function writeResource(doc, r, w) {
  if (!r.body || r.body.inner.problems.length || !isPlain(r.body.inner.value)) return null;
  const value = r.body.inner.value;
  const bodyPath = r.body.path;
  const what = w.type === "clientGrant" ? "client grant" : "organization";
  const fallback = w.id ? `${what} ${w.id}` : `new ${what}`;
  const meta = { har: { method: String(r.request.method).toUpperCase(), id: w.id } };
  if (!w.connectionEntry) {
    const name = w.type === "clientGrant" ? typeof value.client_id === "string" ? resourceName("clientGrant", value, fallback) : fallback : resourceName("organization", value, fallback);
    return resourceAt(w.type, name, value, doc, bodyPath, "har", w.kind === "update", meta);
  }
  const org = { connections: [value] };
  return resourceAt("organization", fallback, org, entryDocument(doc, [...bodyPath, "connections", 0], bodyPath), bodyPath, "har", true, meta);
}
function entryDocument(doc, from, to) {
  const key = JSON.stringify(from).slice(0, -1);
  const locate = (p, target) => {
    const s = JSON.stringify(p.slice(0, from.length));
    return doc.locate(s.slice(0, -1) === key ? [...to, ...p.slice(from.length)] : p, target);
  };
  return { ...doc, locate };
}
var harCapture = {
  name: "har",
  format: "json",
  sniff: (file, text) => /\.har$/i.test(file) || /\.json$/i.test(file) && /"method"\s*:/.test(text) && /"url"\s*:/.test(text),
  load: (file, text, bom) => loadHar(file, text, bom),
  extract(doc, file) {
    const requests = requestsOf.get(doc) ?? [];
    const isHarFile = /\.har$/i.test(file);
    if (!isHarFile && doc.problems.length === 0 && requests.length === 0) return null;
    const resources = [];
    for (const r of requests) {
      if (!r.write) resources.push(requestResource(doc, r));
      else {
        const w = writeResource(doc, r, r.write);
        if (w) resources.push(w);
      }
    }
    return { tenantKey: file, resources };
  }
};

// src/sources/terraform/hcl-source.ts
import path4 from "node:path";

// src/sources/terraform/hcl-module.ts
import { readdirSync } from "node:fs";
import path3 from "node:path";

// src/sources/terraform/hcl-directives.ts
var DIRECTIVE = /(#|\/\/|\/\*)[ \t]*orglint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\r\n]*)/g;
function hclDirectives(text, tree) {
  if (!text.includes("orglint-")) return [];
  const out = [];
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index;
    const node = tree.rootNode.descendantForIndex(at, at + 1);
    if (node?.type !== "comment" || node.startIndex !== at) continue;
    let rest = m[3];
    if (m[1] === "/*") {
      const close = rest.indexOf("*/");
      if (close === -1) continue;
      rest = rest.slice(0, close);
    }
    const [idsPart, ...reason] = rest.split(/\s--\s?|^--\s?/);
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    for (let nl = text.indexOf("\n", counted); nl !== -1 && nl < at; nl = text.indexOf("\n", nl + 1)) line++, counted = nl + 1;
    out.push({
      kind: m[2],
      ruleIds,
      reason: reason.length ? reason.join(" -- ").trim() : void 0,
      line,
      span: { start: at, end: node.endIndex }
    });
  }
  return out;
}

// src/sources/terraform/hcl-module.ts
var UNREADABLE = "\0unreadable";
var moduleOf = /* @__PURE__ */ new WeakMap();
var cache = /* @__PURE__ */ new Map();
async function loadModule(folder, opts) {
  const texts = await readFolder(folder, opts);
  const signature = JSON.stringify(texts.map((t) => [t.file, t.text]));
  const hit = cache.get(folder);
  if (hit?.signature === signature) return hit.module;
  const module = hclParser().then((parser2) => buildModule(parser2, texts.filter((t) => /\.tf$/i.test(t.file)), texts));
  cache.set(folder, { signature, module });
  return module;
}
async function readFolder(folder, opts) {
  let names = [];
  try {
    names = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    names = [];
  }
  for (const f of opts.overlay?.keys() ?? []) if (path3.dirname(f) === folder && !names.includes(path3.basename(f))) names.push(path3.basename(f));
  names.sort();
  const tf = names.filter((n) => /\.tf$/i.test(n));
  const vars = [
    ...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n)),
    ...names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n))
  ].map((n) => path3.join(folder, n));
  const out = [];
  for (const file of [...tf.map((n) => path3.join(folder, n)), ...vars, ...opts.varFiles ?? []]) {
    const shadow = opts.overlay?.get(file);
    if (shadow) {
      out.push({ file, ...shadow });
      continue;
    }
    const read = await readTextFile(file, opts.maxFileSize);
    if (read.ok) out.push({ file, text: read.text, bom: read.bom });
    else if (!/\.tf$/i.test(file)) out.push({ file, text: UNREADABLE, bom: false });
  }
  return out;
}
function origin(name, f, span) {
  return { name, file: f.file, span, position: positionOf(f.text, span) };
}
function positionOf(text, span) {
  const at = (offset) => {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
  };
  const a = at(span.start);
  const b = at(span.end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function topBlocks(tree) {
  const body = tree.rootNode.namedChildren.find((c) => c?.type === "body");
  if (!body) return [];
  const out = [];
  for (const b of body.namedChildren) {
    if (b?.type !== "block") continue;
    const kids = b.namedChildren.filter((c) => !!c);
    const labels = kids.slice(1).filter((c) => c.type === "string_lit" || c.type === "identifier").map(labelText);
    out.push({ kind: kids[0]?.text ?? "", labels, node: b, body: kids.find((c) => c.type === "body") ?? null });
  }
  return out;
}
function attributes(body) {
  const out = [];
  for (const a of body?.namedChildren ?? []) {
    if (a?.type !== "attribute") continue;
    const id = a.namedChildren[0];
    const expr = a.namedChildren.find((c) => c?.type === "expression");
    if (id && expr) out.push({ name: id.text, id, expr });
  }
  return out;
}
var LITERAL_SCOPE = { variable: () => void 0, local: () => void 0, resource: () => void 0 };
function literal(expr) {
  try {
    return evalExpr(expr, [], { scope: LITERAL_SCOPE, rec: new Recorder(), attr: [] });
  } catch (err) {
    if (err instanceof TooDeepError) return UNKNOWN;
    throw err;
  }
}
function buildModule(parser2, tfFiles, all) {
  const trees = [];
  try {
    let readResources2 = function(blocks, doc, root, rec) {
      for (const b of blocks) {
        const [type, name] = b.labels;
        if (b.kind !== "resource" || !type || !name || !isReadType(type) || resources.get(`${type}.${name}`)?.node.id !== b.node.id) continue;
        const at = ["resource", type, name];
        const values = evalBody(b.body, at, scope, rec, at, true);
        for (const key of COMPUTED[type] ?? []) if (!(key in values)) define(values, key, KNOWN_AFTER_APPLY);
        const byType = isPlain(root.resource) ? root.resource : root.resource = {};
        const ofType = isPlain(byType[type]) ? byType[type] : byType[type] = {};
        define(ofType, name, values);
        const label = b.node.namedChildren[2] ?? b.node;
        rec.span(at, spanOf(label), spanOf(label));
        const instanced = resources.get(`${type}.${name}`).instanced;
        tfResources.push({
          type,
          address: `${type}.${name}`,
          configKey: `|${type}.${name}`,
          values,
          doc,
          at,
          meta: instanced ? { instances: "unknown" } : {},
          ref(p, targetType) {
            const found = [...rec.refs.get(JSON.stringify([...at, ...p])) ?? []].filter((k) => k.startsWith(`|${targetType}.`));
            return found.length === 1 ? found[0] : void 0;
          }
        });
      }
    };
    var readResources = readResources2;
    const parsed = tfFiles.map((f) => {
      const tree = parser2.parse(f.text);
      trees.push(tree);
      return { f, tree, problems: syntaxProblems(tree), directives: hclDirectives(f.text, tree), blocks: topBlocks(tree) };
    });
    const variables = /* @__PURE__ */ new Map();
    const locals = /* @__PURE__ */ new Map();
    const resources = /* @__PURE__ */ new Map();
    for (const { f, problems, blocks } of parsed) {
      if (problems.length) continue;
      for (const b of blocks) {
        if (b.kind === "variable" && b.labels[0] !== void 0) {
          const attrs = attributes(b.body);
          const def = attrs.find((a) => a.name === "default");
          const sensitive = attrs.some((a) => a.name === "sensitive" && a.expr.text.trim() === "true");
          const v = { value: UNKNOWN, sensitive, declared: true };
          if (def) {
            v.value = literal(def.expr);
            v.origin = origin(`var.${b.labels[0]}`, f, spanOf(def.expr));
          }
          variables.set(b.labels[0], v);
        } else if (b.kind === "locals") {
          for (const a of attributes(b.body)) locals.set(a.name, { expr: a.expr, file: f });
        } else if (b.kind === "resource" && b.labels.length === 2 && b.labels[0] && b.labels[1]) {
          const instanced = attributes(b.body).some((a) => a.name === "count" || a.name === "for_each");
          resources.set(`${b.labels[0]}.${b.labels[1]}`, { file: f, node: b.node, type: b.labels[0], name: b.labels[1], instanced });
        }
      }
    }
    for (const f of all) if (!/\.tf$/i.test(f.file)) readVarFile(parser2, f, variables, trees);
    const scope = {
      variable(name) {
        const v = variables.get(name);
        if (!v || !v.declared || v.sensitive || v.value === UNKNOWN) return void 0;
        return { value: v.value, origin: v.origin };
      },
      local(name) {
        const l = locals.get(name);
        if (!l || l.busy) return void 0;
        if (!l.value) {
          l.busy = true;
          const rec = new Recorder();
          let value = UNKNOWN;
          try {
            value = evalExpr(l.expr, ["local"], { scope, rec, attr: [] });
          } catch (err) {
            if (!(err instanceof TooDeepError)) throw err;
          }
          l.value = { value, origin: rec.origins.get(JSON.stringify(["local"])) ?? origin(`local.${name}`, l.file, spanOf(l.expr)) };
          l.busy = false;
        }
        return l.value.value === UNKNOWN ? void 0 : l.value;
      },
      resource(type, name) {
        const r = resources.get(`${type}.${name}`);
        return r && !r.instanced ? `|${type}.${name}` : void 0;
      }
    };
    const docs = /* @__PURE__ */ new Map();
    const tfResources = [];
    for (const { f, blocks, problems, directives } of parsed) {
      const rec = new Recorder();
      const root = {};
      const doc = makeDoc(f, root, rec, problems, directives);
      docs.set(f.file, doc);
      if (problems.length) continue;
      const before = tfResources.length;
      try {
        readResources2(blocks, doc, root, rec);
      } catch (err) {
        if (!(err instanceof TooDeepError)) throw err;
        problems.push({ message: err.message, span: err.at });
        tfResources.length = before;
        delete root.resource;
      }
    }
    const mapped = mapTerraform(tfResources);
    const byDoc = /* @__PURE__ */ new Map();
    for (const r of mapped) byDoc.set(r.doc, [...byDoc.get(r.doc) ?? [], r]);
    const loaded = { docs, resources: byDoc, hasClientGrants: holdsClientGrants(tfResources) };
    for (const doc of docs.values()) moduleOf.set(doc, loaded);
    return loaded;
  } finally {
    for (const t of trees) t.delete();
  }
}
function readVarFile(parser2, f, variables, trees) {
  if (f.text === UNREADABLE) {
    for (const v of variables.values()) v.value = UNKNOWN;
    return;
  }
  const set = (name, value, span) => {
    const v = variables.get(name);
    if (!v) return;
    v.value = value;
    v.origin = origin(`var.${name}`, f, span);
  };
  if (f.file.endsWith(".json")) {
    const root = parseTree2(f.text);
    let parsedValue;
    try {
      parsedValue = JSON.parse(f.text);
    } catch {
      return;
    }
    if (!root || !isPlain(parsedValue)) return;
    for (const [name, value] of Object.entries(parsedValue)) {
      const node = findNodeAtLocation2(root, [name]);
      if (node) set(name, value, { start: node.offset, end: node.offset + node.length });
    }
    return;
  }
  const tree = parser2.parse(f.text);
  trees.push(tree);
  if (tree.rootNode.hasError) {
    for (const v of variables.values()) v.value = UNKNOWN;
    return;
  }
  const body = tree.rootNode.namedChildren.find((c) => c?.type === "body") ?? null;
  for (const a of attributes(body)) set(a.name, literal(a.expr), spanOf(a.expr));
}
function makeDoc(f, root, rec, problems, directives) {
  const doc = {
    file: f.file,
    format: "hcl",
    text: f.text,
    parseText: f.text,
    offsets: new OffsetMap(),
    bom: f.bom,
    value: root,
    problems,
    directives,
    placeholders: [],
    locate(p, target) {
      const resolved = redirects(doc).resolve(p, target);
      for (let k = resolved.length; k >= 0; k--) {
        const s = rec.spans.get(JSON.stringify(resolved.slice(0, k)));
        if (!s) continue;
        return k === resolved.length && target === "value" ? s.value : s.key ?? s.value;
      }
      return void 0;
    },
    valueOrigin(p) {
      const resolved = redirects(doc).resolve(p);
      for (let k = resolved.length; k > 3; k--) {
        const o = rec.origins.get(JSON.stringify(resolved.slice(0, k)));
        if (!o) continue;
        return o;
      }
      return void 0;
    }
  };
  return doc;
}

// src/sources/terraform/hcl-source.ts
var OURS = /\bauth0_(client|client_grant|organization\w*|connection)\b/;
var terraformHcl = {
  name: "terraform-hcl",
  format: "hcl",
  sniff: (file, text) => /\.tf$/i.test(file) && OURS.test(text),
  async load(file, text, bom, ctx) {
    const overlay = new Map(ctx?.overlay ?? []);
    overlay.set(file, { text, bom });
    const module = await loadModule(path4.dirname(file), { overlay, varFiles: ctx?.varFiles, maxFileSize: ctx?.maxFileSize });
    return module.docs.get(file);
  },
  extract(doc, file) {
    const module = moduleOf.get(doc);
    return {
      tenantKey: path4.dirname(file),
      resources: module?.resources.get(doc) ?? [],
      hasOrganizations: false,
      hasClientGrants: module?.hasClientGrants ?? false
    };
  }
};

// src/sources/terraform/refs.ts
var ConfigReferences = class {
  /** `module.a.module.b|auth0_organization_connection.c` → its configuration expressions */
  expressions = /* @__PURE__ */ new Map();
  constructor(configuration) {
    if (isPlain(configuration)) this.walk(configuration.root_module, "");
  }
  walk(module, prefix) {
    if (!isPlain(module)) return;
    if (Array.isArray(module.resources)) {
      for (const r of module.resources) {
        if (isPlain(r) && typeof r.address === "string" && isPlain(r.expressions)) this.expressions.set(`${prefix}|${r.address}`, r.expressions);
      }
    }
    if (isPlain(module.module_calls)) {
      for (const [name, call] of Object.entries(module.module_calls)) {
        if (isPlain(call)) this.walk(call.module, prefix ? `${prefix}.module.${name}` : `module.${name}`);
      }
    }
  }
  /**
   * The module-relative address (`auth0_organization.acme`) that the attribute at `path` of a resource refers to
   * (`['organization_id']`, or inside a block `['enabled_connections', 0, 'connection_id']`), or undefined when
   * it holds a constant, refers to several things, or the configuration is not in the plan.
   */
  target(moduleAddress, typeAndName, path5, targetType) {
    let expr = this.expressions.get(`${moduleAddress}|${typeAndName}`);
    for (const seg of path5) {
      if (Array.isArray(expr) && typeof seg === "number") expr = expr[seg];
      else if (isPlain(expr) && typeof seg === "string" && Object.prototype.hasOwnProperty.call(expr, seg)) expr = expr[seg];
      else return void 0;
    }
    if (!isPlain(expr) || !Array.isArray(expr.references)) return void 0;
    const found = /* @__PURE__ */ new Set();
    for (const ref of expr.references) {
      if (typeof ref !== "string") continue;
      const m = new RegExp(`^(${targetType}\\.[A-Za-z0-9_-]+)(?:\\.|\\[|$)`).exec(ref);
      if (m) found.add(m[1]);
    }
    return found.size === 1 ? [...found][0] : void 0;
  }
};

// src/sources/terraform/plan.ts
function has(root, path5) {
  let v = root;
  for (const seg of path5) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isPlain(v) && Object.prototype.hasOwnProperty.call(v, seg)) v = v[seg];
    else return false;
  }
  return true;
}
function loadTerraformPlan(file, text, bom) {
  const doc = loadJson(file, text, bom);
  const planDoc = {
    ...doc,
    placeholders: [],
    readOnly: true,
    locate(path5, target) {
      let p = redirects(planDoc).resolve(path5, target);
      if (p[0] === "resource_changes" && p[3] === "after" && !has(doc.value, p)) {
        const unknown = ["resource_changes", p[1], "change", "after_unknown", ...p.slice(4)];
        if (has(doc.value, unknown)) p = unknown;
      }
      return doc.locate(p, target);
    }
  };
  return planDoc;
}
function changes(doc, root) {
  const out = [];
  if (!Array.isArray(root.resource_changes)) return out;
  const refs = new ConfigReferences(root.configuration);
  root.resource_changes.forEach((rc, index) => {
    if (!isPlain(rc) || rc.mode === "data" || typeof rc.type !== "string" || !isReadType(rc.type) || !isPlain(rc.change)) return;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions.filter((a) => typeof a === "string") : [];
    if (!actions.includes("create") && !actions.includes("update") && !actions.includes("no-op")) return;
    const after = fillUnknown(rc.change.after, rc.change.after_unknown);
    if (!isPlain(after)) return;
    const type = rc.type;
    const module = typeof rc.module_address === "string" ? rc.module_address : "";
    const typeAndName = `${type}.${String(rc.name)}`;
    const address = typeof rc.address === "string" ? rc.address : typeAndName;
    out.push({
      type,
      address,
      configKey: `${module}|${typeAndName}`,
      values: after,
      doc,
      at: ["resource_changes", index, "change", "after"],
      meta: { actions },
      ref: (path5, targetType) => {
        const t = refs.target(module, typeAndName, path5, targetType);
        return t ? `${module}|${t}` : void 0;
      }
    });
  });
  return out;
}
var terraformPlan = {
  name: "terraform-plan",
  format: "json",
  sniff: (file, text) => /\.json$/i.test(file) && text.includes('"resource_changes"') && text.includes('"format_version"'),
  load: (file, text, bom) => loadTerraformPlan(file, text, bom),
  extract(doc, file) {
    const root = doc.value;
    if (doc.problems.length) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    if (!isPlain(root) || !("format_version" in root) || !Array.isArray(root.resource_changes)) return null;
    const list = changes(doc, root);
    return { tenantKey: file, resources: mapTerraform(list), hasOrganizations: false, hasClientGrants: holdsClientGrants(list) };
  }
};

// src/sources/kinds.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function makeResource(type, value, doc, at, origin2, fallbackName, partial = false) {
  return { type, name: resourceName(type, value, fallbackName), value, doc, path: at, origin: origin2, partial };
}
var CLIENT_FIELDS = [
  "client_id",
  "app_type",
  "organization_usage",
  "organization_require_behavior",
  "organization_discovery_methods",
  "default_organization",
  "token_endpoint_auth_method",
  "is_first_party",
  "oidc_conformant",
  "jwt_configuration",
  "allowed_logout_urls",
  "web_origins",
  "initiate_login_uri",
  "cross_origin_authentication",
  "client_metadata"
];
function looksLikeClient(v) {
  const has2 = (k) => Object.hasOwn(v, k);
  if (!isObject(v)) return false;
  if (CLIENT_FIELDS.some(has2) || has2("name") && (has2("callbacks") || has2("grant_types"))) return true;
  if (typeof v.name !== "string") return false;
  return Object.keys(v).some((k) => {
    const near = nearMissField(k, CLIENT_SCHEMA);
    return near !== void 0 && CLIENT_FIELDS.includes(near);
  });
}
function looksLikeGrant(v) {
  return isObject(v) && typeof v.client_id === "string" && typeof v.audience === "string";
}
function looksLikeOrganization(v) {
  if (!isObject(v)) return false;
  if (typeof v.id === "string" && v.id.startsWith("org_")) return true;
  return typeof v.name === "string" && (Object.hasOwn(v, "display_name") || Array.isArray(v.connections) || Array.isArray(v.enabled_connections) || isObject(v.branding));
}
var DUMP_LISTS = {
  clients: { type: "client", looksLike: looksLikeClient },
  client_grants: { type: "clientGrant", looksLike: looksLikeGrant },
  organizations: { type: "organization", looksLike: looksLikeOrganization }
};
var PAGING_KEYS = /* @__PURE__ */ new Set(["start", "limit", "total", "length", "next"]);
var apiDump = {
  name: "api-dump",
  format: "json",
  sniff: (file, text) => /\.json$/i.test(file) && /"(clients|client_grants|organizations)"|^\s*\[/.test(text),
  extract(doc, file) {
    const v = doc.value;
    const resources = [];
    const add = (list, type, base, key) => list.forEach((item, i) => {
      if (isObject(item)) resources.push(makeResource(type, item, doc, [...base, i], "api-dump", `${key}[${i}]`));
    });
    if (Array.isArray(v)) {
      if (v.some(looksLikeClient)) add(v, "client", [], "clients");
      else if (v.length && v.every(looksLikeOrganization)) add(v, "organization", [], "organizations");
      else if (v.length && v.every(looksLikeGrant)) add(v, "clientGrant", [], "client_grants");
      else return null;
      const only = resources[0].type;
      return { tenantKey: file, resources, lists: only === "organization" ? ["organization"] : only === "clientGrant" ? ["clientGrant"] : [] };
    }
    if (!isObject(v)) return null;
    const keys = Object.keys(v);
    const present = keys.filter((k) => Object.hasOwn(DUMP_LISTS, k) && Array.isArray(v[k]));
    if (present.length === 0) return null;
    const onlyDumpKeys = keys.every((k) => Object.hasOwn(DUMP_LISTS, k) || PAGING_KEYS.has(k));
    const recognised = present.filter((k) => v[k].some(DUMP_LISTS[k].looksLike));
    if (recognised.length === 0 && !(onlyDumpKeys && present.every((k) => v[k].length === 0))) return null;
    for (const k of present) add(v[k], DUMP_LISTS[k].type, [k], k);
    const lists = [];
    if (Array.isArray(v.organizations)) lists.push("organization");
    if (Array.isArray(v.client_grants)) lists.push("clientGrant");
    return { tenantKey: file, resources, lists };
  }
};
var SOURCE_KINDS = [patchPayload, harCapture, terraformPlan, terraformHcl, deployCliDirectory, deployCliYaml, apiDump];

export {
  directoryTenantRoot,
  directoryFiles,
  ORGANIZATION_DISCOVERY_VALUES,
  nearMissField,
  CLIENT_SCHEMA,
  CLIENT_GRANT_SCHEMA,
  ORGANIZATION_SCHEMA,
  ORGANIZATION_CONNECTION_SCHEMA,
  parseTree2 as parseTree,
  findNodeAtLocation2 as findNodeAtLocation,
  loadJson,
  DEFAULT_MAX_FILE_SIZE,
  readTextFile,
  decode,
  formatSize,
  Recorder,
  labelText,
  evalBody,
  evalExpr,
  loadedHclParser,
  redirects,
  isObject,
  SOURCE_KINDS
};
