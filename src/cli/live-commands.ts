import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RuleSettings } from '../engine/settings';
import { writeFileAtomic } from '../fix/run-fixes';
import { auditSnapshot } from '../live/audit';
import { defaultJournalName, findUnfinishedJournal, inspectJournal, readJournal, type JournalEntry } from '../live/journal';
import { lockTenant, machineLockDir } from '../live/lock';
import { snapshotText } from '../live/live-model';
import { planFixes } from '../live/plan';
import { readTenant } from '../live/read-tenant';
import { rollbackChanges, rollbackPlan } from '../live/rollback';
import { escapeLine } from '../live/terminal-text';
import { printPlan, runChanges } from '../live/run-changes';
import { openSession, redactingIO, type LiveSession } from '../live/session';
import { LiveSetupError } from '../management-api/endpoint';
import { explainError } from '../management-api/messages';
import { redactDeep } from '../management-api/secret-forms';
import { version } from '../../package.json';
import { UsageError, type CliIO } from './io';
import { colorFlags, wantColor } from './color';
import { parseRuleFlags, resolveConfig, rulesOf, withOutputFile } from './lint-command';

/** where parse() puts the `--color` / `--no-color` flags in the order given */
const COLOR = '\u0000color';
import { parseOutputs, writeOutputs } from './outputs';
import { auditSeveral } from './audit-tenants';

export const LIVE_COMMON_OPTIONS = {
  live: { type: 'boolean' },
  // repeatable for audit (several tenants in one run); fix and rollback refuse more than one
  domain: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'max-rps': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-plugins': { type: 'boolean' },
  debug: { type: 'boolean' },
} as const;
const COMMON = LIVE_COMMON_OPTIONS;

/** Each live command's flags (`orglint COMMAND --help` lists them; a test checks that it lists every one). */
export const AUDIT_OPTIONS = {
  ...COMMON,
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  snapshot: { type: 'string' },
  concurrency: { type: 'string' },
} as const;
export const FIX_OPTIONS = { ...COMMON, unsafe: { type: 'boolean' }, yes: { type: 'boolean', short: 'y' }, journal: { type: 'string' }, concurrency: { type: 'string' } } as const;
export const ROLLBACK_OPTIONS = { ...COMMON, yes: { type: 'boolean', short: 'y' }, journal: { type: 'string' }, concurrency: { type: 'string' } } as const;

const SECRET_FLAG = /^--?(client[-_]?secret|secret|token|access[-_]?token|api[-_]?token|client[-_]?id|password)(=|$)/i;

/** Parse a live command's flags; secrets are refused by name and no argument is ever echoed. */
function parse(command: string, argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  const secret = argv.find((a) => SECRET_FLAG.test(a));
  if (secret) {
    throw new UsageError(
      `${secret.split('=')[0]}: credentials are never accepted on the command line (they end up in shell history and process lists); set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET, or AUTH0_ACCESS_TOKEN, in the environment`,
    );
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    const m = /^Unknown option '([^'=]*)/.exec((err as Error).message);
    throw new UsageError(m ? `orglint ${command}: unknown option ${m[1]} (orglint ${command} --help lists its options)` : `orglint ${command}: ${(err as Error).message.split('.')[0]}`);
  }
  if (parsed.positionals.length) throw new UsageError(`orglint ${command} takes no paths or other arguments (got ${parsed.positionals.length}); see orglint --help`);
  const values: Record<string, unknown> = { ...parsed.values };
  values[COLOR] = colorFlags(parsed.tokens);
  return values as Record<string, string | boolean | string[] | undefined>;
}

