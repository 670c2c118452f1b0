/**
 * A folder walk and a run that names the same files agree on names whose extension is not in lower case, and
 * both agree with the tool that would read them: deploy-cli compares extensions exactly (its getFiles keeps a
 * `clients/` file only when `path.extname` is `.json`; a YAML export only when it is `.yaml` or `.yml`), and so does
 * Terraform (`.tf.json`). Such a file is not linted as tenant configuration, whether walked (skipped, `--debug` says
 * why), named, matched by a glob or given as `--stdin-filename` (exit 2, saying why: never a silent pass). A
 * Management API dump or a HAR capture, which no tool reads by its name, is linted in any case, walked or named.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const NOTE = '(--no-error-on-unmatched-pattern reports these as notes and lints the rest)\n';
const ENUM = 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]';
const DIRECTORY_WHY = "the extension .JSON is not .json: deploy-cli reads a directory export's files only by the exact extension .json, and skips this one (rename it to end in .json)";
const YAML_WHY = 'the extension .YML is not .yml: deploy-cli reads a YAML export only from a name ending in .yaml or .yml exactly, and refuses this one (rename it to end in .yml)';
const TF_WHY = 'the extension .Tf.Json is not .tf.json: Terraform reads only files ending in .tf.json exactly, and skips this one (rename it to end in .tf.json)';
/** a fixed name in another case, on this (case-sensitive) file system: deploy-cli.ts `fixedNameCaseReason` */
const nameWhy = (name: string, fixed: string) =>
  `the name ${name} is not ${fixed}: deploy-cli opens ${fixed} by that exact name, and on this file system ${fixed} is not this file (letter case counts here), so deploy-cli does not read it (rename it to ${fixed})`;
const FOLDER_WHY = '1 file with an extension not in lower case, which deploy-cli and Terraform do not read: rename it to end in .json, .yaml, .yml or .tf.json';

/** a directory export whose clients/App.JSON (a bad value, and the name of ok.json's client) deploy-cli skips */
const exportTree = () =>
  tempTree({
    'exp/clients/App.JSON': '{ "name": "Ok", "organization_usage": "Require" }\n',
    'exp/clients/ok.json': '{ "name": "Ok", "organization_usage": "deny" }\n',
  });

