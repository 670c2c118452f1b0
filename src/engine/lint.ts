import { readdirSync, statSync } from 'node:fs';
import { boundTarget, linkTarget } from '../sources/named-links';
import path from 'node:path';
import type { Config } from '../config/load-config';
import type { AnyRule } from '../rule-api/define-rule';
import type { Resource, Tenant } from '../rule-api/resource';
import type { SeverityOrOff } from '../rule-api/types';
import type { SourceDocument } from '../sources/document';
import { directoryFiles, directoryTenantRoot } from '../sources/deploy-cli/deploy-cli';
import { dropStrayNonObjects } from './stray-non-objects';
import { clientsDecided } from './clients-decided';
import type { DeployCliExclusions } from '../sources/deploy-cli/deploy-cli-config';
import type { Contribution } from '../sources/source-kind';
import { loadFileNow, type LoadedFile, type LoadOptions } from '../sources/load';
import { loadAll } from './map-limit';
import { guardFolders, sendableFolders } from './folder-guard';
import { payloadFileMatcher } from '../sources/payload/payload';
import { decode, formatSize, type ReadResult } from '../sources/read-file';
import { brokenModuleFiles, isOverride, moduleFilesNotRead, moduleResources } from '../sources/terraform/module-files';
import { isModuleConfigName, isModuleFileName } from '../sources/terraform/module-file-names';
import { leaveUnhandedFixes } from './unhanded-fixes';
import { expandPaths, folderAndName, folderOf, lastSeparator, listFolder, type FolderListings, type PathArg, type TargetFile } from './files';
import { globMatcher } from './glob';
import { compareFindings, summarize, type Finding, type Summary } from './finding';
import { addSecretsOf, secretsOf, spanToPosition } from './positions';
import { maskKnown } from './redact';
import { keepAll, runRules, SkipLog } from './run-rules';
import { mergedIntoLinted } from './override-kept';
import { assembleTenant } from './tenant-assembly';
import type { SkippedRule } from '../rule-api/tenant-model';
import { BUILTIN_RULES, RuleSettings } from './settings';
import { applyDirectives, DIRECTIVE_WITHOUT_REASON } from './suppressions';
import { unmatchedArgs, type Unmatched } from './unmatched';
import { detachFindings, HTML_AROUND } from './detach';
import { flatData, flatString, StringTable } from './flat-string';
import { groupTargets } from './tenant-groups';
import { mayThread, planGroups, threadsFor, threadsToStart, workerEntry } from './threads';
import type { LintPool } from './worker-pool';
import type { WorkerConfigSource, WorkerSettings } from './worker-protocol';
import { REPORT_APPLICATIONS, type TenantReport } from '../formatters/tenant-report';
import { tenantResources } from '../formatters/checked-resources';
import type { CheckedResource } from '../formatters/checked-resource';
import type { GroupOutcome, LoadOutcome } from './group-outcome';

export type { Unmatched };

export interface LintRequest {
  cwd: string;
  paths: readonly string[];
  config: Config;
  rules: readonly AnyRule[];
  /** `--rule id=severity` from the command line */
  cliRules?: Record<string, SeverityOrOff>;
  debug?: (message: string) => void;
  /** file texts to lint instead of what is on disk (used while fixing) */
  overlay?: ReadonlyMap<string, { text: string; bom: boolean }>;
  /**
   * `--stdin --stdin-filename NAME`: lint these bytes as the file `file` (absolute; it need not exist), instead of
   * `paths`. The rest of its directory export, if any, is read from disk as for a named file.
   */
  stdin?: { file: string; bytes: Uint8Array };
  /** false for `--no-inline-config`: every orglint-disable comment is ignored */
  inlineConfig?: boolean;
  /** `--var-file` files for Terraform modules (absolute) */
  varFiles?: readonly string[];
  /**
   * let each tenant's documents go once its findings are made: `docs` and `tenants` come back empty, and findings
   * keep only what the outputs show (detach.ts). The CLI's lint does; fixes, flows, the LSP and the API keep them.
   */
  release?: boolean;
  /** make each tenant's login model for the HTML and Markdown reports (`tenantReports[].model`) */
  reportModels?: boolean;
  /** with `release`: keep the lines either side of each finding too, which the HTML report quotes */
  quoteContext?: boolean;
  /**
   * false: no output of the run lists the checked resources (JUnit and HTML do), so `resources` comes back empty
   * and none is made (a directory export's 10,000 clients are 10,000 objects kept for the run). Default true.
   */
  listResources?: boolean;
  /**
   * called on this thread after each group of tenants it lints (the CLI checks its V8 heap settings there:
   * cli/v8-tuning.ts)
   */
  betweenGroups?: () => void;
  /**
   * `--threads`: lint groups of tenants on worker threads (threads.ts decides for `auto`), which read the config
   * again from `source`; needs `release` (what comes back is plain data). None without it.
   */
  workers?: { threads: number | 'auto'; source: WorkerConfigSource };
}

