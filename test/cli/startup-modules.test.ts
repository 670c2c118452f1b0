/**
 * Start-up of a one-file run (what a pre-commit hook pays on every commit): the bundled CLI loads only what that
 * run uses. Every module the process loads is recorded by a loader hook (NODE_OPTIONS=--import); a run that prints
 * stylish for a tenant.yaml with a secret loads no other formatter, no fixer, no live-tenant or language-server
 * code, no Terraform parser, neither ajv nor picomatch, and none of Node's crypto, v8 or worker_threads modules.
 * What it prints is the same, and a run that needs a lazy piece (a config's ignore globs) still gets it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const TENANT = `clients:
  - name: Portal
    app_type: regular_web
    client_secret: s3cr3t-Value-Not-To-Be-Shown-7fa9
    organization_usage: Require
`;

/** Run the CLI with a hook that writes every module URL it loads to a file; returns the run and the URLs. */
async function runRecording(args: string[], files: Record<string, string>) {
  const dir = tempTree({
    ...files,
    'hook/hooks.mjs': `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOADED_LOG, url + '\\n'); return next(url, context); }\n`,
    'hook/register.mjs': `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
    'hook/loaded.log': '',
  });
  const log = path.join(dir, 'hook', 'loaded.log');
  const register = pathToFileURL(path.join(dir, 'hook', 'register.mjs')).href;
  const run = await runCli(args, { cwd: dir, env: { NODE_OPTIONS: `--import=${register}`, LOADED_LOG: log } });
  const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  // (CommonJS files are required, not loaded through the hook: they are found by name in the chunks folder)
  return { run, loaded, dir };
}

/** the chunks of what a one-file stylish run does not need, by the name esbuild gives each lazily loaded entry */
const NOT_NEEDED = /\/(compact|github|html|json|junit|markdown|sarif|fix-files|run-fixes|run-baseline|live-commands|flows-command|rules-command|init-command|print-config|server|undici|tree-sitter|worker-pool|report-context)-[A-Z0-9]+\.js$/;

describe('start-up of a one-file run', () => {
  it('loads no other formatter, fixer, live or LSP code, no crypto, v8 or worker_threads', async () => {
    const { run, loaded } = await runRecording(['tenant.yaml'], { 'tenant.yaml': TENANT });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('organization_usage "Require" is not one of "deny", "allow", "require"');
    expect(run.stdout).not.toContain('s3cr3t-Value');
    expect(loaded.some((u) => /\/stylish-[A-Z0-9]+\.js$/.test(u))).toBe(true);
    expect(loaded.filter((u) => NOT_NEEDED.test(u))).toEqual([]);
    expect(loaded.filter((u) => /^node:(crypto|v8|worker_threads)$/.test(u))).toEqual([]);
    // ajv and picomatch are CommonJS files of their own, required on first use: a module that would load them is a .cjs
    expect(loaded.filter((u) => /\.cjs$/.test(u))).toEqual([]);
  });

  it('loads the lint path in a few modules of the bundle, not one per piece of it (each costs resolving, reading and linking)', async () => {
    const { run, loaded } = await runRecording(['tenant.yaml'], { 'tenant.yaml': TENANT });
    expect(run.code).toBe(1);
    // cli.js, the lint command, the lint path's shared chunks, stylish and the secrets' forms (34 modules before)
    const ours = loaded.filter((u) => u.startsWith('file:') && !u.includes('/hook/') && /\.js$/.test(u));
    expect(ours.length).toBeGreaterThan(3);
    expect(ours.length).toBeLessThanOrEqual(12);
  });

  it('a file without a secret does not load even the escapes of the secrets\' forms; one with a secret does', async () => {
    const plain = await runRecording(['tenant.yaml'], { 'tenant.yaml': 'clients:\n  - name: Portal\n    app_type: regular_web\n    organization_usage: Require\n' });
    expect(plain.run.code).toBe(1);
    expect(plain.loaded.filter((u) => /\/secret-forms-[A-Z0-9]+\.js$/.test(u))).toEqual([]);
    const secret = await runRecording(['tenant.yaml'], { 'tenant.yaml': TENANT });
    expect(secret.loaded.filter((u) => /\/secret-forms-[A-Z0-9]+\.js$/.test(u))).toHaveLength(1);
  });

  it('a config with ignore globs still compiles them (picomatch on first use), and leaves the file out', async () => {
    const files = { 'tenant.yaml': TENANT, 'other/tenant.yaml': TENANT, '.orglint.yaml': 'ignore:\n  - "other/**"\n' };
    const { run } = await runRecording(['.', '-f', 'json'], files);
    const report = JSON.parse(run.stdout) as { findings: { file: string }[] };
    expect([...new Set(report.findings.map((f) => f.file))]).toEqual(['tenant.yaml']);
    // -f html names its style's and script's hashes without hashing them again: Node's crypto is never loaded
    // (the bundle requires builtins through createRequire, which the loader hook does not see: Node's own list)
    const dir = tempTree({ 'tenant.yaml': TENANT, 'builtins.cjs': "process.on('exit', () => require('fs').writeFileSync(process.env.BUILTINS_LOG, process.moduleLoadList.join('\\n')));\n" });
    const builtinsLog = path.join(dir, 'builtins.log');
    const page = await runCli(['tenant.yaml', '-f', 'html'], { cwd: dir, env: { NODE_OPTIONS: `--require=${path.join(dir, 'builtins.cjs')}`, BUILTINS_LOG: builtinsLog } });
    expect(page.stdout).toContain('style-src &#39;sha256-');
    const builtins = readFileSync(builtinsLog, 'utf8').split('\n');
    expect(builtins).toContain('NativeModule fs');
    expect(builtins.filter((m) => /^NativeModule (internal\/)?crypto\b/.test(m))).toEqual([]);
    // and -f sarif hashes its fingerprints (crypto on first use)
    const sarif = await runRecording(['tenant.yaml', '-f', 'sarif'], { 'tenant.yaml': TENANT });
    expect(JSON.parse(sarif.run.stdout).runs[0].results[0].partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/);
  });
});
