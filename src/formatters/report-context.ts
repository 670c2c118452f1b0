import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../config/load-config';
import type { Finding } from '../engine/finding';
import type { LintResult } from '../engine/lint';
import { modelTenant } from '../login-model/model';
import { tenantContext } from '../login-model/tenant-context';
import type { TenantModel } from '../login-model/types';
import type { AnyRule } from '../rule-api/define-rule';
import type { SeverityOrOff } from '../rule-api/types';
import { reportLinks, type ReportLinks } from './links';

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

/** the most applications a report models and shows; `orglint flows` has them all */
export const REPORT_APPLICATIONS = 1000;

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

/** The tenant a finding belongs to: its file is the tenant's file, or inside the tenant's folder. */
function tenantOf(f: Finding, ids: readonly string[]): string | undefined {
  return ids.find((id) => f.file === id || f.file.startsWith(id + path.sep));
}

export function reportContext(
  result: Pick<LintResult, 'tenants' | 'docs'>,
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
  const ids = result.tenants.map((t) => t.id);
  const counts = new Map(ids.map((id) => [id, { errors: 0, warnings: 0, infos: 0 }]));
  for (const f of findings) {
    const c = counts.get(tenantOf(f, ids) ?? '');
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
    tenants: result.tenants.map((t) => ({ id: t.id, clients: t.clients.length, ...counts.get(t.id)! })),
    ...flowsOf(result),
  };
}

function flowsOf(result: Pick<LintResult, 'tenants' | 'docs'>): { flows: TenantModel[]; flowsOmitted: number } {
  let room = REPORT_APPLICATIONS;
  let omitted = 0;
  const flows: TenantModel[] = [];
  for (const t of result.tenants) {
    const ctx = tenantContext(t, result.docs);
    const keep = Math.min(room, ctx.clients.length);
    omitted += ctx.clients.length - keep;
    room -= keep;
    flows.push(modelTenant({ ...ctx, clients: ctx.clients.slice(0, keep) }, { positions: false }));
  }
  return { flows, flowsOmitted: omitted };
}
