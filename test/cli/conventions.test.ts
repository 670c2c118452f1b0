/**
 * The command-line conventions ESLint and Spectral users reach for, through the real bundled CLI: -o, --stdin
 * with --stdin-filename, --print-config, --init, `warn` and 0/1/2 severities, $schema, colour (FORCE_COLOR,
 * NO_COLOR, --color, --no-color), --help for every command, --version.
 */
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LINT_OPTIONS } from '../../src/cli/lint-command';
import { AUDIT_OPTIONS, FIX_OPTIONS, ROLLBACK_OPTIONS } from '../../src/cli/live-commands';
import { EXPLAIN_OPTIONS, RULES_OPTIONS } from '../../src/cli/rules-command';
import { COMMANDS } from '../../src/cli/main';
import { FLOWS_OPTIONS } from '../../src/cli/flows-command';
import { defaultJournalName } from '../../src/live/journal';
import { RULES } from '../../rules/index';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';
import type { MgmtApiServer } from '../support/mgmt-api-server';
import { envFor, mixedClients, server, tempDir } from '../live/helpers';

const ANSI = /\u001b\[\d+m/;
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('-o, --output-file', () => {
  it('writes the default format to the file and nothing to stdout; the exit code is unchanged', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const run = await runCli(['tenant.yaml', '-o', 'reports/lint.txt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const text = readFileSync(path.join(dir, 'reports/lint.txt'), 'utf8');
    expect(text).toMatch(/^tenant\.yaml\n {2}6:25 +error +organization_usage "Require"/);
    expect(text).not.toMatch(ANSI);
  });

  it('takes the format given (--output-file=FILE too), beside -f NAME=FILE outputs', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const run = await runCli(['tenant.yaml', '-f', 'json', '--output-file=out.json', '-f', 'sarif=out.sarif'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).summary.errors).toBe(2);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('refuses two formats for one file, or none left for it (exit 2, nothing written)', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const two = await runCli(['tenant.yaml', '-f', 'json', '-f', 'compact', '-o', 'out.txt'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toBe('orglint: -o out.txt takes the one format written to standard output; several are (use -f NAME=FILE for each)\n');
    const none = await runCli(['tenant.yaml', '-f', 'json=a.json', '-o', 'out.txt'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('every -f already names its file');
    expect(existsSync(path.join(dir, 'out.txt'))).toBe(false);
    const empty = await runCli(['tenant.yaml', '--output-file='], { cwd: dir });
    expect([empty.code, empty.stderr]).toEqual([2, 'orglint: -o, --output-file: the file name is empty\n']);
  });

  it('never writes over a file it reads (tenant, config, baseline), nor into a folder (exit 2, the file intact)', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT, 'reports/old/x': '' });
    const over = await runCli(['tenant.yaml', '-o', 'tenant.yaml'], { cwd: dir });
    expect([over.code, over.stderr]).toEqual([2, 'orglint: -o tenant.yaml: that file is one of the files linted; orglint never writes a report over its input\n']);
    const viaFormat = await runCli(['.', '-f', 'json=./tenant.yaml'], { cwd: dir });
    expect(viaFormat.code).toBe(2);
    writeFileSync(path.join(dir, 'baseline.json'), '{"version": 1, "files": {}}\n');
    writeFileSync(path.join(dir, '.orglint.yaml'), 'rules: {}\n');
    for (const target of ['baseline.json', '.orglint.yaml']) {
      const r = await runCli(['tenant.yaml', '--baseline', 'baseline.json', '-f', `json=${target}`], { cwd: dir });
      expect([r.code, r.stderr], target).toEqual([2, `orglint: ${target} is a file this run reads: an output there would overwrite it (choose another name)\n`]);
    }
    expect(readFileSync(path.join(dir, '.orglint.yaml'), 'utf8')).toBe('rules: {}\n');
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(SAMPLE_TENANT);
    const folder = await runCli(['tenant.yaml', '-o', 'reports/old'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^orglint: cannot write reports\/old: /);
  });

  describe('on orglint audit --live', () => {
    let s: MgmtApiServer | undefined;
    afterEach(async () => {
      await s?.close();
      s = undefined;
    });
    it('writes the audit to the file', async () => {
      s = await server({ clients: mixedClients() });
      const dir = tempDir();
      const run = await runCli(['audit', '--live', '-f', 'json', '-o', 'audit.json'], { cwd: dir, env: envFor(s) });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const report = JSON.parse(readFileSync(path.join(dir, 'audit.json'), 'utf8'));
      expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('organization-usage-enum');
    });
  });
});

describe('--stdin --stdin-filename', () => {
  it('lints standard input as that file: findings name it, exit 1; clean text exits 0', async () => {
    const dir = tempTree({});
    const run = await runCli(['--stdin', '--stdin-filename', 'tenants/prod/tenant.yaml', '-f', 'compact'], { cwd: dir, input: SAMPLE_TENANT });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe(
      'tenants/prod/tenant.yaml:6:25: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]',
    );
    expect(run.code).toBe(1);
    const clean = await runCli(['--stdin', '--stdin-filename', 'tenant.yaml'], { cwd: dir, input: 'clients:\n  - name: A\n    organization_usage: deny\n' });
    expect([clean.code, clean.stderr]).toEqual([0, '']);
    expect(clean.stdout).toMatch(/no problems \(1 file/);
  });

  it('reads the rest of a directory export from disk, as for a named file; the on-disk copy of that file is not read', async () => {
    const dir = tempTree({
      'tenant/clients/a.json': JSON.stringify({ name: 'Portal', app_type: 'spa' }),
      'tenant/clients/b.json': JSON.stringify({ name: 'Other', app_type: 'spa' }),
    });
    const run = await runCli(['--stdin', '--stdin-filename', 'tenant/clients/b.json', '-f', 'json'], { cwd: dir, input: JSON.stringify({ name: 'Portal', app_type: 'spa' }, null, 2) });
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { ruleId: string; file: string }) => [f.ruleId, f.file])).toContainEqual(['unique-client-names', 'tenant/clients/b.json']);
    expect(report.summary.files).toBe(1);
  });

  it('a Terraform file on standard input is read with its module folder from disk (variables, other files)', async () => {
    const dir = tempTree({ 'infra/variables.tf': 'variable "usage" {\n  default = "Require"\n}\n' });
    const tf = 'resource "auth0_client" "portal" {\n  name = "Portal"\n  app_type = "regular_web"\n  organization_usage = var.usage\n}\n';
    const run = await runCli(['--stdin', '--stdin-filename', 'infra/main.tf', '-f', 'compact'], { cwd: dir, input: tf });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^infra\/main\.tf:4:24: error: organization_usage "Require" is not one of .*set at variables\.tf:2:13/);
    expect(run.code).toBe(1);
  });

  it('checks the text as a file: binary input is a parse-error finding, the BOM is kept out of positions', async () => {
    const dir = tempTree({});
    const binary = await runCli(['--stdin', '--stdin-filename', 'tenant.yaml', '-f', 'compact'], { cwd: dir, input: 'clients:\u0000\n' });
    expect(binary.stdout).toBe('tenant.yaml:1:1: error: binary file: not YAML or JSON text [parse-error]\n');
    expect(binary.code).toBe(1);
    const bom = await runCli(['--stdin', '--stdin-filename', 'tenant.yaml', '-f', 'compact'], { cwd: dir, input: `\ufeff${SAMPLE_TENANT}` });
    expect(bom.stdout.split('\n')[0]).toMatch(/^tenant\.yaml:6:25: error/);
    const crlf = await runCli(['--stdin', '--stdin-filename', 'tenant.yaml', '-f', 'compact'], { cwd: dir, input: SAMPLE_TENANT.replace(/\n/g, '\r\n') });
    expect(crlf.stdout.split('\n').map((l) => l.split(': ')[0])).toEqual(['tenant.yaml:6:25', 'tenant.yaml:10:36', 'tenant.yaml:13:5', '']);
  });

  it("applies the config's ignore globs to the name", async () => {
    const dir = tempTree({ '.orglint.yaml': 'ignore:\n  - legacy/**\n' });
    // an ignored name lints nothing, and nothing linted is never success (issue 10): exit 2, unless opted out
    const run = await runCli(['--stdin', '--stdin-filename', 'legacy/tenant.yaml', '--debug'], { cwd: dir, input: SAMPLE_TENANT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ignored by the config');
    const opted = await runCli(['--stdin', '--stdin-filename', 'legacy/tenant.yaml', '--no-error-on-unmatched-pattern', '--pass-on-empty'], { cwd: dir, input: SAMPLE_TENANT });
    expect(opted.code).toBe(0);
    expect(opted.stdout).toMatch(/no problems \(0 files/);
  });

  it('refuses what has no meaning with standard input (exit 2)', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const cases: [string[], string][] = [
      [['--stdin'], '--stdin needs --stdin-filename NAME: the name decides how the text is read (tenant.yaml, clients/app.json, x.patch.json)'],
      [['--stdin-filename', 'tenant.yaml'], '--stdin-filename names standard input: add --stdin'],
      [['--stdin', '--stdin-filename', 'x.yaml', 'tenant.yaml'], '--stdin lints standard input: name no paths as well'],
      [['--stdin', '--stdin-filename', 'tenant.yaml', '--fix'], '--stdin has no file to fix: not with --fix, --fix-unsafe or --fix-dry-run'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { cwd: dir, input: SAMPLE_TENANT });
      expect([run.code, run.stderr], args.join(' ')).toEqual([2, `orglint: ${message}\n`]);
    }
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(SAMPLE_TENANT);
  });

  it('refuses input over maxFileSize as a file-too-large finding, without reading it all', async () => {
    const dir = tempTree({ '.orglint.yaml': 'maxFileSize: 100\n' });
    const run = await runCli(['--stdin', '--stdin-filename', 'tenant.yaml', '-f', 'compact'], { cwd: dir, input: SAMPLE_TENANT.repeat(50) });
    expect(run.stdout).toMatch(/^tenant\.yaml:1:1: error: file is over the 100 B limit \(raise maxFileSize in the config to read it\) \[file-too-large\]\n$/);
    expect(run.code).toBe(1);
  });
});

describe('--print-config FILE', () => {
  it('prints the settings the file gets: overrides, --rule, ignore, payloads; keyword names but never their values', async () => {
    const dir = tempTree({
      '.orglint.yaml': [
        'rules:',
        '  require-no-prompt: warn',
        'overrides:',
        "  - files: ['tenants/dev/**']",
        '    rules:',
        '      organization-usage-on-m2m: off',
        'ignore:',
        '  - legacy/**',
        'payloads:',
        '  - runbooks/*.json',
        'keywords:',
        '  CLIENT_SECRET: s3cr3t-value-never-shown',
        '',
      ].join('\n'),
    });
    const dev = await runCli(['--print-config', 'tenants/dev/tenant.yaml', '--rule', 'organization-usage-enum=1'], { cwd: dir });
    expect(dev.code).toBe(0);
    expect(dev.stdout).not.toContain('s3cr3t');
    const cfg = JSON.parse(dev.stdout);
    expect(cfg).toMatchObject({ file: 'tenants/dev/tenant.yaml', configFile: '.orglint.yaml', ignored: false, payload: false, maxFileSize: 10485760, keywords: ['CLIENT_SECRET'] });
    expect(cfg.rules['organization-usage-on-m2m']).toEqual(['off']);
    expect(cfg.rules['require-no-prompt'][0]).toBe('warning');
    expect(cfg.rules['organization-usage-enum']).toEqual(['warning']);
    expect(cfg.rules['parse-error']).toEqual(['error']);
    expect(Object.keys(cfg.rules)).toEqual(expect.arrayContaining(RULES.map((r) => r.id)));
    const prod = JSON.parse((await runCli(['--print-config', 'tenants/prod/tenant.yaml'], { cwd: dir })).stdout);
    expect(prod.rules['organization-usage-on-m2m'][0]).toBe(RULES.find((r) => r.id === 'organization-usage-on-m2m')!.meta.severity);
    expect(JSON.parse((await runCli(['--print-config', 'legacy/x.yaml'], { cwd: dir })).stdout).ignored).toBe(true);
    expect(JSON.parse((await runCli(['--print-config', 'runbooks/enable.json'], { cwd: dir })).stdout).payload).toBe(true);
  });

  it("shows the merged result of extends, and the config's policies as rules", async () => {
    const dir = tempTree({
      'base.yaml': 'rules:\n  require-no-prompt: off\n  organization-usage-enum: warn\n',
      '.orglint.yaml': [
        'extends: [./base.yaml]',
        'rules:',
        '  organization-usage-enum: error',
        'policies:',
        '  - id: web-apps-require-orgs',
        '    description: web apps require an organization',
        '    resource: client',
        '    where: { app_type: regular_web }',
        '    require: { organization_usage: require }',
        '',
      ].join('\n'),
    });
    const run = await runCli(['--print-config', 'tenant.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    const cfg = JSON.parse(run.stdout);
    expect(cfg.rules['require-no-prompt']).toEqual(['off']);
    expect(cfg.rules['organization-usage-enum']).toEqual(['error']);
    expect(cfg.rules['web-apps-require-orgs']).toEqual(['error']);
  });

  it('without a config says so (configFile null); refuses other paths (exit 2)', async () => {
    const dir = tempTree({});
    const run = await runCli(['--print-config', 'tenant.yaml'], { cwd: dir });
    expect(JSON.parse(run.stdout).configFile).toBeNull();
    const two = await runCli(['--print-config', 'tenant.yaml', 'other.yaml'], { cwd: dir });
    expect([two.code, two.stderr]).toEqual([2, 'orglint: --print-config FILE prints the settings of one file: name no other paths\n']);
  });
});

describe('--init', () => {
  it('writes a starter .orglint.yaml that orglint reads as the defaults; a second --init refuses and changes nothing', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const before = await runCli(['tenant.yaml', '-f', 'json'], { cwd: dir });
    const init = await runCli(['--init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote .orglint.yaml');
    const text = readFileSync(path.join(dir, '.orglint.yaml'), 'utf8');
    for (const r of RULES) expect(text).toContain(`# ${r.id}: ${r.meta.severity}`);
    expect(text).toMatch(/^# ignore:$/m);
    const after = await runCli(['tenant.yaml', '-f', 'json'], { cwd: dir });
    expect(after.stderr).toBe('');
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
    expect(JSON.parse((await runCli(['--print-config', 'tenant.yaml'], { cwd: dir })).stdout).configFile).toBe('.orglint.yaml');
    // uncommenting a rule line gives a valid config
    writeFileSync(path.join(dir, '.orglint.yaml'), text.replace('  # organization-usage-enum: error', '  organization-usage-enum: warn'));
    const edited = JSON.parse((await runCli(['tenant.yaml', '-f', 'json'], { cwd: dir })).stdout);
    expect(edited.summary.errors).toBe(1);
    const again = await runCli(['--init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('orglint: .orglint.yaml already exists: orglint --init never overwrites a config (orglint --print-config FILE shows what it sets)\n');
  });

  it('refuses when another config name exists, or a link is planted at .orglint.yaml (nothing written through it)', async () => {
    const json = tempTree({ '.orglint.json': '{}' });
    expect((await runCli(['--init'], { cwd: json })).code).toBe(2);
    expect(existsSync(path.join(json, '.orglint.yaml'))).toBe(false);
    const linked = tempTree({});
    symlinkSync(path.join(linked, 'elsewhere.txt'), path.join(linked, '.orglint.yaml'));
    const run = await runCli(['--init'], { cwd: linked });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^orglint: cannot write \.orglint\.yaml: /);
    expect(existsSync(path.join(linked, 'elsewhere.txt'))).toBe(false);
    expect(lstatSync(path.join(linked, '.orglint.yaml')).isSymbolicLink()).toBe(true);
    const extra = await runCli(['--init', 'tenant.yaml'], { cwd: tempTree({}) });
    expect([extra.code, extra.stderr]).toEqual([2, 'orglint: --init takes no other options or paths: it writes .orglint.yaml in this folder\n']);
  });
});

describe('severities and $schema', () => {
  it('accepts warn and ESLint 0/1/2 in the config and in --rule; reports them as warning/error', async () => {
    const dir = tempTree({
      'tenant.yaml': SAMPLE_TENANT,
      '.orglint.yaml': 'rules:\n  organization-usage-enum: warn\n  organization-require-behavior-enum: 1\n  require-behavior-without-require: [2, { ignoreDefault: false }]\n',
    });
    const run = await runCli(['tenant.yaml', '-f', 'json'], { cwd: dir });
    const sev = Object.fromEntries(JSON.parse(run.stdout).findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity]));
    expect(sev).toEqual({ 'organization-usage-enum': 'warning', 'organization-require-behavior-enum': 'warning', 'require-behavior-without-require': 'error' });
    const flags = await runCli(['tenant.yaml', '-f', 'json', '--rule', 'require-behavior-without-require=0', '--rule', 'organization-usage-enum=2'], { cwd: dir });
    expect(JSON.parse(flags.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}=${f.severity}`)).toEqual([
      'organization-usage-enum=error',
      'organization-require-behavior-enum=warning',
    ]);
    const bad = await runCli(['tenant.yaml', '--rule', 'organization-usage-enum=3'], { cwd: dir });
    expect(bad.stderr).toBe('orglint: --rule organization-usage-enum=3: expected ID=SEVERITY with SEVERITY one of off, info, warning (or warn), error\n');
    const badConfig = await runCli(['tenant.yaml'], { cwd: tempTree({ 'tenant.yaml': SAMPLE_TENANT, '.orglint.yaml': 'rules:\n  organization-usage-enum: 3\n' }) });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toContain('expected off, info, warning (or warn), error, or [severity, {options}]');
  });

  it('accepts $schema in .orglint.json and .orglint.yaml, and still refuses unknown keys', async () => {
    const json = tempTree({ 'tenant.yaml': SAMPLE_TENANT, '.orglint.json': JSON.stringify({ $schema: 'https://example.invalid/orglint-config.schema.json', rules: { 'organization-usage-enum': 'off' } }) });
    const run = await runCli(['tenant.yaml', '-f', 'json'], { cwd: json });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).summary.errors).toBe(1);
    const yaml = tempTree({ 'tenant.yaml': SAMPLE_TENANT, '.orglint.yaml': '$schema: https://example.invalid/orglint.json\n' });
    expect((await runCli(['tenant.yaml'], { cwd: yaml })).code).toBe(1);
    const typo = tempTree({ 'tenant.yaml': SAMPLE_TENANT, '.orglint.json': '{"$schemas": "x"}' });
    const refused = await runCli(['tenant.yaml'], { cwd: typo });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('unknown key "$schemas"');
    expect(refused.stderr).not.toContain('"$schema",');
  });
});

describe('colour', () => {
  const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
  const colourOf = async (args: string[], env: NodeJS.ProcessEnv) => ANSI.test((await runCli(['tenant.yaml', ...args], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } })).stdout);

  it('is off in a pipe, on with --color, FORCE_COLOR; off with --no-color, NO_COLOR, FORCE_COLOR=0; the last flag wins', async () => {
    expect(await colourOf([], {})).toBe(false);
    expect(await colourOf(['--color'], {})).toBe(true);
    expect(await colourOf([], { FORCE_COLOR: '1' })).toBe(true);
    expect(await colourOf([], { FORCE_COLOR: '' })).toBe(true);
    expect(await colourOf([], { FORCE_COLOR: '0' })).toBe(false);
    expect(await colourOf([], { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(await colourOf(['--color'], { NO_COLOR: '1' })).toBe(true);
    expect(await colourOf(['--no-color'], { FORCE_COLOR: '1' })).toBe(false);
    expect(await colourOf(['--color', '--no-color'], {})).toBe(false);
    expect(await colourOf(['--no-color', '--color'], {})).toBe(true);
  });

  it('never goes into a file', async () => {
    await runCli(['tenant.yaml', '--color', '-f', 'stylish=out.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).not.toMatch(ANSI);
  });
});

describe('--help and --version', () => {
  /** `-x, --name` or `--name` for each option a command's parser takes. */
  type Options = Record<string, object>;
  const flagsOf = (options: Options) => Object.entries(options).map(([name, o]) => ('short' in o ? `-${String(o.short)}, --${name}` : `--${name}`));
  const COMMAND_FLAGS: [string, Options][] = [
    ['audit', AUDIT_OPTIONS],
    ['fix', FIX_OPTIONS],
    ['rollback', ROLLBACK_OPTIONS],
    ['rules', RULES_OPTIONS],
    ['explain', EXPLAIN_OPTIONS],
    ['flows', FLOWS_OPTIONS],
    ['lsp', { stdio: {} }],
  ];

  it('covers every command', () => {
    expect(COMMAND_FLAGS.map(([c]) => c).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('orglint --help lists every flag of every command', async () => {
    const run = await runCli(['--help'], { cwd: ROOT });
    expect(run.code).toBe(0);
    const missing = [...flagsOf(LINT_OPTIONS), ...COMMAND_FLAGS.flatMap(([, o]) => flagsOf(o))].filter((f) => !run.stdout.includes(f));
    expect(missing).toEqual([]);
    for (const [cmd] of COMMAND_FLAGS) expect(run.stdout).toContain(`orglint ${cmd}`);
    expect(run.stdout).toContain('-v, --version');
    expect(run.stdout).toContain('-h, --help');
    expect((await runCli(['-h'], { cwd: ROOT })).stdout).toBe(run.stdout);
    expect((await runCli(['examples', '--fix', '--help'], { cwd: ROOT })).stdout).toBe(run.stdout);
  });

  it('orglint COMMAND --help lists every flag of that command, and runs nothing', async () => {
    for (const [cmd, options] of COMMAND_FLAGS) {
      const run = await runCli([cmd, '--help'], { cwd: tempDir(), env: { AUTH0_DOMAIN: '', AUTH0_CLIENT_ID: '', AUTH0_CLIENT_SECRET: '' } });
      expect(run.code, cmd).toBe(0);
      expect(run.stderr, cmd).toBe('');
      expect(flagsOf(options).filter((f) => !run.stdout.includes(f)), cmd).toEqual([]);
      expect(run.stdout, cmd).toContain('-h, --help');
      expect((await runCli([cmd, '-h'], { cwd: ROOT })).stdout).toBe(run.stdout);
    }
  });

  it('after --, -h is a file name, not a request for help', async () => {
    const dir = tempTree({ '-h': SAMPLE_TENANT });
    const run = await runCli(['--', '-h'], { cwd: dir });
    expect(run.stdout).not.toContain('Usage:');
  });

  it('--version prints the version in package.json', async () => {
    expect((await runCli(['--version'], { cwd: ROOT })).stdout).toBe(`${pkg.version}\n`);
    expect((await runCli(['-v'], { cwd: ROOT })).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('journal names', () => {
  it('match the pattern .gitignore lists (so a fix run in this repository never leaves them as untracked noise)', () => {
    const name = defaultJournalName('acme.eu.auth0.com', new Date('2025-01-02T03:04:05Z'));
    expect(name).toBe('orglint-journal-acme.eu.auth0.com-20250102T030405Z.jsonl');
    const patterns = readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n').filter((l) => l.includes('journal'));
    const asRegex = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    expect(patterns.some((p) => asRegex(p).test(name))).toBe(true);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/\.orglint-journal-/);
  });
});