export interface LintResult {
  /** sorted, suppressions applied */
  findings: Finding[];
  /** findings an orglint-disable comment hid, each with its `suppression` */
  suppressed: Finding[];
  /** paths and globs of the command line that gave nothing to lint */
  unmatched: Unmatched[];
  summary: Summary;
  /** the files linted (absolute), in order */
  files: string[];
  /** parsed documents of the linted files, by absolute path (empty when the request said `release`) */
  docs: Map<string, SourceDocument>;
  /** the tenants read (empty when the request said `release`) */
  tenants: Tenant[];
  /** rules that did not run on some tenant, or could not decide, because an input was unknown; with the reason */
  skippedRules: SkippedRule[];
  /** per tenant, in `tenants` order: what the reports show of it (its login model with `reportModels`) */
  tenantReports: TenantReport[];
  /** every resource of the linted files, for JUnit and the HTML report (see checked-resources.ts) */
  resources: CheckedResource[];
  /** every value the linted documents hold as a secret, longest first: the outputs mask them */
  secrets: string[];
}

export type { GroupOutcome, LoadOutcome };

/**
 * Lint files and folders: the whole pipeline from paths to sorted findings. The targets are linted a group of
 * tenants at a time (tenant-groups.ts: a directory export, a module folder, a file), each group read with the
 * siblings its rules need; with `release`, a group's documents are let go as soon as its findings are made and
 * masked and its report pieces taken, so memory grows with the largest tenant, not with the run.
 */
export async function lintPaths(req: LintRequest): Promise<LintResult> {
  // fixes (an overlay) and standard input stay on the main thread
  const threaded = req.workers && req.release && !req.stdin && !req.overlay ? req.workers : undefined;
  // `--threads N`, or named files large enough: the workers start before the walk, and boot meanwhile
  const pool: { current?: LintPool } = {};
  if (threaded) pool.current = await startWorkers(req, threadsToStart(threaded.threads, req.cwd, req.paths));
  try {
    return await lintOnThreads(req, threaded?.threads, pool);
  } finally {
    await pool.current?.close();
  }
}

async function lintOnThreads(req: LintRequest, setting: number | 'auto' | undefined, pool: { current?: LintPool }): Promise<LintResult> {
  const { config, debug } = req;
  const { targets, args, listings } = req.stdin
    ? { ...stdinTarget(req.stdin.file, config, debug), listings: undefined }
    : await expandPaths(req.cwd, req.paths, config.ignore, config.baseDir, (f, why) => debug?.(`skipped ${f}: ${why}`), req.overlay);
  const rankOf = new Map<string, number>();
  targets.forEach((t, i) => rankOf.set(t.file, i));
  const groups = groupTargets(targets);
  const plan = setting !== undefined && mayThread(setting, groups) ? planGroups(groups) : undefined;
  const threads = plan ? threadsFor(setting!, groups, plan) : 1;
  if (plan && threads > 1) {
    // (under auto the walk decided: the workers start now)
    pool.current ??= await startWorkers(req, threads);
    pool.current?.grow(threads - 1);
  }
  if (plan && threads > 1 && pool.current) {
    debug?.(`linting ${groups.length} groups of files on ${threads} threads (${threads - 1} worker${threads === 2 ? "" : "s"})`);
    // each group models up to the report's whole room; the merge keeps the first ones (report-context.ts)
    const limit = req.reportModels ? REPORT_APPLICATIONS : undefined;
    const shared = { ...(await groupShared(req, rankOf)), listings };
    const local = async (group: readonly TargetFile[], groupDebug: ((m: string) => void) | undefined) => {
      const g = await lintGroup({ ...req, debug: groupDebug }, group, shared, limit);
      req.betweenGroups?.();
      return g;
    };
    return mergeGroups(req, await pool.current.run(groups, rankOf, plan.order, threads, limit, local, debug, sendableFolders(listings)), args);
  }
  // too small a run for the workers started: they are ended now, not after it
  void pool.current?.close();
  const shared = { ...(await groupShared(req, rankOf)), listings };
  const outcomes: GroupOutcome[] = [];
  let room = REPORT_APPLICATIONS;
  for (const group of groups) {
    const g = await lintGroup(req, group, shared, req.reportModels ? room : undefined);
    for (const t of g.tenants) room -= Math.min(room, t.report.clients);
    outcomes.push(g);
    req.betweenGroups?.();
  }
  return mergeGroups(req, outcomes, args);
}

