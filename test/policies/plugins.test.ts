/**
 * Plugins and shareable configs through the real CLI: a plugin loaded from a folder outside the repository,
 * namespaced ids, a rule that throws, where plugins may come from, --no-plugins, and `extends`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const PLUGIN = `
export default {
  name: 'acme',
  rules: [
    {
      id: 'needs-logo',
      meta: { description: 'org apps have a logo', severity: 'warning', fixable: [], scope: 'client', source: 'https://example.com/logo' },
      defaultOptions: {},
      messages: { noLogo: '{{name}} has no logo_uri' },
      check(ctx) {
        if (!ctx.resource.value.logo_uri) ctx.report({ messageId: 'noLogo', at: ['name'], data: { name: ctx.resource.name } });
      },
    },
    {
      id: 'grant-has-client',
      meta: { description: 'grants name a client of the tenant', severity: 'error', scope: 'clientGrant' },
      messages: { missing: 'no client {{c}} in this tenant' },
      check(ctx) {
        const c = ctx.resource.value.client_id;
        if (!ctx.tenant.clients.some((x) => x.value.name === c)) ctx.report({ messageId: 'missing', at: ['client_id'], data: { c } });
      },
    },
    {
      id: 'crashes',
      meta: { description: 'a rule with a bug', severity: 'info', scope: 'client' },
      messages: {},
      check(ctx) {
        if (ctx.resource.name === 'B') throw new Error('cannot read properties of undefined');
      },
    },
  ],
};
`;

const TENANT = 'clients:\n  - name: A\n    logo_uri: https://a.example.com/l.png\n  - name: B\ngrants: []\nclientGrants:\n  - client_id: Gone\n    audience: https://api.example.com/\n';

/** a plugin in a folder of its own (outside any repository) and a repository whose root config names it */
function setup(config: (pluginFile: string) => string) {
  const outside = tempTree({ 'acme-plugin/index.mjs': PLUGIN });
  const pluginFile = path.join(outside, 'acme-plugin/index.mjs');
  const repo = tempTree({ '.orglint.yaml': config(pluginFile), 'tenant.yaml': TENANT });
  mkdirSync(path.join(repo, '.git'));
  return { repo, pluginFile };
}

async function findings(args: string[], cwd: string) {
  const run = await runCli([...args, '-f', 'json'], { cwd });
  return { run, list: run.stdout ? (JSON.parse(run.stdout).findings as { ruleId: string; message: string; line: number; severity: string }[]) : [] };
}

describe('plugins', () => {
  it('a plugin from a folder outside the repository runs with namespaced ids, configurable by them', async () => {
    const { repo } = setup((f) => `plugins: [${JSON.stringify(f)}]\nrules:\n  acme/needs-logo: error\n`);
    const { run, list } = await findings(['.'], repo);
    expect(run.stderr).toBe('');
    const mine = list.filter((f) => f.ruleId.startsWith('acme/'));
    expect(mine.map((f) => `${f.ruleId} ${f.line} ${f.severity}`).sort()).toEqual([
      'acme/crashes 4 error',
      'acme/grant-has-client 7 error',
      'acme/needs-logo 4 error',
    ]);
    expect(mine.find((f) => f.ruleId === 'acme/crashes')!.message).toBe(
      'plugin acme: rule acme/crashes threw an error, so it checked nothing here: cannot read properties of undefined',
    );
  });

  it('--rule and orglint rules know plugin rules', async () => {
    const { repo } = setup((f) => `plugins: [${JSON.stringify(f)}]\n`);
    const { list } = await findings(['.', '--rule', 'acme/crashes=off'], repo);
    expect(list.map((f) => f.ruleId)).not.toContain('acme/crashes');
    const rules = await runCli(['rules'], { cwd: repo });
    expect(rules.stdout).toMatch(/acme\/needs-logo +warning +org apps have a logo \[plugin\]/);
  });

  it('--no-plugins loads no plugin code', async () => {
    const { repo } = setup((f) => `plugins: [${JSON.stringify(f)}]\n`);
    const { list } = await findings(['.', '--no-plugins'], repo);
    expect(list.filter((f) => f.ruleId.startsWith('acme/'))).toEqual([]);
  });

  it('a config found in a subfolder (not the repository root) may not load plugins', async () => {
    const { repo, pluginFile } = setup(() => '{}\n');
    const sub = path.join(repo, 'tenants');
    mkdirSync(sub);
    writeFileSync(path.join(sub, '.orglint.yaml'), `plugins: [${JSON.stringify(pluginFile)}]\n`);
    writeFileSync(path.join(sub, 'tenant.yaml'), TENANT);
    const run = await runCli(['.'], { cwd: sub });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.orglint.yaml:1:10: plugins are code: orglint loads them only from the config at the repository root or one named by --config');
    // named with --config, the same file is the user's choice
    const named = await runCli(['.', '--config', '.orglint.yaml', '-f', 'compact'], { cwd: sub });
    expect(named.stdout).toContain('[acme/needs-logo]');
  });

  it('a plugin that cannot be loaded or has the wrong shape is a config error at its entry', async () => {
    const dir = tempTree({ 'bad.mjs': 'export default { name: "Bad Name", rules: [] };\n', 'syntax.mjs': 'export default {\n', 'tenant.yaml': 'clients: []\n' });
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.orglint.yaml'), 'plugins:\n  - ./missing.mjs\n');
    let run = await runCli(['.'], { cwd: dir });
    expect(run.stderr).toMatch(/\.orglint\.yaml:2:5: plugin "\.\/missing\.mjs" not found/);
    writeFileSync(path.join(dir, '.orglint.yaml'), 'plugins:\n  - ./bad.mjs\n');
    run = await runCli(['.'], { cwd: dir });
    expect(run.stderr).toMatch(/\.orglint\.yaml:2:5: plugin "\.\/bad\.mjs": "name" must be a lower-case package-like name/);
    writeFileSync(path.join(dir, '.orglint.yaml'), 'plugins:\n  - ./syntax.mjs\n');
    run = await runCli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.orglint\.yaml:2:5: plugin "\.\/syntax\.mjs" could not be loaded/);
  });

  it('the plugin example in examples/plugin runs as its README says', async () => {
    const run = await runCli(['-c', 'examples/plugin/.orglint.yaml', 'examples/plugin', '-f', 'compact'], { cwd: ROOT });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      'examples/plugin/tenant.yaml:6:25: warning: Partner Portal uses Organizations (require) but has no logo_uri [acme/org-apps-have-logo]',
      'examples/plugin/tenant.yaml:14:16: error: client grant for https://reports.example.com/ names the client Deleted Job, which this tenant does not define [acme/grant-client-exists]',
    ]);
  });
});

