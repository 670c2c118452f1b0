/**
 * Attacks on the two gaps closed today (a named tenant-wide settings file of a deploy-cli directory export; Terraform
 * override files), through the real CLI. What passed is pinned so it keeps passing; what broke is `it.fails` with
 * what a user needs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const SECRET = 'supersecretvalue1234567890abcdefXYZ';

function exportTree(prompts: string, extra: Record<string, string> = {}): string {
  return tempTree({
    't/clients/A.json': `{\n  "name": "A", "app_type": "spa",\n  "organization_usage": "require", "client_secret": "${SECRET}",\n  "organization_require_behavior": "pre_login_prompt"\n}\n`,
    't/clients/B.json': '{\n  "name": "B",\n  "app_type": "spa",\n  "organization_usage": "Require"\n}\n',
    't/prompts/prompts.json': prompts,
    't/tenant.json': '{\n  "friendly_name": "x"\n}\n',
    ...extra,
  });
}
const CLASSIC = '{\n  "universal_login_experience": "classic"\n}\n';

describe('a named prompts.json', () => {
  it('shows the prompts finding on the unnamed client, with its related entry, and never the secret of that client', async () => {
    const dir = exportTree(CLASSIC);
    for (const f of ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html']) {
      const r = await runCli(['t/prompts/prompts.json', '-f', f], { cwd: dir });
      expect(r.code, f).toBe(0);
      expect(r.stdout + r.stderr, f).not.toContain(SECRET);
      expect(r.stdout, f).toContain('A.json');
      // B's own enum error belongs to a file not named (html's login table lists every application, as on main; JUnit
      // lists B as a case the staged prompts judged, README "pre-commit": the summary counts it as checked)
      if (f !== 'html' && f !== 'junit') expect(r.stdout, f).not.toContain('B.json');
      else expect(r.stdout, f).not.toContain('organization-usage-enum');
    }
    const j = JSON.parse((await runCli(['t/prompts/prompts.json', '-f', 'json'], { cwd: dir })).stdout);
    expect(j.findings).toHaveLength(1);
    expect(j.findings[0]).toMatchObject({ file: 't/clients/A.json', line: 3, column: 25, fix: null, ruleId: 'organization-requires-new-universal-login' });
    expect(j.findings[0].related).toEqual([
      { file: 't/prompts/prompts.json', line: 1, column: 1, endLine: 3, endColumn: 2, message: "named in this run: the prompts settings this finding depends on; the finding's own file was not named" },
    ]);
  });

  it('--fix, --fix-unsafe and --fix-dry-run write no file, named or not', async () => {
    const dir = exportTree(CLASSIC);
    const files = ['t/clients/A.json', 't/clients/B.json', 't/prompts/prompts.json', 't/tenant.json'];
    const before = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
    for (const m of ['--fix', '--fix-unsafe', '--fix-dry-run']) {
      const r = await runCli(['t/prompts/prompts.json', m, '-f', 'compact'], { cwd: dir });
      expect(r.code, m).toBe(0);
      expect(files.map((f) => readFileSync(path.join(dir, f), 'utf8')), m).toEqual(before);
    }
  });

  it('a prompts file of one tenant and a client of another: the other tenant gets only its own findings, no related', async () => {
    const dir = exportTree(CLASSIC, {
      'u/clients/C.json': '{"name":"C","app_type":"spa","organization_usage":"require","organization_require_behavior":"pre_login_prompt"}\n',
      'u/prompts/prompts.json': CLASSIC,
    });
    const j = JSON.parse((await runCli(['t/prompts/prompts.json', 'u/clients/C.json', '-f', 'json'], { cwd: dir })).stdout);
    const c = j.findings.filter((f: { file: string }) => f.file === 'u/clients/C.json');
    expect(c.map((f: { ruleId: string }) => f.ruleId)).toEqual(['organization-requires-new-universal-login']);
    expect(c[0].related ?? []).toEqual([]);
  });

  it('--update-baseline over a named prompts.json keeps the entries of the files it did not lint', async () => {
    const dir = exportTree(CLASSIC);
    await runCli(['t', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    const before = readFileSync(path.join(dir, 'b.json'), 'utf8');
    const r = await runCli(['t/prompts/prompts.json', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'b.json'), 'utf8'))).toEqual(JSON.parse(before));
  });

  // was a break: the config's `ignore: ['t/clients/A.json']` keeps A out of a walk of t/ (no finding), yet naming
  // prompts.json brought A's finding back (exit 1 with --max-warnings 0 on a file the user had ignored)
  it('a named prompts.json shows no finding on a file the config ignores', async () => {
    const dir = exportTree(CLASSIC, { '.orglint.yaml': "ignore: ['t/clients/A.json']\n" });
    const r = await runCli(['t/prompts/prompts.json', '-f', 'json', '--max-warnings', '0'], { cwd: dir });
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
    // still shown when not ignored, and under --max-warnings 0 it fails the run
    const s = await runCli(['t/prompts/prompts.json', '-f', 'compact', '--max-warnings', '0'], { cwd: exportTree(CLASSIC) });
    expect(s.stdout).toContain('t/clients/A.json:3:25: warning');
    expect(s.code).toBe(1);
  });

  it('a broken or empty prompts.json named is a parse-error', async () => {
    for (const text of ['{ "universal_login_experience": ', '', '{"universal_login_experience":"new","universal_login_experience":"classic"}']) {
      const r = await runCli(['t/prompts/prompts.json', '-f', 'compact', '--no-error-on-unmatched-pattern', '--pass-on-empty'], { cwd: exportTree(text) });
      expect(r.code, JSON.stringify(text)).toBe(1);
      expect(r.stdout).toContain('[parse-error]');
    }
  });

  // a staged prompts/prompts.json (or tenant.json) that is valid JSON but not an object (`[]`, `null`,
  // `"classic"`) was "not tenant configuration": with the hook's --no-error-on-unmatched-pattern --pass-on-empty a
  // note, and the commit went through, though deploy-cli cannot deploy it. It is a parse-error at 1:1, as an
  // empty file gets (other files of an export that are not objects are still not tenant configuration).
  it('a prompts.json that is not an object, staged alone, is not passed silently by the hook', async () => {
    for (const text of ['[]', 'null', '"classic"']) {
      const r = await runCli(['--no-error-on-unmatched-pattern', '--pass-on-empty', 't/prompts/prompts.json', '-f', 'compact'], { cwd: exportTree(text) });
      expect(r.code, text).toBe(1);
      expect(r.stdout).toContain('t/prompts/prompts.json:1:1: error: expected a JSON object, not ');
    }
  });

  it('a tenant.json that is not an object is a parse-error in a walked folder too, with its kind named', async () => {
    const r = await runCli(['.', '-f', 'compact'], { cwd: exportTree(CLASSIC, { 't/tenant.json': '[\n  "x"\n]\n' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('t/tenant.json:1:1: error: expected a JSON object, not an array: deploy-cli reads this file as one object [parse-error]');
  });
});

// review: a folder with a clients/ subfolder is not always an export. An app's source (app/clients/api.ts) beside
// app/prompts/prompts.json holding an LLM prompt list made `orglint .` fail on that file, though nothing there is
// Auth0's: the not-an-object error is raised only when the same root gives deploy-cli resources.
describe('a JSON array in prompts/ or tenant.json of a folder that is not an export', () => {
  const repo = (extra: Record<string, string> = {}) =>
    tempTree({
      ...extra,
      'app/clients/api.ts': 'export const api = 1;\n',
      'app/prompts/prompts.json': '["You are a helpful assistant"]\n',
      'app/tenant.json': '["not", "a", "tenant"]\n',
      'auth0/tenant.yaml': 'clients:\n  - name: A\n    app_type: spa\n',
    });

  it('is not reported when the folder is walked: the real tenant passes', async () => {
    const r = await runCli(['.', '-f', 'compact'], { cwd: repo() });
    expect(r.stdout).not.toContain('app/');
    expect(r.stdout).not.toContain('[parse-error]');
    expect(r.code).toBe(0);
  });

  it('named alone, it is not tenant configuration (exit 2), not a parse-error', async () => {
    const r = await runCli(['app/prompts/prompts.json', '-f', 'compact'], { cwd: repo() });
    expect(r.stdout).not.toContain('[parse-error]');
    expect(r.stderr).toContain('app/prompts/prompts.json');
    expect(r.code).toBe(2);
  });

  it('is still a parse-error once a clients/ file of that root is a deploy-cli client', async () => {
    const r = await runCli(['.', '-f', 'compact'], { cwd: repo({ 'app/clients/A.json': '{ "name": "A", "app_type": "spa" }\n' }) });
    expect(r.stdout).toContain('app/prompts/prompts.json:1:1: error: expected a JSON object, not an array');
    expect(r.stdout).toContain('app/tenant.json:1:1: error: expected a JSON object, not an array');
    expect(r.code).toBe(1);
  });
});

describe('the real pre-commit hook, staging only prompts.json', () => {
  it('shows the finding on the unstaged client with the related line, and never the unstaged working-tree edits', async () => {
    const root = path.resolve(__dirname, '../..');
    const dir = exportTree('{\n  "universal_login_experience": "new"\n}\n');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' } });
    git('init', '-q', '.');
    git('add', '-A');
    git('commit', '-qm', 'base');
    // the hook repository: the hook definition, bin/ and dist/ as built from these sources for this test run, committed
    const hook = tempTree({});
    execFileSync('cp', ['-r', path.join(root, '.pre-commit-hooks.yaml'), path.join(root, 'bin'), path.join(root, 'package.json'), hook]);
    cpSync(path.dirname(inject('cliPath')), path.join(hook, 'dist'), { recursive: true });
    const hgit = (...a: string[]) => execFileSync('git', a, { cwd: hook, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' } });
    hgit('init', '-q', '.');
    hgit('add', '-A');
    hgit('commit', '-qm', 'hook');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 't/prompts/prompts.json'), CLASSIC);
    git('add', 't/prompts/prompts.json');
    let out = '';
    try {
      out = execFileSync('pre-commit', ['try-repo', hook, 'orglint', '-v'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: path.join(hook, '.pc-home'), NO_COLOR: '1' }, timeout: 120_000 });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout);
    }
    expect(out).toMatch(/orglint\.+Passed/);
    expect(out).toContain('↳ t/prompts/prompts.json:1:1: named in this run: the prompts settings this finding depends on');
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain('B.json');
  }, 180_000);
});

describe('Terraform override files', () => {
  const MAIN = 'resource "auth0_client" "portal" {\n  name               = "Portal"\n  app_type           = "spa"\n  organization_usage = "require"\n  organization_require_behavior = "pre_login_prompt"\n}\n';

  it('an override with CRLF, a BOM, a comment and a heredoc is read at its exact place', async () => {
    const crlf = await runCli(['.', '-f', 'compact'], { cwd: tempTree({ 'main.tf': MAIN, 'override.tf': 'resource "auth0_client" "portal" {\r\n  # c\r\n  organization_usage = "Require"\r\n}\r\n' }) });
    expect(crlf.stdout).toContain('override.tf:3:24: error: organization_usage "Require"');
    const bom = await runCli(['.', '-f', 'compact'], { cwd: tempTree({ 'main.tf': MAIN, 'override.tf': '\ufeffresource "auth0_client" "portal" {\n  organization_usage = "Require"\n}\n' }) });
    expect(bom.stdout).toContain('override.tf:2:24: error: organization_usage "Require"');
  });

  it('an override in a subfolder is another module: naming main.tf of the parent does not see it', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'sub/main.tf': MAIN, 'sub/override.tf': 'resource "auth0_client" "portal" {\n  organization_usage = "Require"\n}\n' });
    const r = await runCli(['main.tf', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(0);
    const s = await runCli(['sub/main.tf', '-f', 'compact'], { cwd: dir });
    expect(s.stdout).toContain('sub/override.tf:2:24: error');
  });

  it('an override of an undeclared variable or local is a parse-error at its name', async () => {
    const r = await runCli(['.', '-f', 'compact'], { cwd: tempTree({ 'main.tf': MAIN, 'override.tf': 'locals {\n  x = 1\n}\nvariable "v" {\n  default = "Require"\n}\n' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('override.tf:2:3: error: invalid Terraform: the override file sets the local value "x"');
    expect(r.stdout).toContain('override.tf:4:10: error: invalid Terraform: the override file sets the variable "v"');
  });

  // was a break: Terraform refuses an override of a data resource no other file declares ("Missing data resource to
  // override") as it does a managed resource, and an override of an aliased provider configuration with no base one
  // ("Missing base provider configuration for override"); orglint passed both silently (exit 0), so `terraform plan`
  // failed on a commit orglint let through. Now the same parse-error at the name as for a resource (module calls,
  // outputs, and `moved`/`import` blocks in an override file too: test/sources/terraform/override-bases.test.ts).
  it('an override of an undeclared data resource is a parse-error', async () => {
    const r = await runCli(['.', '-f', 'compact'], { cwd: tempTree({ 'main.tf': MAIN, 'override.tf': 'data "auth0_client" "d" {\n  name = "x"\n}\n' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('override.tf:1:21: error: invalid Terraform');
  });

  // was a break: override.tf as a symbolic link (a shared override kept once and linked into each module, as teams
  // do) is used by Terraform, which follows links; `orglint override.tf` named it, said "no problems" and exited 0,
  // though the merged organization_usage Terraform deploys is "Require" (invalid). Now a module's linked file is read
  // as Terraform reads it when its real path is inside the repository (else a read-error: a link in a pull request
  // could point at a runner's credentials), and never written: its fixes are left to the user, with the reason
  // (test/sources/terraform/module-links.test.ts: walked, named, a linked main.tf, --fix).
  it('a symlinked override.tf named on the command line is merged, not passed silently', async () => {
    const dir = tempTree({ '.git/HEAD': 'x\n', 'main.tf': MAIN, 'shared/o.tf': 'resource "auth0_client" "portal" {\n  organization_usage = "Require"\n}\n' });
    symlinkSync('shared/o.tf', path.join(dir, 'override.tf'));
    const r = await runCli(['override.tf', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    // the merged value's finding, at its place in the linked file (not a read-error at the link)
    expect(r.stdout.split('\n').filter((l) => / (error|warning|info): /.test(l))).toEqual([
      'override.tf:2:24: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?; --fix leaves it: override.tf is a symbolic link (to shared/o.tf): orglint writes no file through a link, change that file by hand [organization-usage-enum]',
    ]);
    const j = JSON.parse((await runCli(['override.tf', '-f', 'json'], { cwd: dir })).stdout);
    expect(j.findings.map((f: { file: string; line: number; column: number; ruleId: string }) => [f.file, f.line, f.column, f.ruleId])).toEqual([['override.tf', 2, 24, 'organization-usage-enum']]);
  });

  // was a break: override.tf sets organization_usage = "deny"; main.tf keeps organization_require_behavior. The
  // warning lands on main.tf:5:3 ("has no effect while organization_usage is "deny"") while main.tf:4 plainly says
  // "require", and nothing pointed at override.tf:2:24, where the "deny" Terraform uses is. Now every value a rule
  // read that another file sets is a `related` entry (read-origins.ts; test/sources/terraform/read-origins.test.ts).
  it('a finding caused by a value an override sets names the override file', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': 'resource "auth0_client" "portal" {\n  organization_usage = "deny"\n}\n' });
    const j = JSON.parse((await runCli(['.', '-f', 'json'], { cwd: dir })).stdout);
    const f = j.findings.find((x: { ruleId: string }) => x.ruleId === 'require-behavior-without-require');
    expect(f).toMatchObject({ file: 'main.tf', line: 5, column: 3 });
    expect(JSON.stringify(f.related ?? []) + f.message).toContain('override.tf');
  });

  // was a break: `Override.tf` and `main_OVERRIDE.tf` were merged as override files, so a commit Terraform refuses
  // ("Duplicate resource configuration": it tells override files by exact case, baseName == "override" or the
  // suffix "_override") passed with the second file's value silently replacing the first's
  it('Override.tf and main_OVERRIDE.tf are primary files: a resource they declare again is a parse-error', async () => {
    const dup = 'resource "auth0_client" "portal" {\n  organization_usage = "deny"\n}\n';
    const r = await runCli(['.', '-f', 'compact'], { cwd: tempTree({ 'main.tf': MAIN, 'main_OVERRIDE.tf': dup }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('main_OVERRIDE.tf:1:25: error: invalid Terraform: the resource "auth0_client.portal" is declared again here (first at main.tf:1:25)');
    // sorted before main.tf, Override.tf is the first declaration and main.tf's is the duplicate, as in Terraform
    const s = await runCli(['.', '-f', 'compact'], { cwd: tempTree({ 'main.tf': MAIN, 'Override.tf': dup }) });
    expect(s.code).toBe(1);
    expect(s.stdout).toContain('main.tf:1:25: error: invalid Terraform: the resource "auth0_client.portal" is declared again here (first at Override.tf:1:25)');
  });

  // was a break: `ignore: ['override.tf']` in the config. Terraform still merges override.tf, and orglint reports
  // its value (rightly: never a silent pass) and says "1 problem with a fix", yet `--fix` wrote nothing and said
  // nothing. It still does not write a file the user left out; the finding now offers no fix at all and says why in
  // its message (as a not-named override's does: engine/unhanded-fixes.ts), rather than offer one `--fix` refuses.
  it('a finding on an ignored override file offers no fix, and says why', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': 'resource "auth0_client" "portal" {\n  organization_usage = "Require"\n}\n', '.orglint.yaml': "ignore: ['override.tf']\n" });
    const j = JSON.parse((await runCli(['.', '-f', 'json'], { cwd: dir })).stdout);
    expect(j.findings).toHaveLength(1);
    expect(j.findings[0]).toMatchObject({ file: 'override.tf', line: 2, column: 24, fix: null });
    expect(j.summary.fixable).toBe(0);
    for (const m of ['--fix', '--fix-dry-run']) {
      const fixed = await runCli(['.', m, '-f', 'compact'], { cwd: dir });
      expect(readFileSync(path.join(dir, 'override.tf'), 'utf8')).toContain('"Require"');
      expect(fixed.code, m).toBe(1);
      expect(fixed.stdout, m).toContain(
        "--fix leaves it: override.tf is left out by the config's ignore patterns, and orglint writes only the files it lints: change it by hand, or stop ignoring it [organization-usage-enum]",
      );
    }
  });

  it('the same override named three times is linted once', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': 'resource "auth0_client" "portal" {\n  organization_usage = "Require"\n}\n' });
    const r = await runCli(['override.tf', './override.tf', path.join(dir, 'override.tf'), '-f', 'compact'], { cwd: dir });
    expect(r.stdout.trim().split('\n').filter((l) => l.includes('error:'))).toEqual([
      'override.tf:2:24: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]',
    ]);
  });
});