/** A pool of `threads - 1` worker threads (threads.ts), started now; undefined for one thread, or when run from the sources. */
async function startWorkers(req: LintRequest, threads: number): Promise<LintPool | undefined> {
  const entry = threads > 1 ? workerEntry() : undefined;
  if (!entry) return undefined;
  const { LintPool } = await import('./worker-pool');
  const settings: WorkerSettings = {
    source: req.workers!.source,
    cliRules: req.cliRules ?? {},
    inlineConfig: req.inlineConfig,
    varFiles: req.varFiles,
    release: req.release ?? false,
    reportModels: req.reportModels ?? false,
    quoteContext: req.quoteContext ?? false,
    listResources: req.listResources ?? true,
    debug: req.debug !== undefined,
  };
  return new LintPool(entry, settings, threads - 1);
}

/**
 * Lint one group of targets (all the files of its tenants), with the siblings its rules need. `modelLimit`: model
 * that many applications for the reports (undefined: none).
 */
export async function lintGroup(req: LintRequest, group: readonly TargetFile[], shared: GroupShared, modelLimit: number | undefined): Promise<GroupOutcome> {
  const { config, debug } = req;
  const { settings, rankOf, loadOpts } = shared;
  const named = { ...loadOpts, explicit: true };
  const walked = { ...loadOpts, explicit: false };
  const linked = { ...walked, throughLink: true };
  const loaded = await loadAll(group, (t) => loadFileNow(t.file, t.explicit ? named : t.linked ? linked : walked));
  const targetFiles = new Set<string>();
  // (index loops over a group's files and findings: lintGroup runs once a tenant, too few times to be optimised,
  // and an unoptimised for…of makes an iterator result for each of a directory export's files)
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === 'skipped') debug?.(`skipped ${l.file}: ${l.reason}`);
    else targetFiles.add(l.file);
  }
  await lintModulesOfNamedContext(loaded, group, targetFiles, walked, config);
  let context = await loadDirectorySiblings(loaded, targetFiles, loadOpts, shared.listings);
  dropStrayNonObjects(loaded, context, targetFiles);
  // a file of a linted Terraform module that does not parse or cannot be read (variables.tf, a .tfvars) left
  // values unknown: it is reported as part of the module, as if it had been named
  context = reportBrokenModuleFiles(loaded, context, targetFiles, config);
  if (debug) for (const n of moduleFilesNotRead(loaded, context)) debug(`skipped ${n.file}: ${n.why}`);
  guardFolders([loaded, context], shared.listings);
  const tenants = assembleTenants(context.length ? [...loaded, ...context] : loaded, config.exclusions);
  const findings: Finding[] = [];
  // (a file that parsed has none: nearly every one)
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === 'failed' || (l.status === 'loaded' && l.doc.problems.length)) for (const f of fileProblems(l)) findings.push(f);
  }
  // without context files every resource is one of the targets: no need to ask for each rule and resource
  // (and a resource of a file left out whose values a linted override file sets: judged as Terraform merges it, its
  // findings shown only in the linted files, override-kept.ts)
  const merged = context.length === 0 ? undefined : mergedIntoLinted(tenants, targetFiles);
  const keep = !merged ? keepAll : merged.size === 0 ? (r: Resource) => targetFiles.has(r.doc.file) : (r: Resource) => targetFiles.has(r.doc.file) || merged.has(r);
  // one by one: spreading a million findings into push overflows the call stack
  const skips = new SkipLog();
  const ignored = context.length && config.ignore.length ? globMatcher(config.ignore) : undefined;
  const reportable = ignored ? (r: Resource) => !ignored(path.relative(config.baseDir, r.doc.file).split(path.sep).join('/')) : keepAll;
  const shown = merged?.size ? (f: Finding) => !merged.has(f.source!) || targetFiles.has(f.file) : undefined;
  const made = runRules(tenants, req.rules, settings, keep, skips, reportable, shown);
  leaveUnhandedFixes(made, group, loaded, targetFiles);
  for (let i = 0; i < made.length; i++) findings.push(made[i]);
  // a message may quote a value: none of the document's secrets
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f.doc) continue;
    const secrets = secretsOf(f.doc);
    if (secrets.length) f.message = maskKnown(f.message, secrets);
  }
  const docs = new Map<string, SourceDocument>();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === 'loaded') docs.set(l.file, l.doc);
  }
  const suppressed: Finding[] = [];
  const final = finalize(findings, docs, req.rules, settings, { inlineConfig: req.inlineConfig, requireReason: config.requireDirectiveReason, suppressed });
  const clients = tenants.reduce((n, t) => n + (context.length === 0 ? t.clients.length : clientsDecided(t, req.rules, settings, keep, reportable)), 0);
  // every document's secrets (the outputs mask them all), each document searched once: those with findings kept
  // their list above, the others are searched straight into the group's set
  const secrets = new Set<string>();
  for (const d of docs.values()) addSecretsOf(d, secrets);
  // a named prompts.json or tenant.json shows the findings it causes on the export's other files (run-rules.ts):
  // those files' secrets are masked as the linted files' are
  if (context.length) for (const f of final) if (f.doc && !docs.has(f.doc.file)) addSecretsOf(f.doc, secrets);
  let limit = modelLimit;
  const pieces = tenants.map((t) => {
    const report = shared.tenantReport ? shared.tenantReport(t, docs, limit) : { id: t.id, clients: t.clients.length };
    if (limit !== undefined) limit -= Math.min(limit, t.clients.length);
    return { rank: tenantRank(t.id, loaded, rankOf), report, resources: req.listResources === false ? NO_RESOURCES : tenantResources(t, targetFiles) };
  });
  const outcome: GroupOutcome = {
    findings: final,
    suppressed,
    tenants: pieces,
    clients,
    skipped: skips.list(),
    // (a named variables.tf or terraform.tfvars is linted as part of its module: targetFiles holds it)
    outcomes: loaded.map((l) => (l.status !== 'skipped' ? { file: l.file, status: l.status } : targetFiles.has(l.file) ? { file: l.file, status: 'loaded' } : { file: l.file, status: 'skipped', reason: l.reason, code: l.code })),
    // (kept for the whole run: copies, not views into the files' texts, see flat-string.ts)
    secrets: Array.from(secrets, flatString),
  };
  if (req.release) {
    const around = req.quoteContext ? HTML_AROUND : 0;
    detachFindings(final, around, shared.strings);
    detachFindings(suppressed, around, shared.strings);
    // a login model quotes names and values the parser cut out of the texts: copies of its own (flat-string.ts)
    for (const t of pieces) if (t.report.model) t.report.model = flatData(t.report.model);
  } else {
    outcome.docs = docs;
    outcome.tenantsRead = tenants;
  }
  return outcome;
}

