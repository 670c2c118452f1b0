/** Orglint cannot run with this configuration: exit 2, naming file, line and what was expected. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
  /** `file:line:col: message` */
  get display(): string {
    if (!this.file) return this.message;
    const where = this.line ? `${this.file}:${this.line}:${this.column ?? 1}` : this.file;
    return `${where}: ${this.message}`;
  }
}
