/**
 * Nothing linted is never success (issue 10, item 1): a named file orglint does not recognise, an empty or wrong
 * folder, a folder of links and a glob matching nothing all stop the run (exit 2) with the path and the reason;
 * Management API dumps without client_id are recognised; ordinary JSON found in a walk is still not a tenant.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const TENANT = 'clients:\n  - name: Portal\n    organization_usage: Require\n';
const NOTE = '(--no-error-on-unmatched-pattern reports these as notes and lints the rest)\n';

describe('Management API dumps without client_id', () => {
  it('a JSON array of client-like objects is a dump (the issue\'s export.json)', async () => {
    const dir = tempTree({ 'export.json': '[{"name":"A","organization_usage":"Require"}]' });
    const run = await runCli(['export.json', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toBe('export.json:1:35: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]\n');
    expect([run.code, run.stderr]).toEqual([1, '']);
  });

  it('{clients: [...]} without client_id, and dumps holding only organizations or only client_grants', async () => {
    const dir = tempTree({
      'clients.json': '{"clients": [{"name": "A", "organization_require_behavior": "pre_login_prompt"}]}\n',
      // the real shape of deploy-cli's recorded dumps (../shared/real-api/dumps), one list each
      'orgs.json': '{"organizations": [{"id": "org_1", "name": "Acme Corp", "display_name": "Acme"}]}\n',
      'grants.json': '{"client_grants": [{"id": "cgr_1", "client_id": "abc", "audience": "https://api.example", "scope": [], "organization_usage": "Allow"}]}\n',
    });
    const run = await runCli(['clients.json', 'orgs.json', 'grants.json', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.summary.files).toBe(3);
    expect(report.findings.map((f: { file: string; ruleId: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'clients.json:1:28 require-behavior-without-require',
      'grants.json:1:126 client-grant-organization-usage-enum',
      'orgs.json:1:44 organization-name-valid',
    ]);
  });

  it('a walked folder still skips ordinary JSON: package.json, tsconfig.json, a random array, a list of named things', async () => {
    const dir = tempTree({
      'tenant.yaml': TENANT,
      'package.json': '{"name": "x", "version": "1.0.0", "scripts": {"test": "vitest"}}\n',
      'tsconfig.json': '{"compilerOptions": {"strict": true}}\n',
      'numbers.json': '[1, 2, 3]\n',
      'people.json': '[{"name": "Ada", "description": "engineer"}, {"name": "Bob", "id": "7"}]\n',
      'data/clients-list.json': '{"clients": [{"name": "Ada", "email": "ada@example.com"}]}\n',
    });
    const run = await runCli(['.', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.summary.files).toBe(1);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['tenant.yaml']);
  });
});

describe('a path that gives nothing to lint: exit 2, naming it and why', () => {
  it('a named file that is not tenant configuration; --no-error-on-unmatched-pattern makes it a note', async () => {
    const dir = tempTree({ 'package.json': '{"name": "x"}\n', 'tenant.yaml': TENANT, 'README.md': '# hi\n' });
    const run = await runCli(['package.json', 'README.md', 'tenant.yaml'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      'orglint: package.json: not tenant configuration: JSON that is none of: a deploy-cli directory export (clients/, grants/, organizations/), a Management API dump (an array of clients, or clients / client_grants / organizations lists), a PATCH payload (*.patch.json), a HAR request, a Terraform plan\n' +
        'orglint: README.md: not tenant configuration: not a .yaml, .yml, .json, .har or .tf file\n' +
        NOTE,
    );
    const notes = await runCli(['package.json', 'tenant.yaml', '--no-error-on-unmatched-pattern', '-f', 'compact'], { cwd: dir });
    expect(notes.code).toBe(1);
    expect(notes.stderr).toMatch(/^orglint: note: package\.json: not tenant configuration: JSON that is none of/);
    expect(notes.stdout).toContain('tenant.yaml:3:25: error');
  });

  it('an empty folder, a wrong folder, a folder of symbolic links', async () => {
    const dir = tempTree({ 'docs/readme.md': '# docs\n', 'docs/mkdocs.yml': 'site_name: x\n', 'real/tenant.yaml': TENANT });
    mkdirSync(path.join(dir, 'empty'));
    mkdirSync(path.join(dir, 'links'));
    // (a link that leads nowhere, which deploy-cli skips too: one inside the tree is linted, one out of it is a
    // read-error, walk-links.test.ts)
    symlinkSync(path.join(dir, 'gone/tenant.yaml'), path.join(dir, 'links/tenant.yaml'));
    const cases: [string, string][] = [
      ['empty', 'orglint: no tenant configuration found in empty (it holds no .yaml, .yml, .json, .har or .tf file)\n'],
      ['docs', 'orglint: no tenant configuration found in docs (1 file read: none is a deploy-cli export, Management API dump, PATCH payload, HAR capture or Terraform plan or configuration)\n'],
      ['links', 'orglint: no tenant configuration found in links (1 symbolic link that leads nowhere)\n'],
    ];
    for (const [folder, message] of cases) {
      const run = await runCli([folder], { cwd: dir });
      expect([run.code, run.stdout, run.stderr], folder).toEqual([2, '', message + NOTE]);
    }
    // the default path, `.`, of a repository without tenant configuration
    const bare = tempTree({ 'package.json': '{"name": "x"}\n' });
    const dot = await runCli([], { cwd: bare });
    expect([dot.code, dot.stderr]).toEqual([2, `orglint: no tenant configuration found in . (1 file read: none is a deploy-cli export, Management API dump, PATCH payload, HAR capture or Terraform plan or configuration)\n${NOTE}`]);
  });

  it('--pass-on-empty lets a run that lints nothing pass; without it, notes alone still exit 2', async () => {
    const dir = tempTree({ 'docs/mkdocs.yml': 'site_name: x\n' });
    mkdirSync(path.join(dir, 'empty'));
    const pass = await runCli(['empty', 'docs', '--pass-on-empty'], { cwd: dir });
    expect(pass.code).toBe(0);
    expect(pass.stderr).toBe(
      'orglint: note: no tenant configuration found in empty (it holds no .yaml, .yml, .json, .har or .tf file)\n' +
        'orglint: note: no tenant configuration found in docs (1 file read: none is a deploy-cli export, Management API dump, PATCH payload, HAR capture or Terraform plan or configuration)\n',
    );
    expect(pass.stdout).toContain('no problems (0 files, 0 clients checked)');
    const notes = await runCli(['empty', '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect(notes.code).toBe(2);
    expect(notes.stderr).toBe(
      'orglint: note: no tenant configuration found in empty (it holds no .yaml, .yml, .json, .har or .tf file)\n' +
        'orglint: no tenant configuration found in empty: nothing was linted (--pass-on-empty lets such a run pass)\n',
    );
    // a named file that is not tenant configuration is a mistake even in an empty run, unless notes are asked for
    writeFileSync(path.join(dir, 'notes.yaml'), 'title: x\n');
    expect((await runCli(['notes.yaml', '--pass-on-empty'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['notes.yaml', '--pass-on-empty', '--no-error-on-unmatched-pattern'], { cwd: dir })).code).toBe(0);
  });

  // review: a folder whose tenant files are all symbolic links (tenants/tenant.yaml -> ../real/t.yaml) passed under
  // --pass-on-empty ("no problems (0 files)", exit 0) while deploy-cli follows the link: only a run whose paths hold
  // no candidate at all passes empty
  it('--pass-on-empty does not pass a folder whose tenant files were refused (symbolic links)', async () => {
    const dir = tempTree({});
    const real = tempTree({ 't.yaml': TENANT });
    mkdirSync(path.join(dir, 'tenants'));
    mkdirSync(path.join(dir, 'empty'));
    // (a folder linked out of the tree, of a name deploy-cli does not read by itself: not walked, and not a read-error
    // either, but it may be an export deploy-cli is pointed at; a linked file of a name the walk reads is a read-error)
    symlinkSync(real, path.join(dir, 'tenants/prod'));
    const links = 'no tenant configuration found in tenants (1 symbolic link to a path outside the repository or in a dot folder of it, not read (name its target to lint it))';
    const run = await runCli(['tenants', '--pass-on-empty'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `orglint: ${links}\n${NOTE}`]);
    // as notes, the empty run still fails
    const notes = await runCli(['tenants', 'empty', '--pass-on-empty', '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect(notes.code).toBe(2);
    expect(notes.stderr).toContain(`orglint: note: ${links}\n`);
    expect(notes.stderr).toContain('orglint: nothing was linted, and files were left unread (symbolic links or FIFOs): --pass-on-empty passes only a run whose paths hold no tenant configuration file at all\n');
    // a folder with truly nothing still passes
    expect((await runCli(['empty', '--pass-on-empty'], { cwd: dir })).code).toBe(0);
    // a file named through the link is refused as a named path leading out of the tree is; its target, named, is linted
    expect((await runCli(['tenants/prod/t.yaml', '-f', 'compact'], { cwd: dir })).stdout).toContain('tenants/prod/t.yaml:1:1: error: not read: a symbolic link');
    expect((await runCli([path.join(real, 't.yaml'), '-f', 'compact'], { cwd: dir })).code).toBe(1);
  });

  it('--fix and --update-baseline write nothing when a named path gives nothing to lint', async () => {
    const dir = tempTree({ 'tenant.yaml': TENANT, 'notes.yaml': 'title: x\n' });
    const fix = await runCli(['tenant.yaml', 'notes.yaml', '--fix'], { cwd: dir });
    expect(fix.code).toBe(2);
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(TENANT);
    const base = await runCli(['tenant.yaml', 'notes.yaml', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(base.code).toBe(2);
    expect(existsSync(path.join(dir, 'b.json'))).toBe(false);
  });

  it('a hostile file name is shown escaped in the message', async () => {
    const name = 'x\u001b[2J\n::error::pwned.json';
    const dir = tempTree({ [name]: '{}\n' });
    const run = await runCli([name], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr.split('\n')[0]).toBe('orglint: x\\u001b[2J\\n::error::pwned.json: not tenant configuration: JSON that is none of: a deploy-cli directory export (clients/, grants/, organizations/), a Management API dump (an array of clients, or clients / client_grants / organizations lists), a PATCH payload (*.patch.json), a HAR request, a Terraform plan');
  });

  it('a named file the config ignores', async () => {
    const dir = tempTree({ 'legacy/tenant.yaml': TENANT, '.orglint.yaml': 'ignore:\n  - legacy/**\n' });
    const run = await runCli(['legacy/tenant.yaml'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, `orglint: legacy/tenant.yaml: ignored by the config's ignore patterns\n${NOTE}`]);
  });
});

describe('glob arguments, expanded by orglint', () => {
  it("'tenants/**/*.yaml' lints what it matches; a glob matching nothing is exit 2", async () => {
    const dir = tempTree({ 'tenants/prod/tenant.yaml': TENANT, 'tenants/dev/tenant.yaml': TENANT, 'tenants/dev/keywords.yaml': 'A: b\n', 'other/tenant.yaml': TENANT });
    const run = await runCli(['tenants/**/*.yaml', '-f', 'compact'], { cwd: dir });
    expect(run.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['tenants/dev/tenant.yaml', 'tenants/prod/tenant.yaml']);
    expect([run.code, run.stderr]).toEqual([1, '']);
    const none = await runCli(['tenant/**/*.yaml'], { cwd: dir });
    expect([none.code, none.stderr]).toEqual([2, `orglint: no file matches the glob tenant/**/*.yaml\n${NOTE}`]);
    const unrelated = await runCli(['tenants/*/keywords.yaml'], { cwd: dir });
    expect(unrelated.stderr).toMatch(/^orglint: no tenant configuration found in the files matching tenants\/\*\/keywords\.yaml \(1 file read: none is/);
  });

  it('a path that exists is taken literally even when it looks like a glob; a costly glob is refused', async () => {
    const dir = tempTree({ '[prod]/tenant.yaml': TENANT });
    const run = await runCli(['[prod]/tenant.yaml', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toContain('[prod]/tenant.yaml:3:25: error');
    const hostile = await runCli([`${'*a'.repeat(12)}*b`], { cwd: dir });
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toBe(`orglint: invalid glob "${'*a'.repeat(12)}*b": 13 "*" wildcards in the segment "${'*a'.repeat(12)}*b", more than 3 (each multiplies the cost of matching by the length of a name)\n`);
    const range = await runCli(['tenants/x{1..100000000}.yaml'], { cwd: dir });
    expect([range.code, range.stderr]).toEqual([2, 'orglint: invalid glob "tenants/x{1..100000000}.yaml": expanded array length exceeds range limit\n']);
  });
});

