/** Types shared by the engine and every rule. */

/** How bad a finding is; `off` only appears in configuration. */
export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** A path into a parsed document: object keys and array indexes. */
export type Path = readonly (string | number)[];

/**
 * The kinds of tenant resource a rule can look at: clients, client grants and organizations are checked one by
 * one; connections (deploy-cli `connections` and `databases`), the prompts settings and the tenant settings are
 * read so that rules can look across the tenant.
 */
export type ResourceType = 'client' | 'clientGrant' | 'organization' | 'connection' | 'prompts' | 'tenantSettings';

/** Where a resource was read from; rules may phrase messages differently per origin. */
export type Origin =
  | 'deploy-cli-yaml'
  | 'deploy-cli-directory'
  | 'api-dump'
  | 'patch'
  | 'har'
  | 'terraform'
  | 'live';

/**
 * A semantic edit of a resource, relative to the resource. The engine turns it into text edits for files
 * (format-preserving) and into PATCH bodies for live tenants.
 */
export type FixOp =
  | { op: 'set'; path: Path; value: unknown; /** when the key is absent, insert it next to this sibling */ near?: string }
  | { op: 'remove'; path: Path }
  /** give the key at `path` a new name, keeping its value and place (a misspelt field) */
  | { op: 'rename'; path: Path; to: string };

/** Safe fixes are applied by `--fix`; unsafe ones only by `--fix-unsafe`. */
export type FixSafety = 'safe' | 'unsafe';

export interface Fix {
  safety: FixSafety;
  description: string;
  ops: FixOp[];
}

/** What the Management API would answer to a request carrying the offending value. */
export interface PredictedResponse {
  status: number;
  errorCode?: string;
}

/** A half-open range of UTF-16 offsets into a document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** A 1-based line/column range, as every output format shows it. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
