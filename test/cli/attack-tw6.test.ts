/**
 * Attacks on a Terraform module's files as Terraform reads them (atk-tw6), through the real CLI:
 * - an override file the config's `ignore` globs leave out is still merged (Terraform reads it), and its findings
 *   are shown in it; they offered a fix (`fixable: 1`, "1 problem with a fix") that `--fix` then refused on stderr.
 *   Such a file is not handed to the run, so its findings offer no fix and say why, as a not-named override's do.
 * - a FIFO or a unix socket by a module file's name (`variables.tf`, `terraform.tfvars`) beside a walked or named
 *   main.tf: the run passed (`✔ no problems`) as if the file were not there. Terraform lists it as a module file
 *   and fails to read it; orglint says so, a read-error at the file (what it sets is unknown).
 * - a module folder (or a glob) holding only files Terraform does not read (`.old.tf`, `copy.TF`): the walk said
 *   "it holds no … .tf file" and --debug said nothing; it now says why, as a named run does.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** a listening unix socket at `file` */
async function socketAt(file: string): Promise<void> {
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, resolve);
  });
}

const MAIN = 'resource "auth0_client" "portal" {\n  name               = "Portal"\n  app_type           = "spa"\n  organization_usage = "require"\n  organization_require_behavior = "pre_login_prompt"\n}\n';
const OVERRIDE = 'resource "auth0_client" "portal" {\n  organization_usage = "Require"\n}\n';
const ENUM = 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?';
const NOT_REGULAR = 'cannot read file: not a regular file (a FIFO, socket or device)';

