/**
 * A fix is proven before it is written (issue 12): every case an adversarial pass found — block scalars,
 * anchors shared by aliases and merge keys, explicit keys, fixes no finding reported, CRLF diffs — through the
 * real CLI: the file is fixed correctly, or left byte for byte as it was with a message saying why.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { disproveFix } from '../../src/fix/prove';
import { loadYamlFull } from '../../src/sources/yaml/yaml-source';
import { tempTree } from '../helpers/lint';

const read = (dir: string, f = 'tenant.yaml') => readFileSync(path.join(dir, f), 'utf8');

describe('a fix is proven before it is written', () => {
  it('a block scalar (`organization_usage: >-` / `Require`) is replaced on its own line, never joined with the next key', async () => {
    const text = 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: >-\n      Require\n    organization_require_behavior: pre_login_prompt\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe('clients:\n  - name: A\n    app_type: spa\n    organization_usage: require\n    organization_require_behavior: pre_login_prompt\n');
    expect(run.stdout).toContain('fixed 1 problem');
    expect(run.stdout).toContain('no problems');
    expect(run.code).toBe(0);
  });

  it('a key added after a block scalar goes on the next line, with the file\'s CRLF (found by the fuzzing)', async () => {
    const text = 'clients:\r\n  - name: A\r\n    app_type: spa\r\n    organization_require_behavior: >-\r\n      pre_login_prompt\r\n';
    const dir = tempTree({ 'tenant.yaml': text });
    await runCli(['--fix-unsafe', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe(text + '    organization_usage: require\r\n');
  });

  it('removing a key whose value holds an anchor another client uses is refused, naming the anchor', async () => {
    const text =
      'clients:\n  - name: A\n    app_type: spa\n    organization_usage: deny\n    organization_require_behavior: &p pre_login_prompt\n' +
      '  - name: B\n    app_type: spa\n    organization_usage: require\n    organization_require_behavior: *p\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['--fix', '-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe(text);
    expect(run.stderr).toBe(
      'orglint: tenant.yaml:5:5: require-behavior-without-require: fix not made: clients.0.organization_require_behavior carries the anchor &p, which an alias uses: removing it would leave them undefined\n',
    );
    expect(run.stdout).toContain('tenant.yaml:5:5: warning: organization_require_behavior "pre_login_prompt" has no effect while organization_usage is "deny"');
  });

  it('an alias with no anchor is an "undefined alias" parse error, not an alias bomb', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: *usage\n' });
    const run = await runCli(['-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(run.stdout).toBe('tenant.yaml:3:25: error: invalid YAML: undefined alias *usage (no anchor &usage before it) [parse-error]\n');
  });

  it('removing an explicit-key pair (`? key` / `: value`) removes both lines and keeps the next key', async () => {
    const text = 'clients:\n  - name: A\n    organization_usage: deny\n    ? organization_require_behavior\n    : pre_login_prompt\n    app_type: spa\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe('clients:\n  - name: A\n    organization_usage: deny\n    app_type: spa\n');
    expect(run.stdout).toContain('fixed 1 problem');
  });

  it('a safe fix inside an anchor merged by `<<: *base` is refused: the other client keeps its post_login_prompt', async () => {
    const text =
      'clients:\n  - &base\n    name: A\n    app_type: spa\n    organization_usage: deny\n    organization_require_behavior: post_login_prompt\n' +
      '  - <<: *base\n    name: B\n    organization_usage: require\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe(text);
    expect(run.stderr).toContain('orglint: tenant.yaml:6:5: require-behavior-without-require: fix not made: clients.0 carries the anchor &base, which an alias uses: the fix would change those too\n');
    expect(run.stdout).not.toContain('fixed');
  });

  it('--fix-unsafe on `&usage deny` never flips the `*usage` clients: the shared anchor is refused, the dry run shows nothing', async () => {
    const text =
      'clients:\n  - name: A\n    app_type: spa\n    organization_usage: &usage deny\n    organization_require_behavior: pre_login_prompt\n' +
      '  - name: B\n    app_type: spa\n    organization_usage: *usage\n  - name: C\n    app_type: spa\n    organization_usage: *usage\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const dry = await runCli(['--fix-dry-run', '--fix-unsafe', 'tenant.yaml'], { cwd: dir });
    expect(dry.stdout).not.toContain('+++');
    expect(dry.stderr).toContain('fix not made: clients.0.organization_usage carries the anchor &usage, which 2 aliases use: the fix would change those too');
    await runCli(['--fix-unsafe', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe(text);
  });

  it('an alias replaced at its use site keeps the anchor, and once no alias uses it the anchor is fixed too', async () => {
    const text = 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: &u Require\n  - name: B\n    app_type: spa\n    organization_usage: *u\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe('clients:\n  - name: A\n    app_type: spa\n    organization_usage: &u require\n  - name: B\n    app_type: spa\n    organization_usage: require\n');
    expect(run.stdout).toContain('fixed 2 problems');
    expect(run.stderr).toBe('');
  });

  it('an edit that would leave an alias undefined is caught by the proof: nothing is written, the reason is given', async () => {
    const text =
      'clients:\n  - name: A\n    app_type: spa\n    organization_usage: require\n    organization_require_behavior: post_login_prompt\n    organization_discovery_methods:\n      - &m email\n' +
      '  - name: B\n    app_type: spa\n    organization_usage: require\n    organization_require_behavior: pre_login_prompt\n    organization_discovery_methods: [*m]\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe(text);
    expect(run.stderr).toBe(
      'orglint: tenant.yaml: not fixed: the fixed text would not parse (invalid YAML: undefined alias *m (no anchor &m before it)); the file was left as it was\n',
    );
  });

  it('the proof compares every resource, aliases and merges resolved: any other change is named and refused', () => {
    const before = loadYamlFull('/t.yaml', 'clients:\n  - name: A\n    organization_usage: Require\n  - name: B\n    organization_usage: allow\n', false);
    const ops = [{ op: 'set' as const, path: ['clients', 0, 'organization_usage'], value: 'require' }];
    const good = loadYamlFull('/t.yaml', 'clients:\n  - name: A\n    organization_usage: require\n  - name: B\n    organization_usage: allow\n', false);
    expect(disproveFix(before, good, ops)).toBeUndefined();
    const other = loadYamlFull('/t.yaml', 'clients:\n  - name: A\n    organization_usage: &u require\n  - name: B\n    organization_usage: *u\n', false);
    expect(disproveFix(before, other, ops)).toBe('the edit would also change clients.1.organization_usage, which no fix names');
    const merged = loadYamlFull('/t.yaml', 'clients:\n  - &a\n    name: A\n    organization_usage: require\n  - <<: *a\n    name: B\n', false);
    expect(disproveFix(before, merged, ops)).toBe('the edit would also change clients.1.organization_usage, which no fix names');
    const broken = loadYamlFull('/t.yaml', 'clients:\n  - name: A\n    organization_usage: require    name: B\n', false);
    expect(disproveFix(before, broken, ops)).toMatch(/^the fixed text would not parse \(invalid YAML: /);
  });

  it('fixes change only what the output reports: allow + pre_login_prompt + discovery methods is left as it is', async () => {
    const text = 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: allow\n    organization_require_behavior: pre_login_prompt\n    organization_discovery_methods: [email]\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe(text);
    expect(run.stdout).not.toContain('fixed');
  });

  it('a finding a fix brings out in another setting is reported, not fixed unseen (deny + pre_login_prompt + discovery methods)', async () => {
    const text = 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: deny\n    organization_require_behavior: pre_login_prompt\n    organization_discovery_methods: [email]\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const before = await runCli(['-f', 'compact', 'tenant.yaml'], { cwd: dir });
    const dry = await runCli(['--fix-dry-run', 'tenant.yaml'], { cwd: dir });
    // every fix the dry run would make is listed with its finding, and each was in the plain lint's output
    const listed = dry.stdout.split('\n').filter((l) => l.startsWith('# '));
    expect(listed).toEqual(['# tenant.yaml:5:5 require-behavior-without-require: remove organization_require_behavior']);
    expect(before.stdout).toContain('tenant.yaml:5:5: warning: organization_require_behavior "pre_login_prompt" has no effect');
    expect(dry.stdout).not.toContain('organization_discovery_methods: null');
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(run.stdout).toContain('fixed 1 problem');
    const after = read(dir);
    expect(after).toBe(text.replace('    organization_require_behavior: pre_login_prompt\n', ''));
    // the methods are reported now, for the user to decide
    expect(run.stdout).toContain('discovery-methods-without-pre-login-prompt');
  });

  it('"fixed N" counts findings fixed, and a repeat the same rule brings out in the same setting is fixed with it', async () => {
    const text = 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: require\n    organization_require_behavior: pre_login_prompt\n    organization_discovery_methods: [email, Email]\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe(text.replace('[email, Email]', '[email]'));
    expect(run.stdout).toContain('fixed 2 problems');
  });

  it('signup without membership: --fix-unsafe turns signup off; membership for everyone is never applied', async () => {
    const text = 'organizations:\n  - name: acme\n    connections:\n      - name: db\n        is_signup_enabled: true\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const json = JSON.parse((await runCli(['-f', 'json', 'tenant.yaml'], { cwd: dir })).stdout);
    const f = json.results?.[0]?.messages?.[0] ?? json.findings?.[0] ?? json.files?.[0]?.findings?.[0];
    expect(JSON.stringify(f)).toContain('set assign_membership_on_login to true');
    await runCli(['--fix-unsafe', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe('organizations:\n  - name: acme\n    connections:\n      - name: db\n        is_signup_enabled: false\n');
  });

  it('--fix-dry-run of a CRLF file with a BOM prints a diff that `git apply --check` accepts, and applying it equals --fix', async () => {
    const text = '\uFEFFclients:\r\n  - name: A\r\n    app_type: spa\r\n    organization_usage: Require\r\n    organization_require_behavior: pre-login-prompt';
    const dir = tempTree({ 'tenant.yaml': text });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'core.autocrlf=false', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '.');
    git('add', 'tenant.yaml');
    git('commit', '-qm', 'tenant');
    const dry = await runCli(['--fix-dry-run', '-f', 'compact', 'tenant.yaml'], { cwd: dir });
    writeFileSync(path.join(dir, 'fix.diff'), dry.stdout);
    expect(dry.stdout).toContain('\\ No newline at end of file');
    git('apply', '--check', 'fix.diff');
    git('apply', 'fix.diff');
    const applied = read(dir);
    expect(applied).toBe('\uFEFFclients:\r\n  - name: A\r\n    app_type: spa\r\n    organization_usage: require\r\n    organization_require_behavior: pre_login_prompt');
    git('checkout', '-q', 'tenant.yaml');
    await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(read(dir)).toBe(applied);
  });
});
