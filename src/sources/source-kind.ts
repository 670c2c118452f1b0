import type { Resource } from '../rule-api/resource';
import type { ResourceKind } from '../rule-api/tenant-model';
import type { SourceDocument } from './document';

/** What one file contributes to its tenant. */
export interface Contribution {
  /** files with the same key are one tenant (a deploy-cli directory's root; otherwise the file itself) */
  tenantKey: string;
  resources: Resource[];
  /** the kinds this file lists in full: an empty list there means none (a kind not named is unknown) */
  lists?: ResourceKind[];
  /**
   * why the kinds a file does not list are unknown: `absent` for exports that could hold them (deploy-cli),
   * so a rule that asks is listed as skipped; `not-held` (default) for sources that never do
   */
  absentCause?: 'absent' | 'not-held';
  /** the same as `lists` holding `organization` / `clientGrant` (older sources set these) */
  hasOrganizations?: boolean;
  hasClientGrants?: boolean;
  /**
   * a deploy-cli `tenant.json` / `prompts/prompts.json` that is valid JSON but not an object: a parse-error only
   * when its root gives deploy-cli resources from other files (engine/stray-non-objects.ts)
   */
  notAnObject?: true;
}

/** A kind of file orglint reads. A new format adds one of these to `SOURCE_KINDS` (registry.ts). */
export interface SourceKind {
  name: string;
  format: 'yaml' | 'json' | 'hcl';
  /** cheap test before parsing: the file name and a look at the raw text */
  sniff(file: string, text: string, ctx?: SniffContext): boolean;
  /** parse the text into this kind's own document (HAR bodies, plan mappings); default: plain YAML/JSON */
  load?(file: string, text: string, bom: boolean, ctx?: LoadContext): SourceDocument | Promise<SourceDocument>;
  /** the file's resources, or null when the parsed document is not of this kind after all */
  extract(doc: SourceDocument, file: string): Contribution | null;
}

/** What a kind may read besides the file itself (a `.tf` file's module folder). */
export interface LoadContext {
  /** texts to use instead of the files on disk (fixes computed but not yet written) */
  overlay?: ReadonlyMap<string, { text: string; bom: boolean }>;
  /** `--var-file` files for Terraform modules, absolute */
  varFiles?: readonly string[];
  maxFileSize?: number;
}

/** What a kind may know about a file besides its name and text. */
export interface SniffContext {
  /** true for files the config's `payloads` globs name as PATCH bodies */
  isPayloadFile?(file: string): boolean;
}
