/**
 * The shape of orglint's work on one large tenant, counted rather than timed: ten times the clients must cost at
 * most about ten times the rule invocations, reads of the tenant's resources (a cross-resource rule comparing
 * every pair would read them 100 times more) and lines read to find positions. `npm run bench` times it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tenantDirectory, tenantYaml } from '../../bench/corpus.mjs';
import { defaultConfig } from '../../src/config/load-config';
import { lintPaths } from '../../src/engine/lint';
import { ruleStats, runRules } from '../../src/engine/run-rules';
import { assembleTenant } from '../../src/engine/tenant-assembly';
import { RuleSettings } from '../../src/engine/settings';
import type { Resource, Tenant } from '../../src/rule-api/resource';
import { jsonLocatorStats } from '../../src/sources/json/json-fast';
import { loadJson } from '../../src/sources/json/json-source';
import { deployCliYaml } from '../../src/sources/deploy-cli/deploy-cli';
import { loadYaml } from '../../src/sources/yaml/yaml-source';
import { yamlLineStats } from '../../src/sources/yaml/yaml-lines';
import { RULES } from '../../rules/index';
import { tempTree } from '../helpers/lint';

const SMALL = 1_000;
const LARGE = 10_000;
/** 10× the clients may cost this many times the work (the limit) */
const LINEAR = 11;

/** A tenant whose resource lists and resource values count every read a rule makes of them. */
function countingTenant(n: number): { tenant: Tenant; reads: () => number } {
  const text = tenantYaml(0, n, 9001).text;
  const doc = loadYaml('/bench/tenant.yaml', text, false);
  const c = deployCliYaml.extract(doc, '/bench/tenant.yaml')!;
  let reads = 0;
  const count = <T extends object>(target: T): T =>
    new Proxy(target, {
      get: (t, k, r) => (reads++, Reflect.get(t, k, r)),
      has: (t, k) => (reads++, Reflect.has(t, k)),
      ownKeys: (t) => (reads++, Reflect.ownKeys(t)),
    });
  const wrap = (list: Resource[]) => count(list.map((r) => Object.assign(r, { value: count(r.value) })));
  const by = (type: Resource['type']) => c.resources.filter((r) => r.type === type);
  const base = assembleTenant('/bench/tenant.yaml', [c]);
  const tenant: Tenant = {
    ...base,
    clients: wrap(by('client')),
    clientGrants: wrap(by('clientGrant')),
    organizations: wrap(by('organization')),
    connections: wrap(by('connection')),
  };
  return { tenant, reads: () => reads };
}

function ruleWork(n: number): { contexts: number; reads: number; findings: number } {
  const { tenant, reads } = countingTenant(n);
  const before = ruleStats.contexts;
  const settings = new RuleSettings(defaultConfig('/bench'), RULES);
  const findings = runRules([tenant], RULES, settings);
  return { contexts: ruleStats.contexts - before, reads: reads(), findings: findings.length };
}

describe('work on one tenant grows linearly with its clients (counted, not timed)', () => {
  it('every rule, cross-resource ones included: invocations and reads of the resources', () => {
    const small = ruleWork(SMALL);
    const large = ruleWork(LARGE);
    expect(small.findings).toBeGreaterThan(SMALL / 10);
    expect(large.contexts / small.contexts).toBeLessThanOrEqual(LINEAR);
    expect(large.reads / small.reads).toBeLessThanOrEqual(LINEAR);
    // and a bounded number of reads per client, whatever rules are added
    expect(large.reads / LARGE).toBeLessThan(2_000);
  }, 60_000);

  it('reading a tenant.yaml and positioning every finding: lines read', async () => {
    const lines = async (n: number) => {
      const dir = tempTree({ 'tenant.yaml': tenantYaml(0, n, 9001).text });
      const before = yamlLineStats.lines;
      const r = await lintPaths({ cwd: dir, paths: ['tenant.yaml'], config: { ...defaultConfig(dir), maxFileSize: 50 * 2 ** 20 }, rules: RULES });
      expect(r.findings.length).toBeGreaterThan(n / 10);
      return yamlLineStats.lines - before;
    };
    const small = await lines(SMALL);
    const large = await lines(LARGE);
    expect(large / small).toBeLessThanOrEqual(LINEAR);
  }, 60_000);

  it('positions of every finding in an API dump (one JSON array of clients): characters the locator skips', async () => {
    const values = async (n: number) => {
      const clients = Object.entries(tenantDirectory(0, n).files)
        .filter(([f]) => f.startsWith('clients/'))
        .map(([, text]) => JSON.parse(text));
      const dir = tempTree({});
      writeFileSync(path.join(dir, 'clients.json'), JSON.stringify(clients, null, 2));
      const before = jsonLocatorStats.chars;
      const r = await lintPaths({ cwd: dir, paths: ['clients.json'], config: { ...defaultConfig(dir), maxFileSize: 50 * 2 ** 20 }, rules: RULES });
      expect(r.findings.length).toBeGreaterThan(n / 10);
      return jsonLocatorStats.chars - before;
    };
    const small = await values(SMALL);
    const large = await values(LARGE);
    expect(large / small).toBeLessThanOrEqual(LINEAR);
  }, 60_000);
});

describe('the JSON locator on one large document', () => {
  it('finds a field of every entry of a large array nested in objects (a HAR log) in linear work', () => {
    const values = (n: number) => {
      const entries = Array.from({ length: n }, (_, i) => ({ request: { method: 'PATCH', postData: { text: `{"i":${i}}` } }, pad: 'x'.repeat(50) }));
      const text = JSON.stringify({ log: { version: '1.2', entries, pages: [], after: { x: 1 } } }, null, 1);
      const doc = loadJson('/x.har', text, false);
      const before = jsonLocatorStats.chars;
      for (let i = 0; i < n; i++) doc.locate(['log', 'entries', i, 'request', 'postData', 'text'], 'value');
      // keys after the large array, and a missing one, asked every time
      for (let i = 0; i < n; i++) doc.locate(['log', i % 2 ? 'after' : 'missing', 'x'], 'key');
      return jsonLocatorStats.chars - before;
    };
    expect(values(LARGE) / values(SMALL)).toBeLessThanOrEqual(LINEAR);
  });
});
