import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding';
import { SARIF_MAX_RESULTS, sarifLog } from '../../src/formatters/sarif';
import { RULES } from '../../rules/index';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';

/** The official OASIS SARIF 2.1.0 schema (draft-07), kept verbatim as test data. */
const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///repo/'));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status?: string; justification?: string }[];
}
interface SarifRun {
  tool: { driver: { name: string; rules: { id: string; help: { text: string; markdown: string }; helpUri?: string; defaultConfiguration: { level: string } }[] } };
  results: SarifResult[];
  invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[];
}

async function sarifOf(args: string[], cwd: string): Promise<{ code: number | null; run: SarifRun; log: unknown }> {
  const out = path.join(tempTree({}), 'out.sarif');
  const r = await runCli([...args, '-f', `sarif=${out}`], { cwd });
  expect(r.stderr).toBe('');
  const log = JSON.parse(readFileSync(out, 'utf8'));
  return { code: r.code, run: log.runs[0], log };
}

describe('-f sarif', () => {
  it('the SARIF of examples/ validates against the official SARIF 2.1.0 schema', async () => {
    const { code, log, run } = await sarifOf(['examples/'], ROOT);
    expect(code).toBe(1);
    expectValid(log);
    // the schema does reject a broken log (a 0 line, an unknown level)
    const broken = structuredClone(log) as { runs: SarifRun[] };
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
    expect(run.tool.driver.name).toBe('orglint');
    // every registered rule is described, with help from its README
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining(RULES.map((r) => r.id)));
    const usage = run.tool.driver.rules.find((r) => r.id === 'organization-usage-enum')!;
    expect(usage.help.markdown).toContain('## Why');
    expect(usage.help.text).toContain('400 invalid_body');
    expect(usage.help.text).not.toContain('```');
    expect(usage.defaultConfiguration.level).toBe('error');
    // package.json names no repository: no invented help URL
    expect(usage.helpUri).toBeUndefined();
  });

  it('locates results relative to the repository root with 1-based regions, whatever the working folder', async () => {
    const dir = tempTree({ 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/tenants/prod env/tenant.yaml': SAMPLE_TENANT });
    const { run, log } = await sarifOf(['.'], path.join(dir, 'repo/tenants'));
    expectValid(log);
    const r = run.results.find((x) => x.ruleId === 'organization-usage-enum')!;
    expect(r.level).toBe('error');
    expect(r.message.text).toMatch(/^organization_usage "Require" is not one of/);
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('tenants/prod%20env/tenant.yaml');
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 6, startColumn: 25, endLine: 6, endColumn: 32 });
    expect(run.tool.driver.rules[r.ruleIndex].id).toBe('organization-usage-enum');
    const warning = run.results.find((x) => x.ruleId === 'require-behavior-without-require')!;
    expect(warning.level).toBe('warning');
    expect(run.results).toHaveLength(3);
  });

  it('keeps a suppressed finding as a result marked inSource, with its reason as the justification', async () => {
    const body = (disable: string) => `clients:\n  - name: Portal\n    organization_usage: Require\n  - name: Other\n${disable}    organization_usage: Required\n`;
    const dir = tempTree({ 'a/tenant.yaml': body(''), 'b/tenant.yaml': body('    # orglint-disable-next-line organization-usage-enum -- legacy app, TICKET-9\n') });
    const a = (await sarifOf(['a/'], dir)).run.results;
    const b = (await sarifOf(['b/'], dir)).run.results;
    expect(a.map((r) => r.locations[0].physicalLocation.region.startLine)).toEqual([3, 5]);
    expect(new Set(a.map((r) => r.partialFingerprints.primaryLocationLineHash)).size).toBe(2);
    // the suppressed finding stays in the log, marked, so code scanning and reviewers see it was hidden and why
    expect(b.map((r) => [r.locations[0].physicalLocation.region.startLine, r.suppressions])).toEqual([
      [3, undefined],
      [6, [{ kind: 'inSource', justification: 'legacy app, TICKET-9' }]],
    ]);
  });

  it('gives a moved finding the fingerprint it had before the move', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: Portal\n    organization_usage: Require\n' });
    const before = (await sarifOf(['tenant.yaml'], dir)).run.results[0];
    const moved = tempTree({ 'tenant.yaml': '# header\n\nclients:\n  - name: First\n  - name: Portal\n    app_type: spa\n    organization_usage: Require\n' });
    const after = (await sarifOf(['tenant.yaml'], moved)).run.results[0];
    expect(after.locations[0].physicalLocation.region.startLine).toBe(7);
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
  });

  it(`keeps the ${SARIF_MAX_RESULTS} most severe results and says how many were left out`, () => {
    const f = (i: number, severity: Finding['severity']): Finding => ({
      ruleId: 'organization-usage-enum', severity, message: `m${i}`, file: path.join(ROOT, 'x.yaml'),
      line: i + 1, column: 1, endLine: i + 1, endColumn: 2, path: `/clients/${i}`, resource: { type: 'client', name: `c${i}` }, fix: null,
    });
    const findings = [...Array.from({ length: 10 }, (_, i) => f(i, 'info')), ...Array.from({ length: SARIF_MAX_RESULTS }, (_, i) => f(i + 10, 'error'))];
    const log = sarifLog({ findings, summary: { files: 1, clients: 0, errors: SARIF_MAX_RESULTS, warnings: 0, infos: 10, fixable: 0 }, rules: RULES, cwd: ROOT, color: false, toolVersion: '0.0.0' });
    expectValid(log);
    const run = (log.runs as SarifRun[])[0];
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(run.results.every((r) => r.level === 'error')).toBe(true);
    expect(run.invocations[0].toolExecutionNotifications![0].message.text).toBe('10 results left out: GitHub code scanning keeps at most 25000 a run');
  });

  it('writes SARIF and JUnit in one run next to the terminal output', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const r = await runCli(['tenant.yaml', '-f', 'compact', '-f', 'sarif=out/o.sarif', '-f', 'junit=out/o.xml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tenant.yaml:6:25: error:');
    expectValid(JSON.parse(readFileSync(`${dir}/out/o.sarif`, 'utf8')));
    expect(readFileSync(`${dir}/out/o.xml`, 'utf8')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="orglint" tests="4" failures="3"/);
  });
});

describe('SARIF security severity', () => {
  it('every orglint rule is tagged security with a security-severity from its default severity, so code scanning ranks it', async () => {
    const { run, log } = await sarifOf(['examples/'], ROOT);
    expectValid(log);
    const rules = run.tool.driver.rules as unknown as { id: string; defaultConfiguration: { level: string }; properties: { tags: string[]; 'security-severity'?: string } }[];
    const byLevel: Record<string, string> = { error: '7.5', warning: '5.0', note: '2.0' };
    for (const r of rules) {
      if (r.properties.tags.includes('orglint')) {
        expect(r.properties['security-severity']).toBeUndefined();
        continue;
      }
      expect(r.properties.tags).toContain('security');
      expect(r.properties['security-severity']).toBe(byLevel[r.defaultConfiguration.level]);
    }
    expect(rules.find((r) => r.id === 'organization-usage-enum')!.properties['security-severity']).toBe('7.5');
  });
});
