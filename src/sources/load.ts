import path from 'node:path';
import type { SourceDocument } from './document';
import { deployCliExtensionCase } from './deploy-cli/deploy-cli';
import { endsWithName } from './file-name';
import { loadJson } from './json/json-source';
import { KeywordExpansionError, MAX_SUBSTITUTED_SIZE, type KeywordMap } from './keywords';
import { isTerraformJsonName, SOURCE_KINDS, TERRAFORM_JSON_KINDS } from './registry';
import type { Contribution, SourceKind } from './source-kind';
import { formatSize, readTextFileSync, type ReadResult } from './read-file';
import { readNamedFile } from './terraform/module-links';
import { isModuleVarsName, notReadByTerraform } from './terraform/module-file-names';
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
  /** a walked file the walk found to be a symbolic link: read through it as a named file is (named-links.ts) */
  throughLink?: boolean;
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
  return loadFileNow(file, opts);
}

/**
 * `loadFile`, answered synchronously when every loader the file goes through is (JSON, and any kind without an
 * asynchronous `load`): a directory export's thousands of small files then cost no promise each. A promise when
 * a loader is asynchronous (YAML, Terraform). Never throws, never rejects but for a bug.
 */
export function loadFileNow(file: string, opts: LoadOptions): LoadedFile | Promise<LoadedFile> {
  let got: LoadedFile | Promise<LoadedFile>;
  try {
    got = loadFileUnguarded(file, opts);
  } catch (err) {
    return keywordFailure(file, err);
  }
  return got instanceof Promise ? got.catch((err: unknown) => keywordFailure(file, err)) : got;
}

/** A keyword substitution that would grow the file too far is a finding; anything else thrown is a bug, thrown on. */
function keywordFailure(file: string, err: unknown): LoadedFile {
  if (!(err instanceof KeywordExpansionError)) throw err;
  const message = `keyword substitution would make this file ${formatSize(err.size)}, adding ${formatSize(err.added)}: over the ${formatSize(MAX_SUBSTITUTED_SIZE)} it may add (a large keyword value used many times)`;
  return { status: 'failed', file, rule: 'file-too-large', message };
}

function loadFileUnguarded(file: string, opts: LoadOptions): LoadedFile | Promise<LoadedFile> {
  // (before reading it: a name the tool that would deploy it does not read is not read here either)
  const cased = extensionCase(file);
  if (cased) return { status: 'skipped', file, reason: cased };
  const shadow = opts.overlay?.get(file);
  const read: ReadResult = shadow ? ('ok' in shadow ? shadow : { ok: true, ...shadow }) : opts.explicit || opts.throughLink ? readNamedFile(file, opts.maxFileSize) : readTextFileSync(file, opts.maxFileSize, true);
  // a Terraform JSON file (`.tf.json`, `.tfvars.json`) is known by its name: never read as another kind of JSON
  const kinds = isTerraformJsonName(file) ? TERRAFORM_JSON_KINDS : SOURCE_KINDS;
  if (!read.ok) {
    // a file found by walking that is not text may be anything; one that cannot be read at all was never
    // checked, so it is reported like a named one
    if (!opts.explicit && !kindByName(file, kinds, opts) && read.rule === 'parse-error') return { status: 'skipped', file, reason: read.message };
    return { status: 'failed', file, rule: read.rule, message: read.message };
  }
  const { text, bom } = read;
  // (what `trim` removes, asked without making the trimmed copy)
  if (!/\S/.test(text)) {
    // an empty file: a finding when its name makes it ours (clients/x.json), else nothing to read
    const kind = kindByName(file, kinds, opts);
    if (kind) return { status: 'failed', file, rule: 'parse-error', message: `the file is empty: expected ${kind.format === 'json' ? 'a JSON object' : kind.format === 'hcl' ? 'HCL' : 'YAML'}` };
    return { status: 'skipped', file, reason: 'the file is empty' };
  }
  return classify({ file, text, bom, opts, kinds, docs: {}, named: undefined }, 0);
}

/**
 * Why a file whose `.json`, `.yaml` or `.yml` is not in lower case is not read, when the tool that would deploy it
 * compares extensions exactly: deploy-cli (`clients/App.JSON`, `tenant.YML`: deploy-cli.ts) and Terraform
 * (`x.Tf.Json`: its module files end in `.tf.json` exactly). Undefined for every other name, which is read as
 * before: a Management API dump, a HAR capture or a PATCH body is read by no tool by its name.
 */
