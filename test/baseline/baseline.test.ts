import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';

const readJson = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

describe('--baseline / --update-baseline', () => {
  it('records findings by file, resource, rule and path, then hides them even after lines move', async () => {
    const dir = tempTree({ 'tenants/prod/tenant.yaml': SAMPLE_TENANT });
    const rec = await runCli(['tenants', '--baseline', 'ci/orglint-baseline.json', '--update-baseline'], { cwd: dir });
    expect(rec.stderr).toBe('orglint: baseline ci/orglint-baseline.json updated: 3 findings of this run recorded\n');
    expect(rec.code).toBe(0);
    expect(rec.stdout).toContain('3 findings hidden by the baseline');
    // file names relative to the baseline's folder; no line numbers, no list indexes
    expect(readJson(path.join(dir, 'ci/orglint-baseline.json'))).toEqual({
      version: 2,
      files: {
        '../tenants/prod/tenant.yaml': {
          'client Customer Dashboard': { 'require-behavior-without-require': { '/organization_require_behavior': 1 } },
          'client Reseller Portal': { 'organization-require-behavior-enum': { '/organization_require_behavior': 1 } },
          'client Supplier Portal': { 'organization-usage-enum': { '/organization_usage': 1 } },
        },
      },
    });
    // a client inserted above and comments added: every finding moves, none is new
    writeFileSync(path.join(dir, 'tenants/prod/tenant.yaml'), SAMPLE_TENANT.replace('clients:\n', '# moved\nclients:\n  - name: New App\n    organization_usage: deny\n'));
    const again = await runCli(['tenants', '--baseline', 'ci/orglint-baseline.json', '-f', 'json'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, files: 1, clients: 5 });
    expect(report.baselineHidden).toBe(3);
  });

  it('shows a new finding, counting per key: a second finding of the same key is new', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT, 'other/tenant.yaml': 'clients:\n  - name: A\n    organization_usage: Require\n' });
    await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(readJson(path.join(dir, 'b.json')).files['other/tenant.yaml']).toEqual({ 'client A': { 'organization-usage-enum': { '/organization_usage': 1 } } });
    // the same client twice in one file: the same key twice
    writeFileSync(path.join(dir, 'other/tenant.yaml'), 'clients:\n  - name: A\n    organization_usage: Require\n  - name: A\n    organization_usage: Require\n');
    const r = await runCli(['.', '--baseline', 'b.json', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.endsWith('[organization-usage-enum]'))).toEqual([
      expect.stringMatching(/^other\/tenant\.yaml:5:25: error: organization_usage "Require"/),
    ]);
  });

  it('reports recorded findings that are gone; --update-baseline prunes them', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    writeFileSync(path.join(dir, 'tenant.yaml'), SAMPLE_TENANT.replace('organization_usage: Require', 'organization_usage: require'));
    const r = await runCli(['.', '--baseline', 'b.json', '-f', 'markdown'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('orglint: baseline b.json: 1 recorded finding is gone (--update-baseline prunes them):\n  tenant.yaml: client Supplier Portal › organization-usage-enum › /organization_usage\n');
    expect(r.stdout).toContain('2 findings hidden by the baseline · 1 baseline entry no longer matches (`--update-baseline` prunes them)');
    await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(Object.keys(readJson(path.join(dir, 'b.json')).files['tenant.yaml'])).toEqual(['client Customer Dashboard', 'client Reseller Portal']);
    const clean = await runCli(['.', '--baseline', 'b.json'], { cwd: dir });
    expect(clean.stderr).toBe('');
  });

  it('leaves the entries of files not linted alone (a pre-commit run names a few files)', async () => {
    const dir = tempTree({ 'a/tenant.yaml': SAMPLE_TENANT, 'b/tenant.yaml': SAMPLE_TENANT });
    await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    const before = readFileSync(path.join(dir, 'b.json'), 'utf8');
    const one = await runCli(['a/tenant.yaml', '--baseline', 'b.json'], { cwd: dir });
    expect([one.code, one.stderr]).toEqual([0, '']);
    await runCli(['a/tenant.yaml', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(before);
  });

  it('counts entries of a deleted file as gone', async () => {
    const dir = tempTree({ 'a/tenant.yaml': SAMPLE_TENANT, 'b/tenant.yaml': SAMPLE_TENANT });
    await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    writeFileSync(path.join(dir, 'b/tenant.yaml'), 'clients: []\n');
    const r = await runCli(['a', '--baseline', 'b.json'], { cwd: dir });
    expect(r.stderr).toBe('');
    rmSync(path.join(dir, 'b'), { recursive: true });
    const gone = await runCli(['a', '--baseline', 'b.json'], { cwd: dir });
    expect(gone.stderr).toMatch(/^orglint: baseline b\.json: 3 recorded findings are gone/);
  });

  it('stops with exit 2 when the baseline is missing, broken, or --update-baseline has no file', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT, 'bad.json': '{"version": 1, "files": {"x": {"client A": {"r": {"/p": "many"}}}}}', 'old.json': '{"version": 9, "files": {}}' });
    const missing = await runCli(['.', '--baseline', 'nope.json'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, `orglint: baseline file not found: ${path.join(dir, 'nope.json')} (create it with --update-baseline)\n`]);
    const bad = await runCli(['.', '--baseline', 'bad.json'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, `orglint: baseline ${path.join(dir, 'bad.json')}: the entry for "x" must map resource → rule → path → a positive count\n`]);
    const old = await runCli(['.', '--baseline', 'old.json'], { cwd: dir });
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('expected {"version": 2, "files": {...}}');
    const noFile = await runCli(['.', '--update-baseline'], { cwd: dir });
    expect([noFile.code, noFile.stderr]).toEqual([2, 'orglint: --update-baseline needs --baseline FILE: the file to write\n']);
    const dry = await runCli(['.', '--baseline', 'x.json', '--update-baseline', '--fix-dry-run'], { cwd: dir });
    expect(dry.code).toBe(2);
  });
});
