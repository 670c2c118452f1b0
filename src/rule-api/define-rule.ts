import type { Resource, Tenant } from './resource';
import type { ResourceKind, ResourceSet } from './tenant-model';
import type { Fix, FixSafety, Origin, Path, PredictedResponse, ResourceType, Severity } from './types';

/** What a rule looks at: each resource of one type, or the whole tenant once. */
export type RuleScope = ResourceType | 'tenant';

export interface RuleMeta {
  /** one line, lower-case, no trailing period; shown by `orglint rules` and in docs */
  description: string;
  /** default severity (a contract: users' configs and CI gates rely on it) */
  severity: Severity;
  /** which fix kinds the rule can offer; empty when none */
  fixable: FixSafety[];
  scope: RuleScope;
  /** the Auth0 documentation the rule rests on */
  source: string;
  /**
   * the resource kinds the rule cannot decide without, besides its scope's own kind. When one is excluded by
   * deploy-cli's config or unreadable with the live token's scopes, the rule does not run and is listed as
   * skipped with the reason; when an export simply lacks it, the rule runs, `ctx.resources()` answers unknown
   * and the rule is listed as skipped only if it asked (it had something to check).
   */
  needs?: ResourceKind[];
  /**
   * kinds the rule reads when they are known but can do part of its work without: never a reason not to run;
   * asking for one that is unknown lists the rule as skipped (for that part), as for `needs`
   */
  reads?: ResourceKind[];
  /**
   * the sources whose resources the rule checks (`patch`, `har`: a PATCH payload's rules), when it checks no
   * other: on a tenant whose scope holds no resource from one of them the rule is not run at all (it would
   * return at once on each); a tenant-scope rule always runs. Built-in and library rules: a plugin's is dropped (its
   * rule runs on every resource)
   */
  origins?: Origin[];
}

/** A finding as a rule reports it; the engine adds file, position and severity. */
export interface Report {
  messageId: string;
  data?: Record<string, unknown>;
  /** path relative to the resource (`['organization_usage']`); empty for the resource itself */
  at?: Path;
  /** point at the key rather than the value (for a key that should not be there) */
  target?: 'key' | 'value';
  /** required for tenant-scope rules: the resource the finding is about */
  resource?: Resource;
  fix?: Fix;
  /** other fixes for the same finding; `--fix-unsafe` prefers an unsafe alternative over a safe `fix` */
  alternatives?: Fix[];
  /**
   * this finding's own severity at the rule's default configuration: higher for a worst case, lower (info) when
   * a payload leaves the other field unknown (the user's configured severity wins over a higher one)
   */
  severity?: Severity;
  predictedResponse?: PredictedResponse;
}

export interface RuleContext<O = Record<string, never>> {
  options: O;
  tenant: Tenant;
  /** the resource being checked (for tenant-scope rules: undefined) */
  resource: Resource;
  report(report: Report): void;
  /**
   * The resources of a kind the rule declared in `meta.needs`, or why they are unknown (the rule is then
   * listed as skipped for this tenant with that reason, so ask only when there is something to check).
   */
  resources(kind: ResourceKind): ResourceSet;
}

export interface RuleDefinition<O = Record<string, never>> {
  id: string;
  meta: RuleMeta;
  /** JSON Schema of the options object, validated once when the config is read */
  optionsSchema?: Record<string, unknown>;
  defaultOptions: O;
  /** message templates keyed by id; `{{name}}` is replaced by `data.name` */
  messages: Record<string, string>;
  check(ctx: RuleContext<O>): void;
}

/** Declare a rule. Keeps the fields in one order and gives the rule its type. */
export function defineRule<O>(rule: RuleDefinition<O>): RuleDefinition<O> {
  return rule;
}

/** A rule of any options type, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDefinition<any>;

/** Fill a message template. Values are shown as JSON (`"Require"`, `42`, `null`) unless already strings marked raw. */
export function formatMessage(template: string, data: Record<string, unknown> = {}): string {
  const parts = templateParts(template);
  if (parts.length === 1) return parts[0];
  // joined, not concatenated: the message is one flat string that keeps no value it quotes (nor its file) alive
  const out: string[] = [parts[0]];
  for (let i = 1; i < parts.length; i += 2) out.push(shownValue(parts[i], data), parts[i + 1]);
  return out.join('');
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
// control characters JSON.stringify leaves raw (DEL, C1 such as CSI, line separators, the bidirectional marks and
// overrides that reorder what is shown) or a rule passed unquoted are escaped: a message goes to terminals, CI
// logs and review comments
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * A template as its text and placeholder names, alternating (`["a ", "value", " b"]`): split once per template
 * (a rule's message is filled for every finding), keyed by the template's whole text.
 */
const split = new Map<string, readonly string[]>();
function templateParts(template: string): readonly string[] {
  let parts = split.get(template);
  if (parts) return parts;
  const out: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out.push(template.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  out.push(template.slice(last));
  // templates come from rules, a few hundred at most; past that (generated ones) they are split each time
  if (split.size < 1_000) split.set(template, out);
  parts = out;
  return parts;
}

/** One value as a message shows it: escaped, and cut at MAX_MESSAGE_VALUE. */
function shownValue(name: string, data: Record<string, unknown>): string {
  const v = data[name];
  const raw = v === undefined ? `{{${name}}}` : typeof v === 'string' ? v : JSON.stringify(v);
  const s = CONTROL.test(raw) ? raw.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : raw;
  if (s.length <= MAX_MESSAGE_VALUE) return s;
  // a quoted key or value of megabytes would repeat itself in every output; cut it, never inside a surrogate pair
  const cut = /[\ud800-\udbff]/.test(s[MAX_MESSAGE_VALUE - 4]) ? MAX_MESSAGE_VALUE - 4 : MAX_MESSAGE_VALUE - 3;
  return `${s.slice(0, cut)}...`;
}

/** the longest a value put into a message may be */
export const MAX_MESSAGE_VALUE = 300;

/** Quote a value for a message: strings in double quotes, everything else as JSON. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
