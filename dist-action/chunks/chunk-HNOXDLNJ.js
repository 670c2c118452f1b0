import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  canonicalEnumSpelling,
  checkEnumField,
  describeType,
  describeValue,
  didYouMean,
  effectiveOrganizationUsage
} from "./chunk-AUAEUUMC.js";
import {
  charLength,
  clientsOfGrant,
  nameList,
  tenantIndex
} from "./chunk-7Y4LJT25.js";
import {
  CLIENT_GRANT_SCHEMA,
  CLIENT_SCHEMA,
  DEFAULT_MAX_FILE_SIZE,
  ORGANIZATION_CONNECTION_SCHEMA,
  ORGANIZATION_DISCOVERY_VALUES,
  ORGANIZATION_SCHEMA,
  isObject,
  loadJson,
  nearMissField,
  readTextFile
} from "./chunk-UQ676CQW.js";
import {
  connectionStrategy,
  defineRule,
  findConnection,
  quote,
  resources
} from "./chunk-DCID3VU6.js";
import {
  BUILTIN_RULES,
  GlobError,
  checkGlob,
  globMatcher
} from "./chunk-Z3J2TGFA.js";
import {
  lineColumn
} from "./chunk-LLKRGBBD.js";
import {
  loadYamlAsync
} from "./chunk-2BRW6UVM.js";
import {
  containsPlaceholder,
  isPlaceholder
} from "./chunk-IOBJ4MXO.js";
import {
  __commonJS
} from "./chunk-OJ32ZEHW.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names2, c) => {
          if (c instanceof Name)
            names2[c.str] = (names2[c.str] || 0) + 1;
          return names2;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (!names2[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (this.lhs instanceof code_1.Name && !names2[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        const names2 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names2, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names2, constants) {
        this.code = optimizeExpr(this.code, names2, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names2, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names2, constants))
            continue;
          subtractNames(names2, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names2, n) => addNames(names2, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names2, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        if (!(super.optimizeNames(names2, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        addExprNames(names2, this.condition);
        if (this.else)
          addNames(names2, this.else.names);
        return names2;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names2 = addExprNames(super.names, this.from);
        return addExprNames(names2, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names2, constants) {
        var _a, _b;
        super.optimizeNames(names2, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        if (this.catch)
          addNames(names2, this.catch.names);
        if (this.finally)
          addNames(names2, this.finally.names);
        return names2;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) + (from[n] || 0);
      return names2;
    }
    function addExprNames(names2, from) {
      return from instanceof code_1._CodeOrName ? addNames(names2, from.names) : names2;
    }
    function optimizeExpr(expr, names2, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names2[n.str] !== 1)
          return n;
        delete names2[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names2[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules2 = self.RULES.keywords;
      for (const key in schema) {
        if (!rules2[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules2[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names2 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names2;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message: message2 }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message2 == "function" ? message2(cxt) : message2]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules2 = it.self.RULES.all;
      for (const keyword in rules2) {
        const rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path7) {
      let input = path7;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path7) {
      if (path7 === "" || path7[0] === "/") {
        return removeDotSegments(path7);
      }
      const segments = path7.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path7 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path7 && path7 !== "/" ? path7 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions2.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions2.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message2 = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message2);
          else
            throw new Error(message2);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules2) {
            const rule = rules2[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions2(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/config/config-error.ts
var ConfigError = class extends Error {
  constructor(message2, file, line, column) {
    super(message2);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  file;
  line;
  column;
  /** `file:line:col: message` */
  get display() {
    if (!this.file) return this.message;
    const where2 = this.line ? `${this.file}:${this.line}:${this.column ?? 1}` : this.file;
    return `${where2}: ${this.message}`;
  }
};

// lazy-ajv:ajv-2020
var Real;
function Ajv2020(options) {
  Real ??= require__().Ajv2020;
  return new Real(options);
}

// src/config/load-config.ts
import { existsSync as existsSync2, realpathSync } from "node:fs";
import path4 from "node:path";

// src/config/severity.ts
var SEVERITY_NAMES = {
  off: "off",
  info: "info",
  warning: "warning",
  warn: "warning",
  error: "error",
  "0": "off",
  "1": "warning",
  "2": "error"
};
var SEVERITY_VALUES = ["off", "info", "warning", "warn", "error", 0, 1, 2];
function normalizeSeverity(value) {
  if (typeof value !== "string" && typeof value !== "number") return void 0;
  const key = String(value);
  return Object.prototype.hasOwnProperty.call(SEVERITY_NAMES, key) ? SEVERITY_NAMES[key] : void 0;
}

// src/policies/schema.ts
var scalar = { type: ["string", "number", "boolean", "null"] };
var MATCHER_SCHEMA = {
  oneOf: [
    scalar,
    { type: "array", items: scalar, minItems: 1 },
    {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        pattern: { type: "string", minLength: 1, maxLength: 500 },
        notPattern: { type: "string", minLength: 1, maxLength: 500 },
        exists: { type: "boolean" },
        contains: scalar,
        not: { $ref: "#/$defs/matcher" }
      }
    }
  ]
};
var MATCHERS = {
  type: "object",
  minProperties: 1,
  propertyNames: { pattern: "^[A-Za-z0-9_$-]+(\\.[A-Za-z0-9_$-]+)*$" },
  additionalProperties: { $ref: "#/$defs/matcher" }
};
var POLICY_RESOURCES = ["client", "clientGrant", "organization", "organizationConnection"];
var POLICY_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["id", "resource"],
  anyOf: [{ required: ["require"] }, { required: ["forbid"] }],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,79}$" },
    description: { type: "string", minLength: 1, maxLength: 300 },
    severity: { enum: ["info", "warning", "warn", "error"] },
    files: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
    resource: { enum: POLICY_RESOURCES },
    where: MATCHERS,
    require: MATCHERS,
    forbid: MATCHERS,
    message: { type: "string", minLength: 1, maxLength: 1e3 },
    docs: { type: "string", minLength: 1, maxLength: 5e3 },
    fix: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        set: { type: "object", minProperties: 1, propertyNames: MATCHERS.propertyNames },
        remove: { type: "array", items: { type: "string", pattern: MATCHERS.propertyNames.pattern }, minItems: 1 },
        safety: { enum: ["safe", "unsafe"] }
      }
    }
  }
};
var stringOrList = { oneOf: [{ type: "string", minLength: 1 }, { type: "array", items: { type: "string", minLength: 1 } }] };
var POLICY_CONFIG_PROPERTIES = {
  policies: { type: "array", items: POLICY_SCHEMA },
  plugins: { type: "array", items: { type: "string", minLength: 1 } },
  extends: stringOrList
};
var POLICY_DEFS = { matcher: MATCHER_SCHEMA };

// src/config/schema.ts
var ruleSetting = {
  oneOf: [
    { enum: SEVERITY_VALUES },
    {
      type: "array",
      minItems: 1,
      maxItems: 2,
      prefixItems: [{ enum: SEVERITY_VALUES }, { type: "object" }],
      items: false
    }
  ]
};
var rules = { type: ["object", "null"], additionalProperties: ruleSetting };
var globs = { type: "array", items: { type: "string", minLength: 1 } };
var CONFIG_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  properties: {
    // the editor's schema association (`"$schema": "./node_modules/orglint/..."`), as in ESLint and Spectral configs
    $schema: { type: "string" },
    rules,
    ignore: globs,
    keywords: { type: "object" },
    keywordsFile: { type: "string", minLength: 1 },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files"],
        properties: { files: { ...globs, minItems: 1 }, rules }
      }
    },
    maxFileSize: { type: "integer", minimum: 1 },
    payloads: globs,
    requireDirectiveReason: { type: "boolean" },
    ...POLICY_CONFIG_PROPERTIES
  },
  $defs: POLICY_DEFS
};
var CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties).filter((k) => k !== "$schema");

// src/config/keywords-file.ts
import path from "node:path";

// src/sources/deploy-cli-config.ts
var KEYS = {
  AUTH0_EXCLUDED: "excluded",
  AUTH0_INCLUDED_ONLY: "includedOnly",
  AUTH0_EXCLUDED_CLIENTS: "excludedClients",
  AUTH0_EXCLUDED_CONNECTIONS: "excludedConnections",
  AUTH0_EXCLUDED_DATABASES: "excludedDatabases",
  AUTH0_INCLUDED_CONNECTIONS: "includedConnections"
};
var ExclusionError = class extends Error {
  constructor(key) {
    super(`${key} must be an array of names (or a JSON string of one), as deploy-cli reads it`);
    this.key = key;
  }
  key;
};
function names(key, v) {
  let list = v;
  if (typeof v === "string") {
    try {
      list = JSON.parse(v);
    } catch {
      throw new ExclusionError(key);
    }
  }
  if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) throw new ExclusionError(key);
  return list;
}
function readExclusions(config, file) {
  const out = { file };
  let any = false;
  for (const [key, field] of Object.entries(KEYS)) {
    if (!Object.prototype.hasOwnProperty.call(config, key) || config[key] === void 0 || config[key] === null) continue;
    out[field] = names(key, config[key]);
    any = true;
  }
  return any ? out : void 0;
}

// src/config/keywords-file.ts
async function loadKeywordsAndExclusions(file, cwd) {
  const display = path.relative(cwd, file) || file;
  const read = await readTextFile(file);
  if (!read.ok) throw new ConfigError(`keywords file: ${read.message}`, display);
  const doc = /\.ya?ml$/i.test(file) ? await loadYamlAsync(file, read.text, read.bom) : loadJson(file, read.text, read.bom);
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(`keywords file: ${doc.problems[0].message}`, display, pos.line, pos.column);
  }
  const v = doc.value;
  if (!isObject(v)) throw new ConfigError("keywords file: expected an object of KEY: value pairs", display, 1, 1);
  let exclusions;
  try {
    exclusions = readExclusions(v, display);
  } catch (err) {
    if (!(err instanceof ExclusionError)) throw err;
    const span = doc.locate([err.key], "value");
    const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
    throw new ConfigError(`keywords file: ${err.key} must be an array of names (or a JSON string of one), as deploy-cli reads it`, display, pos.line, pos.column);
  }
  const withExclusions = (keywords) => exclusions ? { keywords, exclusions } : { keywords };
  if ("AUTH0_KEYWORD_REPLACE_MAPPINGS" in v) {
    const m = v.AUTH0_KEYWORD_REPLACE_MAPPINGS;
    if (!isObject(m)) {
      const span = doc.locate(["AUTH0_KEYWORD_REPLACE_MAPPINGS"], "value");
      const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
      throw new ConfigError("keywords file: AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object of KEY: value pairs", display, pos.line, pos.column);
    }
    return withExclusions(m);
  }
  if (exclusions) return withExclusions({});
  return { keywords: v };
}

// src/policies/compile.ts
import path2 from "node:path";

// src/policies/matchers.ts
import v8 from "node:v8";
var DOCUMENTED_DEFAULTS = {
  client: { organization_usage: "deny", organization_require_behavior: "no_prompt" },
  clientGrant: { allow_any_organization: false },
  organization: {},
  organizationConnection: { assign_membership_on_login: false, is_signup_enabled: false, show_as_button: true }
};
function readField(value, field, type, partial, keys = field.split(".")) {
  let cur = value;
  for (const key of keys) {
    if (typeof cur === "string" && containsPlaceholder(cur)) return { present: true, value: cur, source: "unknown" };
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, key)) {
      if (partial) return { present: false, value: void 0, source: "unknown" };
      const defaults = DOCUMENTED_DEFAULTS[type] ?? {};
      if (Object.prototype.hasOwnProperty.call(defaults, field)) return { present: false, value: defaults[field], source: "default" };
      return { present: false, value: void 0, source: "absent" };
    }
    cur = cur[key];
  }
  if (typeof cur === "string" && containsPlaceholder(cur)) return { present: true, value: cur, source: "unknown" };
  return { present: true, value: cur, source: "set" };
}
var linearEngine;
function linear(pattern) {
  if (linearEngine === void 0) {
    try {
      v8.setFlagsFromString("--enable-experimental-regexp-engine");
      linearEngine = new RegExp("a", "l").test("a");
    } catch {
      linearEngine = false;
    }
  }
  if (!linearEngine) return void 0;
  try {
    return new RegExp(pattern, "l");
  } catch {
    return void 0;
  }
}
function safeRegExp(pattern) {
  let unicode;
  try {
    unicode = new RegExp(pattern, "u");
  } catch (err) {
    return err.message.replace(/^Invalid regular expression: /, "");
  }
  const fast = /\\[pP]\{|\\u\{/.test(pattern) ? void 0 : linear(pattern);
  if (fast) return { re: fast, maxLength: 1e5 };
  if (hasNestedQuantifier(pattern)) return "it repeats a group that itself repeats or has alternatives (such as (a+)+ or (a|aa)+), which can take exponential time";
  const degree = unboundedQuantifiers(pattern) + (anchoredAtStart(pattern) ? 0 : 1);
  if (degree > 2) return "it has more than two unbounded repetitions (*, +, {n,}, or {n,m} with m over 10; a pattern not anchored with ^ counts as one more) and needs the backtracking engine, which can take polynomial time on a long value";
  return { re: unicode, maxLength: 1e3 };
}
function* syntaxIndexes(p) {
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else yield i;
  }
}
function unboundedQuantifiers(p) {
  let n = 0;
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "*" || c === "+") n++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 24));
      if (m && m[2] !== void 0 && (m[3] === "" || Number(m[3]) > 10)) n++;
    }
  }
  return n;
}
function anchoredAtStart(p) {
  if (!p.startsWith("^")) return false;
  let depth = 0;
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return false;
  }
  return true;
}
function hasNestedQuantifier(p) {
  const stack = [];
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "(") stack.push(false);
    else if (c === ")") {
      const inner = stack.pop() ?? false;
      const next = p[i + 1];
      const quantified = next === "*" || next === "+" || next === "?" || next === "{";
      if (inner && quantified && next !== "?") return true;
      if (stack.length && (inner || quantified)) stack[stack.length - 1] = true;
    } else if ((c === "*" || c === "+" || c === "{" || c === "|") && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}
function compileMatcher(spec) {
  if (Array.isArray(spec)) {
    const list = spec;
    return known((v) => list.some((s) => s === v));
  }
  if (spec === null || typeof spec !== "object") return known((v) => v === spec);
  const [[op, arg]] = Object.entries(spec);
  switch (op) {
    case "exists":
      return (f) => f.present ? arg === true : f.source === "unknown" ? "unknown" : arg === false;
    case "pattern":
    case "notPattern": {
      const compiled = safeRegExp(String(arg));
      if (typeof compiled === "string") throw new Error(compiled);
      const { re, maxLength } = compiled;
      return (f) => {
        if (f.source === "unknown") return "unknown";
        const v = f.value;
        if (typeof v !== "string") return op === "notPattern";
        if (v.length > maxLength) return "unknown";
        const hit = re.test(v);
        return op === "pattern" ? hit : !hit;
      };
    }
    case "contains":
      return (f) => {
        if (f.source === "unknown") return "unknown";
        if (!Array.isArray(f.value)) return false;
        if (f.value.some((x) => typeof x === "string" && containsPlaceholder(x))) return f.value.includes(arg) ? true : "unknown";
        return f.value.includes(arg);
      };
    case "not": {
      const inner = compileMatcher(arg);
      return (f) => {
        const r = inner(f);
        return r === "unknown" ? r : !r;
      };
    }
    default:
      throw new Error(`unknown matcher "${op}"`);
  }
}
function known(test) {
  return (f) => f.source === "unknown" ? "unknown" : test(f.value);
}

