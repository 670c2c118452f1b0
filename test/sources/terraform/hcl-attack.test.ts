/**
 * A hostile user's .tf files, through the real CLI: each case is an input that once crashed orglint, hid a
 * finding, offered a fix it could not make, or read a file it could not read as if it were empty.
 */
import { mkfifoSync } from './fifo';
import { lstatSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const client = (name: string, body: string) => `resource "auth0_client" "${name}" {
  name     = "${name}"
  app_type = "spa"
${body}
}
`;

interface JsonFinding {
  ruleId: string;
  line: number;
  column: number;
  message: string;
  resource: { name: string };
  fix: { description: string } | null;
  alternatives?: unknown[];
  related?: { file: string; line: number; column: number }[];
}

async function lintJson(dir: string, args: string[] = ['.']): Promise<{ code: number | null; findings: JsonFinding[]; stderr: string }> {
  const run = await runCli([...args, '-f', 'json'], { cwd: dir });
  return { code: run.code, stderr: run.stderr, findings: run.stdout ? (JSON.parse(run.stdout).findings as JsonFinding[]) : [] };
}

describe('hostile .tf input', () => {
  it('a .tf file named through a symbolic link is linted (it used to crash with an internal error)', async () => {
    // (inside a repository: a link is read only to a file the repository holds, named or not; module-links.test.ts)
    const dir = tempTree({ '.git/HEAD': 'x\n', 'real/clients.tf': client('a', '  organization_usage = "Allow"'), 'mod/.keep': '' });
    symlinkSync('../real/clients.tf', path.join(dir, 'mod/main.tf'));
    const run = await runCli(['mod/main.tf', '-f', 'compact'], { cwd: dir });
    expect(run.stderr).not.toContain('internal error');
    expect(run.stdout).toContain('mod/main.tf:4:24: error: organization_usage "Allow"');
    expect(run.code).toBe(1);
  });

  it('--fix-unsafe still makes the safe fix when the unsafe one would rewrite a variable', async () => {
    const dir = tempTree({
      'main.tf': `variable "nul" {
  default = null
}
${client('n', '  organization_usage            = var.nul\n  organization_require_behavior = "post_login_prompt"')}`,
    });
    const { findings } = await lintJson(dir);
    const f = findings.find((x) => x.ruleId === 'require-behavior-without-require')!;
    // the "set organization_usage" alternative would have to rewrite var.nul: not offered, and said so
    expect(f.alternatives).toBeUndefined();
    expect(f.message).toContain('--fix leaves it: the value comes from var.nul');
    const run = await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(dir, 'main.tf'), 'utf8');
    expect(text).not.toContain('organization_require_behavior');
    expect(text).toContain('organization_usage            = var.nul');
  });

  it('a value a local gives is named with the local and never offered as a fix (locals are shared)', async () => {
    const dir = tempTree({
      'locals.tf': 'locals {\n  usage = "required"\n  alias = local.usage\n}\n',
      'main.tf': client('a', '  organization_usage = local.alias') + client('b', '  organization_usage = local.usage'),
    });
    const { findings } = await lintJson(dir);
    const enums = findings.filter((x) => x.ruleId === 'organization-usage-enum');
    expect(enums.map((x) => [x.resource.name, x.line, x.column, x.fix])).toEqual([
      ['auth0_client.a', 4, 24, null],
      ['auth0_client.b', 9, 24, null],
    ]);
    for (const e of enums) {
      expect(e.message).toContain('(the value of local.usage, set at locals.tf:2:11); --fix leaves it: the value comes from local.usage, change it where the local is set');
      expect(e.related?.[0]).toMatchObject({ line: 2, column: 11 });
    }
    const run = await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toContain('organization_usage = local.alias');
  });

  it('a --var-file that is a folder, a FIFO or too large is an error, never "every variable unknown" and exit 0', async () => {
    const dir = tempTree({
      'main.tf': `variable "usage" {\n  default = "allow"\n}\n${client('a', '  organization_usage = var.usage')}`,
      'vars/.keep': '',
      'big.tfvars': `usage = "required"\n# ${'x'.repeat(2048)}\n`,
      '.orglint.yaml': 'maxFileSize: 1024\n',
    });
    mkfifoSync(path.join(dir, 'pipe.tfvars'));
    for (const [file, message] of [
      ['vars', '--var-file vars: not a regular file'],
      ['pipe.tfvars', '--var-file pipe.tfvars: not a regular file'],
      ['big.tfvars', '--var-file big.tfvars: over the 1 KiB limit'],
    ]) {
      const run = await runCli(['.', '--var-file', file], { cwd: dir });
      expect(run.stderr).toContain(message);
      expect(run.code).toBe(2);
    }
  });
});

describe('hostile .tf syntax', () => {
  it('a quoted string over a line end is a parse error at that line end (tree-sitter accepts it, Terraform does not)', async () => {
    const dir = tempTree({ 'main.tf': client('a', '  organization_usage = "required\n  "') });
    const run = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toContain('main.tf:4:33: error: invalid HCL: a quoted string cannot span lines (use a heredoc) [parse-error]');
    // the broken file's values are not read as if Terraform accepted them
    expect(run.stdout).not.toContain('organization-usage-enum');
    expect(run.code).toBe(1);
  });

  it('a heredoc and a multi-line ${...} part are not multi-line strings', async () => {
    const dir = tempTree({ 'main.tf': client('a', '  organization_usage = <<-EOT\n    required\n    EOT\n  description = "x${\n    "y"\n  }"') });
    const run = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).not.toContain('parse-error');
    expect(run.stdout).toContain('main.tf:4:24: error: organization_usage "required\\n"');
  });
});

