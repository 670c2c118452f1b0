import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/formatters/json-pieces.ts
var LazyList = class {
  constructor(items, make, batch = 64) {
    this.items = items;
    this.make = make;
    this.batch = batch;
  }
  items;
  make;
  batch;
};
var Open = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
function* jsonPieces(value) {
  yield* at(value, 0);
  yield "\n";
}
function* at(value, level) {
  if (value instanceof LazyList) {
    const { items, make, batch } = value;
    if (items.length === 0) {
      yield "[]";
      return;
    }
    yield "[\n";
    for (let i = 0; i < items.length; i += batch) {
      if (i > 0) yield ",\n";
      yield inner(items.slice(i, i + batch).map(make), level + 1);
    }
    yield `
${indent(level)}]`;
    return;
  }
  if (!(value instanceof Open)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  const list = Array.isArray(value.value);
  const entries = list ? value.value.map((v) => [void 0, v]) : Object.entries(value.value);
  let first = true;
  for (const [key, v] of entries) {
    const skipped = v === void 0 || typeof v === "function" || typeof v === "symbol";
    if (skipped && key !== void 0) continue;
    yield first ? list ? "[\n" : "{\n" : ",\n";
    first = false;
    if (v instanceof LazyList || v instanceof Open) {
      yield key === void 0 ? indent(level + 1) : `${indent(level + 1)}${JSON.stringify(key)}: `;
      yield* at(v, level + 1);
    } else yield inner(key === void 0 ? [skipped ? null : v] : { [key]: v }, level + 1);
  }
  yield first ? list ? "[]" : "{}" : `
${indent(level)}${list ? "]" : "}"}`;
}
function inner(container, level) {
  let wrapped = container;
  for (let i = 1; i < level; i++) wrapped = [wrapped];
  const n = level - 1;
  const before = n * n + 3 * n + 2;
  const after = n * n + n + 2 + 2 * n;
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(before, text.length - after);
}
function indent(level) {
  return "  ".repeat(level);
}

export {
  LazyList,
  Open,
  jsonPieces
};