// src/policies/compile.ts
var PolicyError = class extends Error {
  constructor(message2, at2) {
    super(message2);
    this.at = at2;
  }
  at;
};
var SCOPE = {
  client: "client",
  clientGrant: "clientGrant",
  organization: "organization",
  organizationConnection: "organization"
};
function policyGlobs(files) {
  files.forEach((g, i) => {
    try {
      checkGlob(g);
    } catch (err) {
      if (err instanceof GlobError) throw new PolicyError(`invalid glob ${JSON.stringify(g)} in files: ${err.message}`, ["files", i]);
      throw err;
    }
  });
  if (files.length && files.every((g) => g.startsWith("!"))) throw new PolicyError('files: every pattern starts with "!", so it matches no file (start with e.g. "**")', ["files", 0]);
  return globMatcher(files);
}
function compilePolicy(spec, baseDir, configFile) {
  const entries2 = (key) => Object.entries(spec[key] ?? {}).map(([field, m]) => {
    try {
      return { field, keys: field.split("."), match: compileMatcher(m), spec: m };
    } catch (err) {
      throw new PolicyError(`invalid matcher for "${field}": ${err.message}`, [key, field]);
    }
  });
  const where2 = entries2("where");
  const require2 = entries2("require");
  const forbid = entries2("forbid");
  spec.files?.forEach((g, i) => {
    if (path2.isAbsolute(g.replace(/^!/, "")) || /^[A-Za-z]:[\\/]/.test(g.replace(/^!/, ""))) {
      throw new PolicyError(`files glob "${g}" is an absolute path, which never matches: globs are relative to the config's folder`, ["files", i]);
    }
  });
  const inFiles = spec.files ? policyGlobs(spec.files) : void 0;
  const fileHits = /* @__PURE__ */ new Map();
  const severity = spec.severity === "warn" ? "warning" : spec.severity ?? "error";
  const safety = spec.fix?.safety ?? "unsafe";
  const type = spec.resource;
  const rule = defineRule({
    id: spec.id,
    meta: {
      description: spec.description ?? `team policy ${spec.id}`,
      severity,
      fixable: spec.fix ? [safety] : [],
      scope: SCOPE[type],
      source: spec.docs && /^https?:\/\//.test(spec.docs) ? spec.docs : `policy in ${path2.basename(configFile)}`
    },
    defaultOptions: {},
    messages: { violation: "{{text}}" },
    check(ctx) {
      const resource = ctx.resource;
      if (inFiles) {
        let hit = fileHits.get(resource.doc.file);
        if (hit === void 0) fileHits.set(resource.doc.file, hit = inFiles(relativeFile(resource, baseDir)));
        if (!hit) return;
      }
      for (const target of targets(resource, type)) {
        const read = (e) => readField(target.value, e.field, type, resource.partial, e.keys);
        let applies = true;
        for (const e of where2) if (e.match(read(e)) !== true) applies = false;
        if (!applies) continue;
        let violations;
        for (const e of require2) {
          const f = read(e);
          if (e.match(f) === false) (violations ??= []).push({ entry: e, field: f, kind: "require" });
        }
        for (const e of forbid) {
          const f = read(e);
          if (e.match(f) === true) (violations ??= []).push({ entry: e, field: f, kind: "forbid" });
        }
        if (!violations) continue;
        const ops = fixOps(spec, target) ?? [];
        const found = violations;
        found.forEach((v, i) => {
          const at2 = v.field.present ? [...target.prefix, ...v.entry.field.split(".")] : [...target.prefix];
          const mine = ops.filter((o) => o.field === v.entry.field);
          const rest = i === 0 ? ops.filter((o) => !found.some((w) => w.entry.field === o.field)) : [];
          const own = [...mine, ...rest].map((o) => o.op);
          const report2 = {
            messageId: "violation",
            at: at2,
            data: { text: message(spec, target, v.entry, v.field, v.kind, (f) => readField(target.value, f, type, resource.partial)) }
          };
          if (own.length) report2.fix = { safety, description: describeFix(own), ops: own };
          ctx.report(report2);
        });
      }
    }
  });
  return Object.assign(rule, { provenance: { kind: "policy", file: configFile, docs: spec.docs, spec } });
}
function relativeFile(resource, baseDir) {
  const file = resource.doc.file;
  if (/^[a-z]+:\/\//.test(file)) return "\0";
  return path2.relative(baseDir, file).split(path2.sep).join("/");
}
var NO_PREFIX = [];
function targets(resource, type) {
  if (type !== "organizationConnection") return [{ value: resource.value, prefix: NO_PREFIX, name: resource.name }];
  const list = resource.value.connections;
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((c, i) => {
    if (c === null || typeof c !== "object" || Array.isArray(c)) return;
    const conn = c;
    const id = conn.name ?? conn.connection_id ?? conn.connection?.name ?? `#${i + 1}`;
    out.push({ value: conn, prefix: ["connections", i], name: `${resource.name} \u2192 ${String(id)}` });
  });
  return out;
}
function fixOps(spec, target) {
  const out = [];
  const created = /* @__PURE__ */ new Map();
  for (const [field, value] of Object.entries(spec.fix?.set ?? {})) {
    const keys = field.split(".");
    let cur = target.value;
    let depth = 0;
    for (; depth < keys.length - 1; depth++) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return void 0;
      if (!Object.prototype.hasOwnProperty.call(cur, keys[depth])) break;
      cur = cur[keys[depth]];
    }
    if (depth === keys.length - 1) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return void 0;
      out.push({ field, op: { op: "set", path: [...target.prefix, ...keys], value } });
      continue;
    }
    const head = keys.slice(0, depth + 1);
    const key = head.join(".");
    let entry = created.get(key);
    if (!entry) {
      entry = { value: /* @__PURE__ */ Object.create(null), op: { op: "set", path: [...target.prefix, ...head], value: void 0 } };
      entry.op.value = entry.value;
      created.set(key, entry);
      out.push({ field, op: entry.op });
    }
    let obj = entry.value;
    for (const k of keys.slice(depth + 1, -1)) {
      const next = obj[k];
      obj = next !== null && typeof next === "object" ? next : obj[k] = /* @__PURE__ */ Object.create(null);
    }
    obj[keys[keys.length - 1]] = value;
  }
  for (const field of spec.fix?.remove ?? []) out.push({ field, op: { op: "remove", path: [...target.prefix, ...field.split(".")] } });
  for (const e of created.values()) e.op.value = JSON.parse(JSON.stringify(e.value));
  return out;
}
function describeFix(ops) {
  return ops.map((o) => o.op === "set" ? `set ${o.path.join(".")} to ${JSON.stringify(o.value)}` : `remove ${o.path.join(".")}`).join(", ");
}
function showValue(f) {
  if (f.source === "default") return `not set (so ${JSON.stringify(f.value)})`;
  if (!f.present) return "not set";
  const s = JSON.stringify(f.value);
  return s === void 0 ? String(f.value) : s;
}
function expected(spec) {
  if (Array.isArray(spec)) return `one of ${spec.map((v) => JSON.stringify(v)).join(", ")}`;
  if (spec === null || typeof spec !== "object") return JSON.stringify(spec);
  const [[op, arg]] = Object.entries(spec);
  if (op === "exists") return arg ? "set" : "not set";
  if (op === "pattern") return `a match of /${String(arg)}/`;
  if (op === "notPattern") return `no match of /${String(arg)}/`;
  if (op === "contains") return `a list containing ${JSON.stringify(arg)}`;
  return `not ${expected(arg)}`;
}
function message(spec, target, entry, field, kind, read) {
  if (spec.message) {
    return spec.message.replace(/\{\{\s*([A-Za-z0-9_$.-]+)\s*\}\}/g, (all, key) => {
      if (key === "name") return target.name;
      if (key === "id" || key === "policy") return spec.id;
      if (key === "field") return entry.field;
      if (key === "value") return showValue(field);
      if (key === "expected") return expected(entry.spec);
      const f = read(key);
      return f.source === "absent" ? "not set" : f.source === "default" ? String(f.value) : f.present ? stringValue(f.value) : all;
    });
  }
  const what = spec.description ?? `team policy ${spec.id}`;
  return kind === "require" ? `${target.name}: ${entry.field} is ${showValue(field)}, expected ${expected(entry.spec)} (${what})` : `${target.name}: ${entry.field} is ${showValue(field)}, which is forbidden (${what})`;
}
function stringValue(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}

