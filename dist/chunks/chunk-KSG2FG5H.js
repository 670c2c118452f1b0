import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/config/config-error.ts
var ConfigError = class extends Error {
  constructor(message, file, line, column) {
    super(message);
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
    const where = this.line ? `${this.file}:${this.line}:${this.column ?? 1}` : this.file;
    return `${where}: ${this.message}`;
  }
};

export {
  ConfigError
};