export function extensionCase(file: string): string | undefined {
  // (nearly every name: lower case, or none of these)
  if (file.endsWith('.json') || file.endsWith('.yaml') || file.endsWith('.yml')) return undefined;
  const ext = endsWithName(file, '.json') ? file.slice(-5) : endsWithName(file, '.yaml') ? file.slice(-5) : endsWithName(file, '.yml') ? file.slice(-4) : undefined;
  if (!ext) return undefined;
  if (isTerraformJsonName(file)) {
    const suffix = endsWithName(file, '.tf.json') ? '.tf.json' : '.tfvars.json';
    return `the extension ${file.slice(-suffix.length)} is not ${suffix}: Terraform reads only files ending in ${suffix} exactly, and skips this one (rename it to end in ${suffix})`;
  }
  return deployCliExtensionCase(file, ext);
}

/** the kind the file's name alone gives: needed only when the file cannot be read, is empty or is broken */
function kindByName(file: string, kinds: readonly SourceKind[], opts: LoadOptions): SourceKind | null {
  return kinds.find((k) => k.sniff(file, '', opts)) ?? null;
}

/** One file's text on its way through the kinds that may take it. */
interface Classifying {
  file: string;
  text: string;
  bom: boolean;
  opts: LoadOptions;
  kinds: readonly SourceKind[];
  /** each format (or kind with a loader of its own) parsed once, whichever kinds sniff it */
  docs: Partial<Record<string, SourceDocument>>;
  /** kindByName, once asked */
  named: SourceKind | null | undefined;
}

/**
 * The kinds from `from` on whose sniff takes the file, in order, each sniffed only when the ones before did not
 * take it (a sniff may scan the whole text); the first whose document is good (or, broken, certainly ours)
 * takes it. Synchronous until a loader gives a promise; the rest goes on when it settles.
 */
function classify(c: Classifying, from: number): LoadedFile | Promise<LoadedFile> {
  const { file, text, bom, opts, kinds, docs } = c;
  for (let k = from; k < kinds.length; k++) {
    const kind = kinds[k];
    if (!kind.sniff(file, text, opts)) continue;
    const key = kind.load ? kind.name : kind.format;
    let doc = docs[key];
    if (!doc) {
      const got = kind.load
        ? kind.load(file, text, bom, { overlay: textOverlay(opts.overlay), varFiles: opts.varFiles, maxFileSize: opts.maxFileSize })
        : kind.format === 'yaml'
          ? loadYamlAsync(file, text, bom, opts.keywords)
          : loadJson(file, text, bom, opts.keywords);
      if (got instanceof Promise) {
        return got.then((d) => {
          docs[key] = d;
          return take(c, kind, d) ?? classify(c, k + 1);
        });
      }
      docs[key] = doc = got;
    }
    const taken = take(c, kind, doc);
    if (taken) return taken;
  }
  return { status: 'skipped', file, reason: unrecognised(file) };
}

/** The file as this kind's, or undefined when the kind does not take it (broken and not surely ours, or nothing extracted). */
function take(c: Classifying, kind: SourceKind, doc: SourceDocument): LoadedFile | undefined {
  const { file, opts } = c;
  if (doc.problems.length > 0) {
    // a broken file is reported when it is certainly ours (named, or by its folder) or looks like it
    if (opts.explicit || kind === (c.named === undefined ? (c.named = kindByName(file, c.kinds, opts)) : c.named) || c.kinds === TERRAFORM_JSON_KINDS || LIKELY_OURS.test(c.text)) {
      const contribution = kind.extract(doc, file);
      return { status: 'loaded', file, kind: kind.name, doc, contribution: contribution ?? emptyContribution(file) };
    }
    return undefined;
  }
  const contribution = kind.extract(doc, file);
  if (contribution) return { status: 'loaded', file, kind: kind.name, doc, contribution };
  return undefined;
}

/** Why a file is not tenant configuration, in words a user can act on. */
function unrecognised(file: string): string {
  // (`.old.tf`, `copy.TF`, `main.tf~`: named like Terraform configuration, and not read by Terraform)
  const terraform = notReadByTerraform(path.basename(file));
  if (terraform) return terraform;
  if (/\.ya?ml$/i.test(file)) return 'a YAML file whose root has none of clients, clientGrants, organizations (not a deploy-cli export)';
  if (/\.har$/i.test(file)) return 'a .har file without log.entries (not a HAR capture)';
  if (/\.tfvars(\.json)?$/i.test(file)) {
    // (`terraform.TFVARS`, `prod.auto.TFVARS`: a name Terraform would load but for its case)
    const base = path.basename(file);
    if (!isModuleVarsName(base) && isModuleVarsName(base.toLowerCase())) {
      return `Terraform does not load it with its folder's module: it loads terraform.tfvars, terraform.tfvars.json and *.auto.tfvars(.json) by their exact names (case counts), so ${base}'s values apply only as a -var-file (--var-file here)`;
    }
  }
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