// src/policies/plugins.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path3 from "node:path";
import { pathToFileURL } from "node:url";
var NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
var RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
var SEVERITIES = ["error", "warning", "info"];
var SCOPES = ["client", "clientGrant", "organization", "tenant"];
var CRASH = "orglint/plugin-error";
var PluginError = class extends Error {
};
function resolveModule(spec, fromDir, what) {
  if (spec.startsWith(".") || path3.isAbsolute(spec)) {
    const file = path3.resolve(fromDir, spec);
    if (!existsSync(file)) throw new PluginError(`${what} "${spec}" not found (looked for ${file})`);
    if (statSync(file).isDirectory()) return packageEntry(file, spec, what);
    return file;
  }
  if (!NAME.test(spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/"))) throw new PluginError(`${what} "${spec}" is not a package name or a path`);
  for (let dir = fromDir; ; dir = path3.dirname(dir)) {
    const pkgDir = path3.join(dir, "node_modules", spec);
    if (existsSync(path3.join(pkgDir, "package.json"))) return packageEntry(pkgDir, spec, what);
    if (path3.dirname(dir) === dir) break;
  }
  throw new PluginError(`${what} "${spec}" not found: no node_modules/${spec} in ${fromDir} or a folder above it (npm install it)`);
}
function packageEntry(dir, spec, what) {
  const pkgFile = path3.join(dir, "package.json");
  let entry = "index.js";
  if (existsSync(pkgFile)) {
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    const dot = typeof pkg.exports === "string" || Array.isArray(pkg.exports) ? pkg.exports : pkg.exports?.["."] ?? pkg.exports;
    const pick = (e) => {
      if (typeof e === "string") return e;
      if (e && typeof e === "object" && !Array.isArray(e)) {
        const o = e;
        return pick(o.import ?? o.node ?? o.default ?? o.require);
      }
      return void 0;
    };
    entry = pick(dot) ?? pkg.main ?? entry;
  }
  const file = path3.resolve(dir, entry);
  if (!file.startsWith(dir + path3.sep)) throw new PluginError(`${what} "${spec}": its package entry points outside the package`);
  if (!existsSync(file)) throw new PluginError(`${what} "${spec}": its entry ${entry} does not exist`);
  return file;
}
async function loadPlugin(spec, fromDir) {
  const file = resolveModule(spec, fromDir, "plugin");
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    throw new PluginError(`plugin "${spec}" could not be loaded: ${err.message}`);
  }
  const plugin = mod.default ?? mod;
  if (!plugin || typeof plugin !== "object") throw new PluginError(`plugin "${spec}": its default export must be { name, rules: [...] }`);
  const name = plugin.name;
  if (typeof name !== "string" || !NAME.test(name)) throw new PluginError(`plugin "${spec}": "name" must be a lower-case package-like name (got ${JSON.stringify(name)})`);
  if (!Array.isArray(plugin.rules)) throw new PluginError(`plugin "${spec}" (${name}): "rules" must be an array of rules made with defineRule`);
  const seen = /* @__PURE__ */ new Set();
  const rules2 = plugin.rules.map((r, i) => {
    const rule = checkRule(r, `plugin "${spec}" (${name}) rule #${i + 1}`);
    if (seen.has(rule.id)) throw new PluginError(`plugin "${spec}" (${name}): rule id "${rule.id}" is defined twice`);
    seen.add(rule.id);
    return wrap(rule, name, file);
  });
  return { name, file, rules: rules2 };
}
function checkRule(r, where2) {
  const rule = r;
  if (!rule || typeof rule !== "object") throw new PluginError(`${where2}: not an object`);
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) throw new PluginError(`${where2}: "id" must be lower-case letters, digits and - (got ${JSON.stringify(rule.id)})`);
  const meta = rule.meta;
  const label2 = `${where2} "${rule.id}"`;
  if (!meta || typeof meta !== "object") throw new PluginError(`${label2}: "meta" is missing`);
  if (typeof meta.description !== "string" || !meta.description) throw new PluginError(`${label2}: meta.description must be a non-empty string`);
  if (!SEVERITIES.includes(meta.severity)) throw new PluginError(`${label2}: meta.severity must be one of ${SEVERITIES.join(", ")}`);
  if (!SCOPES.includes(meta.scope)) throw new PluginError(`${label2}: meta.scope must be one of ${SCOPES.join(", ")}`);
  if (typeof rule.check !== "function") throw new PluginError(`${label2}: "check" must be a function`);
  if (!rule.messages || typeof rule.messages !== "object") throw new PluginError(`${label2}: "messages" must be an object of message templates`);
  return {
    ...rule,
    meta: { ...meta, fixable: meta.fixable ?? [], source: meta.source ?? "" },
    defaultOptions: rule.defaultOptions ?? {}
  };
}
function wrap(rule, plugin, file) {
  const id = `${plugin}/${rule.id}`;
  const check2 = rule.check;
  return {
    ...rule,
    id,
    messages: { ...rule.messages, [CRASH]: "plugin {{plugin}}: rule {{rule}} threw an error, so it checked nothing here: {{error}}" },
    check(ctx) {
      const crash = (err) => {
        const target = ctx.resource ?? ctx.tenant.clients[0] ?? ctx.tenant.clientGrants[0] ?? ctx.tenant.organizations[0];
        if (!target) return;
        ctx.report({ messageId: CRASH, data: { plugin, rule: id, error: errorText(err) }, severity: "error", ...ctx.resource ? {} : { resource: target } });
      };
      let open = true;
      const view = Object.create(ctx);
      Object.defineProperties(view, {
        tenant: { value: readOnly(ctx.tenant) },
        resource: { value: ctx.resource && readOnly(ctx.resource) },
        options: { value: readOnly(ctx.options) },
        report: { value: (r) => {
          if (open) ctx.report({ ...r, ...r.resource ? { resource: unwrap(r.resource) } : {} });
        } }
      });
      try {
        const out = check2.call(rule, view);
        if (out && typeof out.then === "function") {
          out.then(void 0, () => void 0);
          crash(new Error("check returned a Promise: rules run synchronously, so nothing it reports after an await is seen"));
        }
      } catch (err) {
        crash(err);
      } finally {
        open = false;
      }
    },
    provenance: { kind: "plugin", file, plugin }
  };
}
function errorText(err) {
  try {
    return err instanceof Error ? String(err.message) : String(err);
  } catch {
    return "a value that cannot be shown";
  }
}
var views = /* @__PURE__ */ new WeakMap();
var targets2 = /* @__PURE__ */ new WeakMap();
var FROZEN = {
  get(t, key, receiver) {
    const v = Reflect.get(t, key, receiver === views.get(t) ? t : receiver);
    if (v === null || typeof v !== "object") return v;
    if (!Object.isExtensible(t) && Object.getOwnPropertyDescriptor(t, key)?.configurable === false) return v;
    return readOnly(v);
  },
  set(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it set "${String(key)}")`);
  },
  deleteProperty(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it deleted "${String(key)}")`);
  },
  defineProperty(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it defined "${String(key)}")`);
  },
  setPrototypeOf() {
    throw new TypeError("a plugin rule may not change the tenant");
  }
};
function readOnly(value) {
  if (value === null || typeof value !== "object") return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return value;
  let v = views.get(value);
  if (!v) {
    v = new Proxy(value, FROZEN);
    views.set(value, v);
    targets2.set(v, value);
  }
  return v;
}
function unwrap(value) {
  return targets2.get(value) ?? value;
}

// src/config/load-config.ts
var CONFIG_NAMES = [".orglint.yaml", ".orglint.yml", ".orglint.json"];
function findConfig(dir) {
  let d = path4.resolve(dir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const f = path4.join(d, name);
      if (existsSync2(f)) return f;
    }
    if (existsSync2(path4.join(d, ".git"))) return void 0;
    const up = path4.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}
function defaultConfig(baseDir) {
  return { baseDir, rules: {}, ignore: [], overrides: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, payloads: [], extraRules: [], requireDirectiveReason: false };
}
var validator;
var MAX_EXTENDS_DEPTH = 10;
async function loadConfig(file, rules2, cwd, opts = {}) {
  const layers = await readChain(file, cwd, [], opts.texts);
  const baseDir = path4.dirname(file);
  const trusted = opts.explicit === true || existsSync2(path4.join(baseDir, ".git"));
  const extraRules = await configuredRules(layers, rules2, { trusted, plugins: opts.plugins !== false, root: file, cwd });
  const known2 = new Map([...rules2, ...extraRules].map((r) => [r.id, r]));
  const config = defaultConfig(baseDir);
  config.file = file;
  config.extraRules = extraRules;
  const pluginsOff = opts.plugins === false && layers.some((l) => Array.isArray(l.raw.plugins) && l.raw.plugins.length > 0);
  for (const layer of layers) await mergeLayer(config, layer, known2, cwd, pluginsOff);
  return config;
}
async function readChain(file, cwd, seen, texts) {
  if (seen.includes(file)) throw new ConfigError(`extends goes round in a circle: ${[...seen, file].map((f) => path4.relative(cwd, f) || f).join(" -> ")}`, path4.relative(cwd, seen.at(-1)) || seen.at(-1));
  if (seen.length > MAX_EXTENDS_DEPTH) throw new ConfigError(`extends is nested more than ${MAX_EXTENDS_DEPTH} deep`, path4.relative(cwd, file) || file);
  const layer = await readLayer(file, cwd, texts?.get(file));
  const ext = layer.raw.extends;
  const list = ext === void 0 ? [] : Array.isArray(ext) ? ext : [ext];
  const out = [];
  for (const [i, spec] of list.entries()) {
    let target;
    const pos = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
    if (spec.startsWith(".") || path4.isAbsolute(spec)) insideRepository(path4.dirname(file), spec, "extends", layer.display, pos, "install a shared config as a package, or name the file with --config");
    try {
      target = resolveModule(spec, path4.dirname(file), "extends");
    } catch (err) {
      const pos2 = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
      throw new ConfigError(err.message, layer.display, pos2.line, pos2.column);
    }
    if (!/\.(ya?ml|json)$/i.test(target)) {
      const pos2 = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
      throw new ConfigError(`extends "${spec}" resolves to ${path4.relative(cwd, target) || target}, which is not a YAML or JSON config (orglint runs no code from extends; use plugins for rules in code)`, layer.display, pos2.line, pos2.column);
    }
    out.push(...await readChain(target, cwd, [...seen, file], texts));
  }
  out.push(layer);
  return out;
}
async function readLayer(file, cwd, text) {
  const display = path4.relative(cwd, file) || file;
  const read = text !== void 0 ? { ok: true, text, bom: false } : await readTextFile(file);
  if (!read.ok) throw new ConfigError(read.message, display);
  const doc = /\.json$/i.test(file) ? loadJson(file, read.text, read.bom) : await loadYamlAsync(file, read.text, read.bom);
  const at2 = (p, target = "value") => {
    const span = doc.locate(p, target);
    return span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
  };
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(doc.problems[0].message, display, pos.line, pos.column);
  }
  const raw = doc.value ?? {};
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validator(raw)) {
    const err = pickError(validator.errors);
    const p = pointerToPath(err.instancePath);
    if (err.keyword === "additionalProperties") {
      const key = String(err.params.additionalProperty);
      const known2 = knownKeys(p);
      const hint = didYouMean(key, known2);
      const pos2 = at2([...p, key], "key");
      throw new ConfigError(`unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ""} (expected one of: ${known2.join(", ")})`, display, pos2.line, pos2.column);
    }
    const pos = at2(p);
    const what = p.length ? `"${p.join(".")}"` : "the config";
    throw new ConfigError(`invalid value for ${what}: expected ${expectedText(p, err)}`, display, pos.line, pos.column);
  }
  return { file, display, raw, at: at2 };
}
async function configuredRules(layers, builtIn, o) {
  const builtInIds = /* @__PURE__ */ new Set([...builtIn.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
  const byId = /* @__PURE__ */ new Map();
  const pluginNames = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    const here = /* @__PURE__ */ new Set();
    for (const [i, spec] of (layer.raw.policies ?? []).entries()) {
      try {
        if (builtInIds.has(spec.id)) throw new PolicyError(`policy id "${spec.id}" is the id of a built-in rule; choose another`, ["id"]);
        if (here.has(spec.id)) throw new PolicyError(`policy id "${spec.id}" is used twice in this file`, ["id"]);
        here.add(spec.id);
        byId.set(spec.id, compilePolicy(spec, path4.dirname(layer.file), layer.file));
      } catch (err) {
        if (!(err instanceof PolicyError)) throw err;
        const pos = layer.at(["policies", i, ...err.at], err.at.length ? "key" : "value");
        throw new ConfigError(err.message, layer.display, pos.line, pos.column);
      }
    }
    const plugins = layer.raw.plugins ?? [];
    if (!plugins.length || !o.plugins) continue;
    if (!o.trusted) {
      const pos = layer.at(["plugins"]);
      throw new ConfigError(
        `plugins are code: orglint loads them only from the config at the repository root or one named by --config, and ${path4.relative(o.cwd, o.root) || o.root} is neither (use --config to name it, or --no-plugins)`,
        layer.display,
        pos.line,
        pos.column
      );
    }
    for (const [i, spec] of plugins.entries()) {
      let loaded;
      try {
        loaded = await loadPlugin(spec, path4.dirname(layer.file));
      } catch (err) {
        const pos = layer.at(["plugins", i]);
        throw new ConfigError(err.message, layer.display, pos.line, pos.column);
      }
      const earlier = pluginNames.get(loaded.name);
      if (earlier !== void 0 && earlier !== loaded.file) {
        const pos = layer.at(["plugins", i]);
        throw new ConfigError(`plugin "${spec}" is named "${loaded.name}", like another plugin of this config (${path4.relative(o.cwd, earlier) || earlier}); rule ids would clash`, layer.display, pos.line, pos.column);
      }
      pluginNames.set(loaded.name, loaded.file);
      for (const rule of loaded.rules) byId.set(rule.id, rule);
    }
  }
  return [...byId.values()];
}
async function mergeLayer(config, layer, known2, cwd, pluginsOff) {
  const { raw: cfg, at: at2, display } = layer;
  const readRules = (obj, base) => {
    const out = {};
    for (const [id, setting] of Object.entries(obj ?? {})) {
      const rule = known2.get(id);
      if (!rule && pluginsOff && id.includes("/")) continue;
      if (!rule && (id === "unused-disable-directive" || id === "disable-directive-without-reason")) {
        out[id] = { severity: normalizeSeverity(Array.isArray(setting) ? setting[0] : setting) };
        continue;
      }
      if (!rule) {
        const hint = didYouMean(id, [...known2.keys()]);
        const pos = at2([...base, id], "key");
        throw new ConfigError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (orglint rules lists them)`, display, pos.line, pos.column);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, void 0];
      if (options !== void 0) checkOptions(rule, options, () => at2([...base, id, 1]), display);
      out[id] = { severity: normalizeSeverity(severity), options };
    }
    return out;
  };
  const globLists = [
    [["ignore"], config.ignore, cfg.ignore],
    [["payloads"], config.payloads, cfg.payloads]
  ];
  (cfg.overrides ?? []).forEach((o, i) => globLists.push([["overrides", i, "files"], [], o.files]));
  for (const [p, before, list] of globLists) checkGlobs(list, before, p, at2, display);
  const layerDir = path4.dirname(layer.file);
  const rebase = (globs2) => layerDir === config.baseDir ? globs2 : globs2.map((g) => rebaseGlob(g, layerDir, config.baseDir));
  for (const [id, s] of Object.entries(readRules(cfg.rules, ["rules"]))) {
    const prev = config.rules[id];
    config.rules[id] = { severity: s.severity ?? prev?.severity, options: s.options ?? prev?.options };
  }
  config.ignore.push(...rebase(cfg.ignore ?? []));
  config.payloads.push(...rebase(cfg.payloads ?? []));
  config.overrides.push(
    ...(cfg.overrides ?? []).map((o, i) => ({
      files: rebase(o.files),
      rules: readRules(o.rules, ["overrides", i, "rules"])
    }))
  );
  if (typeof cfg.maxFileSize === "number") config.maxFileSize = cfg.maxFileSize;
  if (typeof cfg.requireDirectiveReason === "boolean") config.requireDirectiveReason = cfg.requireDirectiveReason;
  if (cfg.keywords) config.keywords = { ...config.keywords, ...cfg.keywords };
  if (typeof cfg.keywordsFile === "string") {
    const kw = await loadKeywordsAndExclusions(insideRepository(layerDir, cfg.keywordsFile, "keywordsFile", layer.display, layer.at(["keywordsFile"])), cwd);
    config.keywords = { ...config.keywords, ...kw.keywords, ...cfg.keywords ?? {} };
    if (kw.exclusions) config.exclusions = kw.exclusions;
  }
}
function checkGlobs(list, before, base, at2, display) {
  if (!list?.length) return;
  list.forEach((pattern, i) => {
    try {
      checkGlob(pattern);
    } catch (err) {
      if (!(err instanceof GlobError)) throw err;
      const pos = at2([...base, i]);
      throw new ConfigError(`invalid glob ${JSON.stringify(pattern)} in ${base.join(".")}: ${err.message}`, display, pos.line, pos.column);
    }
  });
  if ([...before, ...list].every((p) => p.startsWith("!"))) {
    const pos = at2([...base, 0]);
    throw new ConfigError(`${base.join(".")}: every pattern starts with "!", so it matches no file (a "!" pattern only takes back what an earlier one matched; start with e.g. "**")`, display, pos.line, pos.column);
  }
}
function rebaseGlob(glob, from, to) {
  const neg = glob.startsWith("!") ? "!" : "";
  const g = neg ? glob.slice(1) : glob;
  const rel = path4.relative(to, from).split(path4.sep).join("/");
  const body = g.includes("/") ? g.replace(/^\.\//, "") : `**/${g}`;
  return `${neg}${rel ? `${rel}/` : ""}${body}`;
}
function pickError(errors) {
  const depth = (e) => e.instancePath.split("/").length;
  const deepest = Math.max(...errors.map(depth));
  const list = errors.filter((e) => depth(e) === deepest);
  return list.find((e) => e.keyword === "additionalProperties") ?? list.find((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf") ?? list[0];
}
function knownKeys(p) {
  if (p.length === 0) return CONFIG_KEYS;
  if (p[0] === "policies" && p.length === 2) return Object.keys(POLICY_SCHEMA.properties);
  if (p[0] === "policies" && p[2] === "fix") return Object.keys(POLICY_SCHEMA.properties.fix.properties);
  if (p[0] === "policies") return Object.keys(MATCHER_SCHEMA.oneOf[2].properties);
  return ["files", "rules"];
}
function expectedText(p, err) {
  if (p.at(-2) === "rules" || p.at(-3) === "rules" && p.at(-1) === 0) return "off, info, warning (or warn), error, or [severity, {options}]";
  if (p[0] === "policies" && (p[2] === "where" || p[2] === "require" || p[2] === "forbid") && p.length >= 4) {
    return `a value, a list of values, or one of { pattern }, { notPattern }, { exists }, { contains }, { not }`;
  }
  const missing = err.keyword === "required" ? String(err.params.missingProperty) : void 0;
  if (p[0] === "policies" && p.length === 2 && (err.keyword === "anyOf" || missing === "require" || missing === "forbid")) return 'a "require" or a "forbid" entry';
  if (missing) return `a "${missing}" entry`;
  return err.message ?? "something else";
}
function repositoryOf(dir) {
  for (let d = path4.resolve(dir); ; d = path4.dirname(d)) {
    if (existsSync2(path4.join(d, ".git"))) return d;
    if (path4.dirname(d) === d) return void 0;
  }
}
function insideRepository(baseDir, value, key, display, pos, hint = "use --keywords FILE on the command line for another file") {
  const repo = repositoryOf(baseDir);
  const root = repo ?? baseDir;
  const file = path4.resolve(baseDir, value);
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const rel = path4.relative(real(root), real(file));
  if (rel.startsWith("..") || path4.isAbsolute(rel)) {
    const where2 = repo ? "the repository" : "the config's folder";
    throw new ConfigError(`${key} "${value}" is outside ${where2} (${root}); config paths must stay inside it (${hint})`, display, pos.line, pos.column);
  }
  return file;
}
var optionValidators = /* @__PURE__ */ new Map();
function checkOptions(rule, options, where2, display) {
  const schema = rule.optionsSchema ?? { type: "object", additionalProperties: false, properties: {} };
  let validate = optionValidators.get(rule.id);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    optionValidators.set(rule.id, validate);
  }
  if (!validate(options)) {
    const e = validate.errors[0];
    const pos = where2();
    const detail = e.keyword === "additionalProperties" ? `unknown option "${String(e.params.additionalProperty)}" (known: ${Object.keys(schema.properties ?? {}).join(", ") || "none"})` : `option ${e.instancePath.slice(1) || "value"} ${e.message}`;
    throw new ConfigError(`invalid options for rule "${rule.id}": ${detail}`, display, pos.line, pos.column);
  }
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}

// rules/allow-any-organization/index.ts
var allow_any_organization_default = defineRule({
  id: "allow-any-organization",
  meta: {
    description: "allow_any_organization on a client grant is for trusted internal applications only, never third-party ones",
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { trustedClients: { type: "array", items: { type: "string" } } }
  },
  defaultOptions: { trustedClients: [] },
  messages: {
    anyOrganization: "the grant of {{client}} for {{audience}} has allow_any_organization true: it may act in every organization, not only those it is associated with; keep this for trusted internal applications",
    thirdParty: "the grant of third-party client {{client}} for {{audience}} has allow_any_organization true: an outside application could act in every organization, and Auth0 does not offer this to third-party clients"
  },
  check(ctx) {
    const trusted = new Set(ctx.options.trustedClients);
    for (const grant of ctx.tenant.clientGrants) {
      if (grant.value.allow_any_organization !== true) continue;
      const owners = clientsOfGrant(ctx.tenant, grant);
      const clientId = grant.value.client_id;
      const client = JSON.stringify(owners[0]?.name ?? (typeof clientId === "string" ? clientId : "?"));
      const data = { client, audience: JSON.stringify(grant.value.audience ?? "?") };
      const base = { resource: grant, at: ["allow_any_organization"] };
      if (owners.some((c) => c.value.is_first_party === false)) {
        ctx.report({ ...base, messageId: "thirdParty", data, severity: "error" });
        continue;
      }
      const names2 = [clientId, ...owners.flatMap((c) => [c.value.name, c.value.client_id])];
      if (names2.some((n) => typeof n === "string" && trusted.has(n))) continue;
      ctx.report({ ...base, messageId: "anyOrganization", data });
    }
  }
});

// rules/organization-usage-enum/index.ts
var ORGANIZATION_USAGE = ["deny", "allow", "require"];
var organization_usage_enum_default = defineRule({
  id: "organization-usage-enum",
  meta: {
    description: 'organization_usage must be "deny", "allow" or "require"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    invalid: "organization_usage {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "organization_usage must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, {
      field: "organization_usage",
      allowed: ORGANIZATION_USAGE,
      predictedResponse: { status: 400, errorCode: "invalid_body" },
      // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
      // updates a client with PATCH, so `null` in an export is no 400 either
      nullAllowed: true
    });
  }
});

// rules/client-grant-organization-usage-enum/index.ts
var client_grant_organization_usage_enum_default = defineRule({
  id: "client-grant-organization-usage-enum",
  meta: {
    description: `a client grant's organization_usage must be "deny", "allow" or "require"`,
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "clientGrant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    invalid: "client grant organization_usage {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "client grant organization_usage must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, {
      field: "organization_usage",
      allowed: ORGANIZATION_USAGE,
      predictedResponse: { status: 400, errorCode: "invalid_body" },
      // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
      // updates a client with PATCH, so `null` in an export is no 400 either
      nullAllowed: true
    });
  }
});

// rules/client-grant-require-without-organization/index.ts
var granted = /* @__PURE__ */ new WeakMap();
function grantedKeys(tenant) {
  let g = granted.get(tenant);
  if (g) return g;
  g = { keys: /* @__PURE__ */ new Set(), unsure: false };
  for (const org of tenant.organizations) {
    const list = org.value.client_grants;
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      const key = isObject(e) ? e.client_id ?? e.grant_id ?? e.id : e;
      if (typeof key === "string" && key !== "" && !isPlaceholder(key)) g.keys.add(key);
      else g.unsure = true;
    }
  }
  granted.set(tenant, g);
  return g;
}
function mayBeGranted(tenant, grant, keys) {
  if (typeof grant.value.id === "string" && keys.has(grant.value.id)) return true;
  for (const client of clientsOfGrant(tenant, grant)) {
    if (keys.has(client.name) || typeof client.value.client_id === "string" && keys.has(client.value.client_id)) return true;
  }
  return typeof grant.value.client_id === "string" && keys.has(grant.value.client_id);
}
var client_grant_require_without_organization_default = defineRule({
  id: "client-grant-require-without-organization",
  meta: {
    description: 'a client grant with organization_usage "require" and allow_any_organization false needs an organization that grants it',
    severity: "warning",
    fixable: [],
    scope: "clientGrant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access",
    needs: ["organization", "organizationClientGrant"]
  },
  defaultOptions: {},
  messages: {
    noOrganization: "the grant of {{client}} for {{audience}} requires an organization and allow_any_organization is false, but no organization of this export lists it in client_grants: every client credentials request for it will fail until an organization is granted access"
  },
  check(ctx) {
    const g = ctx.resource.value;
    if (g.organization_usage !== "require") return;
    const any = g.allow_any_organization;
    if (any === true || isPlaceholder(any) || any === void 0 && ctx.resource.partial || any !== void 0 && any !== false) return;
    if (typeof g.client_id !== "string" || isPlaceholder(g.client_id)) return;
    const orgs = ctx.resources("organization");
    if (!orgs.known || orgs.items.length === 0) return;
    if (!ctx.resources("organizationClientGrant").known) return;
    const { keys, unsure } = grantedKeys(ctx.tenant);
    if (unsure || mayBeGranted(ctx.tenant, ctx.resource, keys)) return;
    const data = { client: JSON.stringify(g.client_id), audience: JSON.stringify(g.audience ?? "?") };
    ctx.report({ messageId: "noOrganization", at: ["organization_usage"], data });
  }
});

