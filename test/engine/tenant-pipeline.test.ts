import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config';
import { expandPaths } from '../../src/engine/files';
import { groupShared, lintGroup, lintPaths, mergeGroups, type LintRequest } from '../../src/engine/lint';
import { docsSecrets, writeOutputs } from '../../src/cli/outputs';
import type { CliIO } from '../../src/cli/io';
import { checkedResources } from '../../src/formatters/checked-resources';
import { FORMATTERS } from '../../src/formatters/index';
import { REPORT_APPLICATIONS, reportContext } from '../../src/formatters/report-context';
import { RULES } from '../../rules/index';
import { version } from '../../package.json';
import { runCli } from '../helpers/cli';
import { multiTenantCorpus } from '../helpers/multi-tenant';
import { tenantYaml } from '../../bench/corpus.mjs';

const root = multiTenantCorpus();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** the HTML report's time of writing is the one byte that may change between two runs */
const untimed = (text: string) => text.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/g, 'TIME');

/** Every format as the whole-run lint wrote it: all targets read, assembled and checked as one group, as before. */
async function wholeRunOutputs(root: string, formats = Object.keys(FORMATTERS)): Promise<Record<string, string>> {
  const config = defaultConfig(root);
  const req: LintRequest = { cwd: root, paths: ['.'], config, rules: RULES, cliRules: {}, inlineConfig: true };
  const { targets, args } = await expandPaths(root, req.paths, config.ignore, config.baseDir);
  const rankOf = new Map(targets.map((t, i) => [t.file, i]));
  const result = mergeGroups(req, [await lintGroup(req, targets, await groupShared(req, rankOf), undefined)], args);
  const out: Record<string, string> = {};
  for (const format of formats) {
    let text = '';
    const io: CliIO = { cwd: root, env: process.env, stdout: (t) => (text += t), stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false };
    const input = {
      findings: result.findings,
      summary: result.summary,
      suppressed: result.suppressed,
      rules: RULES,
      cwd: root,
      toolVersion: version,
      notes: { fixed: 0, ...(result.skippedRules.length ? { skippedRules: result.skippedRules } : {}) },
      files: result.files,
      resources: checkedResources(result),
      report: reportContext(result, result.findings, { cwd: root, config, rules: RULES, cliRules: {}, env: process.env }),
    };
    await writeOutputs([{ format }], input, io, false, docsSecrets(result.docs.values()));
    out[format] = untimed(text);
  }
  return out;
}

describe('linting tenant by tenant', () => {
  it('writes every format byte for byte as the whole-run lint did, sorted across tenants', async () => {
    const whole = await wholeRunOutputs(root);
    for (const format of Object.keys(FORMATTERS)) {
      const run = await runCli(['.', '-f', format], { cwd: root });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(untimed(run.stdout), format).toBe(whole[format]);
    }
    // the findings of tenant.yaml come before those of tenant/…, though its tenant is linted after that export
    const files = [...whole.compact.matchAll(/^([^:\n]+):\d+:\d+:/gm)].map((m) => m[1]);
    expect(files.indexOf('tenant.yaml')).toBeGreaterThan(-1);
    expect(files.indexOf('tenant.yaml')).toBeLessThan(files.findIndex((f) => f.startsWith('tenant/')));
    expect(whole.json).not.toContain('s3cr3t-Value_0123456789abcdef');
  });

  it('models the first 1,000 applications across tenants for the reports, as the whole-run lint did, on any thread count', async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'orglint-apps-'));
    try {
      // 650 + 650 clients: the second tenant's model is cut at 350, and 300 applications are counted as left out
      writeFileSync(path.join(big, 'a.yaml'), tenantYaml(1, 650).text);
      writeFileSync(path.join(big, 'b.yaml'), tenantYaml(2, 650).text);
      const whole = await wholeRunOutputs(big, ['markdown', 'html']);
      for (const threads of ['1', '2']) {
        for (const format of ['markdown', 'html']) {
          const run = await runCli(['.', '-f', format, '--threads', threads], { cwd: big, timeoutMs: 60_000 });
          expect(untimed(run.stdout), `${format} --threads ${threads}`).toBe(whole[format]);
        }
      }
      expect(whole.markdown).toMatch(/300 (more )?applications?/);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });

  it('keeps no document once the findings are made, and keeps what the outputs show', async () => {
    const config = defaultConfig(root);
    const result = await lintPaths({ cwd: root, paths: ['.'], config, rules: RULES, release: true, reportModels: true });
    expect(result.docs.size).toBe(0);
    expect(result.tenants).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(20);
    for (const f of [...result.findings, ...result.suppressed]) {
      expect(f.doc).toBeUndefined();
      expect(f.source).toBeUndefined();
    }
    // plain data: what a worker thread can send back as is
    expect(() => structuredClone(result.findings)).not.toThrow();
    expect(result.tenantReports.map((t) => t.id)).toEqual((await lintPaths({ cwd: root, paths: ['.'], config, rules: RULES })).tenants.map((t) => t.id));
    expect(result.tenantReports.every((t) => t.model && t.model.applications.length <= REPORT_APPLICATIONS)).toBe(true);
    expect(result.secrets).toContain('s3cr3t-Value_0123456789abcdef');
  });

  it('makes the list of checked resources only for the formats that show it (JUnit, HTML), on any thread count', async () => {
    const config = defaultConfig(root);
    const listed = await lintPaths({ cwd: root, paths: ['.'], config, rules: RULES, release: true });
    const unlisted = await lintPaths({ cwd: root, paths: ['.'], config, rules: RULES, release: true, listResources: false });
    expect(listed.resources.length).toBeGreaterThan(10);
    expect(unlisted.resources).toEqual([]);
    expect(unlisted.findings).toEqual(listed.findings);
    expect(unlisted.summary).toEqual(listed.summary);
    // the CLI asks for the list when a format shows what passed: a worker thread's tenants are listed too
    const one = await runCli(['.', '-f', 'junit', '--threads', '1'], { cwd: root, timeoutMs: 60_000 });
    const two = await runCli(['.', '-f', 'junit', '--threads', '2'], { cwd: root, timeoutMs: 60_000 });
    expect(two.stdout).toBe(one.stdout);
    const cases = [...one.stdout.matchAll(/<testcase /g)].length;
    expect(cases).toBeGreaterThanOrEqual(listed.resources.length);
  });
});
