import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../config/load-config';
import type { Finding } from '../engine/finding';
import type { LintResult } from '../engine/lint';
import { modelTenant } from '../login-model/model';
import { tenantContext } from '../login-model/tenant-context';
import type { TenantModel } from '../login-model/types';
import type { AnyRule } from '../rule-api/define-rule';
import type { Tenant } from '../rule-api/resource';
import type { SourceDocument } from '../sources/document';
import type { SeverityOrOff } from '../rule-api/types';
import { reportLinks, type ReportLinks } from './links';
import { REPORT_APPLICATIONS, type TenantReport } from './tenant-report';

/** What a reviewer signing a report needs to know about the run, for the HTML and Markdown reports. */
export interface ReportContext {
  /** the commit linted: GITHUB_SHA, else `git rev-parse HEAD` of the working folder */
  commit?: string;
  /** `https://github.com/OWNER/REPO` from GITHUB_SERVER_URL and GITHUB_REPOSITORY */
  repository?: string;
  /** where findings link to (files at the commit), from --link-base or the GitHub env; none otherwise */
  links?: ReportLinks;
  /** the config file (absolute), when one was used */
  configFile?: string;
  /** rules switched off, and where: `id` (everywhere) or `id (in GLOBS)` */
  rulesOff: string[];
  /** each tenant read, with its findings */
  tenants: TenantSummary[];
  /** the login model of the tenants' first `REPORT_APPLICATIONS` applications (a report is for reading) */
  flows: TenantModel[];
  /** applications left out of `flows` */
  flowsOmitted: number;
}

export { REPORT_APPLICATIONS, type TenantReport };

export interface TenantSummary {
  id: string;
  clients: number;
  errors: number;
  warnings: number;
  infos: number;
}

function commitOf(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_SHA && /^[0-9a-f]{7,64}$/i.test(env.GITHUB_SHA)) return env.GITHUB_SHA;
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, timeout: 5_000, stdio: ['ignore', 'pipe', 'ignore'], env: { ...env, GIT_TERMINAL_PROMPT: '0' } }).toString().trim();
    return /^[0-9a-f]{40,64}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

function repositoryOf(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL ?? '';
  const repo = env.GITHUB_REPOSITORY ?? '';
  if (!/^https:\/\/[\w.-]+(:\d+)?$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
  return `${server}/${repo}`;
}

/**
 * The tenant a file belongs to: the first of `ids` that is the file, or a folder it is in. Each file is looked up
 * once, by its own path and the folders above it (a search of every tenant for each finding cost 40 ms on 100
 * tenants and 5,300 findings).
 */
export function tenantFinder(ids: readonly string[]): (file: string) => string | undefined {
  const order = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!order.has(id)) order.set(id, i);
  });
  const found = new Map<string, string | undefined>();
  return (file) => {
    if (found.has(file)) return found.get(file);
    // (`id + sep` starts the file exactly when the file holds a separator right after a prefix that is `id`)
    let best = order.get(file) ?? Infinity;
    for (let at = file.indexOf(path.sep); at !== -1; at = file.indexOf(path.sep, at + 1)) {
      const i = order.get(file.slice(0, at));
      if (i !== undefined && i < best) best = i;
    }
    const id = best === Infinity ? undefined : ids[best];
    found.set(file, id);
    return id;
  };
}

/** One tenant's part of the report, with the login model of its first `limit` applications (none: no model). */
export function tenantReport(tenant: Tenant, docs: ReadonlyMap<string, SourceDocument>, limit?: number): TenantReport {
  const out: TenantReport = { id: tenant.id, clients: tenant.clients.length };
  if (limit !== undefined) {
    const ctx = tenantContext(tenant, docs);
    // an application's model depends on the tenant around it, never on the other applications: a prefix of the
    // list models as the same prefix of the whole
    out.model = modelTenant(ctx.clients.length > limit ? { ...ctx, clients: ctx.clients.slice(0, limit) } : ctx, { positions: false });
  }
  return out;
}

/** What the run read, for the report: the tenants' parts (with models), or the tenants and documents themselves. */
export type ReportSource = { tenantReports: readonly TenantReport[] } | Pick<LintResult, 'tenants' | 'docs'>;

export function reportContext(
  result: ReportSource,
  findings: readonly Finding[],
  opts: { cwd: string; config: Config; rules: readonly AnyRule[]; cliRules?: Record<string, SeverityOrOff>; env: NodeJS.ProcessEnv; linkBase?: string },
): ReportContext {
  const off = new Set<string>();
  for (const r of opts.rules) {
    const sev = opts.cliRules?.[r.id] ?? opts.config.rules[r.id]?.severity ?? r.meta.severity;
    if (sev === 'off') off.add(r.id);
  }
  const rulesOff = [...off].sort();
  for (const o of opts.config.overrides) {
    for (const [id, s] of Object.entries(o.rules)) if (s.severity === 'off' && !off.has(id)) rulesOff.push(`${id} (in ${o.files.join(', ')})`);
  }
  const pieces = 'tenantReports' in result && result.tenantReports.every((t) => t.model) ? result.tenantReports : tenantReports(result as Pick<LintResult, 'tenants' | 'docs'>);
  const ids = pieces.map((t) => t.id);
  const counts = new Map(ids.map((id) => [id, { errors: 0, warnings: 0, infos: 0 }]));
  const tenantOf = tenantFinder(ids);
  for (const f of findings) {
    const c = counts.get(tenantOf(f.file) ?? '');
    if (!c) continue;
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return {
    commit: commitOf(opts.cwd, opts.env),
    repository: repositoryOf(opts.env),
    links: reportLinks(opts.cwd, opts.env, opts.linkBase),
    configFile: opts.config.file,
    rulesOff,
    tenants: pieces.map((t) => ({ id: t.id, clients: t.clients, ...counts.get(t.id)! })),
    ...flowsOf(pieces),
  };
}

/** The tenants' parts from the tenants and documents (the API keeps them), each modelled up to the room left. */
function tenantReports(result: Pick<LintResult, 'tenants' | 'docs'>): TenantReport[] {
  let room = REPORT_APPLICATIONS;
  return result.tenants.map((t) => {
    const piece = tenantReport(t, result.docs, room);
    room -= Math.min(room, t.clients.length);
    return piece;
  });
}

/** The first `REPORT_APPLICATIONS` applications of the tenants, in order; the rest are counted. */
function flowsOf(pieces: readonly TenantReport[]): { flows: TenantModel[]; flowsOmitted: number } {
  let room = REPORT_APPLICATIONS;
  let omitted = 0;
  const flows: TenantModel[] = [];
  for (const t of pieces) {
    const keep = Math.min(room, t.clients);
    omitted += t.clients - keep;
    room -= keep;
    const model = t.model!;
    flows.push(model.applications.length > keep ? { ...model, applications: model.applications.slice(0, keep) } : model);
  }
  return { flows, flowsOmitted: omitted };
}
