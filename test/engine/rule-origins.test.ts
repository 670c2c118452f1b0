/**
 * A rule may declare the sources it checks (`meta.origins`: the PATCH payload rules check PATCH bodies and HAR
 * requests): the engine then does not run it on a tenant holding none (run-rules.ts). The declaration must be
 * true: run without it, such a rule finds nothing on any export, and with it finds on payloads what it found.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config';
import { lintPaths } from '../../src/engine/lint';
import { ruleStats } from '../../src/engine/run-rules';
import type { AnyRule } from '../../src/rule-api/define-rule';
import { RULES } from '../../rules/index';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REAL_WORLD = path.resolve(ROOT, '../shared/real-world');

const declaring = RULES.filter((r) => r.meta.origins);
/** the same rules without the declaration: run on every client, returning at once on those of other sources */
const undeclared: AnyRule[] = declaring.map((r) => ({ ...r, meta: { ...r.meta, origins: undefined } }));

async function lintWith(dir: string, rules: readonly AnyRule[]) {
  const before = ruleStats.contexts;
  const r = await lintPaths({ cwd: dir, paths: ['.'], config: defaultConfig(dir), rules });
  const shown = r.findings.map((f) => `${path.relative(dir, f.file)}:${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`);
  return { shown, skipped: r.skippedRules, contexts: ruleStats.contexts - before };
}

describe('meta.origins', () => {
  it('is declared by the six PATCH payload rules, with the payload sources', () => {
    expect(declaring.map((r) => r.id).sort()).toEqual([
      'patch-insufficient-scope',
      'patch-invalid-body',
      'patch-invalid-uri',
      'patch-read-only-field',
      'patch-third-party-organization',
      'patch-unknown-field',
    ]);
    for (const r of declaring) expect(r.meta.origins).toEqual(['patch', 'har']);
  });

  it('skips nothing a rule would find on the real-world exports and the examples: they find nothing either way', async () => {
    const dirs = [...readdirSync(REAL_WORLD).map((d) => path.join(REAL_WORLD, d)), path.join(ROOT, 'examples')];
    for (const dir of dirs) {
      const a = await lintWith(dir, declaring);
      const b = await lintWith(dir, undeclared);
      expect(a.shown, dir).toEqual(b.shown);
      expect(a.skipped, dir).toEqual(b.skipped);
      // (the examples hold payloads: only there does a declared rule run)
      if (!dir.endsWith('examples')) {
        expect(b.shown.filter((s) => / patch-/.test(s)), dir).toEqual([]);
        expect(a.contexts, dir).toBe(0);
      }
    }
  });

  it('still runs each rule on PATCH bodies and HAR requests, finding what it found', async () => {
    let found = 0;
    for (const r of declaring) {
      const dir = path.join(ROOT, 'rules', r.id, 'tests');
      const a = await lintWith(dir, declaring);
      const b = await lintWith(dir, undeclared);
      expect(a.shown, r.id).toEqual(b.shown);
      expect(a.skipped, r.id).toEqual(b.skipped);
      found += a.shown.length;
    }
    expect(found).toBeGreaterThan(10);
  });

  it("is not taken from a plugin: its rule runs on every client whatever sources it names (a typo cannot silence it)", async () => {
    const plugin = `export default { name: 'acme', rules: ['patch', 'pacth'].map((o) => ({
      id: 'says-' + o,
      meta: { description: 'names every client', severity: 'warning', scope: 'client', origins: [o] },
      messages: { m: '{{name}} seen' },
      check(ctx) { ctx.report({ messageId: 'm', at: ['name'], data: { name: ctx.resource.name } }); },
    })) };`;
    const outside = tempTree({ 'acme-plugin/index.mjs': plugin });
    const repo = tempTree({
      '.orglint.yaml': `plugins:\n  - ${JSON.stringify(path.join(outside, 'acme-plugin/index.mjs'))}\n`,
      'tenant.yaml': 'clients:\n  - name: A\n  - name: B\n',
    });
    mkdirSync(path.join(repo, '.git'));
    const run = await runCli(['tenant.yaml', '-f', 'json'], { cwd: repo });
    const found = (JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] }).findings.filter((f) => f.ruleId.startsWith('acme/'));
    expect(found.map((f) => `${f.ruleId} ${f.message}`).sort()).toEqual(['acme/says-pacth A seen', 'acme/says-pacth B seen', 'acme/says-patch A seen', 'acme/says-patch B seen']);
  });

  it('a tenant-scope rule declaring origins still runs (it has no list of its own to look in)', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    app_type: spa\n  - name: A\n    app_type: spa\n' });
    const unique = RULES.find((r) => r.id === 'unique-client-names')!;
    const declared: AnyRule = { ...unique, meta: { ...unique.meta, origins: ['patch'] } };
    const plain = await lintWith(dir, [unique]);
    const withOrigins = await lintWith(dir, [declared]);
    expect(plain.shown.length).toBeGreaterThan(0);
    expect(withOrigins.shown).toEqual(plain.shown);
  });
});