// rules/default-organization-valid/index.ts
var FIELD = "default_organization";
var KEYS2 = ["organization_id", "flows"];
var FLOW = "client_credentials";
var ORG_ID = /^org_[A-Za-z0-9]+$/;
var INVALID_BODY = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var default_organization_valid_default = defineRule({
  id: "default-organization-valid",
  meta: {
    description: 'default_organization must be {organization_id: "org_\u2026", flows: ["client_credentials"]}',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    notObject: "default_organization must be an object with organization_id and flows, got {{found}}",
    missingKeys: 'default_organization is missing {{keys}}; it needs both organization_id and flows: ["client_credentials"]',
    unknownKey: 'default_organization does not take {{key}}; only "organization_id" and "flows"{{hint}}',
    organizationId: 'default_organization.organization_id must be a non-empty string (an organization id such as "org_\u2026"), got {{value}}',
    flowsType: 'default_organization.flows must be an array, got {{found}}; expected ["client_credentials"]',
    flowsEmpty: 'default_organization.flows is []: the API accepts and stores it, but the default organization then applies to no flow; list "client_credentials" or set default_organization to null',
    idFormat: 'default_organization.organization_id {{value}} is not an organization id ("org_" followed by letters and digits); client-credentials requests will not find that organization',
    badFlow: 'default_organization.flows item {{value}} is not "client_credentials", the only flow a default organization applies to{{hint}}',
    duplicateFlow: 'default_organization.flows lists "client_credentials" twice'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!(FIELD in c)) return;
    let value = c[FIELD];
    let base = [FIELD];
    const terraform = ctx.resource.origin === "terraform";
    if (terraform && Array.isArray(value) && value.length <= 1) {
      if (value.length === 0) return;
      [value, base] = [value[0], [FIELD, 0]];
    }
    if (value === null || isPlaceholder(value)) return;
    if (!isObject(value)) {
      ctx.report({ messageId: "notObject", at: base, data: { found: describeValue(value) }, ...INVALID_BODY });
      return;
    }
    if (terraform && value.disable === true) return;
    for (const key of Object.keys(value)) {
      if (KEYS2.includes(key) || terraform && key === "disable") continue;
      const guess = didYouMean(key.replace(/([a-z])([A-Z])/g, "$1_$2"), KEYS2.filter((k) => !(k in value)));
      ctx.report({ messageId: "unknownKey", at: [...base, key], target: "key", data: { key: JSON.stringify(key), hint: guess ? `; did you mean "${guess}"?` : "" }, ...INVALID_BODY });
    }
    const missing = KEYS2.filter((k) => !(k in value));
    if (missing.length) ctx.report({ messageId: "missingKeys", at: base, target: "key", data: { keys: missing.join(" and ") }, ...INVALID_BODY });
    const id = value.organization_id;
    if ("organization_id" in value && !containsPlaceholder(id)) {
      if (typeof id !== "string" || id.trim() === "") {
        ctx.report({ messageId: "organizationId", at: [...base, "organization_id"], data: { value: JSON.stringify(id) }, ...INVALID_BODY });
      } else if (!ORG_ID.test(id)) {
        ctx.report({ messageId: "idFormat", at: [...base, "organization_id"], severity: "warning", data: { value: JSON.stringify(id) } });
      }
    }
    if ("flows" in value) checkFlows(ctx, value.flows, [...base, "flows"]);
  }
});
function checkFlows(ctx, flows, at2) {
  if (isPlaceholder(flows)) return;
  if (!Array.isArray(flows)) {
    const wrap2 = typeof flows === "string" && canonicalEnumSpelling(flows) === FLOW;
    const fix = wrap2 ? { safety: "safe", description: `wrap it in a list: ["${FLOW}"]`, ops: [{ op: "set", path: at2, value: [FLOW] }] } : void 0;
    ctx.report({ messageId: "flowsType", at: at2, data: { found: describeValue(flows) }, fix, ...INVALID_BODY });
    return;
  }
  if (flows.length === 0) {
    ctx.report({ messageId: "flowsEmpty", at: at2, severity: "warning" });
    return;
  }
  let seen = false;
  flows.forEach((item, i) => {
    const itemAt = [...at2, i];
    if (isPlaceholder(item)) return;
    if (item === FLOW) {
      if (seen) ctx.report({ messageId: "duplicateFlow", at: itemAt, severity: "warning", fix: { safety: "safe", description: `remove the repeated "${FLOW}"`, ops: [{ op: "remove", path: itemAt }] } });
      seen = true;
      return;
    }
    let hint = "";
    let fix;
    if (typeof item === "string" && canonicalEnumSpelling(item) === FLOW) {
      hint = `; did you mean "${FLOW}"?`;
      fix = { safety: "safe", description: `replace ${JSON.stringify(item)} with "${FLOW}"`, ops: [{ op: "set", path: itemAt, value: FLOW }] };
    } else if (typeof item === "string" && didYouMean(canonicalEnumSpelling(item), [FLOW])) {
      hint = `; did you mean "${FLOW}"?`;
      fix = { safety: "unsafe", description: `replace ${JSON.stringify(item)} with "${FLOW}"`, ops: [{ op: "set", path: itemAt, value: FLOW }] };
    }
    ctx.report({ messageId: "badFlow", at: itemAt, data: { value: JSON.stringify(item), hint }, fix, ...INVALID_BODY });
  });
}

// rules/default-organization-without-require-grant/index.ts
function defaultOrganization(c) {
  let v = c.value.default_organization;
  if (Array.isArray(v) && v.length <= 1) v = v[0];
  if (!isObject(v) || v.disable === true) return void 0;
  return v;
}
var default_organization_without_require_grant_default = defineRule({
  id: "default-organization-without-require-grant",
  meta: {
    description: `a client's default_organization only applies through a client grant with organization_usage "require"`,
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access",
    needs: ["clientGrant"]
  },
  defaultOptions: {},
  messages: {
    noRequireGrant: 'default_organization of {{client}} never applies: none of its {{count}} client grants has organization_usage "require"',
    noGrants: 'default_organization of {{client}} never applies: it is used only through a client grant with organization_usage "require", and this export has no grant for the client'
  },
  check(ctx) {
    if (!ctx.tenant.clients.some((c) => defaultOrganization(c))) return;
    if (!ctx.resources("clientGrant").known) return;
    const index = tenantIndex(ctx.tenant);
    if (index.grantsOfUnknownClient.length > 0) return;
    for (const client of ctx.tenant.clients) {
      if (!defaultOrganization(client)) continue;
      if (client.partial && typeof client.value.client_id !== "string") continue;
      const grants = index.grantsByClient.get(client) ?? [];
      const usages = grants.map((g) => g.value.organization_usage);
      if (usages.includes("require")) continue;
      const unsure = grants.some((g, i) => {
        const u = usages[i];
        if (u === void 0) return g.partial;
        return u !== null && !ORGANIZATION_USAGE.includes(u);
      });
      if (unsure || usages.some(isPlaceholder)) continue;
      const data = { client: JSON.stringify(client.name), count: grants.length };
      const base = { resource: client, at: ["default_organization"], target: "key", data };
      ctx.report({ ...base, messageId: grants.length === 0 ? "noGrants" : "noRequireGrant" });
    }
  }
});

// rules/discovery-methods-without-pre-login-prompt/index.ts
var FIELD2 = "organization_discovery_methods";
var BEHAVIORS = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
function shown(value, meaning) {
  if (value === void 0) return `not set (so "${meaning}")`;
  if (value === null) return `null (so "${meaning}")`;
  return JSON.stringify(value);
}
var discovery_methods_without_pre_login_prompt_default = defineRule({
  id: "discovery-methods-without-pre-login-prompt",
  meta: {
    description: 'organization_discovery_methods only works with organization_require_behavior "pre_login_prompt"',
    severity: "warning",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notPreLogin: 'organization_discovery_methods has no effect while organization_require_behavior is {{behavior}}; it is only used by "pre_login_prompt"',
    notRequired: 'organization_discovery_methods has no effect while organization_require_behavior is {{behavior}} and organization_usage is {{usage}}; it is only used by the "pre_login_prompt" of an application that requires an organization'
  },
  check(ctx) {
    const c = ctx.resource.value;
    const methods = c[FIELD2];
    if (!Array.isArray(methods) || methods.length === 0) return;
    if (ctx.resource.partial && !("organization_require_behavior" in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === "pre_login_prompt" || isPlaceholder(behavior)) return;
    if (behavior !== void 0 && behavior !== null && !BEHAVIORS.includes(behavior)) return;
    const usage = c.organization_usage;
    const usageKnown = !(ctx.resource.partial && !("organization_usage" in c)) && !isPlaceholder(usage);
    const required = usage === "require";
    const report2 = {
      messageId: required || !usageKnown ? "notPreLogin" : "notRequired",
      at: [FIELD2],
      target: "key",
      data: { behavior: shown(behavior, "no_prompt"), usage: shown(usage, "deny") },
      // null, not removal: a file without the key leaves the tenant's methods in place, and the API refuses to
      // move away from pre_login_prompt while they are set (terraform-provider-auth0 issue #1416)
      fix: { safety: "safe", description: `set ${FIELD2} to null (clears them)`, ops: [{ op: "set", path: [FIELD2], value: null }] }
    };
    if (required) {
      report2.alternatives = [
        {
          safety: "unsafe",
          description: 'set organization_require_behavior to "pre_login_prompt"',
          ops: [{ op: "set", path: ["organization_require_behavior"], value: "pre_login_prompt", near: "organization_usage" }]
        }
      ];
    }
    ctx.report(report2);
  }
});

// rules/organization-branding-colors/index.ts
var HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
var COLORS = ["primary", "page_background"];
var REJECTED = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
function isHttpsUrl(s) {
  try {
    const u = new URL(s);
    return u.protocol === "https:" && u.hostname !== "";
  } catch {
    return false;
  }
}
var organization_branding_colors_default = defineRule({
  id: "organization-branding-colors",
  meta: {
    description: "organization branding.colors has both primary and page_background as hex colours, and logo_url is https",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    colorsNotObject: "branding.colors must be an object with primary and page_background, got {{value}}",
    missingColor: "branding.colors has no {{missing}}; the API requires both primary and page_background",
    notHex: 'branding.colors.{{field}} {{value}} is not a hex colour such as "#0059d6"',
    logoNotHttps: "branding.logo_url {{value}} is not an https URL"
  },
  check(ctx) {
    const branding = ctx.resource.value.branding;
    if (!isObject(branding)) return;
    if ("logo_url" in branding) {
      const logo = branding.logo_url;
      if (logo !== null && !containsPlaceholder(logo) && (typeof logo !== "string" || !isHttpsUrl(logo))) {
        ctx.report({ messageId: "logoNotHttps", at: ["branding", "logo_url"], data: { value: JSON.stringify(logo) }, ...REJECTED });
      }
    }
    if (!("colors" in branding)) return;
    const colors = branding.colors;
    if (colors === null || isPlaceholder(colors)) return;
    if (!isObject(colors)) {
      ctx.report({ messageId: "colorsNotObject", at: ["branding", "colors"], data: { value: JSON.stringify(colors) }, ...REJECTED });
      return;
    }
    const missing = COLORS.filter((c) => !(c in colors));
    if (missing.length > 0) {
      const data = { missing: missing.join(" and ") };
      ctx.report({ messageId: "missingColor", at: ["branding", "colors"], target: "key", data, ...REJECTED });
    }
    for (const field of COLORS) {
      if (!(field in colors)) continue;
      const value = colors[field];
      if (isPlaceholder(value) || typeof value === "string" && HEX.test(value)) continue;
      ctx.report({ messageId: "notHex", at: ["branding", "colors", field], data: { field, value: JSON.stringify(value) }, ...REJECTED });
    }
  }
});

// src/rule-api/organization-usage.ts
function userOrganizationUsage(c) {
  const v = c.value;
  if (v.app_type === "express_configuration") return "require";
  if (v.app_type === "non_interactive") return void 0;
  return v.organization_usage === "allow" || v.organization_usage === "require" ? v.organization_usage : void 0;
}

// rules/organization-connection-not-enabled-for-client/index.ts
function organizationConnections(org) {
  const list = org.value.connections;
  if (!Array.isArray(list)) return [];
  const out = [];
  for (const c of list) {
    if (!isObject(c) || c.is_enabled === false) continue;
    const key = typeof c.name === "string" && c.name !== "" ? c.name : c.connection_id;
    if (typeof key === "string" && key !== "" && !isPlaceholder(key)) out.push(key);
  }
  return out;
}
function memberAccess(org) {
  const active = org.value.is_app_entitlement_active;
  if (active === void 0 || active === false) return "all";
  if (active !== true) return "unknown";
  const list = org.value.clients;
  if (!Array.isArray(list)) return "unknown";
  const out = /* @__PURE__ */ new Set();
  for (const c of list) {
    if (!isObject(c) || typeof c.client_id !== "string" || isPlaceholder(c.client_id)) return "unknown";
    if (c.use_for_member_access === true) out.add(c.client_id);
  }
  return out;
}
var organization_connection_not_enabled_for_client_default = defineRule({
  id: "organization-connection-not-enabled-for-client",
  meta: {
    description: "an application that uses Organizations should have its organizations' connections enabled for it too",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections",
    needs: ["organization", "organizationConnection", "connection", "database"]
  },
  defaultOptions: {},
  messages: {
    notEnabled: "application {{client}} uses Organizations, but {{connections}} of {{organizations}} {{verb}} not enabled for it (enabled_clients): the Login Flows docs offer only connections enabled for both the application and the organization, while a support article reports logins through organization-only connections; enable it for the application if its users cannot log in"
  },
  check(ctx) {
    const { tenant } = ctx;
    const clients = tenant.clients.filter((c) => !c.partial && c.value.is_first_party !== false && userOrganizationUsage(c));
    if (clients.length === 0) return;
    const orgs = ctx.resources("organization");
    if (!orgs.known || orgs.items.length === 0) return;
    if (!ctx.resources("organizationConnection").known) return;
    const byConnection = /* @__PURE__ */ new Map();
    for (const org of orgs.items) {
      const access = memberAccess(org);
      if (access === "unknown") continue;
      for (const key of organizationConnections(org)) {
        const found = findConnection(tenant, key, ctx.resources);
        if (!found.known || !found.connection) continue;
        const list = byConnection.get(found.connection) ?? [];
        if (!list.some((a) => a.name === org.name)) list.push({ name: org.name, members: access });
        byConnection.set(found.connection, list);
      }
    }
    const enabledSets = [];
    for (const [conn, orgNamesOfConn] of byConnection) {
      const enabled = conn.value.enabled_clients;
      if (!Array.isArray(enabled) || enabled.some((e) => typeof e !== "string" || isPlaceholder(e))) continue;
      enabledSets.push([conn, new Set(enabled), orgNamesOfConn]);
    }
    for (const client of clients) {
      const missing = [];
      const orgNames = /* @__PURE__ */ new Set();
      const keys = [client.name, client.value.client_id].filter((k) => typeof k === "string");
      for (const [conn, enabled, orgsOfConn] of enabledSets) {
        if (keys.some((k) => enabled.has(k))) continue;
        const usable = orgsOfConn.filter((o) => o.members === "all" || keys.some((k) => o.members instanceof Set && o.members.has(k)));
        if (usable.length === 0) continue;
        missing.push(conn);
        usable.forEach((o) => orgNames.add(o.name));
      }
      if (missing.length === 0) continue;
      const names2 = missing.map((c) => c.name);
      const data = {
        client: JSON.stringify(client.name),
        connections: `connection${names2.length === 1 ? "" : "s"} ${nameList(names2)}`,
        organizations: `organization${orgNames.size === 1 ? "" : "s"} ${nameList([...orgNames])}`,
        verb: names2.length === 1 ? "is" : "are"
      };
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "notEnabled", resource: client, at: at2, data });
    }
  }
});

