import type { FixOp, Path, Position, Span } from '../rule-api/types';
import type { OffsetMap } from './offset-map';

/** A comment directive such as `# orglint-disable-next-line rule-id -- reason`. */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';
  /** rule ids named; empty means every rule */
  ruleIds: string[];
  reason?: string;
  line: number;
  /** the last line of a directive over several lines (a `/* … *\/` block comment): the next line is the one after */
  endLine?: number;
  span: Span;
}

/** A placeholder `##KEY##` / `@@KEY@@` left unresolved because no mapping gave it a value. */
export interface Placeholder {
  key: string;
  text: string;
  span: Span;
}

/** A problem found while reading a file, before any rule ran. */
export interface ParseProblem {
  message: string;
  span: Span;
}

/**
 * One parsed file. `value` is plain data; positions are looked up lazily through `locate`, so a file without
 * findings never pays for them.
 */
export interface SourceDocument {
  /** absolute path, or a URL for live resources */
  file: string;
  format: 'yaml' | 'json' | 'hcl';
  /** the text as read (BOM removed); positions and fixes refer to it */
  text: string;
  /** the text the parser saw (placeholders quoted or substituted) */
  parseText: string;
  /** parse-text offsets back to original-text offsets */
  offsets: OffsetMap;
  bom: boolean;
  value: unknown;
  problems: ParseProblem[];
  directives: Directive[];
  placeholders: Placeholder[];
  /** true for files orglint must never edit (HAR captures, Terraform plans): their findings carry no fix */
  readOnly?: boolean;
  /** where the value at `path` was set when that is another place (a Terraform variable's default or .tfvars) */
  valueOrigin?(path: Path): { name: string; file: string; position: Position } | undefined;
  /** why `--fix` cannot make `op` at `path` in this file (a `.tf.json` `${...}` template), if it cannot */
  fixLeft?(path: Path, op: FixOp['op']): string | undefined;
  /** the document that sets the value at `path` when it is another file's (a Terraform override file) */
  documentOf?(path: Path): SourceDocument | undefined;
  /** where this document sets the value at `path` that another file's replaces (the declaration a Terraform override file overrides) */
  replacedAt?(path: Path): { file: string; line: number; column: number; endLine: number; endColumn: number; message: string } | undefined;
  /** the places, in files other than `shown`, of the values of `resource` the current rule check read (a Terraform override or variables file's) */
  readElsewhere?(resource: { readonly path: Path }, path: Path, shown: string): { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] | undefined;
  /** the original-text span of the value (or of its key) at `path`; falls back to the nearest parent that exists */
  locate(path: Path, target: 'key' | 'value'): Span | undefined;
  /**
   * values other files give this document (a Terraform module's variables and locals, as `.tfvars` files set
   * them): searched for secrets with its own, so a JSON Web Key whose one member a resource reads is known private
   */
  secretValues?: readonly unknown[];
}
