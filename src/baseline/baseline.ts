import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../cli/io';
import type { Finding } from '../engine/finding';
import { findingKey, legacyFindingKey } from './finding-key';
import { readNamedFile } from '../sources/named-links';
import { loadJson } from '../sources/json/json-source';
import { lineColumn } from '../engine/positions';

/** the largest baseline read (a repository's every finding recorded stays far below it) */
const MAX_BASELINE_SIZE = 256 * 1024 * 1024;

/**
 * Version of the baseline file's layout: 2 keys list items by identity. Version 1 (orglint 0.1.0, list
 * positions) is still read and matched; `--update-baseline` writes version 2. Other versions are refused.
 */
export const BASELINE_VERSION = 2;
const READABLE_VERSIONS = [1, 2];

/**
 * Recorded findings: file → resource → rule → JSON path → how many. Files are relative to the baseline's
 * folder, so the baseline works from any working folder and in any checkout.
 */
export type BaselineEntries = Record<string, Record<string, Record<string, Record<string, number>>>>;

/** A baseline as read from disk. */
export interface Baseline {
  /** absolute path of the baseline file */
  file: string;
  entries: BaselineEntries;
}

/** A recorded key that matched fewer findings than its count. */
export interface StaleEntry {
  file: string;
  resource: string;
  ruleId: string;
  path: string;
  /** how many of the recorded findings are gone */
  count: number;
}

/** The baseline could not be read or written: orglint stops (exit 2). */
export class BaselineError extends UsageError {}

/** Read a baseline; a missing file is an empty baseline when `allowMissing` (for `--update-baseline`). */
export async function loadBaseline(file: string, allowMissing: boolean): Promise<Baseline> {
  if (!existsSync(file)) {
    if (allowMissing) return { file, entries: {} };
    throw new BaselineError(`baseline file not found: ${file} (create it with --update-baseline)`);
  }
  // (named on the command line: through a link only inside its repository, a FIFO or /dev/zero refused, never
  // read past a bound; named-links.ts. A pull request may turn the baseline into a link to a runner's file)
  const read = readNamedFile(file, MAX_BASELINE_SIZE);
  if (!read.ok) throw new BaselineError(`baseline ${file}: ${read.message.replace(/To lint what it leads to, name that: orglint (.*)$/s, 'To use it, name that: orglint --baseline $1')}`);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    // (JSON.parse's message quotes the text where it failed: the position, and orglint's own words, instead)
    const doc = loadJson(file, read.text, read.bom);
    const problem = doc.problems[0];
    const at = problem ? lineColumn(doc, problem.span.start) : undefined;
    throw new BaselineError(`baseline ${file}${at ? `:${at.line}:${at.column}` : ''}: ${problem?.message ?? 'invalid JSON'}`);
  }
  const d = data as { version?: unknown; files?: unknown };
  if (typeof d !== 'object' || d === null || !READABLE_VERSIONS.includes(d.version as number) || !isRecord(d.files)) {
    throw new BaselineError(`baseline ${file}: expected {"version": ${BASELINE_VERSION}, "files": {...}} as written by --update-baseline`);
  }
  for (const [f, resources] of Object.entries(d.files)) {
    const ok = isRecord(resources) && Object.values(resources).every((rules) =>
      isRecord(rules) && Object.values(rules).every((paths) =>
        isRecord(paths) && Object.values(paths).every((n) => Number.isInteger(n) && (n as number) > 0)));
    if (!ok) throw new BaselineError(`baseline ${file}: the entry for ${JSON.stringify(f)} must map resource → rule → path → a positive count`);
  }
  return { file, entries: d.files as BaselineEntries };
}

/** A finding's file as the baseline names it: relative to the baseline's folder, with `/`. */
export function baselineFileName(file: string, baselineFile: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  return path.relative(path.dirname(baselineFile), file).split(path.sep).join('/');
}

