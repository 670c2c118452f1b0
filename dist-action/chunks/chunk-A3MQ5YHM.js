import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  loadYamlFast
} from "./chunk-3VFIX5JO.js";
import {
  substituteKeywords
} from "./chunk-PYKP3QTX.js";

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
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
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

// src/sources/json/json-fast.ts
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
  return typeof root === "object" && root !== null ? keysBelow(root, 0) : 0;
}
function keysBelow(v, d) {
  if (d > MAX_DEPTH) return -1;
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x !== "object" || x === null) continue;
      const k = keysBelow(x, d + 1);
      if (k < 0) return -1;
      n += k;
    }
    return n;
  }
  for (const key in v) {
    n++;
    const x = v[key];
    if (typeof x !== "object" || x === null) continue;
    const k = keysBelow(x, d + 1);
    if (k < 0) return -1;
    n += k;
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
    let depth = 0;
    for (let j2 = i; ; j2++) {
      const d = t.charCodeAt(j2);
      if (d === 34) j2 = stringEnd(t, j2) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return j2 + 1;
    }
  }
  let j = i + 1;
  for (let d = t.charCodeAt(j); d >= 48 && d <= 57 || d >= 97 && d <= 122 || d === 43 || d === 45 || d === 46 || d === 69; d = t.charCodeAt(++j)) ;
  return j;
}
var LARGE = /* @__PURE__ */ Symbol("large object");
function keyIs(t, i, ke, name) {
  const len = ke - i - 2;
  if (len === name.length) return t.startsWith(name, i + 1) && !name.includes("\\");
  if (len < name.length) return false;
  for (let j = i + 1; j < ke - 1; j++) if (t.charCodeAt(j) === 92) return JSON.parse(t.slice(i, ke)) === name;
  return false;
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
  locate(path, target) {
    const t = this.text;
    let node = [skipSpace(t, 0), -1];
    let key;
    for (const seg of path) {
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
  /** a range with its end found (kept in the range, which remembered members share) */
  whole(r) {
    if (r[1] < 0) r[1] = this.end(r[0]);
    return [r[0], r[1]];
  }
  /** the end of the value starting at `start`, remembered for long values */
  end(start) {
    const known = this.ends.get(start);
    if (known !== void 0) return known;
    const end = valueEnd(this.text, start);
    if (end - start >= REMEMBER_SPAN) this.ends.set(start, end);
    return end;
  }
  /** the member of the object opening at `open` with this name, reading no further than it */
  member(open, name) {
    const known = this.objects.get(open);
    if (known) {
      const m = known.members.get(name);
      if (m || known.done) return m;
    } else {
      const quick = this.quickMember(open, name);
      if (quick !== LARGE) return quick;
    }
    const t = this.text;
    const scan = known ?? { members: /* @__PURE__ */ new Map(), pending: null, next: skipSpace(t, open + 1), done: false };
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
    if (!known && (scan.members.size >= REMEMBER_FROM || scan.next - open >= REMEMBER_SPAN)) this.objects.set(open, scan);
    return found;
  }
  /**
   * The member named `name` of the object opening at `open`, found without recording the members before it; LARGE
   * once the object turns out to be one worth remembering (then `member` reads it again, recording).
   */
  quickMember(open, name) {
    const t = this.text;
    let i = skipSpace(t, open + 1);
    for (let count = 1; t.charCodeAt(i) === 34; count++) {
      if (count >= REMEMBER_FROM || i - open >= REMEMBER_SPAN) return LARGE;
      const ke = stringEnd(t, i);
      const value = skipSpace(t, skipSpace(t, ke) + 1);
      if (keyIs(t, i, ke, name)) return { key: [i, ke], value: [value, -1] };
      i = skipSpace(t, this.end(value));
      if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
    }
    return i - open >= REMEMBER_SPAN ? LARGE : void 0;
  }
  item(open, index) {
    const known = this.arrays.get(open);
    if (known) return known[index];
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

// src/sources/json/json-source.ts
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
    locate(path, target) {
      locator ??= new JsonLocator(parseText);
      const [a, b] = locator.locate(path, target);
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
    locate(path, target) {
      if (!tree) return void 0;
      const r = locateJson(tree, path, target);
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
function locateJson(root, path, target) {
  let node = root;
  let keyNode;
  for (const seg of path) {
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
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function readTextFile(file, maxSize = DEFAULT_MAX_FILE_SIZE) {
  return readTextFileSync(file, maxSize, false);
}
function readTextFileSync(file, maxSize = DEFAULT_MAX_FILE_SIZE, listed = false) {
  let fd;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  }
  try {
    if (!listed) {
      const refused = refuse(fd, maxSize);
      if (refused) return refused;
    }
    let n;
    try {
      n = readAll(fd, maxSize, listed);
    } catch (err) {
      if (err instanceof Refused) return err.result;
      if (listed) {
        const refused = refuse(fd, maxSize);
        if (refused) return refused;
      }
      throw err;
    }
    if (listed && (n === 0 || n > maxSize)) {
      const refused = refuse(fd, maxSize);
      if (refused) return refused;
    }
    if (n > maxSize) return { ok: false, rule: "file-too-large", message: `file is over the ${formatSize(maxSize)} limit` };
    return decodeRange(readBuffer, n);
  } catch (err) {
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  } finally {
    closeSync(fd);
  }
}
function refuse(fd, maxSize) {
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
  return null;
}
var OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
var shared = Buffer.allocUnsafe(64 * 1024);
var SHARED_MAX = 1024 * 1024;
var readBuffer = shared;
var Refused = class {
  constructor(result) {
    this.result = result;
  }
  result;
};
function readAll(fd, maxSize, listed) {
  const limit = maxSize + 1;
  let buf = shared;
  let n = 0;
  let asked = !listed;
  for (; ; ) {
    const room = Math.min(buf.length, limit) - n;
    if (room <= 0) {
      if (n >= limit) break;
      if (!asked) {
        asked = true;
        const refused = refuse(fd, maxSize);
        if (refused) throw new Refused(refused);
      }
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
      if (bigger.length <= SHARED_MAX) shared = bigger;
      continue;
    }
    const got = readSync(fd, buf, n, room, null);
    if (got === 0) break;
    n += got;
  }
  readBuffer = buf;
  return n;
}
var BINARY_PROBE = 8192;
var BINARY = { ok: false, rule: "parse-error", message: "binary file: not YAML or JSON text" };
function decode(buf) {
  return decodeRange(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), buf.byteLength);
}
function decodeRange(buf, n) {
  if (n >= 2 && buf[0] === 255 && buf[1] === 254) return { ok: true, text: new TextDecoder("utf-16le").decode(buf.subarray(2, n)), bom: true };
  if (n >= 2 && buf[0] === 254 && buf[1] === 255) return { ok: true, text: new TextDecoder("utf-16be").decode(buf.subarray(2, n)), bom: true };
  const bom = n >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const start = bom ? 3 : 0;
  const text = buf.toString("utf8", start, n);
  if (!text.includes("\uFFFD") && text.charCodeAt(0) !== 65279) {
    const nul = text.indexOf("\0");
    if (nul !== -1 && nul < BINARY_PROBE && Buffer.byteLength(text.slice(0, nul), "utf8") < BINARY_PROBE) return { ...BINARY };
    return { ok: true, text, bom };
  }
  const body = buf.subarray(start, n);
  if (body.subarray(0, BINARY_PROBE).includes(0)) return { ...BINARY };
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

// src/sources/yaml/yaml-load.ts
async function loadYamlAsync(file, text, bom, keywords) {
  const prepared = substituteKeywords(text, "yaml", keywords);
  return loadYamlFast(file, text, bom, keywords, prepared) ?? (await import("./yaml-source-2FJNVTC5.js")).loadYamlFull(file, text, bom, keywords, prepared);
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
  let cache = nearMissCache.get(schema);
  if (!cache) nearMissCache.set(schema, cache = /* @__PURE__ */ new Map());
  if (cache.has(key)) return cache.get(key);
  const found = computeNearMiss(key, schema);
  if (cache.size < 1e4) cache.set(key, found);
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

export {
  parseTree2 as parseTree,
  findNodeAtLocation2 as findNodeAtLocation,
  loadJson,
  loadJsonFull,
  ORGANIZATION_DISCOVERY_VALUES,
  nearMissField,
  CLIENT_SCHEMA,
  CLIENT_GRANT_SCHEMA,
  ORGANIZATION_SCHEMA,
  ORGANIZATION_CONNECTION_SCHEMA,
  DEFAULT_MAX_FILE_SIZE,
  readTextFile,
  readTextFileSync,
  decode,
  formatSize,
  loadYamlAsync
};
