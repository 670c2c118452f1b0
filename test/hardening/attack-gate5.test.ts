/**
 * Attacks on gate5's features, through the real CLI: private key material masked whatever key holds it, non-object
 * prompts/tenant settings a parse-error, the login experience outside `new`/`classic`.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];

/** every output of a run in every format (stdout, stderr and each `-f NAME=FILE`), and the --fix-dry-run diff */
async function everyOutput(dir: string, target: string): Promise<[string, string][]> {
  const outputs = FORMATS.flatMap((f) => ['-f', `${f}=out/report.${f}`]);
  const run = await runCli(['-f', 'stylish', ...outputs, target], { cwd: dir });
  expect(run.stderr).toBe('');
  const diff = await runCli(['--fix-dry-run', target], { cwd: dir });
  return [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['diff', diff.stdout + diff.stderr],
    ...FORMATS.map((f): [string, string] => [f, readFileSync(path.join(dir, `out/report.${f}`), 'utf8')]),
  ];
}

function leaks(texts: [string, string][], planted: readonly string[]): string[] {
  return texts.flatMap(([where, text]) => planted.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`));
}

describe('attack-gate5: private key material', () => {
  it('a JSON Web Key written as JSON inside a string (a `jwks` kept as text) has its private members masked', async () => {
    // before: `d` and `p` were shown as written in every format (the JWK was searched for only as an object)
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        `  - {name: A, organization_usage: Require, jwks_json: '{"kty":"RSA","n":"PUBLICmod","e":"AQAB","d":"PLANTEDjwkInString01","p":"PLANTEDjwkP0001"}'}`,
        `  - {name: B, organization_usage: Require, jwks: '{"keys": [{"kty": "oct", "k": "PLANTEDjwkOctNested01"}]}'}`,
        '',
      ].join('\n'),
    });
    const texts = await everyOutput(dir, '.');
    expect(leaks(texts, ['PLANTEDjwkInString01', 'PLANTEDjwkP0001', 'PLANTEDjwkOctNested01'])).toEqual([]);
    const stdout = texts[0][1];
    // the line was shown, masked column for column, the public members as written
    expect(stdout).toContain(`'{"kty":"RSA","n":"PUBLICmod","e":"AQAB","d":"${'*'.repeat(20)}","p":"${'*'.repeat(15)}"}'`);
  });

  it('a JSON Web Key in a HAR body (JSON inside the JSON string postData.text) has its private members masked', async () => {
    const body = JSON.stringify({ name: 'Portal', organization_usage: 'Require', jwks: { keys: [{ kty: 'RSA', n: 'PUBLICmod', d: 'PLANTEDharJwkD0001' }] } });
    const entry = (text: string) => ({
      startedDateTime: '2024-05-01T10:00:00.000Z',
      time: 1,
      request: { method: 'PATCH', url: 'https://example.eu.auth0.com/api/v2/clients/abc', httpVersion: 'HTTP/1.1', headers: [{ name: 'content-type', value: 'application/json' }], queryString: [], cookies: [], headersSize: -1, bodySize: -1, postData: { mimeType: 'application/json', text } },
      response: { status: 200, statusText: '', httpVersion: 'HTTP/1.1', headers: [], cookies: [], content: { size: 0, mimeType: 'application/json', text }, redirectURL: '', headersSize: -1, bodySize: -1 },
      cache: {},
      timings: { send: 0, wait: 0, receive: 0 },
    });
    const dir = tempTree({ 'cap.har': JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [entry(body)] } }, null, 2) });
    const run = await runCli(['-f', 'stylish', ...FORMATS.flatMap((f) => ['-f', `${f}=out/report.${f}`]), 'cap.har'], { cwd: dir });
    expect(run.code).toBe(1);
    const texts: [string, string][] = [['stdout', run.stdout], ['stderr', run.stderr], ...FORMATS.map((f): [string, string] => [f, readFileSync(path.join(dir, `out/report.${f}`), 'utf8')])];
    expect(leaks(texts, ['PLANTEDharJwkD0001'])).toEqual([]);
    expect(run.stdout).toContain(String.raw`{\"kty\":\"RSA\",\"n\":\"PUBLICmod\",\"d\":\"${'*'.repeat(18)}\"}`);
  });

  it("a PEM body's short last line (`Aw==`, base64 padding) is masked in a block scalar", async () => {
    // before: the body was cut into pieces at `=` too and pieces under 6 characters were not masks, so the last
    // line of a key (4 to 60 characters, often ending in `=`) was shown as written
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: D',
        '    key_block: |',
        '      -----BEGIN PRIVATE KEY-----',
        '      MIIEvQPLANTEDlongLine0001',
        '      Qk9=',
        '      -----END PRIVATE KEY-----',
        '    organization_usage: Require',
        '  - name: E',
        '    folded: >',
        '      -----BEGIN EC PRIVATE KEY-----',
        '      MHcPLANTEDfolded01',
        '      a1B2c3==',
        '      -----END EC PRIVATE KEY-----',
        '    organization_usage: Require',
        '',
      ].join('\n'),
    });
    const texts = await everyOutput(dir, '.');
    expect(leaks(texts, ['MIIEvQPLANTEDlongLine0001', 'Qk9=', 'MHcPLANTEDfolded01', 'a1B2c3=='])).toEqual([]);
    const diff = texts[2][1];
    expect(diff).toContain('\n       ****\n');
    expect(diff).toContain('\n       ********\n');
  });

  it('a PEM private key commented out (YAML `#`, HCL `//`) has its body masked in the diff and every format', async () => {
    // before: a key in a comment is in no value the parser gives, so its body lines were shown as written in the
    // --fix-dry-run hunks and every excerpt that covered them
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: C',
        '    # old_key: |',
        '    #   -----BEGIN RSA PRIVATE KEY-----',
        '    #   Proc-Type: 4,ENCRYPTED',
        '    #',
        '    #   MIIEPLANTEDcommented01',
        '    #   Qk9=',
        '    #   -----END RSA PRIVATE KEY-----',
        '    organization_usage: Require',
        '',
      ].join('\n'),
      'tf/main.tf': ['resource "auth0_client" "p" {', '  name = "P"', '  // -----BEGIN PRIVATE KEY-----', '  // MIIEPLANTEDslash01', '  // -----END PRIVATE KEY-----', '  organization_usage = "Require"', '}', ''].join('\n'),
    });
    const texts = [...(await everyOutput(dir, '.')), ...(await everyOutput(dir, 'tf'))];
    expect(leaks(texts, ['MIIEPLANTEDcommented01', 'Qk9=', 'MIIEPLANTEDslash01'])).toEqual([]);
    expect(texts[2][1]).toContain('\n     #   ' + '*'.repeat(22) + '\n     #   ****\n');
  });

  it('a file of many BEGIN PRIVATE KEY lines without an END is linted (the search for commented keys is one pass)', async () => {
    // (a first version of that search looked for an END from every BEGIN: 60,000 such lines took minutes)
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: C\n    organization_usage: Require\n' + '    # -----BEGIN PRIVATE KEY-----\n'.repeat(60_000) });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stdout).toContain('tenant.yaml:3:25: error: organization_usage "Require" is not one of');
    expect(run.code).toBe(1);
  });

  it('a JSON Web Key set in terraform.tfvars has its private members masked when one of them is read', async () => {
    // before: a variable's value from a .tfvars file reached the masks only as the resource holds it: `var.jwk.k`
    // is a bare string there, and the object with `kty` that makes it private was in the variables file, never
    // searched; the message quoted the key. The module's variables and locals are now searched with each file.
    const dir = tempTree({
      'main.tf': ['resource "auth0_client" "q" {', '  name               = "Q"', '  organization_usage = var.jwk.k', '}', ''].join('\n'),
      'variables.tf': 'variable "jwk" {}\n',
      'terraform.tfvars': 'jwk = { kty = "oct", k = "PLANTEDtfvarsOct01" }\n',
    });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('organization-usage-enum');
    expect(run.stdout).not.toContain('PLANTEDtfvarsOct01');
  });
});

