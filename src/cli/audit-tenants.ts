import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { summarize, type Finding } from '../engine/finding';
import type { RuleSettings } from '../engine/settings';
import { writeFileAtomic } from '../fix/run-fixes';
import type { TenantStatus } from '../formatters/tenants';
import { auditSnapshot } from '../live/audit';
import { snapshotText } from '../live/live-model';
import { readTenants } from '../live/read-tenants';
import type { AnyRule } from '../rule-api/define-rule';
import type { SkippedRule } from '../rule-api/tenant-model';
import { version } from '../../package.json';
import { UsageError, type CliIO } from './io';
import { writeOutputs, type OutputSpec } from './outputs';

/** What `orglint audit --live` has parsed when it is given several `--domain`. */
export interface SeveralOptions {
  v: Record<string, unknown>;
  outputs: OutputSpec[];
  workers: number;
  maxWarnings: number;
  rules: readonly AnyRule[];
  settings: RuleSettings;
  color: boolean;
}

/** `host:port` as a file name: `127.0.0.1_8080.json`. */
function snapshotName(host: string): string {
  return `${host.replace(/[^A-Za-z0-9.-]/g, '_')}.json`;
}

/** One entry a rule and reason, with every tenant it happened in (in the order the tenants were given). */
function mergeSkips(lists: readonly SkippedRule[][]): SkippedRule[] {
  const merged = new Map<string, SkippedRule>();
  for (const list of lists) {
    for (const s of list) {
      const key = `${s.ruleId}\u0000${s.reason}`;
      const seen = merged.get(key);
      if (!seen) merged.set(key, { ...s, tenants: [...s.tenants] });
      else for (const t of s.tenants) if (!seen.tenants.includes(t)) seen.tenants.push(t);
    }
  }
  return [...merged.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

/**
 * `orglint audit --live --domain A --domain B …`: read the tenants at once (each with its own credentials, token
 * and pacing), audit each, and report them together, one tenant after another in the order given. A tenant that
 * could not be read is reported as not audited in every format, and the run exits 2: the others are still audited.
 */
export async function auditSeveral(io: CliIO, domains: string[], o: SeveralOptions): Promise<number> {
  const { v } = o;
  const reads = await readTenants(io, domains, { maxRps: v['max-rps'] as string | undefined, debug: Boolean(v.debug), concurrency: o.workers });
  for (const r of reads) if (r.failure) io.stderr(`orglint: ${r.host}: not audited: ${r.failure}\n`);
  if (typeof v.snapshot === 'string') {
    // several tenants: --snapshot names a folder, with one dump a tenant in it
    const dir = path.resolve(io.cwd, v.snapshot);
    for (const r of reads) {
      if (!r.snapshot) continue;
      const shown = path.join(v.snapshot, snapshotName(r.host));
      await mkdir(dir, { recursive: true })
        .then(() => writeFileAtomic(path.join(dir, snapshotName(r.host)), snapshotText(r.snapshot!)))
        .catch((err: Error) => {
          throw new UsageError(`cannot write ${shown}: ${err.message}`);
        });
      io.stderr(`orglint: wrote ${shown} (${r.snapshot.clients.length} clients): lint it offline with orglint ${shown}\n`);
    }
  }
  const findings: Finding[] = [];
  const shown: Finding[] = [];
  const skips: SkippedRule[][] = [];
  const tenants: TenantStatus[] = [];
  let files = 0;
  let clients = 0;
  for (const r of reads) {
    if (!r.snapshot) {
      tenants.push({ tenant: r.origin, audited: false, clients: 0, errors: 0, warnings: 0, infos: 0, reason: r.failure });
      continue;
    }
    const result = auditSnapshot(r.snapshot, o.rules, o.settings);
    // each tenant's findings together (sorted within it), tenants in the order given
    findings.push(...result.findings);
    shown.push(...(v.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings));
    skips.push(result.skippedRules);
    files += result.summary.files;
    clients += result.summary.clients;
    const s = result.summary;
    tenants.push({ tenant: r.origin, audited: true, clients: s.clients, errors: s.errors, warnings: s.warnings, infos: s.infos });
  }
  const all = summarize(findings, files, clients);
  await writeOutputs(
    o.outputs,
    { findings: shown, summary: all, rules: o.rules, cwd: io.cwd, toolVersion: version, notes: { skippedRules: mergeSkips(skips), tenants, ...(v.quiet ? { quietHidden: { warnings: all.warnings, infos: all.infos } } : {}) } },
    io,
    o.color,
  );
  const failed = tenants.filter((t) => !t.audited);
  if (failed.length) {
    io.stderr(`orglint: ${failed.length} of ${tenants.length} tenants not audited (${failed.map((t) => t.tenant).join(', ')}): nothing was checked there\n`);
    return 2;
  }
  if (all.errors > 0) return 1;
  if (o.maxWarnings >= 0 && all.warnings > o.maxWarnings) {
    io.stderr(`orglint: ${all.warnings} warnings, more than --max-warnings ${o.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
