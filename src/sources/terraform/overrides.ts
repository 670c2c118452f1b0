import path from 'node:path';
import type { Path } from '../../rule-api/types';
import type { Resource } from '../../rule-api/resource';
import { spanToPosition } from '../../engine/positions';
import type { SourceDocument } from '../document';
import type { Plain } from '../plain-object';
import { UNKNOWN, type Recorder } from './hcl-eval';
import { COMPUTED, redirects, type TfResource } from './mapping';
import { originIn, trackReads } from './read-origins';
import { define, KNOWN_AFTER_APPLY } from './values';

/**
 * Override files (`override.tf`, `*_override.tf`, their `.tf.json` forms) in a module, merged as Terraform merges
 * them (https://developer.hashicorp.com/terraform/language/files/override): after every other file, by file name
 * then by place in the file, each top-level attribute an override block sets replaces the resource's own, and each
 * nested block type it sets replaces the resource's blocks of that type. The merged value is the one linted.
 *
 * A value an override file sets is found in that file: the resource's document answers `documentOf(path)` with the
 * override file's document, which locates the value there (its own spans, the resource's path redirects). A fix is
 * made in one file only: a fix that also changes a value the other file sets, or that removes from an override file
 * a setting another file sets too (the other value would come back), is not offered, and the finding says why.
 */

/** One override block of a resource: what it sets, read from its file (no `values` when the file is not read). */
export interface OverrideBlock {
  /** the override file (absolute) */
  file: string;
  /** where the block starts in the file: blocks of one file apply in their order */
  offset: number;
  /** `auth0_client.portal` */
  address: string;
  /** the attribute and block names it sets (meta-arguments aside) */
  keys: string[];
  values?: Plain;
  doc?: SourceDocument;
  rec?: Recorder;
}

const base = (file: string) => path.basename(file);

/** a list holding one object: what a nested block type set once reads as (removing it removes the block) */
const oneBlock = (v: unknown): boolean => Array.isArray(v) && v.length === 1 && typeof v[0] === 'object' && v[0] !== null && !Array.isArray(v[0]);

export class ModuleOverrides {
  /** `address|key` → the override blocks that set it, in the order applied (the last one's value is the value) */
  private readonly setters = new Map<string, OverrideBlock[]>();
  /** per resource overridden: its primary declaration and the names that declaration sets */
  private readonly primary = new Map<string, { tf: TfResource; keys: Set<string> }>();
  /** `file|address` of the resources an override file holds more than one block of (the fixer edits the first) */
  private readonly repeated = new Set<string>();

  /** Merge the blocks (read) into the resources of the other files (changed in place). */
  constructor(blocks: readonly OverrideBlock[], resources: readonly TfResource[]) {
    const byAddress = new Map(resources.map((t) => [t.address, t]));
    const sorted = [...blocks].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
    const seen = new Set<string>();
    for (const o of sorted) {
      const key = `${o.file}|${o.address}`;
      if (seen.has(key)) this.repeated.add(key);
      seen.add(key);
    }
    for (const o of sorted) {
      const tf = byAddress.get(o.address);
      if (!tf) continue;
      // (an attribute the provider computes, filled in as unknown, is not one the declaration sets)
      const computed = (k: string) => tf.values[k] === KNOWN_AFTER_APPLY && (COMPUTED[tf.type] ?? []).includes(k);
      if (!this.primary.has(o.address)) this.primary.set(o.address, { tf, keys: new Set(Object.keys(tf.values).filter((k) => !computed(k))) });
      // a block of a file that is not read (broken) leaves what it sets unknown, never the resource's old value
      for (const k of o.values ? Object.keys(o.values) : o.keys) {
        define(tf.values, k, o.values ? o.values[k] : UNKNOWN);
        const key = `${o.address}|${k}`;
        const list = this.setters.get(key);
        if (list) list.push(o);
        else this.setters.set(key, [o]);
      }
    }
    for (const { tf } of this.primary.values()) {
      const own = tf.ref.bind(tf);
      // a reference an override sets is the override's: its own recorder holds it
      tf.ref = (p, targetType) => {
        const last = this.setters.get(`${tf.address}|${String(p[0])}`)?.at(-1);
        if (!last) return own(p, targetType);
        const found = [...(last.rec?.refs.get(JSON.stringify([...tf.at, ...p])) ?? [])].filter((k) => k.startsWith(`|${targetType}.`));
        return found.length === 1 ? found[0] : undefined;
      };
    }
  }

  /** the override blocks that set the top-level name of a source path (`['resource', type, name, key, ...]`) */
  private settersOf(p: Path): OverrideBlock[] | undefined {
    return p[0] === 'resource' && p.length >= 4 ? this.setters.get(`${String(p[1])}.${String(p[2])}|${String(p[3])}`) : undefined;
  }

