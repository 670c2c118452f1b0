import type { SourceDocument } from './document';
import { loadJson } from './json/json-source';
import { KeywordExpansionError, MAX_SUBSTITUTED_SIZE, type KeywordMap } from './keywords';
import { isTerraformJsonName, SOURCE_KINDS, TERRAFORM_JSON_KINDS } from './registry';
import type { Contribution, SourceKind } from './source-kind';
import { formatSize, readTextFileSync, type ReadResult } from './read-file';
import { loadYamlAsync } from './yaml/yaml-load';

export interface LoadOptions {
  keywords?: KeywordMap;
  maxFileSize?: number;
  /**
   * named on the command line (not found by walking): an unreadable or unparseable file is always reported. A
   * file not named was found in a folder listing as a regular file, so it is read without asking again what it
   * is (read-file.ts, `listed`: still non-blocking and bounded, and asked after a read that gave nothing or too much)
   */
  explicit: boolean;
  /** texts to use instead of the files on disk (fixes computed but not yet written; `--stdin`, as read) */
  overlay?: ReadonlyMap<string, { text: string; bom: boolean } | ReadResult>;
  /** true for files the config's `payloads` globs name as PATCH bodies */
  isPayloadFile?(file: string): boolean;
  /** `--var-file` files for Terraform modules, absolute */
  varFiles?: readonly string[];
}

/** The outcome of reading one file. */
export type LoadedFile =
  | { status: 'loaded'; file: string; kind: string; doc: SourceDocument; contribution: Contribution }
  | { status: 'failed'; file: string; rule: 'read-error' | 'file-too-large' | 'parse-error'; message: string; tenantKey?: string }
  | { status: 'skipped'; file: string; reason: string };

const LIKELY_OURS = /"(clients|client_id|organization_usage|organization_require_behavior|app_type|resource_changes|postData)"|^(clients|clientGrants|organizations)\s*:|^\s*resource\s+"auth0_/m;

/** Read, classify and parse one file. Never throws. */
export async function loadFile(file: string, opts: LoadOptions): Promise<LoadedFile> {
  try {
    return await loadFileUnguarded(file, opts);
  } catch (err) {
    if (!(err instanceof KeywordExpansionError)) throw err;
    const message = `keyword substitution would make this file ${formatSize(err.size)}, adding ${formatSize(err.added)}: over the ${formatSize(MAX_SUBSTITUTED_SIZE)} it may add (a large keyword value used many times)`;
    return { status: 'failed', file, rule: 'file-too-large', message };
  }
}

async function loadFileUnguarded(file: string, opts: LoadOptions): Promise<LoadedFile> {
  const shadow = opts.overlay?.get(file);
  const read: ReadResult = shadow ? ('ok' in shadow ? shadow : { ok: true, ...shadow }) : readTextFileSync(file, opts.maxFileSize, !opts.explicit);
  // the kind the file's name alone gives: needed only when the file cannot be read, is empty or is broken
  let named: SourceKind | null | undefined;
  // a Terraform JSON file (`.tf.json`, `.tfvars.json`) is known by its name: never read as another kind of JSON
  const kinds = isTerraformJsonName(file) ? TERRAFORM_JSON_KINDS : SOURCE_KINDS;
  const byName = () => (named === undefined ? (named = kinds.find((k) => k.sniff(file, '', opts)) ?? null) : named);
  if (!read.ok) {
    // a file found by walking that is not text may be anything; one that cannot be read at all was never
    // checked, so it is reported like a named one
    if (!opts.explicit && !byName() && read.rule === 'parse-error') return { status: 'skipped', file, reason: read.message };
    return { status: 'failed', file, rule: read.rule, message: read.message };
  }
  const { text, bom } = read;
  // (what `trim` removes, asked without making the trimmed copy)
  if (!/\S/.test(text)) {
    // an empty file: a finding when its name makes it ours (clients/x.json), else nothing to read
    const kind = byName();
    if (kind) return { status: 'failed', file, rule: 'parse-error', message: `the file is empty: expected ${kind.format === 'json' ? 'a JSON object' : kind.format === 'hcl' ? 'HCL' : 'YAML'}` };
    return { status: 'skipped', file, reason: 'the file is empty' };
  }
  const docs: Partial<Record<string, SourceDocument>> = {};
  // the kinds whose sniff takes the file, in order, each sniffed only when the ones before did not take it (a
  // sniff may scan the whole text)
  for (const kind of kinds) {
    if (!kind.sniff(file, text, opts)) continue;
    const doc = kind.load
      ? (docs[kind.name] ??= await kind.load(file, text, bom, { overlay: textOverlay(opts.overlay), varFiles: opts.varFiles, maxFileSize: opts.maxFileSize }))
      : (docs[kind.format] ??= kind.format === 'yaml' ? await loadYamlAsync(file, text, bom, opts.keywords) : loadJson(file, text, bom, opts.keywords));
    if (doc.problems.length > 0) {
      // a broken file is reported when it is certainly ours (named, or by its folder) or looks like it
      if (opts.explicit || kind === byName() || kinds === TERRAFORM_JSON_KINDS || LIKELY_OURS.test(text)) {
        const contribution = kind.extract(doc, file);
        return { status: 'loaded', file, kind: kind.name, doc, contribution: contribution ?? emptyContribution(file) };
      }
      continue;
    }
    const contribution = kind.extract(doc, file);
    if (contribution) return { status: 'loaded', file, kind: kind.name, doc, contribution };
  }
  return { status: 'skipped', file, reason: unrecognised(file) };
}

/** Why a file is not tenant configuration, in words a user can act on. */
function unrecognised(file: string): string {
  if (/\.ya?ml$/i.test(file)) return 'a YAML file whose root has none of clients, clientGrants, organizations (not a deploy-cli export)';
  if (/\.har$/i.test(file)) return 'a .har file without log.entries (not a HAR capture)';
  if (/\.tfvars(\.json)?$/i.test(file)) return 'Terraform variables, not linted on their own: terraform.tfvars and *.auto.tfvars are read with the .tf and .tf.json files of their folder, other variables files with --var-file';
  if (/\.tf\.json$/i.test(file)) return 'a Terraform JSON file without auth0_client, auth0_client_grant, auth0_organization or auth0_connection resources';
  if (/\.json$/i.test(file)) {
    return 'JSON that is none of: a deploy-cli directory export (clients/, grants/, organizations/), a Management API dump (an array of clients, or clients / client_grants / organizations lists), a PATCH payload (*.patch.json), a HAR request, a Terraform plan';
  }
  if (/\.tf$/i.test(file)) return 'a Terraform file without auth0_client, auth0_client_grant, auth0_organization or auth0_connection blocks';
  return 'not a .yaml, .yml, .json, .har or .tf file';
}

const textOverlays = new WeakMap<object, ReadonlyMap<string, { text: string; bom: boolean }>>();

/** The texts of an overlay, for loaders that read a file's neighbours (a Terraform module): read failures left out. */
function textOverlay(overlay: LoadOptions['overlay']): ReadonlyMap<string, { text: string; bom: boolean }> | undefined {
  if (!overlay) return undefined;
  let texts = textOverlays.get(overlay);
  if (!texts) {
    texts = new Map([...overlay].flatMap(([f, v]) => ('ok' in v ? (v.ok ? [[f, { text: v.text, bom: v.bom }] as const] : []) : [[f, v] as const])));
    textOverlays.set(overlay, texts);
  }
  return texts;
}

function emptyContribution(file: string): Contribution {
  return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
}
