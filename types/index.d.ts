/**
 * Types of the orglint package (`import { lint } from 'orglint'`). Written by hand, self-contained (no import of
 * Node's types), and checked against the sources by test/package/public-types.check.ts, which `npm test`
 * typechecks: a change to the sources that breaks this contract fails there.
 */

/** The version of this orglint (as `orglint --version` prints it). */
export declare const version: string;

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
/** A path into a parsed document: object keys and array indexes. */
export type Path = readonly (string | number)[];
export type ResourceType = 'client' | 'clientGrant' | 'organization' | 'connection' | 'prompts' | 'tenantSettings';
export type Origin = 'deploy-cli-yaml' | 'deploy-cli-directory' | 'api-dump' | 'patch' | 'har' | 'terraform' | 'live';
export type FixSafety = 'safe' | 'unsafe';

export interface LintOptions {
  /** the folder paths are relative to and the config is looked for from (default: `process.cwd()`) */
  cwd?: string;
  /** a config file, as `--config` (default: the nearest .orglint.yaml/.yml/.json upward from `cwd`) */
  config?: string;
  /** rule severities, as `--rule ID=SEVERITY`: over the config's (`warn` and ESLint's 0/1/2 accepted) */
  rules?: Record<string, SeverityOrOff | 'warn' | 0 | 1 | 2>;
  /** a keywords file, as `--keywords` */
  keywords?: string;
  /** false loads no plugin code named by the config, as `--no-plugins` (default: true, as the CLI) */
  plugins?: boolean;
}

/** Totals of a run. */
export interface Summary {
  files: number;
  clients: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

/** A finding as the JSON report shows it. Lines and columns are 1-based; the end is exclusive. */
export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** relative to `cwd`, with `/`; a URL for a live resource */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON Pointer into the parsed document */
  path: string;
  resource: { type: ResourceType; name: string } | null;
  fix: { safety: FixSafety; description: string } | null;
  alternativeFixes?: { safety: FixSafety; description: string }[];
  /** what the Management API would answer (PATCH bodies, HAR captures) */
  predictedResponse?: { status: number; errorCode?: string };
}

/** The JSON report: the object `orglint -f json` prints (version 1 of the contract). */
export interface LintReport {
  version: 1;
  tool: { name: 'orglint'; version: string };
  summary: Summary;
  findings: JsonFinding[];
  baselineHidden?: number;
  /** rules that did not run on some tenant, or could not decide, because an input was unknown */
  skippedRules?: { ruleId: string; reason: string; tenants: string[] }[];
}

/**
 * Lint files and folders as `orglint PATHS -f json` does, and return that report. Rejects with the message the
 * CLI prints before exiting 2 (a bad config, a missing path); findings, parse errors included, are in the report.
 */
export declare function lint(paths: readonly string[], options?: LintOptions): Promise<LintReport>;

/** Render a report lint() returned in an output format (one of FORMAT_NAMES), as `-f NAME` prints it. */
export declare function format(report: LintReport, name: string, options?: { color?: boolean }): Promise<string>;

/** The output formats: stylish, compact, json, sarif, junit, github, markdown, html. */
export declare const FORMAT_NAMES: readonly string[];

// ---- rules ------------------------------------------------------------------------------------------------

/** A half-open range of UTF-16 offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** One parsed file, as a rule sees it. */
export interface SourceDocument {
  /** absolute path, or a URL for live resources */
  file: string;
  format: 'yaml' | 'json' | 'hcl';
  /** the text as read (BOM removed) */
  text: string;
  value: unknown;
  /** true for files orglint never edits (HAR captures, Terraform plans) */
  readOnly?: boolean;
  /** the span of the value (or of its key) at `path` */
  locate(path: Path, target: 'key' | 'value'): Span | undefined;
}

/** One client, client grant or organization, wherever it was read from. */
export interface Resource {
  type: ResourceType;
  /** the client's or organization's name; `client → audience` for grants */
  name: string;
  /** the resource object as parsed (after keyword replacement) */
  value: Record<string, unknown>;
  doc: SourceDocument;
  /** where `value` sits inside `doc.value` */
  path: Path;
  origin: Origin;
  /** true for a PATCH body or planned change: absent fields keep a current value that is unknown here */
  partial: boolean;
  /** extra facts a source knows (a Terraform address, a HAR request's scopes) */
  meta?: Record<string, unknown>;
}

