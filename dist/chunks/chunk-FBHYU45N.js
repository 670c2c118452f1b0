import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-FLSBBYRD.js";
import {
  Ajv2020,
  didYouMean
} from "./chunk-POYBXGKA.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  readTextFile
} from "./chunk-HFPKZ4GA.js";
import {
  isObject,
  loadJson
} from "./chunk-QRVRRTOY.js";
import {
  lineColumn
} from "./chunk-IG3RWNXG.js";
import {
  loadYamlAsync
} from "./chunk-HIKLN4YZ.js";

// src/config/keywords-file.ts
import path from "node:path";
async function loadKeywordsFile(file, cwd) {
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
  if ("AUTH0_KEYWORD_REPLACE_MAPPINGS" in v) {
    const m = v.AUTH0_KEYWORD_REPLACE_MAPPINGS;
    if (!isObject(m)) {
      const span = doc.locate(["AUTH0_KEYWORD_REPLACE_MAPPINGS"], "value");
      const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
      throw new ConfigError("keywords file: AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object of KEY: value pairs", display, pos.line, pos.column);
    }
    return m;
  }
  return v;
}

// src/config/load-config.ts
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/config/schema.ts
var ruleSetting = {
  oneOf: [
    { enum: ["off", "info", "warning", "error"] },
    {
      type: "array",
      minItems: 1,
      maxItems: 2,
      prefixItems: [{ enum: ["off", "info", "warning", "error"] }, { type: "object" }],
      items: false
    }
  ]
};
var rules = { type: "object", additionalProperties: ruleSetting };
var globs = { type: "array", items: { type: "string", minLength: 1 } };
var CONFIG_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  properties: {
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
    payloads: globs
  }
};
var CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties);

// src/config/load-config.ts
var CONFIG_NAMES = [".orglint.yaml", ".orglint.yml", ".orglint.json"];
function findConfig(dir) {
  let d = path2.resolve(dir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const f = path2.join(d, name);
      if (existsSync(f)) return f;
    }
    const up = path2.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}
function defaultConfig(baseDir) {
  return { baseDir, rules: {}, ignore: [], overrides: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, payloads: [] };
}
var validator;
async function loadConfig(file, rules2, cwd) {
  const display = path2.relative(cwd, file) || file;
  const read = await readTextFile(file);
  if (!read.ok) throw new ConfigError(read.message, display);
  const doc = /\.json$/i.test(file) ? loadJson(file, read.text, read.bom) : await loadYamlAsync(file, read.text, read.bom);
  const at = (p, target = "value") => {
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
    const err = validator.errors[0];
    const p = pointerToPath(err.instancePath);
    if (err.keyword === "additionalProperties") {
      const key = String(err.params.additionalProperty);
      const known2 = p.length === 0 ? CONFIG_KEYS : ["files", "rules"];
      const hint = didYouMean(key, known2);
      const pos2 = at([...p, key], "key");
      throw new ConfigError(`unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ""} (expected one of: ${known2.join(", ")})`, display, pos2.line, pos2.column);
    }
    const pos = at(p);
    const what = p.length ? `"${p.join(".")}"` : "the config";
    const expected = p.at(-2) === "rules" ? "off, info, warning, error, or [severity, {options}]" : err.message;
    throw new ConfigError(`invalid value for ${what}: expected ${expected}`, display, pos.line, pos.column);
  }
  const cfg = raw;
  const baseDir = path2.dirname(file);
  const config = defaultConfig(baseDir);
  config.file = file;
  const known = new Map(rules2.map((r) => [r.id, r]));
  const readRules = (obj, base) => {
    const out = {};
    for (const [id, setting] of Object.entries(obj ?? {})) {
      const rule = known.get(id);
      if (!rule && id === "unused-disable-directive") {
        out[id] = { severity: Array.isArray(setting) ? setting[0] : setting };
        continue;
      }
      if (!rule) {
        const hint = didYouMean(id, [...known.keys()]);
        const pos = at([...base, id], "key");
        throw new ConfigError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (orglint rules lists them)`, display, pos.line, pos.column);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, void 0];
      if (options !== void 0) checkOptions(rule, options, () => at([...base, id, 1]), display);
      out[id] = { severity, options };
    }
    return out;
  };
  config.rules = readRules(cfg.rules, ["rules"]);
  config.ignore = cfg.ignore ?? [];
  config.payloads = cfg.payloads ?? [];
  config.overrides = (cfg.overrides ?? []).map((o, i) => ({
    files: o.files,
    rules: readRules(o.rules, ["overrides", i, "rules"])
  }));
  if (typeof cfg.maxFileSize === "number") config.maxFileSize = cfg.maxFileSize;
  if (cfg.keywords) config.keywords = cfg.keywords;
  if (typeof cfg.keywordsFile === "string") {
    const kw = await loadKeywordsFile(path2.resolve(baseDir, cfg.keywordsFile), cwd);
    config.keywords = { ...kw, ...config.keywords };
  }
  return config;
}
var optionValidators = /* @__PURE__ */ new Map();
function checkOptions(rule, options, where, display) {
  const schema = rule.optionsSchema ?? { type: "object", additionalProperties: false, properties: {} };
  let validate = optionValidators.get(rule.id);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    optionValidators.set(rule.id, validate);
  }
  if (!validate(options)) {
    const e = validate.errors[0];
    const pos = where();
    const detail = e.keyword === "additionalProperties" ? `unknown option "${String(e.params.additionalProperty)}" (known: ${Object.keys(schema.properties ?? {}).join(", ") || "none"})` : `option ${e.instancePath.slice(1) || "value"} ${e.message}`;
    throw new ConfigError(`invalid options for rule "${rule.id}": ${detail}`, display, pos.line, pos.column);
  }
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}

// src/formatters/index.ts
var FORMATTERS = {
  compact: async () => (await import("./compact-OUDK5XZB.js")).compact,
  github: async () => (await import("./github-M2ZECKWJ.js")).github,
  html: async () => (await import("./html-2EDB6YV4.js")).html,
  json: async () => (await import("./json-O3K6U2FB.js")).json,
  junit: async () => (await import("./junit-GAJKCUZJ.js")).junit,
  markdown: async () => (await import("./markdown-YQOZRWFV.js")).markdown,
  sarif: async () => (await import("./sarif-ZBALT6OQ.js")).sarif,
  stylish: async () => (await import("./stylish-57PMLKHP.js")).stylish
};

export {
  loadKeywordsFile,
  findConfig,
  defaultConfig,
  loadConfig,
  FORMATTERS
};
