/**
 * atk-jwk7: shapes of a JSON Web Key's private members that still reached an output after jwk7. Each marker is
 * planted on a finding's line (or in a file that does not parse, whose error lines are quoted); every format is
 * written in one run, `--fix-dry-run` is read too, and no marker may appear anywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];

/** every output of a lint of `args` in `dir` (each format written to a file, stylish on stdout) and of `--fix-dry-run` */
async function outputs(dir: string, args: string[] = ['.']): Promise<[string, string][]> {
  const run = await runCli(['-f', 'stylish', ...FORMATS.flatMap((f) => ['-f', `${f}=out/report.${f}`]), ...args], { cwd: dir });
  expect(run.code, run.stderr).toBe(1);
  const fix = await runCli(['--fix-dry-run', ...args], { cwd: dir });
  return [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ...FORMATS.map((f): [string, string] => [f, readFileSync(path.join(dir, `out/report.${f}`), 'utf8')]),
    ['fix-dry-run', fix.stdout + fix.stderr],
  ];
}

function leaks(texts: [string, string][], planted: readonly string[]): string[] {
  return texts.flatMap(([where, text]) => planted.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`));
}

describe('JWK private members in shapes jwk7 missed are masked in every output (atk-jwk7)', () => {
  it('a directory export client written as JSON5 with single quotes (does not parse; its error lines are quoted)', async () => {
    const dir = tempTree({
      'tenant.json': '{}\n',
      'clients/app.json': `{"name": "A", "organization_usage": "bogus", "jwks": {'kty': 'RSA', 'n': 'PUBLICjson5N1', 'd': 'PLANTEDjson5D1xyz'}}\n`,
    });
    const out = await outputs(dir, ['clients/app.json']);
    expect(leaks(out, ['PLANTEDjson5D1xyz'])).toEqual([]);
    const stylish = out[0][1];
    // the line was quoted (masked), and the public modulus is shown
    expect(stylish).toContain(`'d': '*****************'`);
    expect(stylish).toContain('PUBLICjson5N1');
  });

  it('a JWK percent-encoded twice in a URL held in a query of a callback URL', async () => {
    const jwk = JSON.stringify({ kty: 'RSA', n: 'PUBLICdblN1', d: 'PLANTEDdblPctD1xyz' });
    const twice = encodeURIComponent(encodeURIComponent(jwk));
    const dir = tempTree({
      'tenant.yaml': `clients:\n  - {name: A, organization_usage: bogus, callbacks: ["https://x.example/cb?u=https%3A%2F%2Fy.example%2F%3Fjwk%3D${twice}"]}\n`,
    });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDdblPctD1xyz'])).toEqual([]);
    expect(out[0][1]).toContain('PUBLICdblN1');
  });

  it('Terraform: a private member written as a template, and one read from an attribute of a local or a default object', async () => {
    const dir = tempTree({
      'main.tf': [
        'resource "auth0_client" "a" {',
        '  organization_usage = "Require"',
        '  client_metadata = { jwk = jsonencode({ kty = "oct", k = "PLANTEDtfTmpl01${var.suffix}PLANTEDtfTmpl02" }) }',
        '}',
        'resource "auth0_client" "b" {',
        '  organization_usage = "Require"',
        '  client_metadata = { jwk = jsonencode({ kty = "RSA", n = "PUBLICtfN02", d = local.keys.signing_d }) }',
        '}',
        'resource "auth0_client" "c" {',
        '  organization_usage = "Require"',
        '  client_metadata = { jwk = jsonencode({ kty = "oct", k = var.jwk.k }) }',
        '}',
        'locals {',
        '  keys = { signing_d = "PLANTEDtfLocalAttr03", organization_usage = "Require" }',
        '}',
        'variable "suffix" {',
        '  default = "x"',
        '}',
        'variable "jwk" {',
        '  default = { k = "PLANTEDtfVarAttr04" }',
        '}',
        '',
      ].join('\n'),
    });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDtfTmpl01', 'PLANTEDtfTmpl02', 'PLANTEDtfLocalAttr03', 'PLANTEDtfVarAttr04'])).toEqual([]);
    const html = out.find(([w]) => w === 'html')![1];
    expect(html).toContain('PUBLICtfN02');
    expect(html).toContain('${var.suffix}');
  });

  it('YAML that does not parse: a private member written as a plain scalar over several lines (the HTML report quotes the lines around the error)', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: A',
        '    organization_usage: require',
        '    jwk:',
        '      kty: RSA',
        '      d: PLANTEDplainPart1',
        '        PLANTEDplainPart2',
        '        PLANTEDplainPart3',
        '      n: PUBLICplainN1: oops',
        '  - name: B',
        '',
      ].join('\n'),
    });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDplainPart1', 'PLANTEDplainPart2', 'PLANTEDplainPart3'])).toEqual([]);
    const html = out.find(([w]) => w === 'html')![1];
    // (the error's column is marked: `<mark>P</mark>UBLIC…`)
    expect(html).toContain('UBLICplainN1');
    expect(html).toMatch(/ 8 \| <\/span> {8}\*{17}\n/);
  });

  it('HAR: a base64 response body whose JSON writes kty with escapes ("\\u006bty") is masked where it encodes the key', async () => {
    const body = ' {"\\u006bty": "oct", "k": "PLANTEDharB64Esc1"}';
    const b64 = Buffer.from(body).toString('base64');
    // (the groups of four base64 characters that hold the value's bytes)
    const at = Buffer.from(body).indexOf('PLANTEDharB64Esc1');
    const part = b64.slice(Math.ceil(at / 3) * 4, Math.floor((at + 'PLANTEDharB64Esc1'.length) / 3) * 4);
    const har = [
      '{"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "entries": [',
      '{"request": {"method": "PATCH", "url": "https://example.eu.auth0.com/api/v2/clients/AaiyAPdpYdesoKnqjj8HJqRn4T5titww", "headers": [], "queryString": [], "cookies": [],',
      ' "postData": {"mimeType": "application/json", "text": "{\\"organization_usage\\": \\"bogus\\"}"}},',
      ' "response": {"status": 200, "headers": [], "cookies": [], "content": {"size": 10, "mimeType": "application/json", "encoding": "base64",',
      `  "text": "${b64}"}}}`,
      ']}}',
      '',
    ].join('\n');
    const dir = tempTree({ 'capture.har': har });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDharB64Esc1', part])).toEqual([]);
    // the body's line was quoted (around the finding), with the rest of the body readable
    const html = out.find(([w]) => w === 'html')![1];
    expect(html).toContain(b64.slice(0, 12));
  });

  it('YAML indented with a tab (does not parse: the error quotes the line): the member is the mapping above it', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: A',
        '    organization_usage: require',
        '    jwk:',
        '      kty: RSA',
        '\t  d: PLANTEDtabIndent1',
        '      n: PUBLICtabN1',
        '  - name: B',
        '    client_metadata:',
        '\td: VisibleTabD1',
        '',
      ].join('\n'),
    });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDtabIndent1'])).toEqual([]);
    const stylish = out[0][1];
    expect(stylish).toContain('6 | \t  d: *****************');
    // (a d in a mapping without kty stays readable)
    expect(stylish).toContain('VisibleTabD1');
  });

  it('a PEM private key written as a list of quoted lines: HCL join("\\n", [...]), and a JSON file that does not parse', async () => {
    const dir = tempTree({
      'main.tf': [
        'resource "auth0_client" "a" {',
        '  organization_usage = "Require"',
        '  client_metadata = { k = join("\\n", ["-----BEGIN PRIVATE KEY-----", "PLANTEDpemList1AAAA", "PLANTEDpemList2BB==", "-----END PRIVATE KEY-----"]) }',
        '}',
        '',
      ].join('\n'),
    });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDpemList1AAAA', 'PLANTEDpemList2BB'])).toEqual([]);
    expect(out.find(([w]) => w === 'html')![1]).toContain('-----BEGIN PRIVATE KEY-----');

    const json = tempTree({
      'tenant.json': '{}\n',
      'clients/app.json': '{"name": "A", "organization_usage": "bogus", "pem": ["-----BEGIN RSA PRIVATE KEY-----\\n", "PLANTEDpemList3CCCC\\n", "-----END RSA PRIVATE KEY-----"],}\n',
    });
    const jsonOut = await outputs(json, ['clients/app.json']);
    expect(leaks(jsonOut, ['PLANTEDpemList3CCCC'])).toEqual([]);
    // (the line was quoted, masked)
    expect(jsonOut[0][1]).toContain('"*******************\\n"');
  });

  it('JSON that does not parse, with a line break between a JWK member and its colon (the HTML report quotes the lines around the error)', async () => {
    const dir = tempTree({
      'tenant.json': '{}\n',
      'clients/app.json': '{"name": "A", "organization_usage": "bogus", "jwk": {"kty"\n: "oct", "k"\n: "PLANTEDnlColon1"},\n}\n',
    });
    const out = await outputs(dir, ['clients/app.json']);
    expect(leaks(out, ['PLANTEDnlColon1'])).toEqual([]);
    expect(out.find(([w]) => w === 'html')![1]).toContain('<span class="ln">3 | </span>: &quot;***************&quot;},');
  });

  it('a JWK encoded as a JSON string six times over (deeper than the strings read): the fix diff masks it', async () => {
    let s = JSON.stringify({ kty: 'oct', k: 'PLANTEDnestedSix1' });
    for (let i = 0; i < 6; i++) s = JSON.stringify(s);
    const dir = tempTree({ 'tenant.yaml': `clients:\n  - {name: A, organization_usage: Require, client_metadata: {jwk: ${s}}}\n` });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDnestedSix1'])).toEqual([]);
    // (the hunk was shown, with the fix)
    expect(out.find(([w]) => w === 'fix-dry-run')![1]).toContain('+  - {name: A, organization_usage: require, client_metadata: {jwk: "');
  });

  it('Terraform: HCL object keys written with escapes ("\\u006bty", "\\u0064") are the names HCL reads', async () => {
    const dir = tempTree({
      'main.tf': [
        'resource "auth0_client" "a" {',
        '  organization_usage = "Require"',
        '  client_metadata = { jwk = jsonencode({ "\\u006bty" = "oct", "\\u006b" = "PLANTEDhclEsc1" }) }',
        '}',
        'resource "auth0_client" "b" {',
        '  organization_usage = "Require"',
        '  client_metadata = { jwk = jsonencode({ kty = "RSA", n = "PUBLIChclN2", "\\u0064" = "PLANTEDhclEsc2", "d\\u0070" = "PLANTEDhclEsc3" }) }',
        '}',
        '',
      ].join('\n'),
    });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDhclEsc1', 'PLANTEDhclEsc2', 'PLANTEDhclEsc3'])).toEqual([]);
    expect(out.find(([w]) => w === 'fix-dry-run')![1]).toContain('PUBLIChclN2');
  });

  it('YAML that does not parse, with kty written with YAML escapes ("\\x6bty", "k\\x74y", "\\U0000006bty")', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - {name: A, organization_usage: bogus, jwk: {"\\x6bty": oct, "k": PLANTEDyamlEscX1}}',
        '  - {name: B, organization_usage: bogus, jwk: {"k\\x74y": oct, k: PLANTEDyamlEscX2}}',
        '  - {name: D, organization_usage: [}',
        '  - {name: C, organization_usage: bogus, jwk: {"\\U0000006bty": RSA, n: PUBLICyamlN3, d: PLANTEDyamlEscU3}}',
        '',
      ].join('\n'),
    });
    const out = await outputs(dir);
    expect(leaks(out, ['PLANTEDyamlEscX1', 'PLANTEDyamlEscX2', 'PLANTEDyamlEscU3'])).toEqual([]);
    // (the HTML report quotes the lines around the error: all three keys were shown, masked)
    const html = out.find(([w]) => w === 'html')![1];
    expect(html).toContain('PUBLICyamlN3');
    expect(html).toContain('&quot;\\x6bty&quot;: oct, &quot;k&quot;: ****************}}');
    expect(html).toContain('&quot;k\\x74y&quot;: oct, k: ****************}}');
  });

  // A key name computed from an expression, `(local.kname) = "…"` with `kname = "k"`, is not followed: orglint would
  // have to evaluate HCL expressions in keys. A user writing a JWK so would see its private member in the quoted
  // lines; kept as a known gap because no Terraform module seen writes a JWK member's name as an expression.
  it.fails('Terraform: a private member whose name is a parenthesised expression', async () => {
    const dir = tempTree({
      'main.tf': [
        'resource "auth0_client" "a" {',
        '  organization_usage = "Require"',
        '  client_metadata = { jwk = jsonencode({ kty = "oct", (local.kname) = "PLANTEDtfComputed01" }) }',
        '}',
        'locals { kname = "k" }',
        '',
      ].join('\n'),
    });
    expect(leaks(await outputs(dir), ['PLANTEDtfComputed01'])).toEqual([]);
  });
});