/**
 * Hide the findings the baseline records (per key, at most as many as its count, in file order) and find the
 * entries that no longer match. Only files linted in this run (or gone from disk) can have stale entries: a
 * pre-commit run that names one file says nothing about the others.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  lintedFiles: readonly string[],
): { kept: Finding[]; hidden: Finding[]; stale: StaleEntry[] } {
  const used = new Map<string, number>();
  const kept: Finding[] = [];
  const hidden: Finding[] = [];
  const reason = `recorded in the baseline ${path.basename(baseline.file)}`;
  // an entry takes at most its count of findings: by the identity key, or by the list-position key of 0.1.0
  const take = (name: string, k: { resource: string; ruleId: string; path: string }) => {
    const allowed = own(own(own(own(baseline.entries, name), k.resource), k.ruleId), k.path) ?? 0;
    const id = JSON.stringify([name, k.resource, k.ruleId, k.path]);
    const n = used.get(id) ?? 0;
    if (n >= allowed) return false;
    used.set(id, n + 1);
    return true;
  };
  for (const f of findings) {
    const name = baselineFileName(f.file, baseline.file);
    const k = findingKey(f);
    const legacy = legacyFindingKey(f);
    if (take(name, k) || (legacy.path !== k.path && take(name, legacy))) hidden.push({ ...f, suppression: { kind: 'baseline', reason } });
    else kept.push(f);
  }
  const linted = new Set(lintedFiles.map((f) => baselineFileName(f, baseline.file)));
  const stale: StaleEntry[] = [];
  for (const [file, resources] of Object.entries(baseline.entries)) {
    if (!linted.has(file) && existsOnDisk(file, baseline.file)) continue;
    for (const [resource, rules] of Object.entries(resources)) {
      for (const [ruleId, paths] of Object.entries(rules)) {
        for (const [p, count] of Object.entries(paths)) {
          const gone = count - (used.get(JSON.stringify([file, resource, ruleId, p])) ?? 0);
          if (gone > 0) stale.push({ file, resource, ruleId, path: p, count: gone });
        }
      }
    }
  }
  return { kept, hidden, stale };
}

/**
 * The baseline text recording `findings`: entries of files linted in this run (or gone from disk) are replaced
 * by what was found now, the others are kept. Keys are sorted, so the file diffs well.
 */
export function updatedBaseline(findings: readonly Finding[], previous: Baseline, lintedFiles: readonly string[]): string {
  const linted = new Set(lintedFiles.map((f) => baselineFileName(f, previous.file)));
  const entries: BaselineEntries = Object.create(null);
  for (const [file, resources] of Object.entries(previous.entries)) {
    if (!linted.has(file) && existsOnDisk(file, previous.file)) entries[file] = resources;
  }
  // a finding on a file the run did not lint (a named prompts.json shows the findings it causes on every client,
  // run-rules.ts): its key's count is this run's, not added to the recorded one; the file's other entries stay
  const recounted = new Set<string>();
  for (const f of findings) {
    const name = baselineFileName(f.file, previous.file);
    const k = findingKey(f);
    const paths = child(child(child(entries, name), k.resource), k.ruleId);
    if (!linted.has(name)) {
      const id = JSON.stringify([name, k.resource, k.ruleId, k.path]);
      if (!recounted.has(id)) {
        recounted.add(id);
        paths[k.path] = 0;
      }
    }
    paths[k.path] = (own(paths, k.path) ?? 0) + 1;
  }
  return JSON.stringify({ version: BASELINE_VERSION, files: sortKeys(entries) }, null, 2) + '\n';
}

/** How many findings a baseline text records. */
export function countEntries(entries: BaselineEntries): number {
  let n = 0;
  for (const resources of Object.values(entries)) {
    for (const rules of Object.values(resources)) for (const paths of Object.values(rules)) for (const c of Object.values(paths)) n += c;
  }
  return n;
}

/** `tenant.yaml: client Acme › organization-usage-enum › /organization_usage (2)` */
export function describeStale(s: StaleEntry): string {
  const parts = [s.resource || '(file)', s.ruleId, s.path || '/'];
  return `${s.file}: ${parts.join(' › ')}${s.count > 1 ? ` (${s.count})` : ''}`;
}

function existsOnDisk(name: string, baselineFile: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) return true;
  return existsSync(path.resolve(path.dirname(baselineFile), name));
}

/** `obj[key]` when it is the object's own (never `__proto__` from a hostile name) */
function own<T>(obj: Record<string, T> | undefined, key: string): T | undefined {
  return obj && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** `obj[key]`, created as an empty prototype-less object when missing */
function child<T>(obj: Record<string, Record<string, T>>, key: string): Record<string, T> {
  if (!Object.hasOwn(obj, key)) obj[key] = Object.create(null);
  return obj[key];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sortKeys<T>(v: T): T {
  if (!isRecord(v)) return v;
  const out: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
  return out as T;
}