/** Run a live command; setup problems exit 2 with their message, and nothing printed can hold a secret. */
async function guarded(io: CliIO, body: (io: CliIO) => Promise<number>): Promise<number> {
  const safe = redactingIO(io);
  try {
    return await body(safe);
  } catch (err) {
    if (err instanceof LiveSetupError || err instanceof UsageError) safe.stderr(`orglint: ${err.message}\n`);
    else if ((err as { orglintExplained?: string }).orglintExplained) safe.stderr(`orglint: ${(err as { orglintExplained: string }).orglintExplained}\n`);
    else {
      safe.stderr(`orglint: internal error: ${(err as Error)?.message ?? String(err)}\n`);
      if (io.env.ORGLINT_DEBUG) safe.stderr(`${(err as Error)?.stack ?? ''}\n`);
    }
    return 2;
  }
}

/** Read the tenant with a progress line; an API error becomes a clear message (exit 2). */
async function read(session: LiveSession, concurrency?: number) {
  try {
    const snapshot = await readTenant(session.api, { concurrency, progress: (what, n, total) => session.progress(`reading ${what}: ${n}${total ? `/${total}` : ''}`) });
    for (const note of snapshot.notes) session.io.stderr(`orglint: ${note}\n`);
    // what the tenant sent goes on into findings, report files and snapshots: no secret of this run in it
    return redactDeep(snapshot, session.redact);
  } catch (err) {
    throw Object.assign(new Error('read failed'), { orglintExplained: explainError(err, session.api.endpoint, session.api.tokens.credentials).message });
  } finally {
    session.progress(undefined);
  }
}

/** The one `--domain` of a command that changes a tenant (undefined: AUTH0_DOMAIN); several are refused. */
function oneDomain(command: string, v: Record<string, unknown>): string | undefined {
  const list = v.domain as string[] | undefined;
  if (list && list.length > 1) {
    throw new UsageError(`orglint ${command} changes one tenant at a time (got --domain ${list.length} times): run it once per tenant; orglint audit --live reads several in one run`);
  }
  return list?.[0];
}

function sessionFor(io: CliIO, v: Record<string, unknown>, command: string): LiveSession {
  return openSession(io, { domain: oneDomain(command, v), maxRps: v['max-rps'] as string | undefined, debug: Boolean(v.debug) });
}

/** Take the tenant's lock in the journal's folder, the working folder and this user's lock folder; released by the returned function. */
function lock(session: LiveSession, io: CliIO, journalFile: string, command: string): Promise<() => Promise<void>> {
  const { origin, host } = session.api.endpoint;
  const machine = io.env.ORGLINT_LOCK_DIR?.trim() || machineLockDir();
  // the journal's folder must take the lock (the journal is written there); the others are best effort
  const places = [{ dir: path.dirname(journalFile) }, { dir: io.cwd, optional: true }, ...(machine ? [{ dir: machine, optional: !io.env.ORGLINT_LOCK_DIR?.trim() }] : [])];
  return lockTenant(places, origin, host, command, (m) => session.io.stderr(`orglint: ${m}\n`));
}

function concurrency(v: unknown): number {
  if (v === undefined) return 8;
  if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 64) throw new UsageError(`--concurrency ${String(v)}: expected a whole number from 1 to 64`);
  return Number(v);
}

