/**
 * Attack on issue 13 (a package a company can adopt), as an ESLint/Spectral user and a company evaluating it would:
 * the conventions that held are covered by test/cli/conventions.test.ts; these are the cases that did not.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');
const scratch = () => mkdtempSync(path.join(tmpdir(), 'orglint-attack13-'));
const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { files: string; entry: string }[];
const hookArgs = hook.entry.split(/\s+/).slice(1);

describe('--stdin over maxFileSize', () => {
  it('does not state a size it never read (it reads one byte past the limit, then stops)', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, '.orglint.json'), JSON.stringify({ maxFileSize: 1000 }));
    const text = `clients:\n${'  - name: app\n    organization_usage: deny\n'.repeat(200)}`; // 8 KB
    const r = await runCli(['--stdin', '--stdin-filename', 'tenant.yaml', '-f', 'compact'], { cwd: dir, input: text });
    expect(r.code).toBe(1);
    // before: "file is 1001 B, over the 1000 B limit" for an input of 8 KB
    expect(r.stdout).toMatch(/^tenant\.yaml:1:1: error: file is over the 1000 B limit \(raise maxFileSize in the config to read it\) \[file-too-large\]$/m);
  });
});

describe('pre-commit: a commit that changes only the prompts or tenant settings of a directory export', () => {
  // a directory export where one application requires Organizations; the commit turns Classic Login on
  const exportDir = () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'auth0/clients'), { recursive: true });
    mkdirSync(path.join(dir, 'auth0/prompts'), { recursive: true });
    writeFileSync(path.join(dir, 'auth0/clients/Portal.json'), JSON.stringify({ name: 'Portal', organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' }, null, 2));
    writeFileSync(path.join(dir, 'auth0/prompts/prompts.json'), JSON.stringify({ universal_login_experience: 'classic' }, null, 2));
    return dir;
  };

  it('the hook runs on the files orglint reads in a directory export (prompts, tenant settings, connections, databases)', () => {
    // before: only clients/, grants/, client-grants/ and organizations/ JSON matched, so the hook never ran
    const re = new RegExp(hook.files);
    for (const f of ['auth0/prompts/prompts.json', 'auth0/tenant.json', 'auth0/connections/google-oauth2.json', 'auth0/database-connections/Username-Password-Authentication/database.json']) {
      expect(re.test(f), f).toBe(true);
    }
  });

  // orglint reports only on the files it is handed (as ESLint does), and the finding of a cross-resource rule sits on
  // the client, which the commit did not touch: the hook passed unseen (exit 0, "no problems"). The lead's decision:
  // a named file of a tenant-wide setting keeps the findings of the rules that read it on every resource, each
  // pointing at that file (test/cli/staged-settings.test.ts covers the rest).
  it('shows the finding a staged prompts.json causes on an unstaged client', async () => {
    const dir = exportDir();
    const r = await runCli([...hookArgs, '--max-warnings', '0', 'auth0/prompts/prompts.json'], { cwd: dir });
    expect(r.stdout).toMatch(/^auth0\/clients\/Portal\.json\n  3:25  warning  .* organization-requires-new-universal-login$/m);
    expect(r.stdout).toContain('    ↳ auth0/prompts/prompts.json:1:1: named in this run: the prompts settings this finding depends on');
    expect(r.code).toBe(1);
  });
});

describe('messages name the flag the user typed', () => {
  it('-o over an input says -o, not a -f NAME=FILE the user never wrote (exit 2, the file intact)', async () => {
    const dir = scratch();
    const tenant = 'clients:\n  - name: A\n    organization_usage: Require\n';
    writeFileSync(path.join(dir, 'tenant.yaml'), tenant);
    const r = await runCli(['tenant.yaml', '-o', 'tenant.yaml'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, 'orglint: -o tenant.yaml: that file is one of the files linted; orglint never writes a report over its input\n']);
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(tenant);
  });

  it('a flag a live command lacks points at that command\'s --help (orglint --help is the lint help)', async () => {
    const r = await runCli(['fix', '--live', '--max-warnings', '0'], { cwd: scratch(), env: { AUTH0_DOMAIN: undefined } });
    expect([r.code, r.stderr]).toEqual([2, 'orglint: orglint fix: unknown option --max-warnings (orglint fix --help lists its options)\n']);
  });
});

describe('--version', () => {
  it('prints the version wherever it stands before --, as --help does and as ESLint does (it was "Unknown option" exit 2)', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const args of [['--version'], ['-v'], ['--debug', '--version'], ['tenants/', '-v'], ['rules', '--version']]) {
      const r = await runCli(args, { cwd: scratch() });
      expect([args, r.code, r.stdout, r.stderr]).toEqual([args, 0, `${version}\n`, '']);
    }
    // after `--` it is a path, as -h is
    const after = await runCli(['--', '-v'], { cwd: scratch() });
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/-v/);
  });
});
