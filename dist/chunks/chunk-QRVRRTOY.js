import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  globMatcher
} from "./chunk-42L5XZ5O.js";
import {
  substituteKeywords
} from "./chunk-6E4HXLBI.js";

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
function findNodeAtLocation(root, path3) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path3) {
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
  locate(path3, target) {
    const t = this.text;
    let node = [skipSpace(t, 0), -1];
    let key;
    for (const seg of path3) {
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
      const known = this.ends.get(r[0]);
      r[1] = known ?? valueEnd(this.text, r[0]);
      if (known === void 0 && r[1] - r[0] >= REMEMBER_SPAN) this.ends.set(r[0], r[1]);
    }
    return [r[0], r[1]];
  }
  /** the member of the object opening at `open` with this name, reading no further than it */
  member(open, name) {
    const t = this.text;
    const known = this.objects.get(open);
    if (known) {
      const m = known.members.get(name);
      if (m || known.done) return m;
    }
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
    locate(path3, target) {
      locator ??= new JsonLocator(parseText);
      const [a, b] = locator.locate(path3, target);
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
    locate(path3, target) {
      if (!tree) return void 0;
      const r = locateJson(tree, path3, target);
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
function locateJson(root, path3, target) {
  let node = root;
  let keyNode;
  for (const seg of path3) {
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

// src/sources/payload.ts
import path from "node:path";

// src/sources/plain-object.ts
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return /^[aeiou]/.test(typeof v) ? `an ${typeof v}` : `a ${typeof v}`;
}
function resourceAt(type, name, value, doc, at, origin, partial, meta) {
  return meta ? { type, name, value, doc, path: at, origin, partial, meta } : { type, name, value, doc, path: at, origin, partial };
}

// src/sources/payload.ts
var patchPayload = {
  name: "patch-payload",
  format: "json",
  sniff: (file, _text, ctx) => /\.patch\.json$/i.test(file) || /\.json$/i.test(file) && ctx?.isPayloadFile?.(file) === true,
  extract(doc, file) {
    if (doc.problems.length) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    const body = doc.value;
    const payload = { method: "PATCH", kind: "update" };
    if (!isPlain(body)) payload.bodyProblem = { kind: "notObject", found: jsonType(body), at: [] };
    const value = isPlain(body) ? body : {};
    const name = typeof value.name === "string" && value.name !== "" ? value.name : path.basename(file).replace(/(\.patch)?\.json$/i, "");
    const resource = resourceAt("client", name, value, doc, [], "patch", true, { payload });
    return { tenantKey: file, resources: [resource], hasOrganizations: false, hasClientGrants: false };
  }
};
function payloadFileMatcher(globs, baseDir) {
  if (globs.length === 0) return void 0;
  const matches = globMatcher(globs);
  return (file) => {
    const rel = path.relative(baseDir, file);
    return !rel.startsWith("..") && !path.isAbsolute(rel) && matches(rel.split(path.sep).join("/"));
  };
}

// src/sources/kinds.ts
import path2 from "node:path";

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
  const { path: path3, query } = splitUrl(url);
  const prefix = CLIENTS_LIKE.exec(path3);
  if (!prefix) return null;
  const segments = path3.slice(prefix[0].length).split("/").slice(1);
  if (segments.length > 2 || segments.length === 2 && segments[1] !== "") return null;
  const problems = [];
  if (prefix[0] !== CANONICAL) problems.push({ kind: "wrongPath", path: path3 });
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
  mount(path3) {
    const span = this.outer.locate(path3, "value");
    if (!span) return null;
    const decoded = decodeJsonString(this.outer.text, span.start);
    if (!decoded || decoded.starts[decoded.value.length] !== span.end - 1) return null;
    const inner = loadJson(this.outer.file, decoded.value, false);
    const e = { path: path3, decoded, inner };
    this.embedded.set(JSON.stringify(path3), e);
    return e;
  }
  /** The mounted string a path reaches into, and the rest of the path inside it. */
  find(path3) {
    if (this.embedded.size === 0) return void 0;
    for (let k = path3.length - 1; k >= 0; k--) {
      const e = this.embedded.get(JSON.stringify(path3.slice(0, k)));
      if (e) return { e, rest: path3.slice(k) };
    }
    return void 0;
  }
  /** The document, with `locate` seeing through the mounted strings. */
  document(extra = {}) {
    const outer = this.outer;
    const locate = (path3, target) => {
      const hit = this.find(path3);
      if (!hit) return outer.locate(path3, target);
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
    for (const { path: path3, request } of findRequests(outer.value)) {
      if (!isClientWrite(request)) continue;
      const post = request.postData;
      const body = isPlain(post) && typeof post.text === "string" ? composite.mount([...path3, "postData", "text"]) ?? void 0 : void 0;
      requests.push({ path: path3, request, body });
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
var harCapture = {
  name: "har",
  format: "json",
  sniff: (file, text) => /\.har$/i.test(file) || /\.json$/i.test(file) && /"method"\s*:/.test(text) && /"url"\s*:/.test(text),
  load: (file, text, bom) => loadHar(file, text, bom),
  extract(doc, file) {
    const requests = requestsOf.get(doc) ?? [];
    const isHarFile = /\.har$/i.test(file);
    if (!isHarFile && doc.problems.length === 0 && requests.length === 0) return null;
    return { tenantKey: file, resources: requests.map((r) => requestResource(doc, r)), hasOrganizations: false, hasClientGrants: false };
  }
};

// src/sources/terraform-refs.ts
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
   * The module-relative address (`auth0_organization.acme`) that attribute `attr` of a resource refers to, or
   * undefined when it holds a constant, refers to several things, or the configuration is not in the plan.
   */
  target(moduleAddress, typeAndName, attr, targetType) {
    const expr = this.expressions.get(`${moduleAddress}|${typeAndName}`)?.[attr];
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

// src/sources/terraform-values.ts
var KNOWN_AFTER_APPLY = "##known-after-apply##";
function fillUnknown(after, unknown) {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  if (Array.isArray(unknown)) {
    const list = Array.isArray(after) ? after : [];
    const n = Math.max(list.length, unknown.length);
    return Array.from({ length: n }, (_, i) => fillUnknown(list[i], unknown[i]));
  }
  if (isPlain(unknown)) {
    const out = {};
    const base = isPlain(after) ? after : {};
    for (const [k, v] of Object.entries(base)) define(out, k, v);
    for (const [k, u] of Object.entries(unknown)) {
      if (u === false || u === void 0) continue;
      define(out, k, fillUnknown(base[k], u));
    }
    return isPlain(after) || Object.keys(out).length ? out : after;
  }
  return after;
}
function define(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
function withoutNulls(v) {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isPlain(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) define(out, k, withoutNulls(x));
  return out;
}
function apiShape(after, blocks, onBlock) {
  const out = {};
  for (const [k, raw] of Object.entries(after)) {
    let v = withoutNulls(raw);
    if (v === null || v === "" || Array.isArray(v) && v.length === 0) continue;
    if (blocks.includes(k) && Array.isArray(v)) {
      if (v.length !== 1 || !isPlain(v[0])) continue;
      v = v[0];
      onBlock(k);
      if (Object.keys(v).length === 0) continue;
    }
    define(out, k, v);
  }
  return out;
}

// src/sources/terraform-plan.ts
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
  auth0_organization_connections: []
};
var TYPES = {
  auth0_client: "client",
  auth0_client_grant: "clientGrant",
  auth0_organization: "organization",
  auth0_organization_connection: "connection",
  auth0_organization_connections: "connection"
};
var PlanPaths = class {
  redirects = /* @__PURE__ */ new Map();
  add(from, to) {
    this.redirects.set(JSON.stringify(from), to);
  }
  resolve(path3) {
    for (let k = path3.length; k > 0; k--) {
      const to = this.redirects.get(JSON.stringify(path3.slice(0, k)));
      if (to) return [...to, ...path3.slice(k)];
    }
    return path3;
  }
};
function has(root, path3) {
  let v = root;
  for (const seg of path3) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isPlain(v) && Object.prototype.hasOwnProperty.call(v, seg)) v = v[seg];
    else return false;
  }
  return true;
}
function loadTerraformPlan(file, text, bom) {
  const doc = loadJson(file, text, bom);
  const paths = new PlanPaths();
  const planDoc = {
    ...doc,
    placeholders: [],
    readOnly: true,
    locate(path3, target) {
      let p = paths.resolve(path3);
      if (p[0] === "resource_changes" && p[3] === "after" && !has(doc.value, p)) {
        const unknown = ["resource_changes", p[1], "change", "after_unknown", ...p.slice(4)];
        if (has(doc.value, unknown)) p = unknown;
      }
      return doc.locate(p, target);
    }
  };
  pathsOf.set(planDoc, paths);
  return planDoc;
}
var pathsOf = /* @__PURE__ */ new WeakMap();
function changes(root) {
  const out = [];
  if (!Array.isArray(root.resource_changes)) return out;
  root.resource_changes.forEach((rc, index) => {
    if (!isPlain(rc) || rc.mode === "data" || typeof rc.type !== "string" || !(rc.type in TYPES) || !isPlain(rc.change)) return;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions : [];
    if (!actions.includes("create") && !actions.includes("update") && !actions.includes("no-op")) return;
    const after = fillUnknown(rc.change.after, rc.change.after_unknown);
    if (!isPlain(after)) return;
    out.push({ index, rc, type: rc.type, after, at: ["resource_changes", index, "change", "after"] });
  });
  return out;
}
function mapResources(doc, root) {
  const paths = pathsOf.get(doc);
  const refs = new ConfigReferences(root.configuration);
  const resources = [];
  const orgsById = /* @__PURE__ */ new Map();
  const orgsByConfig = /* @__PURE__ */ new Map();
  const connections = [];
  for (const c of changes(root)) {
    const value = apiShape(c.after, BLOCKS[c.type], (key) => paths.add([...c.at, key], [...c.at, key, 0]));
    const actions = c.rc.change.actions;
    const partial = actions.includes("update");
    const address = typeof c.rc.address === "string" ? c.rc.address : `${c.type}.${String(c.rc.name)}`;
    const kind = TYPES[c.type];
    if (kind === "connection") {
      if (c.type === "auth0_organization_connection") connections.push({ change: c, item: value, at: c.at });
      else if (Array.isArray(value.enabled_connections)) {
        value.enabled_connections.forEach((item, i) => {
          if (isPlain(item)) connections.push({ change: c, item, at: [...c.at, "enabled_connections", i] });
        });
      }
      continue;
    }
    if (kind === "client" && isPlain(value.default_organization)) {
      const d = value.default_organization;
      if (d.disable === true) delete value.default_organization;
      else if ("disable" in d) value.default_organization = Object.fromEntries(Object.entries(d).filter(([k]) => k !== "disable"));
    }
    if (kind === "clientGrant" && "scopes" in value && !("scope" in value)) {
      define(value, "scope", value.scopes);
      delete value.scopes;
      paths.add([...c.at, "scope"], [...c.at, "scopes"]);
    }
    const r = resourceAt(kind, address, value, doc, c.at, "terraform", partial, { terraform: { address, actions } });
    resources.push(r);
    if (kind === "organization") {
      if (typeof value.id === "string") orgsById.set(value.id, r);
      const key = `${String(c.rc.module_address ?? "")}|${c.type}.${String(c.rc.name)}`;
      orgsByConfig.set(key, [...orgsByConfig.get(key) ?? [], r]);
    }
  }
  for (const { change, item, at } of connections) {
    const orgId = change.after.organization_id;
    let org = typeof orgId === "string" ? orgsById.get(orgId) : void 0;
    if (!org) {
      const module = String(change.rc.module_address ?? "");
      const target = refs.target(module, `${change.type}.${String(change.rc.name)}`, "organization_id", "auth0_organization");
      const candidates = target ? orgsByConfig.get(`${module}|${target}`) ?? [] : [];
      if (candidates.length === 1) org = candidates[0];
    }
    if (!org) continue;
    const list = Array.isArray(org.value.connections) ? org.value.connections : [];
    const entry = {};
    for (const [k, v] of Object.entries(item)) if (k !== "organization_id" && k !== "id") define(entry, k, v);
    paths.add([...org.path, "connections", list.length], at);
    list.push(entry);
    org.value.connections = list;
  }
  return resources;
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
    return { tenantKey: file, resources: mapResources(doc, root), hasOrganizations: false, hasClientGrants: false };
  }
};

// src/sources/kinds.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function makeResource(type, value, doc, at, origin, fallbackName, partial = false) {
  return { type, name: resourceName(type, value, fallbackName), value, doc, path: at, origin, partial };
}
function resourceName(type, v, fallback) {
  if (type === "clientGrant") {
    const client = typeof v.client_id === "string" ? v.client_id : "?";
    const audience = typeof v.audience === "string" ? v.audience : "?";
    return `${client} \u2192 ${audience}`;
  }
  if (typeof v.name === "string" && v.name !== "") return v.name;
  if (type === "client" && typeof v.client_id === "string") return v.client_id;
  return fallback;
}
function listResources(doc, root, key, type, origin) {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, i) => {
    if (isObject(item)) out.push(makeResource(type, item, doc, [key, i], origin, `${key}[${i}]`));
  });
  return out;
}
var DEPLOY_CLI_KEYS = /^\{?[ \t]*(["']?)(clients|clientGrants|organizations)\1[ \t]*:/m;
var deployCliYaml = {
  name: "deploy-cli-yaml",
  format: "yaml",
  sniff: (file, text) => /\.ya?ml$/i.test(file) && DEPLOY_CLI_KEYS.test(text),
  extract(doc, file) {
    const root = doc.value;
    if (!isObject(root)) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    return {
      tenantKey: file,
      resources: [
        ...listResources(doc, root, "clients", "client", "deploy-cli-yaml"),
        ...listResources(doc, root, "clientGrants", "clientGrant", "deploy-cli-yaml"),
        ...listResources(doc, root, "organizations", "organization", "deploy-cli-yaml")
      ],
      hasOrganizations: Array.isArray(root.organizations),
      hasClientGrants: Array.isArray(root.clientGrants)
    };
  }
};
var DIRECTORY_FOLDERS = {
  clients: "client",
  grants: "clientGrant",
  "client-grants": "clientGrant",
  organizations: "organization"
};
function directoryTenantRoot(file) {
  if (!/\.json$/i.test(file)) return null;
  const folder = path2.basename(path2.dirname(file));
  return folder in DIRECTORY_FOLDERS ? path2.dirname(path2.dirname(file)) : null;
}
var deployCliDirectory = {
  name: "deploy-cli-directory",
  format: "json",
  sniff: (file) => directoryTenantRoot(file) !== null,
  extract(doc, file) {
    const root = directoryTenantRoot(file);
    const type = DIRECTORY_FOLDERS[path2.basename(path2.dirname(file))];
    const v = doc.value;
    const resources = isObject(v) ? [makeResource(type, v, doc, [], "deploy-cli-directory", path2.basename(file, ".json"))] : [];
    if (!isObject(v) && doc.problems.length === 0) return null;
    return { tenantKey: root, resources, hasOrganizations: type === "organization", hasClientGrants: type === "clientGrant" };
  }
};
function looksLikeClient(v) {
  return isObject(v) && ("client_id" in v || "app_type" in v || "name" in v && ("callbacks" in v || "grant_types" in v));
}
var apiDump = {
  name: "api-dump",
  format: "json",
  sniff: (file, text) => /\.json$/i.test(file) && /"(client_id|app_type|clients)"/.test(text),
  extract(doc, file) {
    const v = doc.value;
    let list;
    let base;
    if (Array.isArray(v)) [list, base] = [v, []];
    else if (isObject(v) && Array.isArray(v.clients)) [list, base] = [v.clients, ["clients"]];
    else return null;
    if (list.length === 0 || !list.some(looksLikeClient)) return null;
    const resources = [];
    list.forEach((item, i) => {
      if (isObject(item)) resources.push(makeResource("client", item, doc, [...base, i], "api-dump", `clients[${i}]`));
    });
    const root = isObject(v) ? v : {};
    resources.push(...listResources(doc, root, "client_grants", "clientGrant", "api-dump"), ...listResources(doc, root, "organizations", "organization", "api-dump"));
    return { tenantKey: file, resources, hasOrganizations: Array.isArray(root.organizations), hasClientGrants: Array.isArray(root.client_grants) };
  }
};
var SOURCE_KINDS = [patchPayload, harCapture, terraformPlan, deployCliDirectory, deployCliYaml, apiDump];

// src/rule-api/define-rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const v = data[name];
    const raw = v === void 0 ? `{{${name}}}` : typeof v === "string" ? v : JSON.stringify(v);
    const s = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    if (s.length <= MAX_MESSAGE_VALUE) return s;
    const cut = /[\ud800-\udbff]/.test(s[MAX_MESSAGE_VALUE - 4]) ? MAX_MESSAGE_VALUE - 4 : MAX_MESSAGE_VALUE - 3;
    return `${s.slice(0, cut)}...`;
  });
}
var MAX_MESSAGE_VALUE = 300;
function quote(value) {
  if (value === void 0) return "nothing";
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export {
  parseTree2 as parseTree,
  findNodeAtLocation2 as findNodeAtLocation,
  loadJson,
  payloadFileMatcher,
  isObject,
  resourceName,
  DIRECTORY_FOLDERS,
  directoryTenantRoot,
  SOURCE_KINDS,
  defineRule,
  formatMessage,
  quote
};