const NO_RESOURCES: CheckedResource[] = [];

/** What every group of a run shares: the rule settings, the targets' order, how files are read. */
export interface GroupShared {
  settings: RuleSettings;
  /** each target's index among all the run's targets */
  rankOf: ReadonlyMap<string, number>;
  loadOpts: Omit<LoadOptions, 'explicit'>;
  /** with `reportModels`: the login model's maker (loaded only then) */
  tenantReport?: typeof import('../formatters/report-context').tenantReport;
  /** the folders the walk listed (main thread only): siblings are found from them, not listed again */
  listings?: FolderListings;
  /** one copy of each quoted line the released findings keep (flat-string.ts) */
  strings: StringTable;
}

export async function groupShared(req: LintRequest, rankOf: ReadonlyMap<string, number>): Promise<GroupShared> {
  const { config } = req;
  const isPayloadFile = payloadFileMatcher(config.payloads, config.baseDir);
  const overlay = req.stdin ? new Map([[req.stdin.file, stdinRead(req.stdin.bytes, config.maxFileSize)]]) : req.overlay;
  const loadOpts = { keywords: config.keywords, maxFileSize: config.maxFileSize, overlay, isPayloadFile, varFiles: req.varFiles };
  const tenantReport = req.reportModels ? (await import('../formatters/report-context')).tenantReport : undefined;
  return { settings: new RuleSettings(config, req.rules, req.cliRules), rankOf, loadOpts, tenantReport, strings: new StringTable() };
}

/** Where a tenant came in the whole-run order: at its first linted file; a tenant of context files only, after all. */
function tenantRank(id: string, loaded: readonly LoadedFile[], rankOf: ReadonlyMap<string, number>): number {
  for (const l of loaded) if (l.status === 'loaded' && l.contribution.tenantKey === id) return rankOf.get(l.file) ?? Number.MAX_SAFE_INTEGER;
  return Number.MAX_SAFE_INTEGER;
}