describe('config globs: picomatch with ! negation, errors at their line and column, bounded cost', () => {
  it("ignore: ['tenants/**', '!tenants/prod/**'] lints prod again (the last pattern that matches decides)", async () => {
    const dir = tempTree({
      'tenants/prod/tenant.yaml': TENANT,
      'tenants/dev/tenant.yaml': TENANT,
      '.orglint.yaml': "ignore: ['tenants/**', '!tenants/prod/**']\n",
    });
    const run = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(run.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['tenants/prod/tenant.yaml']);
  });

  it('overrides.files with a negated pattern applies to the files it leaves', async () => {
    const dir = tempTree({
      'tenants/prod/tenant.yaml': TENANT,
      'tenants/dev/tenant.yaml': TENANT,
      '.orglint.yaml': "overrides:\n  - files: ['tenants/**', '!tenants/prod/**']\n    rules:\n      organization-usage-enum: off\n",
    });
    const run = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(run.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['tenants/prod/tenant.yaml']);
  });

  it('an invalid pattern is a config error at its line and column, not an internal error', async () => {
    const cases: [string, string][] = [
      ['ignore:\n  - legacy/**\n  - tenants/{dev,stage\n', '.orglint.yaml:3:5: invalid glob "tenants/{dev,stage" in ignore: an unclosed bracket: "}" is missing'],
      ['overrides:\n  - files:\n      - "tenants/[dev"\n    rules: {}\n', '.orglint.yaml:3:9: invalid glob "tenants/[dev" in overrides.0.files: an unclosed bracket: "]" is missing'],
      ['payloads: ["runbooks/*}.json"]\n', '.orglint.yaml:1:12: invalid glob "runbooks/*}.json" in payloads: a "}" without its "{"'],
      ["ignore: ['!tenants/prod/**']\n", '.orglint.yaml:1:10: ignore: every pattern starts with "!", so it matches no file (a "!" pattern only takes back what an earlier one matched; start with e.g. "**")'],
    ];
    for (const [config, message] of cases) {
      const dir = tempTree({ 'tenant.yaml': TENANT, '.orglint.yaml': config });
      const run = await runCli(['tenant.yaml'], { cwd: dir });
      expect([run.code, run.stderr], config).toEqual([2, `orglint: config error: ${message}\n`]);
    }
  });

  it('a pattern that would backtrack for minutes (*a*a*a…*b) is refused before it runs, by counting its wildcards', async () => {
    // 245-character names of "a" only: the worst input for this pattern; it is never matched against them
    const files: Record<string, string> = { 'tenant.yaml': TENANT };
    for (let i = 0; i < 5; i++) files[`${'a'.repeat(240)}${i}.yaml`] = 'x: 1\n';
    const hostile = `${'*a'.repeat(20)}*b`;
    const dir = tempTree({ ...files, '.orglint.yaml': `ignore:\n  - "${hostile}"\n  - "**/**/**/**/x"\n` });
    const run = await runCli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`orglint: config error: .orglint.yaml:2:5: invalid glob "${hostile}" in ignore: 21 "*" wildcards in the segment "${hostile}", more than 3 (each multiplies the cost of matching by the length of a name)\n`);
    writeFileSync(path.join(dir, '.orglint.yaml'), 'ignore:\n  - "**/**/**/**/x"\n');
    const deep = await runCli(['.'], { cwd: dir });
    expect(deep.stderr).toBe('orglint: config error: .orglint.yaml:2:5: invalid glob "**/**/**/**/x" in ignore: 4 "**" segments, more than 3 (each multiplies the cost of matching by the depth of the path)\n');
    // within the limits, the same kind of pattern runs over those names and the tenant is linted
    writeFileSync(path.join(dir, '.orglint.yaml'), 'ignore:\n  - "*a*a*b"\n');
    const ok = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(ok.stdout).toContain('tenant.yaml:3:25: error');
  });
});