  /**
   * Give the documents their override answers, once the resources are mapped (the path redirects are made then):
   * each override file's document gets the redirects of the resources it overrides, each overridden resource's
   * document points the paths overrides set at them.
   */
  attach(mapped: readonly Resource[]): SourceDocument[] {
    this.trackReads(mapped);
    const primaryDocs = new Set<SourceDocument>();
    const overrideDocs = new Set<SourceDocument>();
    for (const list of this.setters.values()) {
      for (const o of list) {
        const { tf } = this.primary.get(o.address)!;
        primaryDocs.add(tf.doc);
        if (!o.doc || overrideDocs.has(o.doc)) continue;
        overrideDocs.add(o.doc);
      }
    }
    for (const d of overrideDocs) for (const p of primaryDocs) redirects(d).copyFrom(redirects(p));
    for (const doc of primaryDocs) this.attachPrimary(doc);
    for (const doc of overrideDocs) this.attachOverride(doc);
    return [...overrideDocs];
  }

  /**
   * The values of each overridden resource are read through accessors (read-origins.ts): a finding lists the place
   * of every value its rule read that is set in another file than the one it is shown in (the override file's, or
   * the overridden file's for a finding shown in the override file).
   */
  private trackReads(mapped: readonly Resource[]): void {
    for (const r of mapped) {
      const address = (r.meta?.terraform as { address?: string } | undefined)?.address;
      const primary = address ? this.primary.get(address) : undefined;
      if (!primary) continue;
      trackReads(r, (k) => {
        const at = [...r.path, k];
        const setter = this.setters.get(`${address}|${String(redirects(primary.tf.doc).resolve(at)[3] ?? k)}`)?.at(-1);
        // (a value of an override file that is not read is unknown: no place to name)
        if (setter) return setter.doc ? originIn(setter.doc, at) : undefined;
        return originIn(primary.tf.doc, at);
      });
    }
  }

  private attachPrimary(doc: SourceDocument): void {
    const resolve = (p: Path) => this.settersOf(redirects(doc).resolve(p));
    doc.documentOf = (p) => resolve(p)?.at(-1)?.doc;
    doc.replacedAt = (p) => {
      const r = redirects(doc).resolve(p);
      const last = this.settersOf(r)?.at(-1);
      const primary = this.primary.get(`${String(r[1])}.${String(r[2])}`);
      const attr = String(r[3]);
      if (!last?.doc || !primary?.keys.has(attr)) return undefined;
      const span = doc.locate(r.slice(0, 4), 'value');
      if (!span) return undefined;
      return { file: doc.file, ...spanToPosition(doc, span), message: `${primary.tf.address} sets ${attr} here too; ${base(last.file)} replaces it` };
    };
    const origin = doc.valueOrigin?.bind(doc);
    // a variable this file's value came from is not the value's: the override's is
    if (origin) doc.valueOrigin = (p) => (resolve(p) ? undefined : origin(p));
    const left = doc.fixLeft?.bind(doc);
    doc.fixLeft = (p, op) => {
      const list = resolve(p);
      if (!list) return left?.(p, op);
      const r = redirects(doc).resolve(p);
      return `${String(r[3])} is set again in ${base(list[list.length - 1].file)}, which Terraform merges over this file: change it there`;
    };
  }

  private attachOverride(doc: SourceDocument): void {
    const left = doc.fixLeft?.bind(doc);
    doc.fixLeft = (p, op) => {
      const r = redirects(doc).resolve(p);
      if (r[0] !== 'resource' || r.length < 4) return left?.(p, op);
      const attr = String(r[3]);
      const address = `${String(r[1])}.${String(r[2])}`;
      if (this.repeated.has(`${doc.file}|${address}`)) return `${base(doc.file)} holds more than one block of ${address}: change it by hand`;
      const list = this.settersOf(r) ?? [];
      const last = list[list.length - 1];
      const primary = this.primary.get(address);
      const elsewhere = last ? (last.doc === doc ? undefined : last.file) : primary?.keys.has(attr) ? primary.tf.doc.file : undefined;
      if (elsewhere) return `the fix also changes ${attr}, which ${base(elsewhere)} sets: change the two files by hand`;
      // removing (or renaming) what another file sets too brings that file's value back: the attribute itself, or the
      // one block of a nested block type (`default_organization[0]`); an edit inside the value (a list's item, a key
      // of a block) leaves the override setting it, so main.tf's value stays replaced
      const whole = r.length === 4 || (r.length === 5 && typeof r[4] === 'number' && oneBlock(primary?.tf.values[attr]));
      if (last && op !== 'set' && whole) {
        const before = list.length > 1 ? list[list.length - 2].file : primary?.keys.has(attr) ? primary.tf.doc.file : undefined;
        if (before) return `removing ${attr} from ${base(doc.file)} would bring back the value ${base(before)} sets`;
      }
      return left?.(p, op);
    };
  }
}