/** The groups' outcomes as one result, in the order a whole-run lint gave them. */
export function mergeGroups(req: Pick<LintRequest, 'release' | 'debug'>, groups: readonly GroupOutcome[], args: PathArg[]): LintResult {
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const outcomes: LoadOutcome[] = [];
  let clients = 0;
  const secrets = new Set<string>();
  const tenants: { rank: number; order: number; report: TenantReport; resources: CheckedResource[]; read?: Tenant }[] = [];
  const docs = new Map<string, SourceDocument>();
  for (const g of groups) {
    // one by one: spreading a million findings into push overflows the call stack
    for (let i = 0; i < g.findings.length; i++) findings.push(g.findings[i]);
    for (let i = 0; i < g.suppressed.length; i++) suppressed.push(g.suppressed[i]);
    for (let i = 0; i < g.outcomes.length; i++) outcomes.push(g.outcomes[i]);
    clients += g.clients;
    for (const s of g.secrets) secrets.add(s);
    g.tenants.forEach((t, i) => tenants.push({ ...t, order: tenants.length, read: g.tenantsRead?.[i] }));
    if (g.docs) for (const [file, doc] of g.docs) docs.set(file, doc);
  }
  const files: string[] = [];
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i].status !== 'skipped') files.push(outcomes[i].file);
  tenants.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const tenantOrder = new Map(tenants.map((t, i) => [t.report.id, i]));
  const skipped = new Map<string, SkippedRule>();
  for (const g of groups) {
    for (const s of g.skipped) {
      const key = `${s.ruleId}\u0000${s.reason}`;
      const seen = skipped.get(key);
      if (!seen) skipped.set(key, { ...s, tenants: [...s.tenants] });
      else for (const t of s.tenants) if (!seen.tenants.includes(t)) seen.tenants.push(t);
    }
  }
  const byTenant = (a: string, b: string) => (tenantOrder.get(a) ?? 0) - (tenantOrder.get(b) ?? 0);
  const skippedRules = [...skipped.values()]
    .map((s) => ({ ...s, tenants: s.tenants.sort(byTenant) }))
    .sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const summary = summarize(findings, files.length, clients, suppressed.length);
  const unmatched = unmatchedArgs(args, new Set(files), outcomes);
  // a walk that linted nothing says why it passed over the files named like Terraform configuration (`.old.tf`):
  // beside a linted module the module's loader says so (moduleFilesNotRead)
  if (req.debug) for (const a of args) if (a.unread && unmatched.some((u) => u.arg === a.arg)) for (const n of a.unread) req.debug(`skipped ${n.file}: ${n.why}`);
  return {
    findings,
    suppressed,
    unmatched,
    summary,
    files,
    docs,
    tenants: req.release ? [] : tenants.map((t) => t.read!),
    skippedRules,
    tenantReports: tenants.map((t) => t.report),
    resources: tenants.flatMap((t) => t.resources),
    secrets: [...secrets].sort((a, b) => b.length - a.length),
  };
}

/** How suppression comments are applied: `suppressed` receives the findings they hid. */
export interface FinalizeOptions {
  /** false: ignore every directive (`--no-inline-config`) */
  inlineConfig?: boolean;
  /** a directive without `-- reason` is a `disable-directive-without-reason` finding */
  requireReason?: boolean;
  suppressed?: Finding[];
}

/** The one target of `--stdin`: the name given, unless the config's `ignore` globs leave it out. */
function stdinTarget(file: string, config: Config, debug?: (message: string) => void): { targets: TargetFile[]; args: PathArg[] } {
  const rel = path.relative(config.baseDir, file).split(path.sep).join('/');
  const arg: PathArg = { arg: rel || file, kind: 'file', files: [], left: new Map() };
  if (config.ignore.length && globMatcher(config.ignore)(rel)) {
    debug?.(`skipped ${file}: ignored by the config`);
    arg.left.set('ignored by the config', 1);
    return { targets: [], args: [arg] };
  }
  arg.files.push(file);
  return { targets: [{ file, explicit: true }], args: [arg] };
}

/** Standard input read as a file would be: the same size limit, and the same checks for binary or non-UTF-8 text. */
function stdinRead(bytes: Uint8Array, maxSize: number): ReadResult {
  if (bytes.length > maxSize) {
    // read only up to one byte past the limit (readStdin): the input's real size is unknown, so none is stated
    return { ok: false, rule: 'file-too-large', message: `file is over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)` };
  }
  return decode(bytes);
}

