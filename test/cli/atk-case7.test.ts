/**
 * Attacks on the file-system letter case of fixed names and on hidden export files (attacker atk-case7).
 * Hard links stand in for a case-insensitive file system (one file, same dev and ino, under several names).
 */
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const BOGUS = (name: string) => `{ "name": "${name}", "organization_usage": "bogus" }\n`;
const ENUM = 'error: organization_usage "bogus" is not one of "deny", "allow", "require" [organization-usage-enum]';

describe('three names of one fixed-name file', () => {
  it('tenant.json, Tenant.JSON and TENANT.json, one file: linted once, its finding said once', async () => {
    const dir = tempTree({ 'exp/clients/ok.json': '{ "name": "Ok", "organization_usage": "allow" }\n', 'exp/Tenant.JSON': '{ "friendly_name": }\n' });
    linkSync(path.join(dir, 'exp/Tenant.JSON'), path.join(dir, 'exp/TENANT.json'));
    linkSync(path.join(dir, 'exp/Tenant.JSON'), path.join(dir, 'exp/tenant.json'));
    const run = await runCli(['exp', '-f', 'json', '--debug'], { cwd: dir });
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { findings: { file: string; ruleId: string }[]; summary: { files: number } };
    // (before: TENANT.json and Tenant.JSON were both linted, the one parse error said twice, 3 files)
    expect(out.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
    expect(out.summary.files).toBe(2);
    // (which name is kept follows the folder's listing order, as the loader's; the other two are said to be it)
    const kept = out.findings[0].file;
    expect(['exp/Tenant.JSON', 'exp/TENANT.json']).toContain(kept);
    expect(run.stderr.split('\n').filter((l) => l.includes(`: the same file as ${path.basename(kept)} (`))).toHaveLength(2);
    // all three named (pre-commit run --all-files): once too
    const named = await runCli(['exp/tenant.json', 'exp/Tenant.JSON', 'exp/TENANT.json', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(named.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['parse-error']);
  });
});

describe('two names of one fixed-name file, both named (pre-commit run --all-files names a hard link twice)', () => {
  const tree = () => {
    const dir = tempTree({ 'exp/clients/ok.json': '{ "name": "Ok", "organization_usage": "allow" }\n', 'exp/Tenant.JSON': '{ "friendly_name": }\n' });
    linkSync(path.join(dir, 'exp/Tenant.JSON'), path.join(dir, 'exp/tenant.json'));
    return dir;
  };
  const ONCE = 'exp/Tenant.JSON:1:20: error: invalid JSON: expected a value [parse-error]\n';

  for (const args of [
    ['exp/Tenant.JSON', 'exp/tenant.json'],
    ['exp/tenant.json', 'exp/Tenant.JSON'],
    ['exp', 'exp/tenant.json'],
    ['exp/tenant.json', 'exp'],
  ]) {
    it(`${args.join(' ')}: linted once, at Tenant.JSON, as the walk lints it`, async () => {
      const dir = tree();
      // (before: the parse error twice, once at each name, and 2 files in the summary)
      const run = await runCli([...args, '-f', 'compact', '--debug'], { cwd: dir });
      expect([run.code, run.stdout]).toEqual([1, ONCE]);
      expect(run.stderr).toContain(`orglint: debug: skipped ${path.join(dir, 'exp/tenant.json')}: the same file as Tenant.JSON (`);
      const json = await runCli([...args, '-f', 'json'], { cwd: dir });
      expect(JSON.parse(json.stdout).summary).toMatchObject({ files: args.includes('exp') ? 2 : 1, errors: 1 });
    });
  }

  it('two files of those names (a case-sensitive file system): tenant.json is read, Tenant.JSON is not, as before', async () => {
    const dir = tempTree({ 'exp/clients/ok.json': '{ "name": "Ok", "organization_usage": "allow" }\n', 'exp/Tenant.JSON': '{ "friendly_name": }\n', 'exp/tenant.json': '{ "friendly_name": 1 x }\n' });
    // (as the pre-commit hook runs it: the named Tenant.JSON deploy-cli does not read is a note saying why)
    const run = await runCli(['exp/Tenant.JSON', 'exp/tenant.json', 'exp/clients/ok.json', '-f', 'compact', '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([1, 'exp/tenant.json:1:22: error: invalid JSON: unexpected character [parse-error]\n']);
    expect(run.stderr).toContain('orglint: note: exp/Tenant.JSON: not tenant configuration: the name Tenant.JSON is not tenant.json: ');
  });
});

describe('hard links in a listed folder', () => {
  it('clients/a.json and clients/A.json, one file: deploy-cli lists and reads both, so both are linted (two clients of one name)', async () => {
    const dir = tempTree({ 'exp/clients/a.json': BOGUS('X') });
    linkSync(path.join(dir, 'exp/clients/a.json'), path.join(dir, 'exp/clients/A.json'));
    const run = await runCli(['exp', '-f', 'compact'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('exp/clients/a.json:1:11: error: application name "X" is already used by the application at clients/A.json:1');
    expect(run.stdout).toContain(`exp/clients/A.json:1:38: ${ENUM}`);
    expect(run.stdout).toContain(`exp/clients/a.json:1:38: ${ENUM}`);
  });
});

describe('hidden export files', () => {
  const tree = () =>
    tempTree({
      'exp/clients/.x.json': BOGUS('X'),
      'exp/clients/.archive/y.json': BOGUS('Y'),
      'exp/.github/z.json': BOGUS('Z'),
      'exp/.tenant.json': BOGUS('T'),
      'exp/tenant.json': '{ "friendly_name": "t" }\n',
    });

  it('a walk reads clients/.x.json only (not clients/.archive/, .github/ or .tenant.json)', async () => {
    const run = await runCli(['exp', '-f', 'compact'], { cwd: tree() });
    expect([run.code, run.stdout]).toEqual([1, `exp/clients/.x.json:1:38: ${ENUM}\n`]);
  });

  it('ignore globs take hidden files too', async () => {
    for (const pattern of ['**/clients/**', 'exp/clients/*', 'clients']) {
      const dir = tree();
      writeFileSync(path.join(dir, '.orglint.yaml'), `ignore: [${JSON.stringify(pattern)}]\n`);
      const run = await runCli(['exp', '-f', 'compact'], { cwd: dir });
      expect([run.code, run.stdout], pattern).toEqual([0, '']);
    }
  });

  it('named: clients/.x.json and --stdin-filename are read; clients/.archive/y.json is not tenant configuration', async () => {
    const dir = tree();
    const named = await runCli(['exp/clients/.x.json', '-f', 'compact'], { cwd: dir });
    expect([named.code, named.stdout]).toEqual([1, `exp/clients/.x.json:1:38: ${ENUM}\n`]);
    const stdin = await runCli(['--stdin', '--stdin-filename', 'exp/clients/.x.json', '-f', 'compact'], { cwd: dir, input: BOGUS('X') });
    expect([stdin.code, stdin.stdout]).toEqual([1, `exp/clients/.x.json:1:38: ${ENUM}\n`]);
    const archived = await runCli(['exp/clients/.archive/y.json', '-f', 'compact'], { cwd: dir });
    expect([archived.code, archived.stdout]).toEqual([2, '']);
    expect(archived.stderr).toContain('orglint: exp/clients/.archive/y.json: not tenant configuration:');
  });

  it('--fix writes the hidden file', async () => {
    const dir = tempTree({ 'exp/clients/.Old App.json': '{ "name": "Old", "organization_usage": "Require", "organization_require_behavior": "pre_login_prompt" }\n' });
    const before = await runCli(['exp', '-f', 'compact'], { cwd: dir });
    expect(before.code).toBe(1);
    const fixed = await runCli(['exp', '--fix', '-f', 'compact'], { cwd: dir });
    expect([fixed.code, fixed.stdout]).toEqual([0, '']);
    expect(readFileSync(path.join(dir, 'exp/clients/.Old App.json'), 'utf8')).toBe('{ "name": "Old", "organization_usage": "require", "organization_require_behavior": "pre_login_prompt" }\n');
  });

  // A glob is "read like a folder walk" (README, Globs), and a CI step often names its exports by a glob. The walk
  // of exp/ reads clients/.x.json, as deploy-cli deploys it; the glob 'exp/**/*.json' does not (fast-glob with
  // dot: false), so the same tree passes with exit 0 under the glob and fails under the folder. A user needs the
  // glob to take the hidden files deploy-cli reads (a dot: true expansion kept to export-names.ts's hidden files);
  // not fixed here: the glob expansion also walks every dot folder then, a change of cost and of what `**` means
  // that wants its own design.
  it.fails("a glob 'exp/**/*.json' takes the hidden client deploy-cli deploys, as the walk of exp/ does", async () => {
    const run = await runCli(['exp/**/*.json', '-f', 'compact'], { cwd: tree() });
    expect([run.code, run.stdout]).toEqual([1, `exp/clients/.x.json:1:38: ${ENUM}\n`]);
  });
});

describe('fixed names with the letters a case-insensitive file system may fold: ſ (to s) and ı (to i)', () => {
  // orglint's check (same-file.ts differsOnlyInCase) takes `databaſe.json` as database.json in another case, and
  // reads it when stat gives the same file; the pre-commit hook's files: left such a name out, so on a file system
  // that folds ſ (APFS folds by Unicode case folding) a commit changing it never reached orglint
  const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { files: string }[];
  const matches = (file: string) => new RegExp(hook.files).test(file);

  it('orglint reads them when the file system gives them for the fixed name, and the hook hands them over', async () => {
    const dir = tempTree({ 'exp/clients/ok.json': '{ "name": "Ok", "organization_usage": "allow" }\n', 'exp/database-connections/u/databaſe.json': '{ "name": "U", "strategy": }\n' });
    linkSync(path.join(dir, 'exp/database-connections/u/databaſe.json'), path.join(dir, 'exp/database-connections/u/database.json'));
    const run = await runCli(['exp/database-connections/u/databaſe.json', '-f', 'compact'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([1, 'exp/database-connections/u/databaſe.json:1:28: error: invalid JSON: expected a value [parse-error]\n']);
    const names = ['exp/database-connections/u/databaſe.json', 'exp/database-connections/.old/ſettings.json', 'exp/database-connections/u/settıngs.json', 'exp/prompts/promptſ.json', 'tf/terraform.tfvarſ', 'tf/Terraform.tfvarſ.json'];
    expect(names.filter((f) => !matches(f))).toEqual([]);
    expect(['exp/tenants.json', 'exp/database-connections/u/x.json'].filter(matches)).toEqual([]);
  });
});

describe('folders deploy-cli opens by a fixed name, in another letter case', () => {
  // deploy-cli opens an export's folders by name too: path.join(dir, 'clients') then a directory check
  // (handlers/clients.ts, grants, organizations, prompts, database-connections), so on macOS or Windows an export's
  // `Clients/` IS its clients folder and every client in it is deployed; orglint compares folder names exactly
  // (deploy-cli.ts LISTED, `folder === 'prompts'`), so there a walk of such an export passes with nothing read
  // (exit 0). The letter-case check covers file names only. What a user needs: a folder whose name differs only
  // in case from one deploy-cli opens is read as it when stat gives the same folder for the fixed name, else
  // skipped saying why (as for Tenant.JSON). Not fixed here: it reaches the walk, the loader's export places and
  // isExportRoot, more than a small change. On this Linux machine (no case-insensitive folder can be made: a
  // folder has no hard link) only the second half can be shown: the reason given is the generic "JSON that is none of".
  it.fails('exp/Clients/a.json (no clients/): not read, and the run says it is not clients/ on this file system', async () => {
    const dir = tempTree({ 'exp/Clients/a.json': BOGUS('A'), 'exp/organizations/acme.json': '{ "name": "acme", "display_name": "Acme" }\n' });
    mkdirSync(path.join(dir, 'exp/grants'));
    const named = await runCli(['exp/Clients/a.json', '-f', 'compact'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('orglint: exp/Clients/a.json: not tenant configuration: the folder Clients is not clients: ');
  });
});