/** Every resource of one tenant: a tenant.yaml, a deploy-cli directory, an API dump, or a live tenant. */
export interface Tenant {
  id: string;
  clients: Resource[];
  clientGrants: Resource[];
  organizations: Resource[];
  /** connections of every strategy (deploy-cli `connections` and `databases`) */
  connections: Resource[];
  /** the tenant-wide settings objects (`prompts`, `tenantSettings`), at most one of each */
  settings: Resource[];
  /** what is known, by kind: read in full, or unknown with the reason (a kind not listed: not held) */
  kinds: Partial<Record<ResourceKind, KindState>>;
}

/** The kinds of the tenant model: each either read or unknown. */
export type ResourceKind =
  | 'client' | 'clientGrant' | 'organization' | 'organizationConnection' | 'organizationClientGrant'
  | 'connection' | 'database' | 'prompts' | 'tenantSettings';

/** Why a kind is unknown. */
export type UnknownCause = 'excluded' | 'scope' | 'absent' | 'not-held';

export interface UnknownKind {
  known: false;
  kind: ResourceKind;
  cause: UnknownCause;
  reason: string;
}

export interface KnownKind {
  known: true;
  /** names deploy-cli leaves out of this kind (AUTH0_EXCLUDED_CONNECTIONS, AUTH0_INCLUDED_CONNECTIONS) */
  excluded?: { names?: ReadonlySet<string>; onlyNames?: ReadonlySet<string>; reason: string };
}

export type KindState = KnownKind | UnknownKind;

/** The resources of one kind, or why they are unknown. */
export type ResourceSet = { known: true; items: readonly Resource[]; state: KnownKind } | UnknownKind;

/** A semantic edit of a resource, relative to it. */
export type FixOp =
  | { op: 'set'; path: Path; value: unknown; /** when the key is absent, insert it next to this sibling */ near?: string }
  | { op: 'remove'; path: Path }
  /** give the key at `path` a new name, keeping its value and place (a misspelt field) */
  | { op: 'rename'; path: Path; to: string };

export interface Fix {
  safety: FixSafety;
  description: string;
  ops: FixOp[];
}

/** What a rule looks at: each resource of one type, or the whole tenant once. */
export type RuleScope = ResourceType | 'tenant';

export interface RuleMeta {
  /** one line, lower-case, no trailing period */
  description: string;
  /** default severity */
  severity: Severity;
  /** which fix kinds the rule can offer; empty when none */
  fixable: FixSafety[];
  scope: RuleScope;
  /** the Auth0 documentation the rule rests on */
  source: string;
  /** kinds the rule cannot decide without: excluded or unreadable ones skip it (listed with the reason) */
  needs?: ResourceKind[];
  /** kinds it reads when known but can do part of its work without */
  reads?: ResourceKind[];
}

/** A finding as a rule reports it; the engine adds file, position and severity. */
export interface Report {
  /** a key of the rule's `messages` */
  messageId: string;
  /** values for the message's `{{name}}` placeholders */
  data?: Record<string, unknown>;
  /** path relative to the resource (`['organization_usage']`); empty for the resource itself */
  at?: Path;
  /** point at the key rather than the value */
  target?: 'key' | 'value';
  /** required for tenant-scope rules: the resource the finding is about */
  resource?: Resource;
  fix?: Fix;
  alternatives?: Fix[];
  severity?: Severity;
  predictedResponse?: { status: number; errorCode?: string };
}

export interface RuleContext<O = Record<string, never>> {
  options: O;
  tenant: Tenant;
  /** the resource being checked (for tenant-scope rules: undefined) */
  resource: Resource;
  report(report: Report): void;
  /** the resources of a kind declared in `meta.needs` or `meta.reads`, or why they are unknown */
  resources(kind: ResourceKind): ResourceSet;
}

export interface RuleDefinition<O = Record<string, never>> {
  id: string;
  meta: RuleMeta;
  /** JSON Schema of the options object */
  optionsSchema?: Record<string, unknown>;
  defaultOptions: O;
  /** message templates keyed by id; `{{name}}` is replaced by `data.name` */
  messages: Record<string, string>;
  check(ctx: RuleContext<O>): void;
}

/** Declare a rule: returns it as given, typed. */
export declare function defineRule<O>(rule: RuleDefinition<O>): RuleDefinition<O>;

/** orglint's built-in rules. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare const RULES: readonly RuleDefinition<any>[];