/** Apply suppressions and directive checks, then sort. */
export function finalize(
  findings: Finding[],
  docs: Map<string, SourceDocument>,
  rules: readonly AnyRule[],
  settings: RuleSettings,
  opts: FinalizeOptions = {},
): Finding[] {
  if (opts.inlineConfig === false || !someDirective(docs)) {
    // (no directive anywhere, as in nearly every run: each file keeps its findings, and the sort below would
    // give what sorting the files' lists one after the other gives, equal findings in the order they came)
    opts.suppressed?.sort(compareFindings);
    return findings.sort(compareFindings);
  }
  const byFile = new Map<string, Finding[]>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  // (made once a file has directives: a directory export's group has a hundred files and most have none)
  let known: Set<string> | undefined;
  const out: Finding[] = [];
  for (const [file, doc] of docs) if (doc.directives.length && !byFile.has(file)) byFile.set(file, []);
  for (const [file, list] of byFile) {
    const doc = docs.get(file);
    // a file without directives keeps its findings, and has no directive to report
    if (!doc || doc.directives.length === 0) {
      for (let i = 0; i < list.length; i++) out.push(list[i]);
      continue;
    }
    known ??= new Set([...rules.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
    const { kept, unused, suppressed, unexplained } = applyDirectives(doc, list, known);
    // one by one: spreading a million findings into push overflows the call stack
    for (const f of kept) out.push(f);
    if (opts.suppressed) for (const f of suppressed) opts.suppressed.push(f);
    const unusedSetting = settings.get('unused-disable-directive', file).severity;
    if (unusedSetting !== 'off') for (const f of unused) out.push({ ...f, severity: unusedSetting });
    // on with requireDirectiveReason, or when its severity is set (rules:, overrides, --rule)
    const reason = settings.get(DIRECTIVE_WITHOUT_REASON, file);
    if ((opts.requireReason || reason.configured) && reason.severity !== 'off') for (const f of unexplained) out.push({ ...f, severity: reason.severity as Finding['severity'] });
  }
  opts.suppressed?.sort(compareFindings);
  return out.sort(compareFindings);
}

/** whether some document holds an orglint-disable comment (or another directive) */
function someDirective(docs: ReadonlyMap<string, SourceDocument>): boolean {
  for (const doc of docs.values()) if (doc.directives.length) return true;
  return false;
}

/** parse-error / read-error / file-too-large findings of one file */
function fileProblems(l: LoadedFile): Finding[] {
  const base = { path: '', resource: null, fix: null };
  if (l.status === 'failed') {
    return [{ ...base, ruleId: l.rule, severity: 'error', message: l.message, file: l.file, line: 1, column: 1, endLine: 1, endColumn: 1 }];
  }
  if (l.status !== 'loaded') return [];
  // a broken file can give one parser error per token (a 60 KB line: 16,000); the first ones cause the rest
  const problems = l.doc.problems;
  const shown = problems.length > MAX_PARSE_ERRORS ? problems.slice(0, MAX_PARSE_ERRORS) : problems;
  const out = shown.map((p) => ({
    ...base,
    ruleId: 'parse-error',
    severity: 'error' as const,
    message: p.message,
    file: l.file,
    ...spanToPosition(l.doc, p.span),
    doc: l.doc,
    span: p.span,
  }));
  if (problems.length > shown.length) {
    const next = problems[shown.length];
    const message = `${problems.length - shown.length} more parse errors in this file are not shown; fix the ones above first`;
    out.push({ ...base, ruleId: 'parse-error', severity: 'error', message, file: l.file, ...spanToPosition(l.doc, next.span), doc: l.doc, span: next.span });
  }
  return out;
}

/** parse errors shown per file; the rest are counted in one more finding */
export const MAX_PARSE_ERRORS = 20;

/**
 * A named Terraform file that holds no Auth0 resource (`variables.tf`, `terraform.tfvars`, an `*.auto.tfvars`)
 * changes the values of its module's resources: the module's `.tf` and `.tf.json` files with Auth0 resources are
 * linted with it (pre-commit names only the files that changed, and a changed variable must not pass unseen).
 */
async function lintModulesOfNamedContext(loaded: LoadedFile[], group: readonly TargetFile[], targetFiles: Set<string>, opts: LoadOptions, config: Config): Promise<void> {
  // (a walked folder names no file: nothing to look for, and no set of the named files to make for each tenant)
  if (!group.some((t) => t.explicit)) return;
  const named = new Set(group.filter((t) => t.explicit).map((t) => t.file));
  const isContext = (l: LoadedFile) => named.has(l.file) && ((l.status === 'skipped' && (isModuleFileName(path.basename(l.file)) || l.code === 'module-vars')) || isOverride(l.file));
  const folders = new Set(loaded.filter(isContext).map((l) => path.dirname(l.file)));
  if (folders.size === 0) return;
  const ignored = config.ignore.length ? globMatcher(config.ignore) : undefined;
  for (const dir of folders) {
    let names: string[] = [];
    // a module's linked file (a shared main.tf linked into each module) is part of it, as Terraform reads it
    const links = new Set<string>();
    try {
      const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => (e.isFile() || e.isSymbolicLink()) && isModuleConfigName(e.name));
      for (const e of entries) if (e.isSymbolicLink()) links.add(dir + path.sep + e.name);
      names = entries.map((e) => e.name).sort();
    } catch {
      continue;
    }
    const files = names.map((n) => dir + path.sep + n).filter((f) => !targetFiles.has(f) && !ignored?.(path.relative(config.baseDir, f).split(path.sep).join('/')));
    // (a link read as a named module file is: only inside its repository, module-links.ts)
    const asNamed = { ...opts, explicit: true };
    const got = (await loadAll(files, (f) => loadFileNow(f, links.has(f) ? asNamed : opts))).filter((l) => l.status === 'loaded' && l.doc.format === 'hcl');
    // (main.tf named beside terraform.tfvars, as a commit changing both stages them: the module is linted already)
    const hcl = (l: LoadedFile) => l.status === 'loaded' && l.doc.format === 'hcl' && path.dirname(l.file) === dir && targetFiles.has(l.file);
    if (!got.length && !loaded.some(hcl)) continue;
    for (const l of got) {
      const at = loaded.findIndex((x) => x.file === l.file);
      if (at === -1) loaded.push(l);
      else loaded[at] = l;
      targetFiles.add(l.file);
    }
    // the named file is linted as part of its module: not "no tenant configuration"
    for (const l of loaded) if (isContext(l) && path.dirname(l.file) === dir) targetFiles.add(l.file);
  }
}

/**
 * Make the broken and unreadable files of the Terraform modules linted targets (their findings are reported):
 * `loaded` and `targetFiles` gain them, and the context files left are returned.
 */
function reportBrokenModuleFiles(loaded: LoadedFile[], context: LoadedFile[], targetFiles: Set<string>, config: Config): LoadedFile[] {
  // (a directory export's group has none: asked without a list of its files)
  const isHcl = (l: LoadedFile) => l.status === 'loaded' && l.doc.format === 'hcl';
  if (!loaded.some(isHcl) && !context.some(isHcl)) return context;
  const hcl = [...loaded, ...context].flatMap((l) => (l.status === 'loaded' && l.doc.format === 'hcl' ? [l.doc] : []));
  const { broken, unreadable } = brokenModuleFiles(hcl);
  if (!broken.length && !unreadable.length) return context;
  const ignored = config.ignore.length ? globMatcher(config.ignore) : undefined;
  const promote = (entry: LoadedFile) => {
    const at = loaded.findIndex((l) => l.file === entry.file);
    // a named variables.tf / locals.tf / terraform.tfvars is a target already (lintModulesOfNamedContext), but
    // still the skipped file it was read as: its problems are reported through this entry, or not at all
    const namedContext = at !== -1 && loaded[at].status === 'skipped';
    // a named file the module does not read (an `override.tf` linked to a file outside the repository) was read
    // as the name given: the module's refusal is what is reported, and nothing that file says is used (it was a
    // silent pass: the named read held the only findings, and the module left its values unknown)
    const namedUnread = entry.status === 'failed' && at !== -1 && loaded[at].status === 'loaded';
    // (a file the config's ignore globs leave out is not reported: the user said so)
    if (!namedContext && ((targetFiles.has(entry.file) && !namedUnread) || ignored?.(path.relative(config.baseDir, entry.file).split(path.sep).join('/')))) return;
    if (at === -1) loaded.push(entry);
    else loaded[at] = entry;
    context = context.filter((l) => l.file !== entry.file);
    targetFiles.add(entry.file);
  };
  for (const { doc, folder } of broken) promote({ status: 'loaded', file: doc.file, kind: 'terraform-hcl', doc, contribution: { tenantKey: folder, resources: moduleResources(doc) } });
  for (const u of unreadable) promote({ status: 'failed', file: u.file, rule: u.rule, message: u.message, tenantKey: u.folder });
  return context;
}

/** For files of a deploy-cli directory export, read the rest of that tenant so cross-file rules see it all. */
async function loadDirectorySiblings(
  loaded: LoadedFile[],
  targets: Set<string>,
  opts: Omit<LoadOptions, 'explicit'>,
  listings?: FolderListings,
): Promise<LoadedFile[]> {
  const roots = new Set<string>();
  // a directory export holds thousands of files in a few folders: find each folder's tenant root once
  const rootOfFolder = new Map<string, string | null>();
  // the folder of the file before and its root: a walk gives a folder's files one after the other, and a file of
  // the same folder is told by where its last `/` is, without cutting (and hashing) its folder's name again
  let lastFolder = '';
  let lastRoot: string | null = null;
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status !== 'loaded') continue;
    // a file of the export itself: its tenant is the export's root (deploy-cli.ts gives the root as its tenant key)
    if (l.kind === 'deploy-cli-directory') {
      roots.add(l.contribution.tenantKey);
      continue;
    }
    if (!/\.json$/i.test(l.file)) continue;
    const file = l.file;
    // a tenant.json shares its folder with files that are not the export's
    const tenantJson = file.endsWith('tenant.json') && folderAndName(file).name === 'tenant.json';
    if (!tenantJson && lastFolder !== '' && inFolder(file, lastFolder)) {
      if (lastRoot) roots.add(lastRoot);
      continue;
    }
    const folder = tenantJson ? file : folderOf(file);
    let root = rootOfFolder.get(folder);
    if (root === undefined) rootOfFolder.set(folder, (root = directoryTenantRoot(file)));
    if (!tenantJson) [lastFolder, lastRoot] = [folder, root];
    if (root) roots.add(root);
  }
  const extra: string[] = [];
  // a Terraform module folder is one tenant: the other .tf files of a linted one are read too
  const modules = new Set<string>();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === 'loaded' && l.doc.format === 'hcl') modules.add(path.dirname(l.file));
  }
  for (const dir of modules) {
    // (from the walk's listing when it made one)
    const names = listFolder(dir, listings).files.filter(isModuleConfigName);
    for (const n of names.sort()) {
      const f = dir + path.sep + n;
      if (!targets.has(f)) extra.push(f);
    }
  }
  // the export's files that are symbolic links into the repository (deploy-cli reads through them, as a walk of the
  // export does: walk-links.ts): read through their links, as a walk reads them
  const linked = new Set<string>();
  for (const root of roots) {
    const files = directoryFiles(root, (dir) => withLinks(dir, listFolder(dir, listings), linked), (f) => targets.has(f));
    for (let i = 0; i < files.length; i++) if (!targets.has(files[i])) extra.push(files[i]);
  }
  const walked = { ...opts, explicit: false };
  const throughLink = { ...walked, throughLink: true };
  return loadAll(extra, (f) => loadFileNow(f, linked.has(f) ? throughLink : walked));
}

