/**
 * The rule engine's settings and `keep` per file of one tenant, through the CLI: a deploy-cli directory export
 * holds one client per file, and runRules asks a file's setting only when some override names the rule.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const CLIENT = '{ "name": "Portal", "organization_usage": "Require" }\n';
const USAGE = 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]';
const DUPLICATE =
  'application name "Portal" is already used by the application at clients/A.json:1; auth0-deploy-cli refuses to deploy applications that share a name ("Names must be unique") [unique-client-names]';

const lines = async (dir: string, args: string[]) => (await runCli([...args, '-f', 'compact'], { cwd: dir })).stdout.trim().split('\n').filter(Boolean);

describe('rule settings per file of one tenant', () => {
  it('an override that names a rule changes it for its files only, a client rule and a tenant-scope rule alike', async () => {
    const dir = tempTree({
      '.orglint.yaml': "overrides:\n  - files: ['clients/B.json']\n    rules:\n      organization-usage-enum: warning\n      unique-client-names: off\n",
      'clients/A.json': CLIENT,
      'clients/B.json': CLIENT,
    });
    expect(await lines(dir, ['.'])).toEqual([`clients/A.json:1:43: error: ${USAGE}`, `clients/B.json:1:43: warning: ${USAGE}`]);
  });

  it('an override that names only other rules leaves a rule as the config sets it, in every file', async () => {
    const dir = tempTree({
      '.orglint.yaml': "rules:\n  organization-usage-enum: warning\noverrides:\n  - files: ['clients/B.json']\n    rules:\n      organization-incompatible-grant: off\n",
      'clients/A.json': CLIENT,
      'clients/B.json': CLIENT,
    });
    expect(await lines(dir, ['.'])).toEqual([
      `clients/A.json:1:43: warning: ${USAGE}`,
      `clients/B.json:1:11: error: ${DUPLICATE}`,
      `clients/B.json:1:43: warning: ${USAGE}`,
    ]);
    // and a --rule flag still wins over the config
    expect(await lines(dir, ['.', '--rule', 'organization-usage-enum=off'])).toEqual([`clients/B.json:1:11: error: ${DUPLICATE}`]);
  });

  it('naming one file of the export: the rules see the whole tenant, only that file gets findings', async () => {
    const dir = tempTree({ 'clients/A.json': CLIENT, 'clients/B.json': CLIENT });
    expect(await lines(dir, ['clients/B.json'])).toEqual([`clients/B.json:1:11: error: ${DUPLICATE}`, `clients/B.json:1:43: error: ${USAGE}`]);
    // the duplicate is B's finding (the later one): naming A alone does not show it
    expect(await lines(dir, ['clients/A.json'])).toEqual([`clients/A.json:1:43: error: ${USAGE}`]);
  });
});