describe('extends: shareable policy packs', () => {
  it('merges a package and a relative file in order; the extending config wins', async () => {
    const dir = tempTree({
      'node_modules/orglint-config-acme/package.json': '{"name": "orglint-config-acme", "main": "orglint.yaml"}\n',
      'node_modules/orglint-config-acme/orglint.yaml':
        'policies:\n  - id: names-prefixed\n    resource: organization\n    require: { name: { pattern: "^cust-" } }\nrules:\n  require-no-prompt: warning\n',
      'base.yaml': 'rules:\n  require-no-prompt: error\n  names-prefixed: warning\nignore: [legacy/**]\n',
      '.orglint.yaml': 'extends: [orglint-config-acme, ./base.yaml]\nrules:\n  names-prefixed: info\n',
      'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: require\n    organization_require_behavior: no_prompt\norganizations:\n  - name: globex\n',
      'legacy/tenant.yaml': 'organizations:\n  - name: old\n',
    });
    const { list } = await findings(['.'], dir);
    expect(list.map((f) => `${f.ruleId} ${f.severity}`).sort()).toEqual(['names-prefixed info', 'require-no-prompt error']);
  });

  it('refuses a cycle, and an extends that would run code', async () => {
    const dir = tempTree({ 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n', 'code.js': 'export default {}\n', 'tenant.yaml': 'clients: []\n' });
    let run = await runCli(['.', '-c', 'a.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('extends goes round in a circle: a.yaml -> b.yaml -> a.yaml');
    writeFileSync(path.join(dir, '.orglint.yaml'), 'extends: ./code.js\n');
    run = await runCli(['.'], { cwd: dir });
    expect(run.stderr).toContain('.orglint.yaml:1:10: extends "./code.js" resolves to code.js, which is not a YAML or JSON config (orglint runs no code from extends');
  });

  it('an error inside an extended file names that file', async () => {
    const dir = tempTree({ 'base.yaml': 'rules:\n  require-no-promt: off\n', '.orglint.yaml': 'extends: ./base.yaml\n', 'tenant.yaml': 'clients: []\n' });
    const run = await runCli(['.'], { cwd: dir });
    expect(run.stderr).toContain('base.yaml:2:3: unknown rule "require-no-promt"; did you mean "require-no-prompt"?');
  });
});

describe('with plugins off', () => {
  it('--no-plugins keeps the settings of plugin rules aside instead of calling them unknown', async () => {
    const { repo } = setup((f) => `plugins: [${JSON.stringify(f)}]\nrules:\n  acme/needs-logo: error\n  require-no-prompt: off\n`);
    const run = await runCli(['.', '--no-plugins', '-f', 'json'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('acme/'))).toEqual([]);
    // a typo in a built-in rule's id is still an error
    writeFileSync(path.join(repo, '.orglint.yaml'), `plugins: [${JSON.stringify('x')}]\nrules:\n  require-no-promt: off\n`);
    const bad = await runCli(['.', '--no-plugins'], { cwd: repo });
    expect(bad.code).toBe(2);
  });
});

describe('extends stays inside the repository', () => {
  it('a path to a config outside the repository is refused at its entry; a package in node_modules is fine', async () => {
    const outside = tempTree({ 'evil.yaml': 'rules:\n  organization-usage-enum: off\n' });
    const repo = tempTree({ '.orglint.yaml': `extends: [${JSON.stringify(path.join(outside, 'evil.yaml'))}]\n`, 'tenant.yaml': 'clients: []\n' });
    mkdirSync(path.join(repo, '.git'));
    const run = await runCli(['.'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.orglint\.yaml:1:11: extends ".*evil\.yaml" is outside the repository/);
    writeFileSync(path.join(repo, '.orglint.yaml'), 'extends: ../../../../../../etc/orglint.yaml\n');
    expect((await runCli(['.'], { cwd: repo })).stderr).toMatch(/is outside the repository/);
  });
});
