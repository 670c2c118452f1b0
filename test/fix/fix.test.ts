import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const TENANT = `# Acme tenant — comments, quoting and order must survive
tenant:
  friendly_name: 'Acme'   # single-quoted
clients:
  - name: "Portal"        # double-quoted name
    organization_usage: 'Require'   # wrong case, single quotes
    organization_require_behavior: pre-login-prompt
  - name: Dashboard
    organization_usage: deny
    organization_require_behavior: pre_login_prompt # no effect
    callbacks: [https://a.example/cb]
`;

const FIXED = `# Acme tenant — comments, quoting and order must survive
tenant:
  friendly_name: 'Acme'   # single-quoted
clients:
  - name: "Portal"        # double-quoted name
    organization_usage: 'require'   # wrong case, single quotes
    organization_require_behavior: pre_login_prompt
  - name: Dashboard
    organization_usage: deny
    callbacks: [https://a.example/cb]
`;

describe('orglint --fix', () => {
  it('edits only the offending spans, keeps everything else byte for byte, and reports what is left', async () => {
    const dir = tempTree({ 'tenant.yaml': TENANT });
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(FIXED);
    expect(run.stdout).toContain('no problems');
    expect(run.stdout).toContain('fixed 3 problems');
    expect(run.code).toBe(0);
  });
  it('keeps CRLF line endings and a BOM', async () => {
    const dir = tempTree({});
    const file = path.join(dir, 'tenant.yaml');
    writeFileSync(file, '\uFEFF' + TENANT.replace(/\n/g, '\r\n'));
    await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + FIXED.replace(/\n/g, '\r\n'));
  });
  it('positions in a BOM + CRLF file are those an editor shows', async () => {
    const dir = tempTree({});
    writeFileSync(path.join(dir, 'tenant.yaml'), '\uFEFF' + TENANT.replace(/\n/g, '\r\n'));
    const run = await runCli(['-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(run.stdout.split('\n')[0]).toMatch(/^tenant\.yaml:6:25: error: organization_usage "Require"/);
  });
  it('keeps the file mode and leaves no temporary file behind', async () => {
    const dir = tempTree({ 'tenant.yaml': TENANT });
    const file = path.join(dir, 'tenant.yaml');
    chmodSync(file, 0o640);
    await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['tenant.yaml']);
  });
  it('--fix-unsafe also applies fixes that change behaviour', async () => {
    const dir = tempTree({ 'tenant.yaml': TENANT });
    await runCli(['--fix-unsafe', 'tenant.yaml'], { cwd: dir });
    const text = readFileSync(path.join(dir, 'tenant.yaml'), 'utf8');
    expect(text).toContain("    organization_usage: require\n    organization_require_behavior: pre_login_prompt # no effect\n");
  });
  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const dir = tempTree({ 'tenant.yaml': TENANT });
    const run = await runCli(['--fix-dry-run', 'tenant.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(TENANT);
    expect(run.stdout).toContain(unifiedDiff(TENANT, FIXED, 'a/tenant.yaml', 'b/tenant.yaml'));
    expect(run.stdout).toContain("\n-    organization_usage: 'Require'   # wrong case, single quotes\n");
    expect(run.stdout).toContain("\n+    organization_usage: 'require'   # wrong case, single quotes\n");
    expect(run.stdout).toContain('nothing was written');
  });
  it('fixes JSON files with their own indentation', async () => {
    const client = '{\n    "name": "Portal",\n    "organization_usage": "deny",\n    "organization_require_behavior": "pre_login_prompt",\n    "app_type": "spa"\n}\n';
    const dir = tempTree({ 'clients/Portal.json': client });
    await runCli(['--fix', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'clients/Portal.json'), 'utf8')).toBe('{\n    "name": "Portal",\n    "organization_usage": "deny",\n    "app_type": "spa"\n}\n');
  });
  it('never edits inside a keyword placeholder', async () => {
    const text = 'clients:\n  - name: A\n    organization_usage: "@@USAGE@@"\n    organization_require_behavior: Pre-Login-Prompt\n';
    const dir = tempTree({ 'tenant.yaml': text });
    await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(text.replace('Pre-Login-Prompt', 'pre_login_prompt'));
  });
});

describe('unifiedDiff', () => {
  it('numbers hunks like diff -u', () => {
    const a = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const b = a.replace('line 10\n', 'line ten\n');
    expect(unifiedDiff(a, b, 'a/x', 'b/x')).toBe(
      ['--- a/x', '+++ b/x', '@@ -7,7 +7,7 @@', ' line 7', ' line 8', ' line 9', '-line 10', '+line ten', ' line 11', ' line 12', ' line 13', ''].join('\n'),
    );
  });
});