describe('a directory export file named App.JSON (deploy-cli: getFiles keeps `.json` exactly)', () => {
  it('a walk skips it, --debug says why, and it is no sibling of the other clients (no duplicate name)', async () => {
    const dir = exportTree();
    const run = await runCli(['exp', '-f', 'json', '--debug'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ summary: { files: 1, clients: 1, errors: 0, warnings: 0 }, findings: [] });
    expect(run.stderr).toContain(`orglint: debug: skipped ${dir}/exp/clients/App.JSON: ${DIRECTORY_WHY}\n`);
    // without --debug, quiet: what deploy-cli skips is no finding
    const quiet = await runCli(['exp', '-f', 'compact'], { cwd: dir });
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    // a pre-commit run naming ok.json reads the export around it as deploy-cli does: App.JSON's "Ok" is no second "Ok"
    const named = await runCli(['exp/clients/ok.json', '-f', 'compact'], { cwd: dir });
    expect([named.code, named.stdout, named.stderr]).toEqual([0, '', '']);
  });

  it('named, as a glob match or as --stdin-filename: not linted, and the run says why (exit 2)', async () => {
    const dir = exportTree();
    const named = await runCli(['exp/clients/App.JSON', '-f', 'compact'], { cwd: dir });
    expect([named.code, named.stdout, named.stderr]).toEqual([2, '', `orglint: exp/clients/App.JSON: not tenant configuration: ${DIRECTORY_WHY}\n${NOTE}`]);
    const note = await runCli(['exp/clients/App.JSON', 'exp/clients/ok.json', '--no-error-on-unmatched-pattern', '-f', 'compact'], { cwd: dir });
    expect([note.code, note.stdout, note.stderr]).toEqual([0, '', `orglint: note: exp/clients/App.JSON: not tenant configuration: ${DIRECTORY_WHY}\n`]);
    const glob = await runCli(['exp/clients/*.JSON', '-f', 'compact'], { cwd: dir });
    expect([glob.code, glob.stdout, glob.stderr]).toEqual([2, '', `orglint: no tenant configuration found in the files matching exp/clients/*.JSON (${FOLDER_WHY})\n${NOTE}`]);
    const stdin = await runCli(['--stdin', '--stdin-filename', 'exp/clients/App.JSON', '-f', 'compact'], { cwd: dir, input: '{ "name": "App", "organization_usage": "Require" }\n' });
    expect([stdin.code, stdin.stdout, stdin.stderr]).toEqual([2, '', `orglint: exp/clients/App.JSON: not tenant configuration: ${DIRECTORY_WHY}\n${NOTE}`]);
  });

  it('tenant.JSON and prompts/prompts.JSON beside the export are not its settings either', async () => {
    const dir = tempTree({
      'exp/clients/ok.json': '{ "name": "Ok", "organization_usage": "deny" }\n',
      'exp/tenant.JSON': '{ "friendly_name": "T" }\n',
      'exp/prompts/prompts.JSON': '{ "universal_login_experience": "classic" }\n',
    });
    const run = await runCli(['exp/tenant.JSON', 'exp/prompts/prompts.JSON', '-f', 'compact'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      // (deploy-cli opens them by their fixed names: on this file system, which tells case apart, not these files)
      `orglint: exp/tenant.JSON: not tenant configuration: ${nameWhy('tenant.JSON', 'tenant.json')}\n` +
        `orglint: exp/prompts/prompts.JSON: not tenant configuration: ${nameWhy('prompts.JSON', 'prompts.json')}\n` +
        NOTE,
    );
  });
});

describe("a database connection's database.json: by its exact name, as deploy-cli joins it", () => {
  it('database.JSON and Database.json are no database of the export on a file system that tells case apart (--debug says why)', async () => {
    const db = '{ "name": "Users", "strategy": "auth0", "enabled_clients": ["Ok"] }\n';
    const dir = tempTree({
      'exp/clients/ok.json': '{ "name": "Ok", "organization_usage": "deny" }\n',
      'exp/database-connections/a/database.JSON': db,
      'exp/database-connections/b/Database.json': db,
    });
    const walked = await runCli(['exp', '-f', 'json', '--debug'], { cwd: dir });
    expect(walked.code).toBe(0);
    expect(JSON.parse(walked.stdout)).toMatchObject({ summary: { files: 1, clients: 1 } });
    expect(walked.stderr).toContain(`orglint: debug: skipped ${dir}/exp/database-connections/a/database.JSON: ${nameWhy('database.JSON', 'database.json')}\n`);
    expect(walked.stderr).toContain(`orglint: debug: skipped ${dir}/exp/database-connections/b/Database.json: ${nameWhy('Database.json', 'database.json')}\n`);
    const named = await runCli(['exp/database-connections/b/Database.json', '-f', 'compact'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain(`orglint: exp/database-connections/b/Database.json: not tenant configuration: ${nameWhy('Database.json', 'database.json')}\n`);
  });
});

describe('a YAML export named tenant.YML (deploy-cli: a YAML input must end in .yaml or .yml exactly)', () => {
  const yml = 'clients:\n  - name: Portal\n    organization_usage: Require\n';

  it('a walk skips it (--debug says why) and a folder holding only it gives nothing, saying so; --pass-on-empty passes it', async () => {
    const dir = tempTree({ 'y/tenant.YML': yml });
    const run = await runCli(['y', '-f', 'compact', '--debug'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`orglint: debug: skipped ${dir}/y/tenant.YML: ${YAML_WHY}\n`);
    expect(run.stderr).toContain(`orglint: no tenant configuration found in y (${FOLDER_WHY})\n`);
    // deploy-cli reads nothing there either: truly nothing to lint
    const empty = await runCli(['y', '--pass-on-empty', '-f', 'compact'], { cwd: dir });
    expect([empty.code, empty.stdout]).toEqual([0, '']);
    // beside a tenant.yaml, the walk lints that one only
    const both = await runCli(['.', '-f', 'compact'], { cwd: tempTree({ 'a/tenant.YML': yml, 'b/tenant.yaml': yml }) });
    expect([both.code, both.stdout, both.stderr]).toEqual([1, `b/tenant.yaml:3:25: error: ${ENUM}\n`, '']);
  });

  it('named or as --stdin-filename: not linted, and the run says why (exit 2), even with --pass-on-empty', async () => {
    const dir = tempTree({ 'y/tenant.YML': yml });
    const named = await runCli(['y/tenant.YML', '--pass-on-empty', '-f', 'compact'], { cwd: dir });
    expect([named.code, named.stdout, named.stderr]).toEqual([2, '', `orglint: y/tenant.YML: not tenant configuration: ${YAML_WHY}\n${NOTE}`]);
    const stdin = await runCli(['--stdin', '--stdin-filename', 'tenant.YML', '-f', 'compact'], { cwd: dir, input: yml });
    expect([stdin.code, stdin.stdout, stdin.stderr]).toEqual([2, '', `orglint: tenant.YML: not tenant configuration: ${YAML_WHY}\n${NOTE}`]);
    // the same file with its lower-case name is linted, walked or named
    const lower = tempTree({ 'y/tenant.yml': yml });
    for (const arg of ['y', 'y/tenant.yml']) {
      const ok = await runCli([arg, '-f', 'compact'], { cwd: lower });
      expect([ok.code, ok.stdout, ok.stderr]).toEqual([1, `y/tenant.yml:3:25: error: ${ENUM}\n`, '']);
    }
  });
});

describe('Terraform JSON named x.Tf.Json (Terraform reads `.tf.json` exactly)', () => {
  const tf = '{"resource": {"auth0_client": {"a": {"name": "A", "organization_usage": "Require"}}}}\n';

  it('walked: skipped, --debug says why; named: not linted, saying why (exit 2)', async () => {
    const dir = tempTree({ 'tf/x.Tf.Json': tf });
    const walked = await runCli(['tf', '-f', 'compact', '--debug'], { cwd: dir });
    expect([walked.code, walked.stdout]).toEqual([2, '']);
    expect(walked.stderr).toContain(`orglint: debug: skipped ${dir}/tf/x.Tf.Json: ${TF_WHY}\n`);
    expect(walked.stderr).toContain(`orglint: no tenant configuration found in tf (${FOLDER_WHY})\n`);
    const named = await runCli(['tf/x.Tf.Json', '-f', 'compact'], { cwd: dir });
    expect([named.code, named.stdout, named.stderr]).toEqual([2, '', `orglint: tf/x.Tf.Json: not tenant configuration: ${TF_WHY}\n${NOTE}`]);
  });
});

describe('files no tool reads by their name: linted in any case, walked or named alike', () => {
  it('a Management API dump Dump.JSON and a capture CAPTURE.HAR give the same findings walked and named', async () => {
    const har = JSON.stringify({
      log: { entries: [{ request: { method: 'PATCH', url: 'https://t.example.auth0.com/api/v2/clients/abc', headers: [], postData: { mimeType: 'application/json', text: '{"organization_usage":"Require"}' } } }] },
    });
    const dir = tempTree({ 'd/Dump.JSON': '[{"name": "D", "app_type": "spa", "organization_usage": "Require"}]\n', 'd/CAPTURE.HAR': har });
    const walked = await runCli(['d', '-f', 'compact'], { cwd: dir });
    const named = await runCli(['d/CAPTURE.HAR', 'd/Dump.JSON', '-f', 'compact'], { cwd: dir });
    expect([walked.code, walked.stdout, walked.stderr]).toEqual([1, `d/CAPTURE.HAR:1:191: error: ${ENUM}\nd/Dump.JSON:1:57: error: ${ENUM}\n`, '']);
    expect([named.code, named.stdout, named.stderr]).toEqual([walked.code, walked.stdout, walked.stderr]);
  });
});
