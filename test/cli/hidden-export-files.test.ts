/**
 * deploy-cli lists a directory export's resource folders with `readdirSync` and keeps a name whose
 * `path.extname` is `.json` (src/utils.ts getFiles): a hidden `clients/.Old App.json` is read and deployed, and
 * so is a hidden `database-connections/.old/database.json` (its folders are listed the same way). A folder walk
 * lints them too, as a run naming them does, and only them: the repository's other dot files and dot folders
 * (`.github/`, `.vscode/settings.json`, a dot folder inside the export) stay unread. `clients/.json` has no
 * extension for path.extname: deploy-cli does not read it, and named, orglint says so.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const NOTE = '(--no-error-on-unmatched-pattern reports these as notes and lints the rest)\n';
const ENUM = 'error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]';
const PARSE = 'error: invalid JSON: expected a value [parse-error]';

/** an export with a hidden file in each folder deploy-cli lists, and dot files it never reads */
const tree = () =>
  tempTree({
    'exp/clients/ok.json': '{ "name": "Ok", "organization_usage": "deny" }\n',
    'exp/clients/.Old App.json': '{ "name": "Old", "organization_usage": "Require" }\n',
    'exp/grants/.g.json': '{ "client_id": }\n',
    'exp/organizations/..o.json': '{ "name": }\n',
    'exp/connections/.c.json': '{ "name": }\n',
    'exp/database-connections/.old/database.json': '{ "name": }\n',
    // never read by deploy-cli: not linted either
    'exp/clients/.json': '{ "name": "Ok", "organization_usage": "Require" }\n',
    'exp/clients/.sub/x.json': '{ "name": }\n',
    'exp/.hidden.json': '{ "clients": }\n',
    'exp/database-connections/.old/.notes.json': '{ "name": }\n',
    'exp/database-connections/.old/sub/other.json': '{ "clients": }\n',
    'plain/connections/.c.json': '{ "name": }\n',
    '.backup/clients/.x.json': '{ "name": }\n',
    '.github/workflows/x.json': '{ "clients": }\n',
    '.vscode/settings.json': '{ "clients": }\n',
  });

const EXPECTED = [
  `exp/clients/.Old App.json:1:40: ${ENUM}`,
  `exp/connections/.c.json:1:11: ${PARSE}`,
  `exp/database-connections/.old/database.json:1:11: ${PARSE}`,
  `exp/grants/.g.json:1:16: ${PARSE}`,
  `exp/organizations/..o.json:1:11: ${PARSE}`,
];

describe("hidden files in a deploy-cli export's resource folders", () => {
  it('a walk lints the ones deploy-cli reads, and no other dot file of the repository', async () => {
    const dir = tree();
    for (const arg of ['.', 'exp']) {
      const run = await runCli([arg, '-f', 'compact'], { cwd: dir });
      expect([run.code, run.stdout.split('\n').filter(Boolean).sort(), run.stderr], arg).toEqual([1, EXPECTED, '']);
    }
    // a resource folder named on its own is walked so too
    const clients = await runCli(['exp/clients', '-f', 'compact'], { cwd: dir });
    expect([clients.code, clients.stdout]).toEqual([1, `exp/clients/.Old App.json:1:40: ${ENUM}\n`]);
    const connections = await runCli(['exp/connections', '-f', 'compact'], { cwd: dir });
    expect([connections.code, connections.stdout]).toEqual([1, `exp/connections/.c.json:1:11: ${PARSE}\n`]);
  });

  it('named, each gives the same finding as walked', async () => {
    const dir = tree();
    for (const line of EXPECTED) {
      const file = line.slice(0, line.indexOf(':'));
      const run = await runCli([file, '-f', 'compact'], { cwd: dir });
      expect([run.code, run.stdout, run.stderr], file).toEqual([1, line + '\n', '']);
    }
  });

  it('clients/.json, which deploy-cli does not read, is not linted: named, the run says why', async () => {
    const dir = tree();
    const run = await runCli(['exp/clients/.json', '-f', 'compact'], { cwd: dir });
    const why = 'a file named only .json: deploy-cli reads a file of this folder when its extension (path.extname) is .json, and the name .json has none (a hidden name), so it does not read it (rename it, as NAME.json)';
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `orglint: exp/clients/.json: not tenant configuration: ${why}\n${NOTE}`]);
    // nor is it a sibling of a named client: its "Ok" is no second "Ok" of the export (unique-client-names)
    const named = await runCli(['exp/clients/ok.json', '-f', 'compact'], { cwd: dir });
    expect([named.code, named.stdout, named.stderr]).toEqual([0, '', '']);
  });
});
