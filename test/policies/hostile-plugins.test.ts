/**
 * Hostile plugins through the real CLI: a rule whose check is async and rejects, one that throws something that
 * cannot even be printed, one that changes the tenant (to hide resources from the rules after it), one that
 * reports from a timer after its check has returned. Each is a finding naming plugin and rule, never a crash,
 * and the other rules still see the tenant as it was parsed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const rule = (id: string, check: string) =>
  `{ id: '${id}', meta: { description: '${id}', severity: 'error', scope: 'client' }, messages: { m: 'saw {{n}} ({{u}}), {{c}} clients' }, check: ${check} }`;

const PLUGIN = `export default { name: 'evil', rules: [
  ${rule('async', "async (ctx) => { await null; throw new Error('async boom'); }")},
  ${rule('unprintable', "() => { throw { toString() { throw new Error('nested'); } }; }")},
  ${rule('hide', '(ctx) => { delete ctx.resource.value.organization_usage; ctx.resource.value.name = "renamed"; }')},
  ${rule('empty-tenant', '(ctx) => { ctx.tenant.clients.splice(0); }')},
  ${rule('late', "(ctx) => { setTimeout(() => ctx.report({ messageId: 'm', at: [], data: { n: 'late', u: '', c: 0 } }), 0); }")},
  ${rule('read', "(ctx) => ctx.report({ messageId: 'm', at: [], data: { n: ctx.resource.value.name, u: String(ctx.resource.value.organization_usage), c: ctx.tenant.clients.length } })")},
] };
`;

const TENANT = 'clients:\n  - name: a\n    app_type: spa\n    organization_usage: allow\n  - name: b\n';

describe('hostile plugin rules', () => {
  it('are findings naming the rule, not a crash, and cannot change what the other rules see', async () => {
    const repo = tempTree({ 'plug/evil.mjs': PLUGIN, '.orglint.yaml': 'plugins: [./plug/evil.mjs]\n', 'tenant.yaml': TENANT });
    mkdirSync(path.join(repo, '.git'));
    const run = await runCli(['.', '-f', 'json'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const list = (JSON.parse(run.stdout).findings as { ruleId: string; message: string; line: number }[]).filter((f) => f.ruleId.startsWith('evil/'));
    const at = (id: string) => list.filter((f) => f.ruleId === id).map((f) => `${f.line} ${f.message}`);
    const crashed = (id: string, why: string) => [2, 5].map((l) => `${l} plugin evil: rule evil/${id} threw an error, so it checked nothing here: ${why}`);
    expect(at('evil/async')).toEqual(crashed('async', 'check returned a Promise: rules run synchronously, so nothing it reports after an await is seen'));
    expect(at('evil/unprintable')).toEqual(crashed('unprintable', 'a value that cannot be shown'));
    expect(at('evil/hide')).toEqual(crashed('hide', 'a plugin rule may not change the tenant (it deleted "organization_usage")'));
    expect(at('evil/empty-tenant')).toEqual(crashed('empty-tenant', 'a plugin rule may not change the tenant (it deleted "1")'));
    // a report made after check returned is dropped, and the rule after the hostile ones sees the tenant intact
    expect(at('evil/late')).toEqual([]);
    expect(at('evil/read')).toEqual(['2 saw a (allow), 2 clients', '5 saw b (undefined), 2 clients']);
  });

  // review of the speed work: a JSON document made as a class instance was not wrapped read-only, so a plugin could
  // change a directory export's parsed value and text for the rules after it (YAML documents were guarded)
  it('cannot change a JSON document of a directory export either (its value or its text)', async () => {
    const plugin = `export default { name: 'doc', rules: [
  ${rule('edit', '(ctx) => { ctx.resource.doc.value.organization_usage = "deny"; }')},
  ${rule('text', '(ctx) => { ctx.resource.doc.text = "{}"; }')},
  ${rule('read', "(ctx) => ctx.report({ messageId: 'm', at: [], data: { n: ctx.resource.value.name, u: String(ctx.resource.value.organization_usage), c: ctx.tenant.clients.length } })")},
] };
`;
    const repo = tempTree({
      'doc.mjs': plugin,
      '.orglint.yaml': 'plugins: [./doc.mjs]\n',
      't/clients/a.json': '{\n  "name": "a",\n  "app_type": "spa",\n  "organization_usage": "allow"\n}\n',
    });
    mkdirSync(path.join(repo, '.git'));
    const run = await runCli(['t', '-f', 'json', '--threads', '1'], { cwd: repo });
    expect(run.stderr).toBe('');
    const list = (JSON.parse(run.stdout).findings as { ruleId: string; message: string }[]).filter((f) => f.ruleId.startsWith('doc/'));
    const at = (id: string) => list.filter((f) => f.ruleId === id).map((f) => f.message);
    expect(at('doc/edit')).toEqual(['plugin doc: rule doc/edit threw an error, so it checked nothing here: a plugin rule may not change the tenant (it set "organization_usage")']);
    expect(at('doc/text')).toEqual(['plugin doc: rule doc/text threw an error, so it checked nothing here: a plugin rule may not change the tenant (it set "text")']);
    expect(at('doc/read')).toEqual(['saw a (allow), 1 clients']);
  });

  it('two plugins with one name are a config error, not one hiding the other', async () => {
    const plugin = `export default { name: 'same', rules: [${rule('r', "(ctx) => ctx.report({ messageId: 'm', at: [], data: {} })")}] };\n`;
    const repo = tempTree({ 'a.mjs': plugin, 'b.mjs': plugin, '.orglint.yaml': 'plugins:\n  - ./a.mjs\n  - ./b.mjs\n', 'tenant.yaml': TENANT });
    mkdirSync(path.join(repo, '.git'));
    const run = await runCli(['.'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.orglint.yaml:3:5: plugin "./b.mjs" is named "same", like another plugin of this config (a.mjs); rule ids would clash');
  });

  it('a rule that reports 150,000 findings is reported, not an internal error', async () => {
    const plugin = `export default { name: 'big', rules: [${rule('many', "(ctx) => { for (let i = 0; i < 75000; i++) ctx.report({ messageId: 'm', at: [], data: {} }); }")}] };\n`;
    const repo = tempTree({ 'big.mjs': plugin, '.orglint.yaml': 'plugins: [./big.mjs]\n', 'tenant.yaml': TENANT });
    mkdirSync(path.join(repo, '.git'));
    const run = await runCli(['.', '-f', 'json=out.json'], { cwd: repo, timeoutMs: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(repo, 'out.json'), 'utf8')).findings.filter((f: { ruleId: string }) => f.ruleId === 'big/many')).toHaveLength(150_000);
  });
});