/** `orglint audit --live`: read the tenant, run every rule, print findings in any format. */
export function auditCommand(argv: string[], io: CliIO): Promise<number> {
  return guarded(io, async (io) => {
    const v = parse('audit', argv, AUDIT_OPTIONS);
    if (!v.live) throw new UsageError('orglint audit reads a live tenant: add --live (to lint files, run orglint PATHS)');
    const outputs = withOutputFile(parseOutputs(v.format as string[] | undefined), v['output-file'] as string | undefined);
    const workers = concurrency(v.concurrency);
    const maxWarnings = v['max-warnings'] === undefined ? -1 : Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || (v['max-warnings'] !== undefined && maxWarnings < 0)) throw new UsageError(`--max-warnings ${String(v['max-warnings'])}: expected a whole number`);
    const config = await resolveConfig(io, v.config as string | undefined, undefined, { plugins: !v['no-plugins'] });
    const rules = rulesOf(config);
    const settings = new RuleSettings(config, rules, parseRuleFlags(v.rule as string[] | undefined, rules));
    const domains = v.domain as string[] | undefined;
    if (domains && domains.length > 1) {
      return auditSeveral(io, domains, { v, outputs, workers, maxWarnings, rules, settings, color: Boolean(wantColor(v[COLOR] as ('color' | 'no-color')[], io.env, io.stdoutIsTTY)) });
    }
    const session = sessionFor(io, v, 'audit');
    const snapshot = await read(session, workers);
    if (typeof v.snapshot === 'string') {
      const file = path.resolve(io.cwd, v.snapshot);
      // like -f NAME=FILE: a snapshot may go into a folder that does not exist yet
      await mkdir(path.dirname(file), { recursive: true })
        .then(() => writeFileAtomic(file, snapshotText(snapshot)))
        .catch((err: Error) => {
          throw new UsageError(`cannot write ${v.snapshot}: ${err.message}`);
        });
      session.io.stderr(`orglint: wrote ${v.snapshot} (${snapshot.clients.length} clients): lint it offline with orglint ${v.snapshot}\n`);
    }
    const result = auditSnapshot(snapshot, rules, settings);
    const shown = v.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    const color = wantColor(v[COLOR] as ('color' | 'no-color')[], io.env, io.stdoutIsTTY);
    await writeOutputs(
      outputs,
      {
        findings: shown,
        summary: result.summary,
        rules,
        cwd: io.cwd,
        toolVersion: version,
        notes: { skippedRules: result.skippedRules, ...(v.quiet ? { quietHidden: { warnings: result.summary.warnings, infos: result.summary.infos } } : {}) },
      },
      session.io,
      Boolean(color),
    );
    if (result.summary.errors > 0) return 1;
    if (maxWarnings >= 0 && result.summary.warnings > maxWarnings) {
      session.io.stderr(`orglint: ${result.summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
      return 1;
    }
    return 0;
  });
}

/** `orglint fix --live [--unsafe] [--yes] [--journal FILE]`: plan the fixes, and with --yes apply them. */
export function fixCommand(argv: string[], io: CliIO): Promise<number> {
  return guarded(io, async (io) => {
    const v = parse('fix', argv, FIX_OPTIONS);
    oneDomain('fix', v);
    if (!v.live) throw new UsageError('orglint fix changes a live tenant: add --live; to fix files, run orglint --fix PATHS');
    const workers = concurrency(v.concurrency);
    const config = await resolveConfig(io, v.config as string | undefined, undefined, { plugins: !v['no-plugins'] });
    const rules = rulesOf(config);
    const settings = new RuleSettings(config, rules, parseRuleFlags(v.rule as string[] | undefined, rules));
    const session = sessionFor(io, v, 'fix');
    const mode = v.unsafe ? 'unsafe' : 'safe';
    const { origin, host } = session.api.endpoint;
    // with --yes: the journal is checked and the tenant locked before the read the plan rests on, so a second
    // run on this tenant stops here instead of planning from a state the first one is changing
    let journalFile: string | undefined;
    let unlock = async () => undefined as void;
    if (v.yes) {
      const given = typeof v.journal === 'string' ? path.resolve(io.cwd, v.journal) : undefined;
      journalFile = given ?? (await findUnfinishedJournal(io.cwd, host)) ?? path.join(io.cwd, defaultJournalName(host));
      unlock = await lock(session, io, journalFile, 'orglint fix --live --yes');
    }
    try {
      if (journalFile && existsSync(journalFile)) await inspectJournal(journalFile, origin);
      const snapshot = await read(session, workers);
      const plan = planFixes(snapshot, rules, settings, mode);
      const changes = plan.changes.map((c) => ({ clientId: c.clientId, name: c.name, expect: { ...c.basis, ...c.before }, body: c.body }));
      printPlan(session, `plan for ${origin} (${mode} fixes)`, changes, Boolean(v.yes));
      if (plan.notApplied) session.io.stdout(`${plan.notApplied} fix${plan.notApplied === 1 ? '' : 'es'} for client grants or organizations are not applied live (only clients are updated)\n`);
      if (!journalFile) return 0;
      const scopes = session.api.tokens.scopes;
      if (changes.length && scopes && !scopes.has('update:clients')) {
        throw new LiveSetupError('the token lacks the update:clients scope that fixes need (nothing was changed); grant it to the application under Dashboard > Applications > APIs > Auth0 Management API');
      }
      if (changes.length === 0 && !existsSync(journalFile)) {
        session.io.stdout('nothing to fix\n');
        return 0;
      }
      return await runChanges(session, {
        op: 'fix',
        journalFile,
        changes: () => changes,
        runEntry: { mode },
        concurrency: workers,
        planEntries: () =>
          plan.changes.map(
            (c): JournalEntry => ({ type: 'plan', at: new Date().toISOString(), client_id: c.clientId, name: c.name, before: c.before, body: c.body, rules: c.fixes.map((f) => f.ruleId) }),
          ),
      });
    } finally {
      await unlock();
    }
  });
}

/** `orglint rollback --journal FILE [--yes]`: restore the values a fix run recorded, with compare-and-set. */
export function rollbackCommand(argv: string[], io: CliIO): Promise<number> {
  return guarded(io, async (io) => {
    const v = parse('rollback', argv, ROLLBACK_OPTIONS);
    oneDomain('rollback', v);
    if (typeof v.journal !== 'string') throw new UsageError('orglint rollback needs --journal FILE (the journal orglint fix --live --yes wrote)');
    const workers = concurrency(v.concurrency);
    const journalFile = path.resolve(io.cwd, v.journal);
    if (!existsSync(journalFile)) throw new UsageError(`journal not found: ${v.journal}`);
    const { entries } = await readJournal(journalFile);
    const run = entries.find((e) => e.type === 'run');
    if (!run || run.type !== 'run') throw new UsageError(`${v.journal} is not an orglint journal (no run line)`);
    // the tenant comes from the user, never from the journal alone: a journal is a file anyone can edit
    if (v.domain === undefined && !io.env.AUTH0_DOMAIN?.trim()) {
      throw new LiveSetupError(
        `orglint rollback needs the tenant in --domain or AUTH0_DOMAIN, the same as the journal's (${escapeLine(run.tenant)}): credentials are never sent to a host that only a journal names`,
      );
    }
    const session = sessionFor(io, v, 'rollback');
    const { origin } = session.api.endpoint;
    const other = entries.find((e) => e.type === 'run' && e.tenant !== origin);
    if (other && other.type === 'run') {
      throw new LiveSetupError(`the journal ${v.journal} is for ${escapeLine(other.tenant)}, but AUTH0_DOMAIN / --domain names ${origin}`);
    }
    await inspectJournal(journalFile, origin);
    // with --yes the tenant is locked before the plan is made, as for fix --live --yes
    const unlock = v.yes ? await lock(session, io, journalFile, 'orglint rollback --yes') : async () => undefined;
    try {
      const { changes: planned, refused } = rollbackPlan(entries);
      for (const r of refused) {
        const why = r.why === 'not-a-fix-field' ? 'no orglint fix changes that field' : "the journal's plan for that client does not list it";
        session.io.stderr(`orglint: not restoring ${escapeLine(r.field)} of ${escapeLine(JSON.stringify(r.name))} (${escapeLine(r.clientId)}): ${why}; the journal may have been edited\n`);
      }
      printPlan(session, `rollback plan for ${origin}`, planned, Boolean(v.yes));
      if (!v.yes) return 0;
      if (planned.length === 0) {
        session.io.stdout('nothing to roll back\n');
        return 0;
      }
      return await runChanges(session, { op: 'rollback', journalFile, changes: (all) => rollbackChanges(all), runEntry: {}, concurrency: workers });
    } finally {
      await unlock();
    }
  });
}