// rules/organization-connections-all-hidden/index.ts
var ENTERPRISE = /* @__PURE__ */ new Set(["ad", "adfs", "auth0-adldap", "google-apps", "ip", "office365", "oidc", "okta", "pingfederate", "samlp", "sharepoint", "waad"]);
var organization_connections_all_hidden_default = defineRule({
  id: "organization-connections-all-hidden",
  meta: {
    description: "an organization needs at least one connection shown on its login prompt",
    severity: "warning",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections"
  },
  defaultOptions: {},
  messages: {
    allHidden: "every connection of organization {{name}} has show_as_button false, so its login prompt offers no way to log in; only requests that name a connection get through"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    const enabled = connections.filter((c) => isObject(c) && c.is_enabled !== false);
    if (enabled.length === 0) return;
    const strategyOf = (c) => {
      if (typeof c.strategy === "string") return c.strategy;
      const key = typeof c.name === "string" && c.name !== "" ? c.name : c.connection_id;
      if (typeof key !== "string" || key === "") return void 0;
      const found = findConnection(ctx.tenant, key);
      return found.known && found.connection ? connectionStrategy(found.connection) : void 0;
    };
    const hidden = (c) => {
      if (c.show_as_button !== false) return false;
      const strategy = strategyOf(c);
      return strategy === void 0 || ENTERPRISE.has(strategy);
    };
    if (!enabled.every(hidden)) return;
    ctx.report({ messageId: "allHidden", at: ["connections"], target: "key", data: { name: JSON.stringify(ctx.resource.name) } });
  }
});

// rules/organization-connection-option-mismatch/index.ts
var organization_connection_option_mismatch_default = defineRule({
  id: "organization-connection-option-mismatch",
  meta: {
    description: "is_signup_enabled applies only to an organization's database connections, show_as_button only to its enterprise connections",
    severity: "warning",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections",
    needs: ["connection", "database"]
  },
  defaultOptions: {},
  messages: {
    signupNotDatabase: "is_signup_enabled is true for connection {{connection}} of organization {{organization}}, but it is {{what}}: signup on the organization prompt applies only to database connections",
    buttonNotEnterprise: "show_as_button is false for connection {{connection}} of organization {{organization}}, but it is {{what}}: only enterprise connections can be hidden from the organization prompt, so it stays visible"
  },
  check(ctx) {
    const list = ctx.resource.value.connections;
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const signup = entry.is_signup_enabled === true;
      const hidden = entry.show_as_button === false;
      if (!signup && !hidden) return;
      let strategy = typeof entry.strategy === "string" ? entry.strategy : void 0;
      const key = typeof entry.name === "string" && entry.name !== "" ? entry.name : entry.connection_id;
      if (strategy === void 0 && typeof key === "string" && key !== "") {
        const found = findConnection(ctx.tenant, key, ctx.resources);
        if (found.known && found.connection) strategy = connectionStrategy(found.connection);
      }
      if (strategy === void 0 || /^(##|@@)/.test(strategy)) return;
      const data = { connection: JSON.stringify(typeof key === "string" ? key : `connections[${i}]`), organization: JSON.stringify(ctx.resource.name), what: strategy === "auth0" ? 'a database connection (strategy "auth0")' : `a connection of strategy ${JSON.stringify(strategy)}` };
      if (signup && strategy !== "auth0") ctx.report({ messageId: "signupNotDatabase", at: ["connections", i, "is_signup_enabled"], data });
      if (hidden && !ENTERPRISE.has(strategy)) ctx.report({ messageId: "buttonNotEnterprise", at: ["connections", i, "show_as_button"], data });
    });
  }
});

// rules/organization-connections-limit/index.ts
var MAX = 10;
var organization_connections_limit_default = defineRule({
  id: "organization-connections-limit",
  meta: {
    description: "an organization enables at most 10 connections",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/entity-limit-policy"
  },
  defaultOptions: {},
  messages: {
    tooMany: "organization {{name}} enables {{count}} connections; Auth0 allows at most 10 per organization"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    const count = connections.filter((c) => isObject(c) && c.is_enabled !== false).length;
    if (count <= MAX) return;
    ctx.report({ messageId: "tooMany", at: ["connections"], target: "key", data: { name: JSON.stringify(ctx.resource.name), count } });
  }
});

// rules/organization-discovery-domain-unverified/index.ts
function usesEmailDiscovery(c) {
  const v = c.value;
  const methods = v.organization_discovery_methods;
  return Array.isArray(methods) && methods.includes("email") && (v.organization_usage === "require" || v.organization_usage === "allow") && v.organization_require_behavior === "pre_login_prompt";
}
function describe(d) {
  const domain = JSON.stringify(d.domain ?? "?");
  if (d.status === "verified") return `${domain} has use_for_organization_discovery false`;
  return `${domain} is ${typeof d.status === "string" ? d.status : "not verified"}`;
}
var organization_discovery_domain_unverified_default = defineRule({
  id: "organization-discovery-domain-unverified",
  meta: {
    description: "when applications discover organizations by email, each organization needs a verified discovery domain",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-org-domains"
  },
  defaultOptions: {},
  messages: {
    noDomains: "organization {{name}} has no discovery domain, so email discovery (used by {{clients}}) cannot find it",
    unverified: "organization {{name}} has no verified discovery domain ({{domains}}), so email discovery (used by {{clients}}) cannot find it"
  },
  check(ctx) {
    const discovering = ctx.tenant.clients.filter(usesEmailDiscovery);
    if (discovering.length === 0) return;
    const clients = nameList(discovering.map((c) => c.name));
    for (const org of ctx.tenant.organizations) {
      const domains = org.value.discovery_domains;
      if (!Array.isArray(domains)) continue;
      const listed = domains.filter(isObject);
      const unknown = listed.some((d) => isPlaceholder(d.status) || isPlaceholder(d.use_for_organization_discovery));
      const usable = listed.some((d) => d.status === "verified" && d.use_for_organization_discovery !== false);
      if (unknown || usable) continue;
      const name = JSON.stringify(org.name);
      const base = { resource: org, at: ["discovery_domains"], target: "key" };
      if (listed.length === 0) ctx.report({ ...base, messageId: "noDomains", data: { name, clients } });
      else ctx.report({ ...base, messageId: "unverified", data: { name, clients, domains: listed.map(describe).join(", ") } });
    }
  }
});

// rules/organization-discovery-methods-valid/index.ts
var DISCOVERY_METHODS = ORGANIZATION_DISCOVERY_VALUES;
var INVALID_BODY2 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var FIELD3 = "organization_discovery_methods";
var ALLOWED = DISCOVERY_METHODS.map((m) => `"${m}"`).join(", ");
var organization_discovery_methods_valid_default = defineRule({
  id: "organization-discovery-methods-valid",
  meta: {
    description: 'organization_discovery_methods must be a non-empty list of distinct "email" / "organization_name"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notArray: "organization_discovery_methods must be an array of {{allowed}}, got {{found}}",
    empty: "organization_discovery_methods must list at least one of {{allowed}}, got []; use null to clear it",
    itemType: "organization_discovery_methods item must be a string, got {{found}}; expected one of {{allowed}}",
    unknownItem: "organization_discovery_methods item {{value}} is not one of {{allowed}}{{hint}}",
    duplicate: "organization_discovery_methods lists {{value}} twice; the API accepts it, the repeat does nothing"
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!(FIELD3 in c)) return;
    const methods = c[FIELD3];
    if (methods === null || isPlaceholder(methods)) return;
    const data = { allowed: ALLOWED };
    if (!Array.isArray(methods)) {
      const canonical = typeof methods === "string" ? canonicalEnumSpelling(methods) : "";
      const known2 = DISCOVERY_METHODS.includes(canonical);
      ctx.report({
        messageId: "notArray",
        at: [FIELD3],
        data: { ...data, found: describeValue(methods) },
        ...INVALID_BODY2,
        // `email` for `[email]`: the one method meant is plain, and the deploy failed with the string anyway
        fix: known2 ? { safety: "safe", description: `wrap it in a list: ["${canonical}"]`, ops: [{ op: "set", path: [FIELD3], value: [canonical] }] } : void 0
      });
      return;
    }
    if (methods.length === 0) {
      if (ctx.resource.origin !== "terraform") ctx.report({ messageId: "empty", at: [FIELD3], data, ...INVALID_BODY2 });
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    methods.forEach((item, i) => {
      const at2 = [FIELD3, i];
      if (isPlaceholder(item)) return;
      if (typeof item !== "string") {
        ctx.report({ messageId: "itemType", at: at2, data: { ...data, found: describeValue(item) }, ...INVALID_BODY2 });
        return;
      }
      if (seen.has(item)) {
        ctx.report({ messageId: "duplicate", at: at2, severity: "warning", data: { value: JSON.stringify(item) }, fix: { safety: "safe", description: `remove the repeated ${JSON.stringify(item)}`, ops: [{ op: "remove", path: at2 }] } });
        return;
      }
      seen.add(item);
      if (DISCOVERY_METHODS.includes(item)) return;
      const canonical = canonicalEnumSpelling(item);
      let fix;
      let hint = "";
      if (DISCOVERY_METHODS.includes(canonical)) {
        hint = `; did you mean "${canonical}"?`;
        fix = { safety: "safe", description: `replace ${JSON.stringify(item)} with "${canonical}"`, ops: [{ op: "set", path: at2, value: canonical }] };
      } else {
        const guess = item.trim() === "" ? void 0 : didYouMean(canonical, DISCOVERY_METHODS);
        if (guess) {
          hint = `; did you mean "${guess}"?`;
          fix = { safety: "unsafe", description: `replace ${JSON.stringify(item)} with "${guess}"`, ops: [{ op: "set", path: at2, value: guess }] };
        }
      }
      ctx.report({ messageId: "unknownItem", at: at2, data: { ...data, value: JSON.stringify(item), hint }, fix, ...INVALID_BODY2 });
    });
  }
});

// rules/organization-display-name/index.ts
var MAX2 = 255;
var REJECTED2 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var organization_display_name_default = defineRule({
  id: "organization-display-name",
  meta: {
    description: "an organization display_name is a string of 1 to 255 characters",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    wrongType: "display_name must be a string, got {{found}}",
    empty: "display_name is empty; give it 1 to 255 characters or remove it",
    tooLong: "display_name has {{length}} characters; at most 255 are allowed"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("display_name" in org)) return;
    const value = org.display_name;
    if (value === null && ctx.resource.partial) return;
    const at2 = ["display_name"];
    if (typeof value !== "string") {
      ctx.report({ messageId: "wrongType", at: at2, data: { found: describeValue(value) }, ...REJECTED2 });
      return;
    }
    if (value === "") {
      ctx.report({ messageId: "empty", at: at2, ...REJECTED2 });
      return;
    }
    if (containsPlaceholder(value)) return;
    const length = charLength(value);
    if (length > MAX2) ctx.report({ messageId: "tooLong", at: at2, data: { length }, ...REJECTED2 });
  }
});

// rules/organization-incompatible-grant/index.ts
var ORGANIZATION_INCOMPATIBLE_GRANTS = {
  password: "the Resource Owner Password flow",
  "http://auth0.com/oauth/grant-type/password-realm": "the Resource Owner Password flow with realms",
  "urn:ietf:params:oauth:grant-type:device_code": "the Device Authorization flow"
};
var organization_incompatible_grant_default = defineRule({
  id: "organization-incompatible-grant",
  meta: {
    description: "an application that uses Organizations must not rely on the password or device code grants, or on WS-Fed",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-overview"
  },
  defaultOptions: {},
  messages: {
    grant: "grant type {{grant}} ({{flow}}) does not support Organizations, but organization_usage is {{usage}}; remove the grant or log users in through Universal Login",
    wsfed: "the WS-Fed add-on (addons.wsfed) does not support Organizations, but organization_usage is {{usage}}; turn the add-on off or use OIDC or SAML"
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    const data = { usage: JSON.stringify(usage) };
    const grants = c.grant_types;
    if (Array.isArray(grants)) {
      grants.forEach((g, i) => {
        if (typeof g !== "string" || !Object.prototype.hasOwnProperty.call(ORGANIZATION_INCOMPATIBLE_GRANTS, g)) return;
        ctx.report({ messageId: "grant", at: ["grant_types", i], data: { ...data, grant: JSON.stringify(g), flow: ORGANIZATION_INCOMPATIBLE_GRANTS[g] } });
      });
    }
    if (isObject(c.addons) && isObject(c.addons.wsfed)) {
      ctx.report({ messageId: "wsfed", at: ["addons", "wsfed"], target: "key", data });
    }
  }
});

// rules/organization-invitation-without-login-route/index.ts
var unset = (v) => v === void 0 || v === null || v === "";
var organization_invitation_without_login_route_default = defineRule({
  id: "organization-invitation-without-login-route",
  meta: {
    description: "invitations to an application that uses Organizations need its initiate_login_uri or the tenant's default_redirection_uri",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/send-membership-invitations",
    needs: ["tenantSettings"]
  },
  defaultOptions: {},
  messages: {
    noRoute: 'application {{client}} uses Organizations but has no initiate_login_uri, and the tenant settings have no default_redirection_uri: creating an organization invitation for it fails ("A default login route is required to generate the invitation url"); set one of them if you invite members'
  },
  check(ctx) {
    const clients = ctx.tenant.clients.filter((c) => !c.partial && userOrganizationUsage(c) && unset(c.value.initiate_login_uri));
    if (clients.length === 0) return;
    const orgs = resources(ctx.tenant, "organization");
    if (orgs.known && orgs.items.length === 0) return;
    const settings = ctx.resources("tenantSettings");
    if (!settings.known || settings.items.length === 0) return;
    const tenantSettings = settings.items[0];
    const route = tenantSettings.value.default_redirection_uri;
    if (!unset(route) || isPlaceholder(route) || route === void 0 && tenantSettings.partial) return;
    for (const client of clients) {
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "noRoute", resource: client, at: at2, data: { client: JSON.stringify(client.name) } });
    }
  }
});

// rules/organization-metadata-limits/index.ts
var MAX_KEYS = 25;
var MAX_VALUE = 255;
var REJECTED3 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var organization_metadata_limits_default = defineRule({
  id: "organization-metadata-limits",
  meta: {
    description: "organization metadata holds at most 25 keys whose values are strings of at most 255 characters",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    notObject: "metadata must be an object of string values, got {{found}}",
    tooManyKeys: "metadata has {{count}} keys; an organization may have at most 25",
    notString: "metadata {{key}} must be a string, got {{found}}",
    tooLong: "metadata {{key}} has {{length}} characters; at most 255 are allowed"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("metadata" in org)) return;
    const metadata = org.metadata;
    if (isPlaceholder(metadata) || metadata === null && ctx.resource.partial) return;
    if (!isObject(metadata)) {
      const data = { found: describeValue(metadata) };
      ctx.report({ messageId: "notObject", at: ["metadata"], data, ...REJECTED3 });
      return;
    }
    const keys = Object.keys(metadata);
    if (keys.length > MAX_KEYS) {
      ctx.report({ messageId: "tooManyKeys", at: ["metadata"], target: "key", data: { count: keys.length }, ...REJECTED3 });
    }
    for (const key of keys) {
      const value = metadata[key];
      if (value === null || isPlaceholder(value)) continue;
      const at2 = ["metadata", key];
      const name = JSON.stringify(key);
      if (typeof value !== "string") {
        const target = isObject(value) ? "key" : "value";
        ctx.report({ messageId: "notString", at: at2, target, data: { key: name, found: describeValue(value) }, ...REJECTED3 });
      } else if (!containsPlaceholder(value) && charLength(value) > MAX_VALUE) {
        ctx.report({ messageId: "tooLong", at: at2, data: { key: name, length: charLength(value) }, ...REJECTED3 });
      }
    }
  }
});