describe('attack-gate5: private key material in Terraform function calls', () => {
  it('a JSON Web Key inside jsonencode({...}) in a .tf file has its private members masked in the fix diff', async () => {
    // Function calls are not evaluated (the value is unknown), so the object with `kty` never reached the masks,
    // and the source line showed `d` as written in every excerpt and diff hunk that covered it. The masks now also
    // come from the file's text: every HCL object literal with a `kty` key, function arguments included, in one
    // pass (redact.ts textJwkMembers; test/engine/hcl-jwk-text.test.ts for the shapes).
    const dir = tempTree({
      'main.tf': [
        'resource "auth0_client" "p" {',
        '  name               = "Portal"',
        '  client_metadata    = { jwk = jsonencode({ kty = "RSA", n = "PUBN", d = "PLANTEDtfJsonEnc01" }) }',
        '  organization_usage = "Require"',
        '}',
        '',
      ].join('\n'),
    });
    const diff = await runCli(['--fix-dry-run', '.'], { cwd: dir });
    expect(diff.stdout).toContain('organization_usage = "require"');
    expect(diff.stdout).not.toContain('PLANTEDtfJsonEnc01');
    // the public member is shown as written
    expect(diff.stdout).toContain('n = "PUBN", d = "******************"');
  });
});

describe('attack-gate5: prompts and tenant settings that are not an object', () => {
  it('a YAML export whose prompts or tenant is a list or a scalar is a parse-error at the value', async () => {
    // before: `prompts: [..]` / `tenant: "x"` in tenant.yaml passed silently (only the directory form was reported)
    const dir = tempTree({
      'tenant.yaml': ['prompts: [universal_login_experience]', 'tenant: "x"', 'clients:', '  - name: P', '    organization_usage: require', '    organization_require_behavior: pre_login_prompt', ''].join('\n'),
    });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stdout.trim().split('\n')).toEqual([
      'tenant.yaml:1:10: error: expected a mapping under prompts, not an array: deploy-cli reads prompts as one object [parse-error]',
      'tenant.yaml:2:9: error: expected a mapping under tenant, not a string: deploy-cli reads tenant as one object [parse-error]',
    ]);
    expect(run.code).toBe(1);
  });

  it('an empty prompts:/tenant: or a whole keyword (@@PROMPTS@@) in a YAML export is no parse-error', async () => {
    const dir = tempTree({
      'tenant.yaml': ['prompts: @@PROMPTS@@', 'tenant:', 'clients:', '  - name: P', '    organization_usage: require', '    organization_require_behavior: pre_login_prompt', ''].join('\n'),
    });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  it('a directory export whose prompts.json is one keyword (@@PROMPTS@@, replaced whole by deploy-cli) is no parse-error', async () => {
    // before: "expected a JSON object, not a string" on a file deploy-cli deploys (its keyword replacement puts
    // the mapping's object there before it parses the file); the base build passed it
    const dir = tempTree({
      'clients/P.json': JSON.stringify({ name: 'P', organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' }),
      'prompts/prompts.json': '@@PROMPTS@@\n',
      'tenant.json': '{}\n',
    });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stdout).not.toContain('parse-error');
    // a file that is not one keyword is still reported
    const bad = tempTree({ 'clients/P.json': JSON.stringify({ name: 'P', organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' }), 'prompts/prompts.json': '"x"\n' });
    const run2 = await runCli(['-f', 'compact', '.'], { cwd: bad });
    expect(run2.stdout).toContain('prompts/prompts.json:1:1: error: expected a JSON object, not a string: deploy-cli reads this file as one object [parse-error]');
    expect(run2.code).toBe(1);
  });
});

describe('attack-gate5: Terraform override files', () => {
  it('an override.tf linked to a file outside the repository, named on the command line, is a read-error (was a silent pass)', async () => {
    // before: naming the link (as pre-commit does when it is staged), alone or with main.tf, printed nothing and
    // exited 0: the named read of the link held the only findings, and the module, which refuses the link, left
    // its values unknown without a word. Walking the folder or naming main.tf alone gave the read-error.
    const repo = tempTree({
      'mod/main.tf': ['resource "auth0_client" "p" {', '  name               = "Portal"', '  organization_usage = "require"', '  organization_require_behavior = "pre_login_prompt"', '}', ''].join('\n'),
    });
    mkdirSync(path.join(repo, '.git'));
    const outside = tempTree({ 'ov.tf': 'resource "auth0_client" "p" { organization_usage = "Require" }\n' });
    symlinkSync(path.join(outside, 'ov.tf'), path.join(repo, 'mod/override.tf'));
    const expected = 'mod/override.tf:1:1: error: not read: a symbolic link to a file outside the repository; Terraform reads it as part of the module, so what it sets is unknown here (orglint follows the links of a module only to files inside its repository) [read-error]';
    for (const args of [['mod/override.tf'], ['mod/override.tf', 'mod/main.tf'], ['mod'], ['mod/main.tf']]) {
      const run = await runCli(['-f', 'compact', ...args], { cwd: repo });
      expect({ args, out: run.stdout.trim().split('\n'), code: run.code }).toEqual({ args, out: [expected], code: 1 });
    }
    // a link inside the repository is read with the module, named or not (the finding in it offers no fix)
    mkdirSync(path.join(repo, 'shared'));
    writeFileSync(path.join(repo, 'shared/ov.tf'), 'resource "auth0_client" "p" { organization_usage = "Require" }\n');
    symlinkSync('../shared/ov.tf', path.join(repo, 'mod/x_override.tf'));
    const inside = await runCli(['-f', 'compact', 'mod/x_override.tf'], { cwd: repo });
    expect(inside.stdout).toContain('mod/x_override.tf:1:52: error: organization_usage "Require" is not one of');
  });

  it('a file Terraform does not read (a hidden `.old.tf`, `copy.TF`) is no second declaration of a resource', async () => {
    // Terraform lists a module's files by the exact suffixes `.tf` and `.tf.json` and skips hidden files
    // (internal/configs/parser_config_dir.go: fileExt, IsIgnoredFile); orglint read both as primary files, so a
    // valid module with a backup `.old.tf` or a `copy.TF` got a false "declared again" parse-error. The module's
    // file list is now Terraform's, for the loader, the module assembly, the walk and the sniffs alike
    // (module-file-names.ts; the other names, --debug and a named such file: test/sources/terraform/module-file-names.test.ts).
    const dir = tempTree({
      'main.tf': ['resource "auth0_client" "p" {', '  name               = "Portal"', '  organization_usage = "require"', '  organization_require_behavior = "pre_login_prompt"', '}', ''].join('\n'),
      '.old.tf': 'resource "auth0_client" "p" { organization_usage = "Require" }\n',
      'copy.TF': 'resource "auth0_client" "p" { organization_usage = "Require" }\n',
    });
    const run = await runCli(['-f', 'compact', 'main.tf'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  it('the pre-commit hook is handed a staged symbolic link (a linked override.tf), which pre-commit leaves out by default', () => {
    // pre-commit's default `types: [file]` filtered links out, so a commit that only added or changed
    // `mod/override.tf -> …` ran no check ("(no files to check) Skipped", seen with the real pre-commit),
    // whatever the link set. `types_or: [file, symlink]` with `types: []` hands it over, and orglint reports it
    // (the test above); `clients/evil.json -> ~/.aws/credentials` is handed over too, and is a read-error now that
    // the CLI bounds every named link to the repository (src/sources/named-links.ts). With the real pre-commit:
    // test/pre-commit/pre-commit-links.test.ts.
    const [hook] = parse(readFileSync(path.resolve(__dirname, '../../.pre-commit-hooks.yaml'), 'utf8')) as { types?: string[]; types_or?: string[] }[];
    expect(hook.types_or).toEqual(['file', 'symlink']);
    expect(hook.types).toEqual([]);
  });
});