/**
 * A folder's listing for the siblings of a named file, with its symbolic links a walk follows (a file or folder
 * whose real path is inside the repository and in no dot folder of it) as the files and folders they lead to: a
 * named `clients/a.json` beside `clients/b.json -> ../../shared/b.json` saw no b.json, and so no client of the same
 * name, where a walk of the export (and deploy-cli) sees both. A link leading elsewhere is left out, as a folder
 * linked out of the repository is not listed (folder-guard.ts).
 */
function withLinks(dir: string, listing: { files: string[]; dirs: string[]; links?: string[] }, linked: Set<string>): { files: readonly string[]; dirs: readonly string[] } {
  if (!listing.links?.length) return listing;
  let files: string[] | undefined;
  let dirs: string[] | undefined;
  for (const name of listing.links) {
    const full = path.join(dir, name);
    const real = linkTarget(full);
    if (real === undefined || 'refused' in boundTarget(full, real, 'cwd')) continue;
    let st;
    try {
      st = statSync(real);
    } catch {
      continue;
    }
    if (st.isFile()) {
      (files ??= [...listing.files]).push(name);
      linked.add(full);
    } else if (st.isDirectory()) (dirs ??= [...listing.dirs]).push(name);
  }
  return files || dirs ? { files: files ?? listing.files, dirs: dirs ?? listing.dirs } : listing;
}

/** whether `folderOf(file)` is `folder`, read in place (folderOf cuts at lastSeparator) */
function inFolder(file: string, folder: string): boolean {
  const cut = lastSeparator(file);
  return cut !== -1 && cut === folder.length && file.startsWith(folder);
}

/** Group loaded files into tenants. */
export function assembleTenants(files: readonly LoadedFile[], exclusions?: DeployCliExclusions): Tenant[] {
  const groups = new Map<string, Contribution[]>();
  for (let i = 0; i < files.length; i++) {
    const l = files[i];
    if (l.status !== 'loaded') continue;
    const c = l.contribution;
    const list = groups.get(c.tenantKey);
    if (list) list.push(c);
    else groups.set(c.tenantKey, [c]);
  }
  return [...groups].map(([id, list]) => assembleTenant(id, list, exclusions));
}
