/**
 * A directory export is one group of tenants whatever other JSON its folders hold: deploy-cli writes
 * prompts/custom-text.json beside prompts/prompts.json, and custom-text.json (no resource of the export) sorts
 * first. When its folder was keyed by that file, prompts.json became a group of its own, read the export again as
 * context, and every finding its setting causes was reported twice (and its clients counted twice).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const dir = mkdtempSync(path.join(tmpdir(), 'orglint-export-groups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function exportTree(): string {
  const root = path.join(dir, 'auth0');
  mkdirSync(path.join(root, 'clients'), { recursive: true });
  mkdirSync(path.join(root, 'prompts'), { recursive: true });
  const require = (name: string) => `${JSON.stringify({ name, organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' })}\n`;
  writeFileSync(path.join(root, 'clients/Portal.json'), require('Portal'));
  writeFileSync(path.join(root, 'clients/Shop.json'), require('Shop'));
  writeFileSync(path.join(root, 'clients/Plain.json'), '{"name":"Plain"}\n');
  writeFileSync(path.join(root, 'prompts/prompts.json'), '{"universal_login_experience":"classic"}\n');
  writeFileSync(path.join(root, 'prompts/custom-text.json'), '{}\n');
  writeFileSync(path.join(root, 'tenant.json'), '{"friendly_name":"Acme"}\n');
  return root;
}

const root = exportTree();

describe('a directory export with prompts/custom-text.json beside prompts.json', () => {
  it('reports each finding once and counts each client once, walked', async () => {
    const run = await runCli(['auth0', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { summary: { clients: number; warnings: number }; findings: { file: string; ruleId: string; line: number; column: number }[] };
    expect(report.summary.clients).toBe(3);
    expect(report.summary.warnings).toBe(2);
    const keys = report.findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    // Classic login with organization_usage require: each of Portal and Shop has the finding, once
    expect(keys.filter((k) => k.includes('organization-requires-new-universal-login'))).toHaveLength(2);
  });

  it('reports each finding once when pre-commit stages the prompts files and a client', async () => {
    // (as the hook runs it: custom-text.json is no tenant configuration, a note)
    const run = await runCli(['-f', 'compact', '--no-error-on-unmatched-pattern', 'auth0/prompts/custom-text.json', 'auth0/prompts/prompts.json', 'auth0/clients/Portal.json'], { cwd: dir });
    const lines = run.stdout.split('\n').filter((l) => /:\d+:\d+: /.test(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.filter((l) => l.startsWith('auth0/clients/Portal.json') && l.includes('organization-requires-new-universal-login'))).toHaveLength(1);
  });
});