// rules/organization-name-placeholder/index.ts
var PLACEHOLDER_FIELDS = ["callbacks", "allowed_origins"];
var URL_FIELDS = [...PLACEHOLDER_FIELDS, "web_origins", "allowed_logout_urls"];
var PLACEHOLDER = "{organization_name}";
function problem(url) {
  const count = url.split(PLACEHOLDER).length - 1;
  const scheme = /^(https?):\/\//i.exec(url);
  if (!scheme) return { messageId: "notHttp" };
  if (count > 1) return { messageId: "repeated", count };
  if (url.includes("*")) return { messageId: "wildcard" };
  const authority = url.slice(scheme[0].length).split(/[/?#]/, 1)[0];
  const host = authority.slice(authority.lastIndexOf("@") + 1).replace(/:\d*$/, "");
  const labels = host.split(".");
  if (labels[0] !== PLACEHOLDER || labels.length < 2) return { messageId: "notSubdomain" };
  return null;
}
var organization_name_placeholder_default = defineRule({
  id: "organization-name-placeholder",
  meta: {
    description: "{organization_name} in an application URL must be the whole left-most host label of an http(s) URL, once, without a wildcard",
    severity: "error",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/get-started/applications/wildcards-for-subdomains"
  },
  defaultOptions: {},
  messages: {
    notSubdomain: '{{url}} in {{field}}: {organization_name} must be the whole left-most label of a host under your domain, as in "https://{organization_name}.example.com/callback"{{note}}',
    repeated: "{{url}} in {{field}} holds {organization_name} {{count}} times; a URL may hold it once, as the left-most host label{{note}}",
    wildcard: '{{url}} in {{field}} mixes {organization_name} with a "*" wildcard; a URL may use one or the other, not both{{note}}',
    notHttp: "{{url}} in {{field}}: {organization_name} works only in http:// and https:// URLs{{note}}",
    wildcardBeside: '{{url}} in {{field}} is a "*" wildcard URL beside the {organization_name} URL {{other}}; Auth0 documents mixing the two in one field as a hazard: the wildcard also accepts subdomains of organizations that do not exist{{note}}',
    undocumented: "{{url}} in {{field}}: {organization_name} is documented only for Allowed Callback URLs (callbacks) and Allowed Origins (allowed_origins); whether Auth0 replaces it in {{field}} is not documented"
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = effectiveOrganizationUsage(c);
    let severity;
    let note = "";
    if (usage === "deny" || (usage === void 0 || usage === null) && !ctx.resource.partial) {
      severity = "warning";
      note = `; it is never evaluated while organization_usage is ${usage === "deny" ? '"deny"' : 'not set ("deny")'}`;
    } else if (usage !== "allow" && usage !== "require") {
      severity = "info";
      note = '; it is evaluated only if organization_usage is "allow" or "require"';
    }
    for (const field of URL_FIELDS) {
      const list = c[field];
      if (!Array.isArray(list)) continue;
      const documented = PLACEHOLDER_FIELDS.includes(field);
      list.forEach((url, i) => {
        if (typeof url !== "string" || !url.includes(PLACEHOLDER) || containsPlaceholder(url)) return;
        if (!documented) {
          ctx.report({ messageId: "undocumented", at: [field, i], severity: "info", data: { url: JSON.stringify(url), field } });
          return;
        }
        const p = problem(url);
        if (!p) return;
        const data = { url: JSON.stringify(url), field, note, ...p.count ? { count: p.count } : {} };
        ctx.report({ messageId: p.messageId, at: [field, i], data, ...severity ? { severity } : {} });
      });
      if (!documented) continue;
      const placeholderUrl = list.find((u) => typeof u === "string" && u.includes(PLACEHOLDER) && !containsPlaceholder(u));
      if (placeholderUrl === void 0) continue;
      list.forEach((url, i) => {
        if (typeof url !== "string" || url.includes(PLACEHOLDER) || !url.includes("*") || containsPlaceholder(url)) return;
        const data = { url: JSON.stringify(url), field, other: JSON.stringify(placeholderUrl), note };
        ctx.report({ messageId: "wildcardBeside", at: [field, i], severity: severity === "info" ? "info" : "warning", data });
      });
    }
  }
});

// rules/organization-name-valid/index.ts
var NAME2 = /^[a-z0-9_-]+$/;
var MAX3 = 50;
var OLD_MIN = 3;
var REJECTED4 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
function suggestion(name) {
  return name.trim().toLowerCase().replace(/[\s.]+/g, "-").replace(/[^a-z0-9_-]/g, "").slice(0, MAX3);
}
var organization_name_valid_default = defineRule({
  id: "organization-name-valid",
  meta: {
    description: 'an organization name is 1 to 50 lower-case letters, digits, "_" or "-"',
    severity: "error",
    fixable: ["unsafe"],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    missing: 'organization has no name; the API requires one (1 to 50 lower-case letters, digits, "_" or "-")',
    wrongType: "organization name must be a string, got {{found}}",
    empty: 'organization name is empty; it needs 1 to 50 lower-case letters, digits, "_" or "-"',
    badChars: 'organization name {{value}} may only hold lower-case letters, digits, "_" and "-"{{hint}}',
    tooLong: "organization name {{value}} has {{length}} characters; at most 50 are allowed",
    tooShort: "organization name {{value}} has {{length}} characters; older Auth0 docs and tenants require at least 3"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("name" in org)) {
      if (!ctx.resource.partial) ctx.report({ messageId: "missing", ...REJECTED4 });
      return;
    }
    const name = org.name;
    if (containsPlaceholder(name)) return;
    const at2 = ["name"];
    if (typeof name !== "string") {
      ctx.report({ messageId: "wrongType", at: at2, data: { found: describeValue(name) }, ...REJECTED4 });
      return;
    }
    if (name === "") {
      ctx.report({ messageId: "empty", at: at2, ...REJECTED4 });
      return;
    }
    const value = JSON.stringify(name);
    const length = charLength(name);
    if (!NAME2.test(name)) {
      const guess = suggestion(name);
      const fix = guess !== "" && guess !== name ? { safety: "unsafe", description: `rename to "${guess}"`, ops: [{ op: "set", path: at2, value: guess }] } : void 0;
      ctx.report({ messageId: "badChars", at: at2, data: { value, hint: fix ? `; did you mean "${guess}"?` : "" }, fix, ...REJECTED4 });
      return;
    }
    if (length > MAX3) ctx.report({ messageId: "tooLong", at: at2, data: { value, length }, ...REJECTED4 });
    else if (length < OLD_MIN) ctx.report({ messageId: "tooShort", at: at2, data: { value, length }, severity: "warning" });
  }
});

// rules/organization-require-behavior-enum/index.ts
var ORGANIZATION_REQUIRE_BEHAVIOR = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
var organization_require_behavior_enum_default = defineRule({
  id: "organization-require-behavior-enum",
  meta: {
    description: 'organization_require_behavior must be "no_prompt", "pre_login_prompt" or "post_login_prompt"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    invalid: "organization_require_behavior {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "organization_require_behavior must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, {
      field: "organization_require_behavior",
      allowed: ORGANIZATION_REQUIRE_BEHAVIOR,
      predictedResponse: { status: 400, errorCode: "invalid_body" },
      // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
      // updates a client with PATCH, so `null` in an export is no 400 either
      nullAllowed: true
    });
  }
});

// rules/organization-requires-new-universal-login/index.ts
var organization_requires_new_universal_login_default = defineRule({
  id: "organization-requires-new-universal-login",
  meta: {
    description: 'applications that use Organizations need Universal Login, not Classic Login (prompts.universal_login_experience "classic")',
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-overview",
    needs: ["prompts"]
  },
  defaultOptions: {},
  messages: {
    classic: 'application {{client}} uses Organizations (organization_usage {{usage}}), but the tenant uses Classic Login (prompts.universal_login_experience "classic"): Organizations are supported only with Universal Login'
  },
  check(ctx) {
    const clients = ctx.tenant.clients.filter((c) => userOrganizationUsage(c));
    if (clients.length === 0) return;
    const orgs = resources(ctx.tenant, "organization");
    if (orgs.known && orgs.items.length === 0) return;
    const prompts = ctx.resources("prompts");
    if (!prompts.known || prompts.items.length === 0) return;
    if (prompts.items[0].value.universal_login_experience !== "classic") return;
    for (const client of clients) {
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "classic", resource: client, at: at2, data: { client: JSON.stringify(client.name), usage: JSON.stringify(userOrganizationUsage(client)) } });
    }
  }
});

// rules/organization-signup-requires-membership/index.ts
function label(c, i) {
  if (typeof c.name === "string") return JSON.stringify(c.name);
  if (typeof c.connection_id === "string") return JSON.stringify(c.connection_id);
  return `#${i + 1}`;
}
var organization_signup_requires_membership_default = defineRule({
  id: "organization-signup-requires-membership",
  meta: {
    description: "an organization connection with is_signup_enabled also needs assign_membership_on_login",
    severity: "error",
    fixable: ["unsafe"],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections"
  },
  defaultOptions: {},
  messages: {
    withoutMembership: "connection {{connection}} has is_signup_enabled true while assign_membership_on_login is {{membership}}; organization signup needs membership on authentication"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    connections.forEach((c, i) => {
      if (!isObject(c) || c.is_signup_enabled !== true) return;
      const membership = c.assign_membership_on_login;
      if (membership === true || isPlaceholder(membership)) return;
      if (membership === void 0 && ctx.resource.partial) return;
      const shown2 = membership === void 0 ? "not set (so false)" : JSON.stringify(membership);
      ctx.report({
        messageId: "withoutMembership",
        at: ["connections", i, "is_signup_enabled"],
        data: { connection: label(c, i), membership: shown2 },
        // the fix applied never widens access: signup goes off; making every user who logs in through the
        // connection a member is the other reading, offered but never applied by --fix-unsafe
        fix: {
          safety: "unsafe",
          description: "set is_signup_enabled to false",
          ops: [{ op: "set", path: ["connections", i, "is_signup_enabled"], value: false }]
        },
        alternatives: [
          {
            safety: "unsafe",
            description: "set assign_membership_on_login to true",
            ops: [{ op: "set", path: ["connections", i, "assign_membership_on_login"], value: true, near: "is_signup_enabled" }]
          }
        ]
      });
    });
  }
});