describe('--fix on .tf files that are not what they were', () => {
  it('a .tf file named through a symbolic link to a file outside the linted folders is not written: link and target kept', async () => {
    const original = client('a', '  organization_usage = "Allow"');
    const dir = tempTree({ '.git/HEAD': 'x\n', 'real/clients.tf': original, 'mod/.keep': '' });
    symlinkSync('../real/clients.tf', path.join(dir, 'mod/main.tf'));
    const run = await runCli(['--fix', 'mod/main.tf'], { cwd: dir });
    // issue 12: a link's target is fixed only inside the folders linted; a module file read through a link is never
    // written at all (module-links.test.ts): the fix is not offered, and the finding says why
    expect(run.stdout).toContain('--fix leaves it: main.tf is a symbolic link (to ../real/clients.tf): orglint writes no file through a link, change that file by hand');
    expect(run.code).toBe(1);
    expect(lstatSync(path.join(dir, 'mod/main.tf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real/clients.tf'), 'utf8')).toBe(original);
  });

  it('a .tf file changed while orglint ran is not overwritten with the fix of its old text', async () => {
    // a plugin rule stands for the editor that saves the file while orglint lints it
    const dir = tempTree({
      'main.tf': client('a', '  organization_usage = "Allow"'),
      'plugin.mjs': `import { appendFileSync } from 'node:fs';
let done = false;
export default { name: 'editor', rules: [{ id: 'saves', meta: { description: 'x', severity: 'info', fixable: [], scope: 'client', source: 'https://auth0.com/docs' }, defaultOptions: {}, messages: {}, check() {
  if (!done) appendFileSync(${JSON.stringify('main.tf')}, '# saved by the editor\\n');
  done = true;
} }] };
`,
      'cfg.yaml': 'plugins:\n  - ./plugin.mjs\n',
    });
    const run = await runCli(['--fix', '-c', 'cfg.yaml', 'main.tf'], { cwd: dir });
    expect(run.stderr).toContain('orglint: main.tf: not written: it changed on disk since orglint read it');
    expect(run.code).toBe(1);
    const text = readFileSync(path.join(dir, 'main.tf'), 'utf8');
    expect(text).toContain('# saved by the editor');
    expect(text).toContain('"Allow"');
  });
});

describe('Terraform JSON syntax and broken context files (once known gaps)', () => {
  // a named main.tf.json with a wrong organization_usage passed with exit 0: .tf.json files were not read
  it('a named .tf.json with an Auth0 client is linted, not skipped in silence', async () => {
    const dir = tempTree({ 'main.tf.json': '{"resource": {"auth0_client": {"j": {"name": "J", "app_type": "spa", "organization_usage": "required"}}}}\n' });
    const run = await runCli(['main.tf.json', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toContain('main.tf.json:1:92: error: organization_usage "required"');
    expect(run.stdout).toContain('organization-usage-enum');
    expect(run.code).toBe(1);
  });

  // a module file with no Auth0 resource that did not parse made its variables unknown without a word: the
  // findings they would give were gone with exit 0. It is part of the module linted: reported there
  it('a broken variables.tf in a module that is linted is reported', async () => {
    const dir = tempTree({
      'variables.tf': 'variable "usage" {\n  default = "required"\n',
      'main.tf': client('a', '  organization_usage = var.usage'),
    });
    const run = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toContain('variables.tf:3:1: error: invalid HCL: missing "}" [parse-error]');
    // the value it would give stays unknown: no finding made up from a broken file
    expect(run.stdout).not.toContain('organization-usage-enum');
    expect(run.code).toBe(1);
    // naming main.tf alone (as pre-commit does) reports it too
    const named = await runCli(['main.tf', '-f', 'compact'], { cwd: dir });
    expect(named.stdout).toContain('variables.tf:3:1: error: invalid HCL: missing "}" [parse-error]');
    expect(named.code).toBe(1);
  });
});

describe('.tf and its plan agree', () => {
  it('an update, the WS-Fed add-on, a database organization connection hidden, a grant of a linked client: same findings by resource and rule', async () => {
    const here = path.join(__dirname, 'fixtures');
    const byResource = async (target: string) =>
      (await lintJson(here, [target])).findings.map((f) => `${f.resource.name} ${f.ruleId}`).sort();
    const tf = await byResource('attack-pair');
    expect(tf).toEqual([
      'auth0_client.m2m default-organization-without-require-grant',
      'auth0_client.portal require-behavior-without-require',
      'auth0_client.ws organization-incompatible-grant',
      'auth0_organization.acme organization-connection-option-mismatch',
      'auth0_organization.acme organization-name-valid',
    ]);
    expect(await byResource('attack-pair-plan.json')).toEqual(tf);
  });
});