describe('an override file the config ignores (Terraform still merges it)', () => {
  const tree = () => tempTree({ 'mod/main.tf': MAIN, 'mod/override.tf': OVERRIDE, '.orglint.yaml': 'ignore:\n  - "**/override.tf"\n' });
  const LEFT = `${ENUM}; --fix leaves it: override.tf is left out by the config's ignore patterns, and orglint writes only the files it lints: change it by hand, or stop ignoring it`;

  it('its finding offers no fix and says why, in every run that shows it (walk, glob, named main.tf)', async () => {
    const dir = tree();
    for (const paths of [['mod'], ['mod/*.tf'], ['mod/main.tf']]) {
      const run = await runCli([...paths, '-f', 'json'], { cwd: dir });
      expect([paths, run.code, run.stderr]).toEqual([paths, 1, '']);
      const out = JSON.parse(run.stdout);
      expect(out.summary).toMatchObject({ errors: 1, fixable: 0 });
      expect(out.findings).toHaveLength(1);
      expect(out.findings[0]).toMatchObject({ file: 'mod/override.tf', line: 2, column: 24, fix: null, message: LEFT });
    }
    const stylish = await runCli(['mod'], { cwd: dir });
    expect(stylish.stdout).not.toContain('with a fix');
  });

  it('--fix writes nothing and claims no fix: no "fix not made" afterthought, no "1 problem with a fix"', async () => {
    const dir = tree();
    const run = await runCli(['mod', '--fix', '-f', 'compact'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toBe(`mod/override.tf:2:24: error: ${LEFT} [organization-usage-enum]\n`);
    expect(readFileSync(path.join(dir, 'mod/override.tf'), 'utf8')).toBe(OVERRIDE);
    expect(readFileSync(path.join(dir, 'mod/main.tf'), 'utf8')).toBe(MAIN);
  });

  it('not ignored, naming it (or the folder) still fixes it', async () => {
    const dir = tempTree({ 'mod/main.tf': MAIN, 'mod/override.tf': OVERRIDE });
    const run = await runCli(['mod', '--fix', '-f', 'compact'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(readFileSync(path.join(dir, 'mod/override.tf'), 'utf8')).toBe(OVERRIDE.replace('"Require"', '"require"'));
  });
});

describe('a FIFO or a socket by a module file\'s name (Terraform lists it with the module, and cannot read it)', () => {
  it('a FIFO variables.tf beside main.tf: a read-error at it, walked or with main.tf named, never "no problems"', async () => {
    const dir = tempTree({ 'mod/main.tf': MAIN });
    execFileSync('mkfifo', [path.join(dir, 'mod/variables.tf')]);
    for (const paths of [['mod'], ['mod/main.tf']]) {
      const run = await runCli([...paths, '-f', 'compact'], { cwd: dir });
      expect([paths, run.code, run.stdout, run.stderr]).toEqual([paths, 1, `mod/variables.tf:1:1: error: ${NOT_REGULAR} [read-error]\n`, '']);
    }
  });

  it('a socket terraform.tfvars and variables.tf in a walked module: each a read-error, not ENXIO', async () => {
    const dir = tempTree({ 'mod/main.tf': MAIN });
    await socketAt(path.join(dir, 'mod/terraform.tfvars'));
    await socketAt(path.join(dir, 'mod/variables.tf'));
    const run = await runCli(['mod', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toBe(`mod/terraform.tfvars:1:1: error: ${NOT_REGULAR} [read-error]\nmod/variables.tf:1:1: error: ${NOT_REGULAR} [read-error]\n`);
    expect([run.code, run.stderr]).toEqual([1, '']);
  });

  it('a FIFO by a name Terraform does not read (notes.txt, .old.tf) stays no part of the module', async () => {
    const dir = tempTree({ 'mod/main.tf': MAIN });
    execFileSync('mkfifo', [path.join(dir, 'mod/.old.tf')]);
    execFileSync('mkfifo', [path.join(dir, 'mod/notes.txt')]);
    const run = await runCli(['mod', '-f', 'compact'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});

describe('a module folder of only files Terraform does not read', () => {
  // was a break: walking `mod/` holding only `.old.tf` and `copy.TF` said "no tenant configuration found in mod/ (it
  // holds no .yaml, .yml, .json, .har or .tf file)", which is false, and `--debug` said nothing of either file, while
  // naming either says why Terraform skips it; a glob matching `copy.TF` called it "none is … Terraform plan or
  // configuration". The walk, a glob and a named run now agree.
  const WHY = '1 file Terraform does not read with its folder\'s module (a name that starts with ".", ends with "~", starts and ends with "#", or does not end in exactly .tf or .tf.json; --debug says which)';
  const WHY2 = WHY.replace('1 file', '2 files').replace('its folder', 'their folder');
  const NOTE = '(--no-error-on-unmatched-pattern reports these as notes and lints the rest)\n';

  it('the walk says why, as a named run does (exit 2, --debug names each file)', async () => {
    const dir = tempTree({ 'mod/.old.tf': MAIN, 'mod/copy.TF': MAIN });
    const run = await runCli(['mod', '--debug'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint: debug: skipped ${dir}/mod/.old.tf: Terraform does not read it with its folder's module: it skips every file whose name starts with "." (a hidden file)\n`);
    expect(run.stderr).toContain(`orglint: debug: skipped ${dir}/mod/copy.TF: Terraform does not read it with its folder's module: it reads only names that end in exactly ".tf" or ".tf.json" (lower case), and this one ends in ".TF"\n`);
    expect(run.stderr).toContain(`orglint: no tenant configuration found in mod (${WHY2})\n${NOTE}`);
    const quiet = await runCli(['mod'], { cwd: dir });
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([2, '', `orglint: no tenant configuration found in mod (${WHY2})\n${NOTE}`]);
    // Terraform reads none of them either: nothing was refused, so --pass-on-empty passes (with the note)
    const empty = await runCli(['mod', '--pass-on-empty'], { cwd: dir });
    expect(empty.code).toBe(0);
    expect(empty.stderr).toBe(`orglint: note: no tenant configuration found in mod (${WHY2})\n`);
  });

  it('a glob that matches only copy.TF says the same', async () => {
    const dir = tempTree({ 'mod/copy.TF': MAIN });
    const run = await runCli(['mod/*.TF'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `orglint: no tenant configuration found in the files matching mod/*.TF (${WHY})\n${NOTE}`]);
  });

  it('beside a linted module they are still no part of it, and the walk says nothing more (the module says why)', async () => {
    const dir = tempTree({ 'mod/main.tf': MAIN, 'mod/.old.tf': MAIN, 'mod/copy.TF': MAIN, 'mod/main.tf~': MAIN });
    const run = await runCli(['mod', '-f', 'compact', '--debug'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(run.stderr.match(/skipped .*\/mod\/\.old\.tf:/g)).toHaveLength(1);
  });
});

describe('main.tf named together with the module\'s variables file (a commit that changes both stages both)', () => {
  // was a break: `orglint mod/main.tf mod/terraform.tfvars` (or `variables.tf` with `main.tf`, or the tfvars with the
  // folder) exited 2, "mod/terraform.tfvars: not tenant configuration: Terraform variables, not linted on their own",
  // and printed none of main.tf's findings: naming the variables file alone lints the module, naming it beside a
  // file of the module already linted did not count it as linted (engine/lint.ts lintModulesOfNamedContext).
  const MOD = 'variable "x" {\n  default = "a"\n}\nresource "auth0_client" "portal" {\n  name               = "Portal"\n  app_type           = "spa"\n  organization_usage = "Require"\n}\n';
  const ERR = `mod/main.tf:7:24: error: ${ENUM} [organization-usage-enum]\n`;

  it('each order, with the folder too: main.tf\'s findings, exit 1, nothing on stderr', async () => {
    const dir = tempTree({ 'mod/main.tf': MOD, 'mod/terraform.tfvars': 'x = "b"\n', 'mod/variables.tf': 'variable "y" {\n  default = "a"\n}\n' });
    for (const paths of [['mod/main.tf', 'mod/terraform.tfvars'], ['mod/terraform.tfvars', 'mod/main.tf'], ['mod/terraform.tfvars', 'mod'], ['mod/variables.tf', 'mod/main.tf']]) {
      const run = await runCli([...paths, '-f', 'compact'], { cwd: dir });
      expect([paths, run.code, run.stdout, run.stderr]).toEqual([paths, 1, ERR, '']);
    }
  });

  it('a broken terraform.tfvars named with main.tf is its parse-error, and main.tf is still fixed when named', async () => {
    const dir = tempTree({ 'mod/main.tf': MOD, 'mod/terraform.tfvars': 'x = \n' });
    const run = await runCli(['mod/main.tf', 'mod/terraform.tfvars', '--fix', '-f', 'compact'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toContain('mod/terraform.tfvars:2:1: error: invalid HCL: missing identifier [parse-error]\n');
    expect(readFileSync(path.join(dir, 'mod/main.tf'), 'utf8')).toBe(MOD.replace('"Require"', '"require"'));
  });
});

describe('main.tf ignored by the config, override.tf not (Terraform merges them all the same)', () => {
  // A user who ignored main.tf (vendored, say) and named or walked override.tf, which they own, got "✔ no problems
  // (1 file, 0 clients checked)": override.tf's own "Require" was never reported, though override.tf is linted and
  // not ignored (the rules ran only on resources whose declaring file is a target, and the ignored main.tf declares
  // the merged resource). Fixed: a resource of a file left out whose values a linted override file sets is judged as
  // Terraform merges it (engine/override-kept.ts), and its findings are shown only where they belong to a linted file:
  // at override.tf's values, never at main.tf's (the user ignored it). The reverse (override.tf ignored, main.tf
  // linted) shows the finding in override.tf, as before.
  const IGNORE_MAIN = 'ignore:\n  - "**/main.tf"\n';
  const BEHAVIOR = 'organization_require_behavior "Pre_Login_Prompt" is not one of';
  it("override.tf's own invalid value is reported", async () => {
    const dir = tempTree({ 'mod/main.tf': MAIN, 'mod/override.tf': OVERRIDE, '.orglint.yaml': IGNORE_MAIN });
    for (const paths of [['mod/override.tf'], ['mod']]) {
      const run = await runCli([...paths, '-f', 'compact'], { cwd: dir });
      expect(run.stdout).toContain(`mod/override.tf:2:24: error: ${ENUM}`);
      expect([paths, run.code, run.stdout, run.stderr]).toEqual([paths, 1, `mod/override.tf:2:24: error: ${ENUM} [organization-usage-enum]\n`, '']);
      const stylish = await runCli(paths, { cwd: dir });
      expect(stylish.stdout).toContain('1 problem (1 error, 0 warnings, 0 infos) in 1 file, 1 client checked');
      const json = await runCli([...paths, '-f', 'json'], { cwd: dir });
      const report = JSON.parse(json.stdout) as { summary: { files: number; clients: number; errors: number; fixable: number }; findings: { ruleId: string; file: string; line: number; column: number; fix: unknown; related?: { file: string; line: number }[] }[] };
      expect(report.summary).toMatchObject({ files: 1, clients: 1, errors: 1, fixable: 1 });
      expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['organization-usage-enum', 'mod/override.tf', 2, 24]]);
      // (the value it replaces in main.tf is pointed at, as when main.tf is linted too)
      expect(report.findings[0].related?.map((r) => [r.file, r.line])).toEqual([['mod/main.tf', 4]]);
    }
    // the fix is made in override.tf, the file handed to the run
    const fix = await runCli(['mod/override.tf', '--fix', '-f', 'compact'], { cwd: dir });
    expect([fix.code, fix.stdout, fix.stderr]).toEqual([0, '', '']);
    expect(readFileSync(path.join(dir, 'mod/override.tf'), 'utf8')).toBe(OVERRIDE.replace('"Require"', '"require"'));
    expect(readFileSync(path.join(dir, 'mod/main.tf'), 'utf8')).toBe(MAIN);
  });

  it("an invalid value of the ignored main.tf is still not reported (override.tf's is); with main.tf linted, both are", async () => {
    const main = MAIN.replace('"pre_login_prompt"', '"Pre_Login_Prompt"');
    const dir = tempTree({ 'mod/main.tf': main, 'mod/override.tf': OVERRIDE, '.orglint.yaml': IGNORE_MAIN });
    for (const paths of [['mod/override.tf'], ['mod']]) {
      for (const f of ['compact', 'json', 'sarif', 'html']) {
        const run = await runCli([...paths, '-f', f], { cwd: dir });
        expect([paths, f, run.code, run.stderr]).toEqual([paths, f, 1, '']);
        expect(run.stdout, `${paths} ${f}`).not.toContain('Pre_Login_Prompt');
        expect(run.stdout, `${paths} ${f}`).toContain('organization-usage-enum');
      }
      const json = JSON.parse((await runCli([...paths, '-f', 'json'], { cwd: dir })).stdout) as { findings: { file: string }[] };
      expect(json.findings.map((f) => f.file)).toEqual(['mod/override.tf']);
    }
    // nothing but main.tf's own value: the run passes (main.tf is ignored)
    const only = tempTree({ 'mod/main.tf': main, 'mod/override.tf': 'resource "auth0_client" "portal" {\n  organization_usage = "require"\n}\n', '.orglint.yaml': IGNORE_MAIN });
    for (const paths of [['mod/override.tf'], ['mod']]) {
      const run = await runCli([...paths, '-f', 'compact'], { cwd: only });
      expect([paths, run.code, run.stdout, run.stderr]).toEqual([paths, 0, '', '']);
    }
    // not ignored: main.tf's value is reported too
    const both = tempTree({ 'mod/main.tf': main, 'mod/override.tf': OVERRIDE });
    const run = await runCli(['mod', '-f', 'compact'], { cwd: both });
    expect(run.stdout).toContain(`mod/main.tf:5:35: error: ${BEHAVIOR}`);
    expect(run.stdout).toContain(`mod/override.tf:2:24: error: ${ENUM}`);
  });
});

describe('a variables file whose name does not end in exactly .json, holding a JSON object', () => {
  // was a break: Terraform parses a -var-file as JSON only when its name ends in ".json" exactly (case counts), and
  // a .tfvars as native syntax, where `{"usage": "bogus"}` is a syntax error that fails the plan. orglint read
  // `--var-file prod.tfvars.JSON` as JSON (a value Terraform never uses), and `prod.tfvars` / `terraform.tfvars`
  // holding that object as no attributes at all: the defaults stood and the run passed ("✔ no problems").
  const MOD = 'variable "usage" {\n  default = "require"\n}\nresource "auth0_client" "portal" {\n  name               = "Portal"\n  app_type           = "spa"\n  organization_usage = var.usage\n  organization_require_behavior = "pre_login_prompt"\n}\n';
  const WHY = 'invalid variables file: Terraform reads a variables file whose name does not end in exactly .json as HCL attributes (name = value), not a JSON object [parse-error]';

  it('--var-file prod.tfvars.JSON or prod.tfvars, and a terraform.tfvars, holding an object: a parse-error at it', async () => {
    const dir = tempTree({ 'mod/main.tf': MOD, 'prod.tfvars.JSON': '{"usage": "require"}\n', 'prod.tfvars': '{"usage": "require"}\n' });
    for (const file of ['prod.tfvars.JSON', 'prod.tfvars']) {
      const run = await runCli(['mod', '--var-file', file, '-f', 'compact'], { cwd: dir });
      expect([file, run.code, run.stdout, run.stderr]).toEqual([file, 1, `${file}:1:1: error: ${WHY}\n`, '']);
    }
    const inModule = tempTree({ 'mod/main.tf': MOD, 'mod/terraform.tfvars': '{"usage": "require"}\n' });
    const run = await runCli(['mod', '-f', 'compact'], { cwd: inModule });
    expect([run.code, run.stdout]).toEqual([1, `mod/terraform.tfvars:1:1: error: ${WHY}\n`]);
  });

  it('a name ending in .json is still JSON, and name = value lines still HCL', async () => {
    const dir = tempTree({ 'mod/main.tf': MOD, 'v.tfvars.json': '{"usage": "bogus"}\n', 'v.tfvars': '# comment\nusage = "bogus"\n' });
    for (const [file, col] of [['v.tfvars.json', 11], ['v.tfvars', 9]] as const) {
      const run = await runCli(['mod', '--var-file', file, '-f', 'compact'], { cwd: dir });
      const line = file.endsWith('.json') ? 1 : 2;
      expect([file, run.code, run.stdout]).toEqual([file, 1, `mod/main.tf:7:24: error: organization_usage "bogus" is not one of "deny", "allow", "require" (the value of var.usage, set at ../${file}:${line}:${col}) [organization-usage-enum]\n`]);
    }
  });
});

describe('terraform.TFVARS named (Terraform loads its variables files by exact name)', () => {
  // was misleading: `orglint mod/terraform.TFVARS` said "Terraform variables, not linted on their own: terraform.tfvars
  // and *.auto.tfvars are read with the .tf and .tf.json files of their folder", as if this one were; Terraform does
  // not load it (and orglint, rightly, does not read its values with the module). It now says so.
  it('says Terraform does not load it, exit 2; a walk leaves its values out, as Terraform does', async () => {
    const MOD = 'variable "usage" {\n  default = "require"\n}\nresource "auth0_client" "portal" {\n  name               = "Portal"\n  app_type           = "spa"\n  organization_usage = var.usage\n  organization_require_behavior = "pre_login_prompt"\n}\n';
    const dir = tempTree({ 'mod/main.tf': MOD, 'mod/terraform.TFVARS': 'usage = "bogus"\n' });
    const run = await runCli(['mod/terraform.TFVARS'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      // (on a file system that tells case apart; where terraform.tfvars is this file, it is loaded: fixed-name-case.test.ts)
      "orglint: mod/terraform.TFVARS: not tenant configuration: the name terraform.TFVARS is not terraform.tfvars: Terraform loads terraform.tfvars by that exact name, and on this file system terraform.tfvars is not this file (letter case counts here), so terraform.TFVARS's values apply only as a -var-file (--var-file here; rename it to terraform.tfvars)\n" +
        '(--no-error-on-unmatched-pattern reports these as notes and lints the rest)\n',
    );
    const walk = await runCli(['mod', '-f', 'compact'], { cwd: dir });
    expect([walk.code, walk.stdout, walk.stderr]).toEqual([0, '', '']);
  });
});