// rules/organization-third-party-client/index.ts
var admitsThirdParty = /* @__PURE__ */ new WeakMap();
function someOrganizationAdmits(tenant) {
  let known2 = admitsThirdParty.get(tenant);
  if (known2 === void 0) {
    known2 = tenant.organizations.some((o) => o.value.third_party_client_access === "allow" || isPlaceholder(o.value.third_party_client_access));
    admitsThirdParty.set(tenant, known2);
  }
  return known2;
}
var organization_third_party_client_default = defineRule({
  id: "organization-third-party-client",
  meta: {
    description: "a third-party application (is_first_party: false) should not use Organizations unless an organization admits third-party applications",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access"
  },
  defaultOptions: {},
  messages: {
    thirdParty: 'organization_usage {{usage}} on a third-party application (is_first_party: false): organizations block third-party applications unless their third_party_client_access is "allow", and tenants without that feature answer 403',
    noOrganizationAllows: 'organization_usage {{usage}} on a third-party application (is_first_party: false), but no organization of this tenant sets third_party_client_access to "allow", so none lets its users in'
  },
  check(ctx) {
    if (ctx.resource.origin === "patch" || ctx.resource.origin === "har") return;
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    if (c.is_first_party !== false) return;
    const { tenant } = ctx;
    if (resources(tenant, "organization").known) {
      if (someOrganizationAdmits(tenant)) return;
      ctx.report({ messageId: "noOrganizationAllows", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
      return;
    }
    ctx.report({ messageId: "thirdParty", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
  }
});

// rules/organization-usage-on-m2m/index.ts
var USER_FLOWS = ["authorization_code", "implicit"];
var organization_usage_on_m2m_default = defineRule({
  id: "organization-usage-on-m2m",
  meta: {
    description: "a machine-to-machine application gets organization access from its client grants, not organization_usage",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    onM2m: 'organization_usage {{usage}} does not apply to the client credentials of a machine-to-machine application (app_type "non_interactive"); set organization_usage on its client grants, per API'
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    if (c.app_type !== "non_interactive") return;
    const grants = c.grant_types;
    if (Array.isArray(grants) && grants.some((g) => USER_FLOWS.includes(g))) return;
    ctx.report({ messageId: "onM2m", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
  }
});

// src/schema/client-patch-schema.ts
function patchSchema(f) {
  const type = f.nullable ? [f.type, "null"] : f.type;
  const out = { type, ...f.constraints };
  if (f.type === "array") {
    if (f.enum) out.items = { enum: [...f.enum] };
    else if (f.items) out.items = { type: f.items };
  } else if (f.enum) {
    out.enum = f.nullable ? [...f.enum, null] : [...f.enum];
  }
  return out;
}
var entries = Object.entries(CLIENT_SCHEMA);
var CLIENT_PATCH_PROPERTIES = Object.fromEntries(
  entries.filter(([, f]) => !f.readOnly && !f.exportOnly && (!f.createOnly || f.disputed)).map(([k, f]) => [k, patchSchema(f)])
);
var CLIENT_PATCH_FIELDS = entries.filter(([, f]) => !f.readOnly && !f.exportOnly && !f.createOnly && !f.disputed).map(([k]) => k);
var CLIENT_PATCH_DISPUTED = Object.fromEntries(
  entries.filter(([, f]) => f.disputed).map(([k, f]) => [k, f.disputed])
);
var CLIENT_READ_ONLY_FIELDS = entries.filter(([, f]) => f.readOnly).map(([k]) => k);
var CLIENT_FIELD_SCOPES = Object.fromEntries(
  entries.filter(([, f]) => f.scope).map(([k, f]) => [k, f.scope])
);
var UPDATE_CLIENTS_SCOPE = "update:clients";
var UPDATE_CLIENT_KEYS_SCOPE = "update:client_keys";
var CREATE_CLIENTS_SCOPE = "create:clients";
var FIELDS_WITH_OWN_RULES = [
  "organization_usage",
  "organization_require_behavior",
  "organization_discovery_methods",
  "default_organization"
];
var CLIENT_PATCH_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: CLIENT_PATCH_PROPERTIES
};
var validator2;
function validateClientPatch(body) {
  validator2 ??= new Ajv2020({ allErrors: true, strict: false }).compile(CLIENT_PATCH_SCHEMA);
  return validator2(body) ? [] : [...validator2.errors ?? []];
}

// src/sources/payload-meta.ts
function isPayload(resource) {
  return resource.origin === "patch" || resource.origin === "har";
}
function payloadMeta(resource) {
  if (!isPayload(resource)) return void 0;
  return resource.meta?.payload;
}

// rules/patch-insufficient-scope/index.ts
var FORBIDDEN = { predictedResponse: { status: 403, errorCode: "insufficient_scope" } };
function scopeList(scopes) {
  if (scopes.length === 0) return "no scopes";
  const shown2 = scopes.slice(0, 6).join(" ");
  return JSON.stringify(scopes.length > 6 ? `${shown2} ...` : shown2);
}
var patch_insufficient_scope_default = defineRule({
  id: "patch-insufficient-scope",
  meta: {
    description: "the bearer token of a client update must grant update:clients, and update:client_keys for key fields",
    severity: "error",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    noScope: "the bearer token grants {{scopes}}, without {{needed}}; the API would answer 403 insufficient_scope",
    fieldScope: "{{field}} can only be changed with the {{needed}} scope, which the bearer token lacks; the API would answer 403 insufficient_scope",
    keysOnly: "the bearer token grants update:client_keys but not update:clients, so {{field}} cannot be changed; the API would answer 403 insufficient_scope"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta?.scopes || !meta.request) return;
    const scopes = new Set(meta.scopes);
    const header = meta.authorizationHeader !== void 0 ? ["headers", meta.authorizationHeader, "name"] : ["method"];
    const scopesData = { scopes: scopeList(meta.scopes) };
    if (meta.kind === "create") {
      if (!scopes.has(CREATE_CLIENTS_SCOPE)) ctx.report({ messageId: "noScope", resource: meta.request, at: header, data: { ...scopesData, needed: CREATE_CLIENTS_SCOPE }, ...FORBIDDEN });
      return;
    }
    const clients = scopes.has(UPDATE_CLIENTS_SCOPE);
    const keys = scopes.has(UPDATE_CLIENT_KEYS_SCOPE);
    if (!clients && !keys) {
      ctx.report({ messageId: "noScope", resource: meta.request, at: header, data: { ...scopesData, needed: `${UPDATE_CLIENTS_SCOPE} (or ${UPDATE_CLIENT_KEYS_SCOPE})` }, ...FORBIDDEN });
      return;
    }
    let reportedKeysOnly = false;
    for (const key of Object.keys(ctx.resource.value)) {
      const needed = CLIENT_FIELD_SCOPES[key];
      if (needed && !scopes.has(needed)) {
        ctx.report({ messageId: "fieldScope", at: [key], target: "key", data: { field: JSON.stringify(key), needed }, ...FORBIDDEN });
      } else if (!needed && !clients && !reportedKeysOnly) {
        reportedKeysOnly = true;
        ctx.report({ messageId: "keysOnly", at: [key], target: "key", data: { field: JSON.stringify(key) }, ...FORBIDDEN });
      }
    }
  }
});

// rules/patch-invalid-body/index.ts
var INVALID_BODY3 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var TYPE_NAMES = {
  string: "a string",
  boolean: "a boolean",
  array: "an array",
  object: "an object",
  integer: "an integer",
  number: "a number",
  null: "null"
};
function expected2(type) {
  return (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? String(t)).join(" or ");
}
function at(value, path7) {
  return path7.reduce((v, k) => v?.[k], value);
}
function toPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function problem2(e) {
  const p = e.params;
  switch (e.keyword) {
    case "maxLength":
      return `is longer than ${String(p.limit)} characters`;
    case "minLength":
      return "must not be empty";
    case "pattern":
      return 'may not contain "<" or ">"';
    case "minItems":
      return `needs at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`;
    case "maxProperties":
      return `has more than ${String(p.limit)} keys`;
    case "minimum":
      return `is below the minimum ${String(p.limit)}`;
    case "maximum":
      return `is above the maximum ${String(p.limit)}`;
    default:
      return (e.message ?? "is not accepted").toLowerCase();
  }
}
var patch_invalid_body_default = defineRule({
  id: "patch-invalid-body",
  meta: {
    description: "a client PATCH body must be a JSON object whose fields have the types the Management API accepts",
    severity: "error",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    invalidJson: "request body is not valid JSON ({{detail}}); the API would answer 400 invalid_body",
    nullBody: "request body is null, which changes nothing; the API answers 200 to it (recorded Terraform provider updates), but a body of client fields was likely meant",
    notObject: "request body must be a JSON object of client fields, got {{found}}; the API would answer 400 invalid_body",
    missing: "request has no body; the API needs a JSON object with at least one client field and would answer 400 invalid_body",
    empty: "request body {} changes nothing; the API needs at least one field and would answer 400 invalid_body",
    wrongType: "{{field}} must be {{expected}}, got {{type}}{{value}}; the API would answer 400 invalid_body",
    notAllowed: "{{field}} {{value}} is not one of {{allowed}}; the API would answer 400 invalid_body{{hint}}",
    constraint: "{{field}}{{value}} {{problem}}; the API would answer 400 invalid_body"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta) return;
    const bad = meta.bodyProblem;
    if (bad?.kind === "notObject" && bad.found === "null" && meta.kind === "update") {
      ctx.report({ messageId: "nullBody", resource: meta.request, at: bad.at, severity: "info" });
      return;
    }
    if (bad) {
      ctx.report({ messageId: bad.kind, resource: meta.request, at: bad.at, data: { detail: bad.detail?.replace(/^invalid JSON: /, ""), found: bad.found }, ...INVALID_BODY3 });
      return;
    }
    if (meta.kind !== "update") return;
    const body = ctx.resource.value;
    if (Object.keys(body).length === 0) {
      ctx.report({ messageId: "empty", ...INVALID_BODY3 });
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const e of validateClientPatch(body)) {
      if (e.keyword === "additionalProperties" || e.keyword === "minProperties") continue;
      const path7 = toPath(e.instancePath);
      const field = String(path7[0]);
      if (seen.has(field) || FIELDS_WITH_OWN_RULES.includes(field)) continue;
      const value = at(body, path7);
      if (isPlaceholder(value)) continue;
      seen.add(field);
      const shown2 = field in CLIENT_FIELD_SCOPES || value === null ? "" : ` ${quote(value)}`;
      const name = path7.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
      const p = e.params;
      if (e.keyword === "type") {
        ctx.report({ messageId: "wrongType", at: path7, data: { field: name, expected: expected2(p.type), type: describeType(value), value: shown2 }, ...INVALID_BODY3 });
      } else if (e.keyword === "enum") {
        const values = p.allowedValues.filter((v) => typeof v === "string");
        const listed = values.slice(0, 8).map((v) => JSON.stringify(v)).join(", ");
        const allowed = values.length > 8 ? `${listed}, ... (${values.length} values)` : listed;
        const guess = typeof value === "string" ? didYouMean(value, values) : void 0;
        const hint = guess ? `; did you mean ${JSON.stringify(guess)}?` : "";
        ctx.report({ messageId: "notAllowed", at: path7, data: { field: name, value: shown2.trim(), allowed, hint }, ...INVALID_BODY3 });
      } else {
        const scalar2 = typeof value !== "object" || value === null;
        ctx.report({ messageId: "constraint", at: path7, data: { field: name, value: scalar2 ? shown2 : "", problem: problem2(e) }, ...INVALID_BODY3 });
      }
    }
  }
});

// rules/patch-invalid-uri/index.ts
var INVALID_URI = { predictedResponse: { status: 400, errorCode: "invalid_uri" } };
var NOT_FOUND = { predictedResponse: { status: 404 } };
function parameterNames(query) {
  const names2 = [...new Set(query.split("&").map((p) => decodeSafe(p.split("=")[0])).filter(Boolean))];
  return names2.length ? names2.map((n) => JSON.stringify(n)).join(", ") : '""';
}
function decodeSafe(s) {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}
function report(problem3) {
  switch (problem3.kind) {
    case "wrongPath":
      return { messageId: "wrongPath", at: ["url"], data: { path: JSON.stringify(problem3.path) }, ...NOT_FOUND };
    case "missingId":
      return { messageId: "missingId", at: ["url"], ...NOT_FOUND };
    case "malformedId":
      return { messageId: "malformedId", at: ["url"], data: { id: JSON.stringify(problem3.id) }, ...INVALID_URI };
    case "query":
      return { messageId: "query", at: ["url"], data: { names: parameterNames(problem3.query) }, ...INVALID_URI };
    case "wrongMethod":
      return { messageId: "wrongMethod", at: ["method"], data: { method: JSON.stringify(problem3.method) }, ...NOT_FOUND };
  }
}
var patch_invalid_uri_default = defineRule({
  id: "patch-invalid-uri",
  meta: {
    description: "a request that writes a client must be PATCH /api/v2/clients/{id} (or POST /api/v2/clients), with a well-formed id and no query",
    severity: "error",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    wrongPath: "request path {{path}} is not the clients endpoint; expected /api/v2/clients/{id}, else the API answers 404 Not Found",
    missingId: "request URL has no client id; expected /api/v2/clients/{id}, else the API answers 404 Not Found",
    malformedId: 'client id {{id}} in the URL is malformed; expected letters, digits, "_" or "-", else the API answers 400 invalid_uri',
    query: "request URL carries query parameters {{names}} that the client update does not take; the API would answer 400 invalid_uri",
    wrongMethod: "method {{method}} does not update a client; expected PATCH /api/v2/clients/{id} (POST /api/v2/clients creates one), else the API answers 404 Not Found"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta?.call || !meta.request) return;
    for (const problem3 of meta.call.problems) {
      ctx.report({ ...report(problem3), resource: meta.request });
    }
  }
});

// rules/patch-read-only-field/index.ts
var patch_read_only_field_default = defineRule({
  id: "patch-read-only-field",
  meta: {
    description: "a client PATCH body must not carry read-only fields such as client_id, tenant or signing_keys",
    severity: "error",
    fixable: ["safe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    readOnly: '{{field}} is read-only and cannot be sent in a PATCH body; the API would answer 400 invalid_body ("Additional properties not allowed")'
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    for (const key of Object.keys(ctx.resource.value)) {
      if (!CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      ctx.report({
        messageId: "readOnly",
        at: [key],
        target: "key",
        data: { field: JSON.stringify(key) },
        // the API would never apply it, so leaving it out changes nothing but the 400
        fix: { safety: "safe", description: `remove ${JSON.stringify(key)}`, ops: [{ op: "remove", path: [key] }] },
        predictedResponse: { status: 400, errorCode: "invalid_body" }
      });
    }
  }
});

// rules/patch-third-party-organization/index.ts
var ORG_FIELDS = ["organization_usage", "organization_require_behavior"];
var patch_third_party_organization_default = defineRule({
  id: "patch-third-party-organization",
  meta: {
    description: "a client update that sets is_first_party to false must also unset organization_usage and organization_require_behavior",
    // auth0-facts §1: the API's 403 (observed), but newer docs allow third-party apps in organizations that opt in
    // (third_party_client_access: allow) — where sources disagree, the lower severity
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    stillSet: 'is_first_party false with {{fields}} still set; the API has answered 403 ("Organizations are only available to first party clients"), though newer docs allow third-party applications in organizations that opt in; send null unless your tenant allows it',
    dependsOnCurrent: "is_first_party false succeeds only if {{fields}} unset on the client; without null for {{list}} in this request, the API answers 403 when the client still has a value"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    const body = ctx.resource.value;
    if (body.is_first_party !== false) return;
    const set = ORG_FIELDS.filter((f) => f in body && body[f] !== null);
    if (set.some((f) => isPlaceholder(body[f]))) return;
    if (set.length) {
      const fields = set.map((f) => `${f} ${JSON.stringify(body[f])}`).join(" and ");
      ctx.report({ messageId: "stillSet", at: ["is_first_party"], data: { fields } });
      return;
    }
    const absent = ORG_FIELDS.filter((f) => !(f in body));
    if (absent.length) {
      const fields = absent.length === 1 ? `${absent[0]} is` : `${absent.join(" and ")} are`;
      ctx.report({ messageId: "dependsOnCurrent", at: ["is_first_party"], severity: "info", data: { fields, list: absent.join(" and ") } });
    }
  }
});

// rules/patch-unknown-field/index.ts
var has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
var patch_unknown_field_default = defineRule({
  id: "patch-unknown-field",
  meta: {
    description: "a client PATCH body may only carry fields the endpoint accepts",
    severity: "error",
    fixable: ["unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    unknown: 'PATCH /api/v2/clients/{id} does not accept a field {{field}}; the API would answer 400 invalid_body ("Additional properties not allowed"){{hint}}',
    legacyName: '"cross_origin_auth" is the older name of "cross_origin_authentication": no Management API spec or SDK type lists it, though the API still takes it (recorded deploy-cli writes carrying it were answered 200); send "cross_origin_authentication" instead',
    disputed: "{{field}} may not be accepted by PATCH /api/v2/clients/{id}: {{reason}}"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    const body = ctx.resource.value;
    const targets3 = /* @__PURE__ */ new Map();
    for (const key of Object.keys(body)) {
      const to = key === "cross_origin_auth" ? "cross_origin_authentication" : has(CLIENT_PATCH_DISPUTED, key) ? void 0 : renameTarget(key);
      if (to) targets3.set(to, (targets3.get(to) ?? 0) + 1);
    }
    const alone = (to) => !has(body, to) && targets3.get(to) === 1;
    for (const key of Object.keys(body)) {
      if (has(CLIENT_PATCH_DISPUTED, key)) {
        if (key === "cross_origin_auth") {
          const fix = !alone("cross_origin_authentication") ? void 0 : { safety: "unsafe", description: 'rename "cross_origin_auth" to "cross_origin_authentication"', ops: [{ op: "rename", path: [key], to: "cross_origin_authentication" }] };
          ctx.report({ messageId: "legacyName", at: [key], target: "key", severity: CLIENT_SCHEMA[key].takenByRealApi ? "info" : "warning", fix });
        } else {
          ctx.report({ messageId: "disputed", at: [key], target: "key", severity: "warning", data: { field: JSON.stringify(key), reason: CLIENT_PATCH_DISPUTED[key] } });
        }
        continue;
      }
      if (has(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      const guess = renameTarget(key);
      ctx.report({
        messageId: "unknown",
        at: [key],
        target: "key",
        data: { field: JSON.stringify(key), hint: guess ? `; did you mean ${JSON.stringify(guess)}?` : "" },
        // the field the user most likely meant; unsafe, since it guesses (and applies the value there)
        fix: guess && alone(guess) ? { safety: "unsafe", description: `rename ${JSON.stringify(key)} to ${JSON.stringify(guess)}`, ops: [{ op: "rename", path: [key], to: guess }] } : void 0,
        predictedResponse: { status: 400, errorCode: "invalid_body" }
      });
    }
  }
});
function renameTarget(key) {
  if (has(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) return void 0;
  return didYouMean(key, CLIENT_PATCH_FIELDS);
}

// rules/post-login-prompt-requires-oidc-conformant/index.ts
var post_login_prompt_requires_oidc_conformant_default = defineRule({
  id: "post-login-prompt-requires-oidc-conformant",
  meta: {
    description: 'organization_require_behavior "post_login_prompt" needs oidc_conformant: true',
    severity: "error",
    fixable: ["unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notConformant: 'organization_require_behavior "post_login_prompt" requires oidc_conformant: true, got false'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (c.organization_require_behavior !== "post_login_prompt") return;
    if (c.oidc_conformant !== false) return;
    ctx.report({
      messageId: "notConformant",
      at: ["organization_require_behavior"],
      fix: {
        safety: "unsafe",
        description: "set oidc_conformant to true",
        ops: [{ op: "set", path: ["oidc_conformant"], value: true }]
      }
    });
  }
});

// rules/require-behavior-without-require/index.ts
var require_behavior_without_require_default = defineRule({
  id: "require-behavior-without-require",
  meta: {
    description: 'organization_require_behavior has no effect unless organization_usage is "require" or "allow"',
    severity: "warning",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { ignoreDefault: { type: "boolean" } }
  },
  defaultOptions: { ignoreDefault: true },
  messages: {
    withoutUsage: 'organization_require_behavior {{behavior}} has no effect while organization_usage is {{usage}}; it only applies with "require" or "allow"',
    allowPreLogin: 'organization_require_behavior "pre_login_prompt" with organization_usage "allow": the current Define Organization Behavior page says it applies (users choose an organization or their personal account), the older page and the API spec say only with "require"; check that the login prompt is the one you want',
    expressDeny: 'organization_require_behavior {{behavior}} with organization_usage "deny" on an express_configuration application: the API sets "require" on such applications itself, and whether it keeps "deny" is not documented; set organization_usage to "require" to say what the tenant does',
    dependsOnCurrent: 'organization_require_behavior {{behavior}} only applies if organization_usage is "require" or "allow"; this change does not set organization_usage, so it depends on the current value'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!("organization_require_behavior" in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === null || isPlaceholder(behavior)) return;
    if (ctx.options.ignoreDefault && behavior === "no_prompt") return;
    const usage = effectiveOrganizationUsage(c);
    if (ctx.resource.partial && !("organization_usage" in c)) {
      ctx.report({
        messageId: "dependsOnCurrent",
        at: ["organization_require_behavior"],
        target: "key",
        severity: "info",
        data: { behavior: JSON.stringify(behavior) }
      });
      return;
    }
    if (usage === "require" || isPlaceholder(usage)) return;
    if (usage === "allow") {
      if (behavior === "pre_login_prompt") ctx.report({ messageId: "allowPreLogin", at: ["organization_require_behavior"], target: "key", severity: "info" });
      return;
    }
    if (usage !== void 0 && usage !== null && usage !== "deny") return;
    if (usage === void 0 && Object.keys(c).some((k) => nearMissField(k, CLIENT_SCHEMA) === "organization_usage")) return;
    if (c.app_type === "express_configuration") {
      ctx.report({ messageId: "expressDeny", at: ["organization_require_behavior"], target: "key", severity: "info", data: { behavior: JSON.stringify(behavior) } });
      return;
    }
    const data = { behavior: JSON.stringify(behavior), usage: usage === void 0 || usage === null ? 'not set (so "deny")' : JSON.stringify(usage) };
    ctx.report({
      messageId: "withoutUsage",
      at: ["organization_require_behavior"],
      target: "key",
      data,
      // with "deny" the behavior is never read: removing it changes nothing for anyone
      fix: { safety: "safe", description: "remove organization_require_behavior", ops: [{ op: "remove", path: ["organization_require_behavior"] }] },
      // the other reading of the mistake: the author meant to require an organization (changes who can log in)
      alternatives: [
        {
          safety: "unsafe",
          description: 'set organization_usage to "require"',
          ops: [{ op: "set", path: ["organization_usage"], value: "require", near: "organization_require_behavior" }]
        }
      ]
    });
  }
});

// rules/require-no-prompt/index.ts
var require_no_prompt_default = defineRule({
  id: "require-no-prompt",
  meta: {
    description: 'organization_usage "require" without a prompt rejects every login that does not name an organization',
    severity: "info",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    noPrompt: 'organization_usage "require" with organization_require_behavior {{behavior}}: every /authorize request must carry an organization parameter, or it is rejected'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (c.organization_usage !== "require") return;
    if (c.app_type === "non_interactive") return;
    const hasBehavior = "organization_require_behavior" in c;
    if (!hasBehavior && ctx.resource.partial) return;
    const behavior = c.organization_require_behavior;
    if (behavior !== void 0 && behavior !== null && behavior !== "no_prompt") return;
    const shown2 = behavior === "no_prompt" ? '"no_prompt"' : `${behavior === null ? "null" : "not set"} (so "no_prompt")`;
    ctx.report({
      messageId: "noPrompt",
      at: behavior === "no_prompt" ? ["organization_require_behavior"] : ["organization_usage"],
      data: { behavior: shown2 }
    });
  }
});

// rules/require-without-organizations/index.ts
var require_without_organizations_default = defineRule({
  id: "require-without-organizations",
  meta: {
    description: 'organization_usage "require" needs at least one organization in the tenant',
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior",
    needs: ["organization"]
  },
  defaultOptions: {},
  messages: {
    client: "client {{name}} requires an organization, but this export holds none (organizations is empty): every login of the application will fail",
    grant: "the grant of {{name}} for {{audience}} requires an organization, but this export holds none (organizations is empty): every client credentials request for it will fail"
  },
  check(ctx) {
    const { tenant } = ctx;
    const clients = tenant.clients.filter((c) => c.value.organization_usage === "require");
    const grants = tenant.clientGrants.filter((g) => g.value.organization_usage === "require");
    if (clients.length === 0 && grants.length === 0) return;
    const orgs = ctx.resources("organization");
    if (!orgs.known || orgs.items.length > 0) return;
    for (const client of clients) {
      ctx.report({ messageId: "client", resource: client, at: ["organization_usage"], data: { name: JSON.stringify(client.name) } });
    }
    for (const grant of grants) {
      const data = { name: JSON.stringify(grant.value.client_id ?? "?"), audience: JSON.stringify(grant.value.audience ?? "?") };
      ctx.report({ messageId: "grant", resource: grant, at: ["organization_usage"], data });
    }
  }
});

// rules/third-party-organization-prompt/index.ts
var domainConnection = /* @__PURE__ */ new WeakMap();
function hasDomainConnection(tenant) {
  let v = domainConnection.get(tenant);
  if (v === void 0) {
    const flags = tenant.connections.map((c) => c.value.is_domain_connection);
    v = flags.includes(true) ? "yes" : flags.some(isPlaceholder) ? "unsure" : "no";
    domainConnection.set(tenant, v);
  }
  return v;
}
var third_party_organization_prompt_default = defineRule({
  id: "third-party-organization-prompt",
  meta: {
    description: "a third-party application that uses Organizations needs a prompt (not no_prompt) and a domain-level connection",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access",
    // the prompt check works without connections; only the domain-level check needs them
    reads: ["connection", "database"]
  },
  defaultOptions: {},
  messages: {
    noPrompt: "third-party application {{client}} uses Organizations with organization_require_behavior {{behavior}}: the docs call no_prompt unreliable for third-party applications (they may not send the organization parameter); use post_login_prompt or pre_login_prompt",
    noDomainConnection: "third-party application {{client}} uses Organizations, but no connection of this export is domain-level (is_domain_connection: true): third-party applications can log users in only through domain-level connections enabled for the organization"
  },
  check(ctx) {
    if (ctx.resource.origin === "patch" || ctx.resource.origin === "har") return;
    const c = ctx.resource.value;
    if (c.is_first_party !== false) return;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    const client = JSON.stringify(ctx.resource.name);
    const behavior = c.organization_require_behavior;
    if (behavior === "no_prompt" || behavior === void 0 && !ctx.resource.partial) {
      const at2 = behavior === void 0 ? ["organization_usage"] : ["organization_require_behavior"];
      ctx.report({ messageId: "noPrompt", at: at2, data: { client, behavior: JSON.stringify(behavior ?? "no_prompt") + (behavior === void 0 ? " (the default)" : "") } });
    }
    if (hasDomainConnection(ctx.tenant) !== "no") return;
    const conns = ctx.resources("connection");
    const dbs = conns.known ? ctx.resources("database") : conns;
    if (!conns.known || !dbs.known || conns.state.excluded || dbs.state.excluded) return;
    ctx.report({ messageId: "noDomainConnection", at: ["is_first_party"], data: { client } });
  }
});

// rules/unique-client-names/index.ts
import path5 from "node:path";
function nameLine(client) {
  const span = client.doc.locate([...client.path, "name"], "value");
  return span ? lineColumn(client.doc, span.start).line : 1;
}
function whereNamed(first, line, later, tenant) {
  if (first.doc.file === later.doc.file) return `line ${line}`;
  const file = first.doc.file.startsWith(tenant.id + path5.sep) ? path5.relative(tenant.id, first.doc.file) : first.doc.file;
  return `${file.split(path5.sep).join("/")}:${line}`;
}
function compareOrder(a, b) {
  if (a.doc.file !== b.doc.file) return a.doc.file < b.doc.file ? -1 : 1;
  const ia = a.path[a.path.length - 1];
  const ib = b.path[b.path.length - 1];
  return typeof ia === "number" && typeof ib === "number" ? ia - ib : 0;
}
var unique_client_names_default = defineRule({
  id: "unique-client-names",
  meta: {
    description: "every application of a tenant needs a name of its own",
    severity: "error",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/deploy-monitor/deploy-cli-tool"
  },
  defaultOptions: {},
  messages: {
    duplicate: 'application name {{name}} is already used by the application at {{where}}; auth0-deploy-cli refuses to deploy applications that share a name ("Names must be unique")',
    duplicateElsewhere: "application name {{name}} is already used by the application at {{where}}; Auth0 accepts it, but auth0-deploy-cli and people pick applications by name and cannot tell the two apart"
  },
  check(ctx) {
    const byName = /* @__PURE__ */ new Map();
    for (const client of ctx.tenant.clients) {
      if (client.origin === "patch" || client.origin === "har") continue;
      const name = client.value.name;
      if (typeof name !== "string" || name === "") continue;
      if (client.origin === "terraform" && isPlaceholder(name)) continue;
      const group = byName.get(name);
      if (group) group.push(client);
      else byName.set(name, [client]);
    }
    for (const [name, group] of byName) {
      if (group.length < 2) continue;
      group.sort(compareOrder);
      const [first, ...later] = group;
      const line = nameLine(first);
      for (const client of later) {
        const deployCli = client.origin.startsWith("deploy-cli");
        ctx.report({
          messageId: deployCli ? "duplicate" : "duplicateElsewhere",
          resource: client,
          at: ["name"],
          data: { name: JSON.stringify(name), where: whereNamed(first, line, client, ctx.tenant) },
          ...deployCli ? {} : { severity: "warning" }
        });
      }
    }
  }
});

// rules/unique-organization-names/index.ts
import path6 from "node:path";
function where(first, dup) {
  const span = first.doc.locate([...first.path, "name"], "value");
  const line = span ? first.doc.text.slice(0, span.start).split("\n").length : void 0;
  if (first.doc === dup.doc) return line ? `line ${line}` : "this file";
  return line ? `${path6.basename(first.doc.file)}:${line}` : path6.basename(first.doc.file);
}
function compareFiles(a, b) {
  const [x, y] = [a.replace(/\.[^./\\]+$/, ""), b.replace(/\.[^./\\]+$/, "")];
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
var unique_organization_names_default = defineRule({
  id: "unique-organization-names",
  meta: {
    description: "organization names are unique in a tenant",
    severity: "error",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    duplicate: "organization name {{name}} is already used at {{first}}; names are unique in a tenant, so creating the second one fails with 409 organization_conflict",
    duplicateDeployCli: "organization name {{name}} is already used at {{first}}; names are unique in a tenant, and deploy-cli rejects the import before any API call"
  },
  check(ctx) {
    const orgs = [...ctx.tenant.organizations].sort((a, b) => compareFiles(a.doc.file, b.doc.file));
    const byName = /* @__PURE__ */ new Map();
    for (const org of orgs) {
      const name = org.value.name;
      if (typeof name !== "string" || name === "" || containsPlaceholder(name)) continue;
      const first = byName.get(name);
      if (!first) {
        byName.set(name, org);
        continue;
      }
      const deployCli = org.origin === "deploy-cli-yaml" || org.origin === "deploy-cli-directory";
      ctx.report({
        messageId: deployCli ? "duplicateDeployCli" : "duplicate",
        resource: org,
        at: ["name"],
        data: { name: JSON.stringify(name), first: where(first, org) },
        ...deployCli ? {} : { predictedResponse: { status: 409, errorCode: "organization_conflict" } }
      });
    }
  }
});

// rules/unknown-field/index.ts
var OBJECT_NAMES = { client: "a client", clientGrant: "a client grant", organization: "an organization" };
var SCHEMAS = { client: CLIENT_SCHEMA, clientGrant: CLIENT_GRANT_SCHEMA, organization: ORGANIZATION_SCHEMA };
function skipped(r) {
  if (r.origin === "terraform" || r.origin === "live") return true;
  const meta = payloadMeta(r);
  return r.type === "client" && meta?.kind === "update";
}
function check(ctx, r, value, base, schema, what) {
  const guesses = /* @__PURE__ */ new Map();
  for (const key of Object.keys(value)) {
    const guess = nearMissField(key, schema);
    if (guess) guesses.set(key, guess);
  }
  const keysPerGuess = /* @__PURE__ */ new Map();
  for (const guess of guesses.values()) keysPerGuess.set(guess, (keysPerGuess.get(guess) ?? 0) + 1);
  for (const [key, guess] of guesses) {
    const fixable = r.origin !== "har" && !hasOwn(value, guess) && keysPerGuess.get(guess) === 1;
    ctx.report({
      messageId: "unknown",
      resource: r,
      at: [...base, key],
      target: "key",
      data: { field: JSON.stringify(key), what, guess: JSON.stringify(guess), effect: effect(r) },
      // a request body with an unknown field is refused whole (additionalProperties: false)
      ...r.origin === "har" || r.origin === "patch" ? { predictedResponse: { status: 400, errorCode: "invalid_body" } } : {},
      fix: fixable ? { safety: "unsafe", description: `rename ${JSON.stringify(key)} to ${JSON.stringify(guess)}`, ops: [{ op: "rename", path: [...base, key], to: guess }] } : void 0
    });
  }
}
function hasOwn(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k);
}
function effect(r) {
  if (r.origin === "deploy-cli-yaml" || r.origin === "deploy-cli-directory") return "deploy-cli sends it as written, so the deploy fails or the setting is never applied";
  if (r.origin === "har" || r.origin === "patch") return "the API rejects a body with unknown fields (400 invalid_body)";
  return "the setting it was meant to be is not there";
}
var unknown_field_default = defineRule({
  id: "unknown-field",
  meta: {
    description: "a key of a client, client grant, organization or organization connection that is a near miss of a field is a typo",
    severity: "error",
    fixable: ["unsafe"],
    scope: "tenant",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    unknown: "unknown field {{field}} of {{what}}; did you mean {{guess}}? {{effect}}"
  },
  check(ctx) {
    const all = [...ctx.tenant.clients, ...ctx.tenant.clientGrants, ...ctx.tenant.organizations];
    for (const r of all) {
      if (skipped(r)) continue;
      const type = r.type;
      check(ctx, r, r.value, [], SCHEMAS[type], OBJECT_NAMES[type]);
      if (r.type !== "organization") continue;
      for (const list of ["connections", "enabled_connections"]) {
        const items = r.value[list];
        if (!Array.isArray(items)) continue;
        items.forEach((item, i) => {
          if (isObject(item)) check(ctx, r, item, [list, i], ORGANIZATION_CONNECTION_SCHEMA, "an organization connection");
        });
      }
    }
  }
});

// rules/unresolved-keyword/index.ts
var READ_FIELDS = {
  client: [
    "organization_usage",
    "organization_require_behavior",
    "organization_discovery_methods",
    "default_organization",
    ...URL_FIELDS,
    "grant_types",
    "app_type",
    "is_first_party",
    "oidc_conformant",
    "name",
    "addons"
  ],
  clientGrant: ["organization_usage", "allow_any_organization", "client_id"],
  organization: ["name", "display_name", "metadata", "branding", "connections", "discovery_domains", "third_party_client_access", "client_grants"],
  connection: ["name", "strategy", "enabled_clients", "is_domain_connection"],
  prompts: ["universal_login_experience"],
  tenantSettings: ["default_redirection_uri"]
};
var KEYWORD = /(##|@@)[A-Za-z0-9_.-]+\1/g;
var URL_FIELD_SET = new Set(URL_FIELDS);
var unresolved = /* @__PURE__ */ new WeakMap();
function unresolvedIn(doc) {
  let set = unresolved.get(doc);
  if (!set) unresolved.set(doc, set = new Set(doc.placeholders.map((p) => p.text)));
  return set;
}
function partMatters(type, at2, text) {
  const field = String(at2[0]);
  if (type === "client" && URL_FIELD_SET.has(field)) return text.includes("{organization_name}");
  if (type === "client" && field === "name") return false;
  if (type === "clientGrant" && field === "client_id") return false;
  return true;
}
function fieldName(at2) {
  return at2.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
var unresolved_keyword_default = defineRule({
  id: "unresolved-keyword",
  meta: {
    description: "a deploy-cli keyword placeholder (##KEY## or @@KEY@@) without a value hides a field from the checks that read it",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/deploy-monitor/deploy-cli-tool/keyword-replacement"
  },
  defaultOptions: {},
  messages: {
    unresolved: "keyword {{keyword}} in {{field}} has no value, so the checks of this value were skipped; give its value with --keywords FILE or keywords: in the config"
  },
  check(ctx) {
    const visit = (r, value, at2) => {
      if (typeof value === "string") {
        if (!value.includes("##") && !value.includes("@@")) return;
        const whole = isPlaceholder(value);
        if (!whole && !partMatters(r.type, at2, value)) return;
        const known2 = unresolvedIn(r.doc);
        const seen = /* @__PURE__ */ new Set();
        for (const m of value.matchAll(KEYWORD)) {
          if (!known2.has(m[0]) || seen.has(m[0])) continue;
          seen.add(m[0]);
          ctx.report({ messageId: "unresolved", resource: r, at: at2, data: { keyword: m[0], field: fieldName(at2) } });
        }
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => visit(r, v, [...at2, i]));
      } else if (isObject(value)) {
        if (r.type === "client" && at2.length === 1 && at2[0] === "addons") {
          if ("wsfed" in value) visit(r, value.wsfed, [...at2, "wsfed"]);
          return;
        }
        if (at2.length === 2 && at2[0] === "addons") return;
        for (const [k, v] of Object.entries(value)) visit(r, v, [...at2, k]);
      }
    };
    const { tenant } = ctx;
    for (const list of [tenant.clients, tenant.clientGrants, tenant.organizations, tenant.connections, tenant.settings]) {
      for (const r of list) {
        if (r.doc.placeholders.length === 0) continue;
        const usage = r.value.organization_usage;
        const urlsMatter = r.type !== "client" || usage === "allow" || usage === "require" || isPlaceholder(usage) || usage === void 0 && r.partial;
        for (const field of READ_FIELDS[r.type]) {
          if (!(field in r.value) || !urlsMatter && URL_FIELD_SET.has(field)) continue;
          visit(r, r.value[field], [field]);
        }
      }
    }
  }
});

// rules/index.ts
var RULES = [
  allow_any_organization_default,
  client_grant_organization_usage_enum_default,
  client_grant_require_without_organization_default,
  default_organization_valid_default,
  default_organization_without_require_grant_default,
  discovery_methods_without_pre_login_prompt_default,
  organization_branding_colors_default,
  organization_connection_not_enabled_for_client_default,
  organization_connection_option_mismatch_default,
  organization_connections_all_hidden_default,
  organization_connections_limit_default,
  organization_discovery_domain_unverified_default,
  organization_discovery_methods_valid_default,
  organization_display_name_default,
  organization_incompatible_grant_default,
  organization_invitation_without_login_route_default,
  organization_metadata_limits_default,
  organization_name_placeholder_default,
  organization_name_valid_default,
  organization_require_behavior_enum_default,
  organization_requires_new_universal_login_default,
  organization_signup_requires_membership_default,
  organization_third_party_client_default,
  organization_usage_enum_default,
  organization_usage_on_m2m_default,
  patch_insufficient_scope_default,
  patch_invalid_body_default,
  patch_invalid_uri_default,
  patch_read_only_field_default,
  patch_third_party_organization_default,
  patch_unknown_field_default,
  post_login_prompt_requires_oidc_conformant_default,
  require_behavior_without_require_default,
  require_no_prompt_default,
  require_without_organizations_default,
  third_party_organization_prompt_default,
  unique_client_names_default,
  unique_organization_names_default,
  unknown_field_default,
  unresolved_keyword_default
];

export {
  ConfigError,
  loadKeywordsAndExclusions,
  CONFIG_NAMES,
  findConfig,
  defaultConfig,
  loadConfig,
  RULES
};
