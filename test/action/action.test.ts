import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';
import { BASE_TENANT, HEAD_TENANT } from '../helpers/flows-tenants';

const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** workflow commands with a file: the annotations */
  annotations: { command: string; props: Record<string, string>; message: string }[];
}

/**
 * Run the bundled action entry (built for this test run, in a folder of its own as dist-action/) the way the runner does: `node
 * action.js` in the workspace, every input as INPUT_<NAME> (defaults from action.yml), GITHUB_STEP_SUMMARY and
 * GITHUB_OUTPUT files.
 */
function runAction(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const entry = inject('actionPath');
  const files = mkdtempSync(path.join(tmpdir(), 'orglint-runner-'));
  const summaryFile = path.join(files, 'step-summary.md');
  const outputFile = path.join(files, 'output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_)/.test(k)) env[k] = v;
  for (const [name, spec] of Object.entries(ACTION.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  Object.assign(env, { GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, GITHUB_ACTIONS: 'true', RUNNER_TEMP: files }, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const outputs: Record<string, string> = {};
      for (const m of readFileSync(outputFile, 'utf8').matchAll(/^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
      const annotations = stdout
        .split('\n')
        .map((l) => /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({
          command: m[1],
          props: Object.fromEntries(m[2].split(',').map((p) => p.split('=') as [string, string])),
          message: m[3],
        }))
        .filter((a) => 'file' in a.props);
      resolve({ code, stdout, stderr, summary: readFileSync(summaryFile, 'utf8'), outputs, annotations });
    });
  });
}

describe('the GitHub Action (dist-action/action.js)', () => {
  it('declares node24, the committed bundle, and the inputs and outputs it reads', () => {
    expect(ACTION.runs).toEqual({ using: 'node24', main: 'dist-action/action.js' });
    expect(Object.keys(ACTION.inputs)).toEqual(['paths', 'config', 'fail-on', 'max-warnings', 'sarif-file', 'report-file', 'baseline', 'keywords-file', 'plugins', 'base', 'pass-on-empty']);
    expect(Object.keys(ACTION.outputs)).toEqual(['errors', 'warnings', 'sarif-file', 'report-file', 'flows-diff']);
    expect(ACTION.inputs['fail-on'].default).toBe('error');
    expect(ACTION.inputs.paths.default).toBe('.');
  });

  it('pass-on-empty: paths that give no tenant configuration pass the step and say nothing was linted; a missing path and a bad value still fail', async () => {
    const ws = tempTree({ 'package.json': '{"name": "x"}\n', 'tenants/README.md': 'later\n' });
    const paths = 'tenants/\noptional/**';
    const failed = await runAction(ws, { paths });
    expect(failed.code).toBe(1);
    expect(failed.summary.startsWith('## orglint: ❌ could not run')).toBe(true);
    const r = await runAction(ws, { paths, 'pass-on-empty': 'true' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::notice::orglint: no tenant configuration found in tenants/, optional/**: nothing was linted (pass-on-empty)');
    expect(r.summary.split('\n').slice(0, 3)).toEqual(['> orglint: no tenant configuration found in tenants/, optional/\\*\\*: nothing was linted \\(pass-on-empty\\)', '', '## orglint: ✅ no problems']);
    expect([r.outputs.errors, r.outputs.warnings]).toEqual(['0', '0']);
    // a path that does not exist is a typo, not an optional folder (as with the CLI's --pass-on-empty)
    const missing = await runAction(ws, { paths: 'tenant/', 'pass-on-empty': 'true' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('::error::orglint: no such file or directory: tenant/');
    const bad = await runAction(ws, { paths, 'pass-on-empty': 'yes' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::orglint: input pass-on-empty: expected a boolean (true, True, TRUE, false, False or FALSE), got "yes"');
    // with tenant configuration it lints as ever
    const linted = await runAction(tempTree({ 'tenant.yaml': SAMPLE_TENANT }), { 'pass-on-empty': 'true' });
    expect(linted.summary).not.toContain('nothing was linted');
  });

  it("every boolean input takes the YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput: true | True | TRUE | false | False | FALSE", async () => {
    const ws = tempTree({
      '.orglint.yaml': 'plugins: [./rules/acme.mjs]\n',
      'rules/acme.mjs':
        "export default { name: 'acme', rules: [{ id: 'named', meta: { description: 'd', severity: 'error', scope: 'client' }, messages: { m: 'found {{n}}' }, check(ctx) { ctx.report({ messageId: 'm', at: ['name'], data: { n: ctx.resource.name } }); } }] };\n",
      'tenant.yaml': 'clients:\n  - name: Plain\n',
      'empty/README.md': 'later\n',
    });
    mkdirSync(path.join(ws, '.git'));
    const booleans = Object.entries(ACTION.inputs).filter(([, spec]) => spec.default === 'true' || spec.default === 'false').map(([name]) => name);
    expect(booleans).toEqual(['plugins', 'pass-on-empty']);
    for (const v of ['true', 'True', 'TRUE']) {
      const on = await runAction(ws, { paths: '.', plugins: v });
      expect([v, on.code, on.annotations.map((a) => a.props.title)]).toEqual([v, 1, ['acme/named']]);
      const empty = await runAction(ws, { paths: 'empty/', 'pass-on-empty': v });
      expect([v, empty.code]).toEqual([v, 0]);
      expect(empty.stdout).toContain('::notice::orglint: no tenant configuration found in empty/: nothing was linted (pass-on-empty)');
    }
    for (const v of ['false', 'False', 'FALSE']) {
      const off = await runAction(ws, { paths: '.', plugins: v });
      expect([v, off.code, off.annotations]).toEqual([v, 0, []]);
      const empty = await runAction(ws, { paths: 'empty/', 'pass-on-empty': v });
      expect([v, empty.code]).toEqual([v, 1]);
      expect(empty.summary.startsWith('## orglint: ❌ could not run')).toBe(true);
    }
    // anything else (YAML 1.1's yes/on, a stray space inside, tRUE) fails the step naming the input and the values
    for (const [name, v] of [['plugins', 'yes'], ['plugins', 'tRUE'], ['pass-on-empty', 'on'], ['pass-on-empty', '0']]) {
      const bad = await runAction(ws, { paths: '.', [name]: v });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toContain(`::error::orglint: input ${name}: expected a boolean (true, True, TRUE, false, False or FALSE), got ${JSON.stringify(v)}`);
    }
  }, 60_000);

  it('runs the config\'s plugins, and none with plugins: false', async () => {
    const ws = tempTree({
      '.orglint.yaml': 'plugins: [./rules/acme.mjs]\n',
      'rules/acme.mjs':
        "export default { name: 'acme', rules: [{ id: 'named', meta: { description: 'd', severity: 'error', scope: 'client' }, messages: { m: 'found {{n}}' }, check(ctx) { ctx.report({ messageId: 'm', at: ['name'], data: { n: ctx.resource.name } }); } }] };\n",
      'tenant.yaml': 'clients:\n  - name: Plain\n',
    });
    mkdirSync(path.join(ws, '.git'));
    const on = await runAction(ws, { paths: '.' });
    expect(on.annotations.map((a) => a.props.title)).toEqual(['acme/named']);
    const off = await runAction(ws, { paths: '.', plugins: 'false' });
    expect(off.code).toBe(0);
    expect(off.annotations).toEqual([]);
  });

  it("the README's workflow is valid and uses the action's inputs and outputs", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## GitHub Action'));
    const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]);
    const steps = workflow.jobs.orglint.steps as { uses: string; id?: string; with?: Record<string, string>; if?: string }[];
    expect(steps.map((x) => x.uses.replace(/@.*/, ''))).toEqual(['actions/checkout', 'OWNER/orglint', 'github/codeql-action/upload-sarif', 'actions/upload-artifact']);
    expect(workflow.jobs.orglint.permissions['security-events']).toBe('write');
    expect(steps[2].uses).toBe('github/codeql-action/upload-sarif@v4');
    for (const key of Object.keys(steps[1].with!)) expect(Object.keys(ACTION.inputs)).toContain(key);
    for (const m of section.slice(0, section.indexOf('## pre-commit')).matchAll(/steps\.orglint\.outputs\.([\w-]+)/g)) expect(Object.keys(ACTION.outputs)).toContain(m[1]);
  });

  it('annotates findings most severe first, writes the job summary, SARIF and the report, sets outputs, fails on errors', async () => {
    const ws = tempTree({ 'tenants/prod/tenant.yaml': SAMPLE_TENANT, 'tenants/dev/tenant.yaml': 'clients:\n  - name: Dev\n    organization_usage: deny\n', 'docs/notes.yaml': 'a: 1\n' });
    const r = await runAction(ws, { paths: 'tenants/dev\ntenants/prod\n', 'sarif-file': 'out/orglint.sarif', 'report-file': 'out/report.html' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.annotations).toEqual([
      {
        command: 'error',
        props: { title: 'organization-usage-enum', file: 'tenants/prod/tenant.yaml', line: '6', endLine: '6', col: '25', endColumn: '32' },
        message: 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?',
      },
      expect.objectContaining({ command: 'error', props: expect.objectContaining({ title: 'organization-require-behavior-enum', line: '10', col: '36' }) }),
      expect.objectContaining({ command: 'warning', props: expect.objectContaining({ title: 'require-behavior-without-require', line: '13', col: '5' }) }),
    ]);
    expect(r.stdout).toContain('::error::orglint found 2 errors\n');
    // the log shows the findings with their source lines, with workflow commands switched off around them
    const stop = /::stop-commands::([0-9a-f]{32})\n([\s\S]*?)::\1::/.exec(r.stdout);
    expect(stop![2]).toContain('tenants/prod/tenant.yaml\n  6:25');
    expect(r.summary.split('\n')[0]).toBe('## orglint: 3 problems (2 errors, 1 warning, 0 infos)');
    expect(r.summary).toContain('#### `tenants/prod/tenant.yaml`');
    expect(r.outputs).toEqual({ errors: '2', warnings: '1', 'sarif-file': 'out/orglint.sarif', 'report-file': 'out/report.html' });
    const sarif = JSON.parse(readFileSync(path.join(ws, 'out/orglint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['organization-usage-enum', 'organization-require-behavior-enum', 'require-behavior-without-require']);
    expect(readFileSync(path.join(ws, 'out/report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('lints the .tf files of the workspace with the default paths, annotating the values', async () => {
    const ws = tempTree({
      'infra/auth0/main.tf': 'resource "auth0_client" "portal" {\n  name               = "Portal"\n  organization_usage = "Require"\n}\n',
      'infra/other/main.tf': 'provider "aws" {}\n',
    });
    const r = await runAction(ws, {});
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => [a.command, a.props.file, a.props.line, a.props.col])).toEqual([['error', 'infra/auth0/main.tf', '3', '24']]);
  });

  it('fail-on never passes with findings; fail-on warning and max-warnings fail on warnings', async () => {
    const ws = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: deny\n    organization_require_behavior: pre_login_prompt\n' });
    const never = await runAction(ws, { 'fail-on': 'never', 'report-file': 'orglint.md' });
    expect(never.code).toBe(0);
    expect(never.annotations.map((a) => a.command)).toEqual(['warning']);
    expect(readFileSync(path.join(ws, 'orglint.md'), 'utf8')).toBe(never.summary);
    const byDefault = await runAction(ws, {});
    expect(byDefault.code).toBe(0);
    expect(byDefault.outputs).toMatchObject({ errors: '0', warnings: '1' });
    const warning = await runAction(ws, { 'fail-on': 'warning' });
    expect(warning.code).toBe(1);
    expect(warning.stdout).toContain('::error::orglint found 1 warning (fail-on: warning)\n');
    const max = await runAction(ws, { 'max-warnings': '0' });
    expect(max.code).toBe(1);
    expect(max.stdout).toContain('::error::orglint found 1 warning, more than max-warnings 0\n');
    expect((await runAction(ws, { 'max-warnings': '1' })).code).toBe(0);
  });

  it('reads the config, keywords file and baseline inputs', async () => {
    const ws = tempTree({
      'tenant.yaml': `${SAMPLE_TENANT}  - name: Keyworded\n    organization_usage: '##USAGE##'\n`,
      'ci/orglint.yaml': 'rules:\n  require-behavior-without-require: off\n',
      'ci/keywords.json': '{"USAGE": "requires"}',
    });
    const r = await runAction(ws, { config: 'ci/orglint.yaml', 'keywords-file': 'ci/keywords.json' });
    expect(r.annotations.map((a) => `${a.props.line}:${a.props.col} ${a.props.title}`)).toEqual([
      '6:25 organization-usage-enum',
      '10:36 organization-require-behavior-enum',
      '15:25 organization-usage-enum',
    ]);
    const rec = await runCli(['.', '-c', 'ci/orglint.yaml', '--keywords', 'ci/keywords.json', '--baseline', 'ci/baseline.json', '--update-baseline'], { cwd: ws });
    expect(rec.code).toBe(0);
    const base = await runAction(ws, { config: 'ci/orglint.yaml', 'keywords-file': 'ci/keywords.json', baseline: 'ci/baseline.json' });
    expect(base.code).toBe(0);
    expect(base.annotations).toEqual([]);
    expect(base.summary).toContain('3 findings hidden by the baseline');
    expect(base.outputs).toMatchObject({ errors: '0', warnings: '0' });
  });

  it('a workspace with no tenant configuration fails the step, and the job summary says why', async () => {
    const ws = tempTree({ 'package.json': '{"name": "x"}\n', 'docs/notes.yaml': 'a: 1\n' });
    const r = await runAction(ws, {});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::orglint: no tenant configuration found in . (2 files read: none is a deploy-cli export');
    expect(r.summary).not.toContain('no problems');
    expect(r.summary.startsWith('## orglint: ❌ could not run\n\n> no tenant configuration found in . \\(2 files read: none is a deploy-cli export')).toBe(true);
    // a directive that hides findings is counted and listed in the job summary
    const sup = tempTree({ 'tenant.yaml': `# orglint-disable-file -- TICKET-7\n${SAMPLE_TENANT}` });
    const hidden = await runAction(sup, {});
    expect(hidden.code).toBe(0);
    expect(hidden.summary.split('\n')[0]).toBe('## orglint: ✅ no problems · 3 suppressed');
    expect(hidden.summary).toContain('### Suppressed (3)');
    expect(hidden.summary).toContain('| TICKET-7 |');
  });

  it('fails with a clear message when it cannot run', async () => {
    const ws = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const bad = await runAction(ws, { 'fail-on': 'sometimes' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('::error::orglint: input fail-on: expected error, warning or never, got "sometimes"\n');
    const report = await runAction(ws, { 'report-file': 'report.pdf' });
    expect(report.stdout).toContain('::error::orglint: input report-file: expected a name ending in .md or .html');
    const config = await runAction(ws, { config: 'missing.yaml' });
    expect(config.stdout).toBe('::error::orglint: config file not found: missing.yaml\n');
    const missing = await runAction(ws, { paths: 'nope/' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^::error::orglint: .*nope/m);
    expect(existsSync(path.join(ws, 'report.pdf'))).toBe(false);
  });
});

describe('the GitHub Action on a pull request: login flows', () => {
  it("puts what changes for users since the PR's base at the top of the job summary and in the flows-diff output", async () => {
    const ws = tempTree({ 'tenants/prod/tenant.yaml': BASE_TENANT });
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ws, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).toString().trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    writeFileSync(path.join(ws, 'tenants/prod/tenant.yaml'), HEAD_TENANT);
    git('commit', '-q', '-am', 'change login flows');
    const event = path.join(mkdtempSync(path.join(tmpdir(), 'orglint-event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { ref: 'main', sha: baseSha } } }));
    const pr = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' };
    const r = await runAction(ws, { paths: 'tenants/', 'fail-on': 'never' }, pr);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.summary.split('\n');
    expect(lines[0]).toBe(`## orglint flows: what changes for users since \`main (${baseSha.slice(0, 12)})\``);
    expect(lines[2]).toBe('- 🔴 breaking: Partner Portal: users without an organization were prompted for their organization before login; now their requests are rejected');
    // the lint report follows
    expect(r.summary).toMatch(/\n## orglint: /);
    expect(r.outputs['flows-diff'].trimEnd()).toBe(r.summary.slice(0, r.summary.indexOf('\n## orglint: ')).trimEnd());
    // the base input wins over the pull request's base; without either, no diff
    const same = await runAction(ws, { paths: 'tenants/', base: 'HEAD' }, pr);
    expect(same.summary.split('\n').slice(0, 3)).toEqual([`## orglint flows: what changes for users since \`HEAD (${git('rev-parse', 'HEAD').slice(0, 12)})\``, '', 'No change to any login flow.']);
    const push = await runAction(ws, { paths: 'tenants/' });
    expect(push.summary.split('\n')[0]).toMatch(/^## orglint: /);
    expect(push.outputs['flows-diff']).toBeUndefined();
    // a base that cannot be read (a shallow clone without it, no remote to fetch from) is said, and the step goes on
    writeFileSync(event, JSON.stringify({ pull_request: { base: { ref: 'main', sha: 'f'.repeat(40) } } }));
    const missing = await runAction(ws, { paths: 'tenants/', 'fail-on': 'never' }, pr);
    expect(missing.code).toBe(0);
    expect(missing.summary.split('\n')[0]).toBe('## orglint flows: not compared with `main`');
    expect(missing.stdout).toMatch(/^::warning::orglint flows: cannot compare with main: --diff f{40}: neither a path nor a git revision/m);
  });
});
