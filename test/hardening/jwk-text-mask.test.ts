/**
 * jwk7: the private members of a JSON Web Key never reach an output, whatever shape the file writes the key in.
 * Each shape below was shown by some output before (an excerpt, the HTML report's lines around a finding, a
 * `--fix-dry-run` hunk): a key in a comment, in a string that is JSON or YAML text (escaped quotes, a heredoc, a
 * block scalar, a percent-encoded query, a HAR body in base64), a value written with escapes, objects of nested
 * calls, a file that does not parse. Each marker is planted on or next to a finding's line, every format is
 * written in one run (and stdout), the fix diff is read too, and no marker may appear anywhere; the lines were
 * shown (masked), and what is not a JWK's private member (`D`, `n`, a `d` outside a key) stays readable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];

/** every output of a lint of `dir` (each format written to a file, stylish on stdout) and of `--fix-dry-run` */
async function outputs(dir: string): Promise<[string, string][]> {
  const run = await runCli(['-f', 'stylish', ...FORMATS.flatMap((f) => ['-f', `${f}=out/report.${f}`]), '.'], { cwd: dir });
  expect(run.code, run.stderr).toBe(1);
  const fix = await runCli(['--fix-dry-run', '.'], { cwd: dir });
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

const b64 = (s: string) => Buffer.from(s).toString('base64');
/** the base64 characters that encode `value` inside `json`'s base64 (whole groups of four) */
const encodedPart = (json: string, value: string) => {
  const at = Buffer.from(json).indexOf(value);
  return b64(json).slice(Math.ceil(at / 3) * 4, Math.floor((at + value.length) / 3) * 4);
};

describe('JSON Web Keys written in any shape are masked in every output (jwk7)', () => {
  it('Terraform: a JSON string, comments, heredocs, nested calls, a commented-out member, a .tf.json comment key, locals', async () => {
    const dir = tempTree({
      'main.tf': [
        'resource "auth0_client" "a" {',
        '  organization_usage = "Require"',
        '  client_metadata    = { jwk = jsondecode("{\\"kty\\":\\"RSA\\",\\"n\\":\\"PUBLICtfN01\\",\\"d\\":\\"PLANTEDtfJsonStr1\\"}") }',
        '}',
        'resource "auth0_client" "b" {',
        '  organization_usage = "Require" # { kty = "RSA", d = "PLANTEDtfHash01" }',
        '  // {',
        '  //   "kty": "RSA",',
        '  //   "d": "PLANTEDtfSlash01"',
        '  // }',
        '}',
        'resource "auth0_client" "c" {',
        '  /* { "kty": "oct",',
        '       "k": "PLANTEDtfBlock01" } */',
        '  organization_usage = "Require"',
        '  client_metadata    = { a = jsondecode(<<EOT',
        '{"kty": "RSA", "d": "PLANTEDtfHeredoc1"}',
        'EOT',
        '  ) }',
        '}',
        'resource "auth0_client" "d" {',
        '  organization_usage = "Require"',
        '  client_metadata    = { a = jsonencode(merge(local.base, tomap({ kty = "RSA", d = "PLANTEDtfNested01" }))), b = jsonencode(merge({ kty = "RSA" }, tomap({ d = "PLANTEDtfNested02" }))) }',
        '}',
        'resource "auth0_client" "e" {',
        '  organization_usage = "Require"',
        '  client_metadata    = { a = jsonencode(yamldecode(<<-EOT',
        '    kty: RSA',
        '    d: PLANTEDtfYaml01',
        '    EOT',
        '  )), b = jsonencode({',
        '    kty = "RSA"',
        '    # d = "PLANTEDtfOldD01"',
        '  }) }',
        '}',
        'locals { jwk_d = "PLANTEDtfLocal01" }',
        'locals { shown = "VISIBLEtfLocal1" }',
        'resource "auth0_client" "g" {',
        '  organization_usage = "Require"',
        '  client_metadata    = { a = jsonencode({ kty = "RSA", n = local.shown, d = local.jwk_d }) }',
        '}',
        'locals { base = { kty = "RSA", n = "PUBLICtfBase1" } }',
        'resource "auth0_client" "h" {',
        '  organization_usage = "Require"',
        '  client_metadata    = { a = jsonencode(merge(local.base, { d = "PLANTEDtfMerged1" })) }',
        '}',
        '',
      ].join('\n'),
      'extra.tf.json': JSON.stringify({
        resource: { auth0_client: { f: { '//': '{"kty":"oct","k":"PLANTEDtfjComment1"}', name: 'F', organization_usage: 'Require' } } },
      }),
    });
    const planted = ['PLANTEDtfJsonStr1', 'PLANTEDtfHash01', 'PLANTEDtfSlash01', 'PLANTEDtfBlock01', 'PLANTEDtfHeredoc1', 'PLANTEDtfNested01', 'PLANTEDtfNested02', 'PLANTEDtfYaml01', 'PLANTEDtfOldD01', 'PLANTEDtfjComment1', 'PLANTEDtfLocal01', 'PLANTEDtfMerged1'];
    const texts = await outputs(dir);
    expect(leaks(texts, planted)).toEqual([]);
    const fix = texts.find(([w]) => w === 'fix-dry-run')![1];
    // the lines were shown, masked column for column; a public member is not masked
    expect(fix).toContain('organization_usage = "require" # { kty = "RSA", d = "***************" }');
    expect(fix).toContain(`\\"n\\":\\"PUBLICtfN01\\",\\"d\\":\\"${'*'.repeat(17)}\\"`);
    expect(fix).toContain(`     "k": "${'*'.repeat(16)}" } */`);
    expect(fix).toContain(`    d: ${'*'.repeat(15)}`);
    // a local a private member reads is masked where it is set; another local is not
    expect(fix).toContain(`locals { jwk_d = "${'*'.repeat(16)}" }\n locals { shown = "VISIBLEtfLocal1" }`);
  });

  it('YAML: comments, a commented-out member, block scalars, strings that are JSON text, escapes', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: Portal',
        '    organization_usage: Require # {kty: RSA, d: PLANTEDyHash01}',
        '    # jwk:',
        '    #   kty: RSA',
        '    #   d: PLANTEDyCommentBlock1',
        '  - name: Second',
        '    organization_usage: Require',
        '    jwk:',
        '      kty: RSA',
        '      # d: PLANTEDyOldD01',
        '      n: PUBLICyN01',
        '  - name: Third',
        '    organization_usage: Require',
        '    jwk_text: |',
        '      kty: RSA',
        '      p: PLANTEDyBlockP01',
        '  - name: Fourth',
        '    organization_usage: Require',
        '    note: "key={\\"kty\\":\\"oct\\",\\"k\\":\\"PLANTEDyNotJson01\\"}"',
        "    jwks: '{\"kty\":\"oct\",\"k\":\"PLANTEDySingle01\"} and more'",
        '  - name: Fifth',
        '    organization_usage: Require',
        '    jwk: {kty: RSA, D: VISIBLEyUpperD1, d: "\\x50LANTEDyEscaped1", q: "\\u0050LANTEDyEscaped2"}',
        `    twice: ${JSON.stringify(JSON.stringify(JSON.stringify({ kty: 'oct', k: 'PLANTEDyTwice01' })))}`,
        '',
      ].join('\n'),
    });
    const planted = ['PLANTEDyHash01', 'PLANTEDyCommentBlock1', 'PLANTEDyOldD01', 'PLANTEDyBlockP01', 'PLANTEDyNotJson01', 'PLANTEDySingle01', 'LANTEDyEscaped1', 'LANTEDyEscaped2', 'PLANTEDyTwice01'];
    const texts = await outputs(dir);
    expect(leaks(texts, planted)).toEqual([]);
    const fix = texts.find(([w]) => w === 'fix-dry-run')![1];
    expect(fix).toContain(`    organization_usage: require # {kty: RSA, d: ${'*'.repeat(14)}}`);
    expect(fix).toContain(`    #   d: ${'*'.repeat(21)}`);
    // `D` is no JWK member (names are case-sensitive), `n` is public: both shown
    const html = texts.find(([w]) => w === 'html')![1];
    expect(html).toContain('VISIBLEyUpperD1');
    expect(html).toContain('PUBLICyN01');
  });

  it('a private key kept as base64 (a PEM file, LS0tLS1CRUdJTi…; a JWK as base64url JSON, eyJ…) is masked; a base64 certificate or public JWK is not', async () => {
    const key = b64('-----BEGIN PRIVATE KEY-----\nMIIEvQPLANTEDb64PemYaml01\n-----END PRIVATE KEY-----\n');
    const cert = b64('-----BEGIN CERTIFICATE-----\nMIIcertPUBLIC\n-----END CERTIFICATE-----\n');
    const jwk = Buffer.from(JSON.stringify({ kty: 'oct', k: 'PLANTEDb64urlJwk1' })).toString('base64url');
    const pub = Buffer.from(JSON.stringify({ kty: 'RSA', n: 'PUBLICn', e: 'AQAB' })).toString('base64url');
    const pretty = b64(JSON.stringify([{ kty: 'oct', k: 'PLANTEDb64Pretty01' }], null, 2));
    const dir = tempTree({
      'tenant.yaml': ['clients:', '  - name: Portal', '    organization_usage: Require', `    client_metadata: {pem_b64: ${key}, cert_b64: ${cert}}`, `    jwks: {jwk: ${jwk}, pub: ${pub}} # ?jwk=${jwk}&x=1`, `    pretty: ${pretty}`, ''].join('\n'),
    });
    const texts = await outputs(dir);
    expect(leaks(texts, [key.slice(8, 40), key.slice(40), jwk.slice(4), pretty.slice(4)])).toEqual([]);
    const fix = texts.find(([w]) => w === 'fix-dry-run')![1];
    expect(fix).toContain(`{pem_b64: ${'*'.repeat(key.length)}, cert_b64: ${cert}}`);
    expect(fix).toContain(`{jwk: ${'*'.repeat(jwk.length)}, pub: ${pub}} # ?jwk=${'*'.repeat(jwk.length)}&x=1`);
  });

  it('a file that does not parse (a second YAML document, a JSON trailing comma) shows its lines masked', async () => {
    const dir = tempTree({
      'tenant.yaml': ['clients:', '  - name: Portal', '    organization_usage: Require', '    jwk: {kty: RSA, d: PLANTEDbrokenY01}', '---', 'jwk: {kty: oct, k: PLANTEDyDoc2K01}', ''].join('\n'),
      't/clients/P.json': '{"name":"P","organization_usage":"Allow","jwk":{"kty":"oct","k":"PLANTEDbrokenJ01"},}',
    });
    const texts = await outputs(dir);
    expect(leaks(texts, ['PLANTEDbrokenY01', 'PLANTEDyDoc2K01', 'PLANTEDbrokenJ01'])).toEqual([]);
    expect(texts.find(([w]) => w === 'stdout')![1]).toContain(`{"name":"P","organization_usage":"Allow","jwk":{"kty":"oct","k":"${'*'.repeat(16)}"},}`);
  });

  it('JSON exports, API dumps, PATCH payloads, HAR captures and plans: non-JSON strings, escapes, percent-encoding, base64 bodies', async () => {
    const har = (entries: unknown[]) => `{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}}\n`;
    const patch = (body: unknown) => ({
      request: { method: 'PATCH', url: 'https://acme.eu.auth0.com/api/v2/clients/AaiyAPdpYdesoKnqjj8HJqRn4T5titww', headers: [{ name: 'content-type', value: 'application/json' }], postData: { mimeType: 'application/json', text: JSON.stringify(body) } },
      response: { status: 200, content: { mimeType: 'application/json', text: '{}' } },
    });
    // (a text, not JSON: base64 JSON holding a key is masked whole, see above; here only the key's characters are)
    const jwks = `keys = ${JSON.stringify({ keys: [{ kty: 'oct', k: 'PLANTEDharB64K01' }] })}`;
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQPLANTEDharB64Pem1\n-----END PRIVATE KEY-----\n';
    const dir = tempTree({
      't/clients/P.json': '{"name":"P","organization_usage":"Allow","organization_require_behavior":"pre_login_prompt","note":"jwk: {\\"kty\\":\\"oct\\",\\"k\\":\\"PLANTEDdirNote01\\"}","jwk":{"kty":"oct","k":"\\u0050LANTEDdirEsc01"}}',
      'dump/clients.json': JSON.stringify([{ client_id: 'abc', name: 'P', organization_usage: 'Allow', organization_require_behavior: 'pre_login_prompt', client_metadata: { jwk: '{"\\u006bty":"oct","k":"PLANTEDdumpKey01"}' } }]),
      'body.patch.json': JSON.stringify({ organization_usage: 'required', client_metadata: { jwk: 'kty: oct\nk: PLANTEDpatchYaml1' } }),
      // (each planted entry next to a PATCH with a finding: the HTML report shows two lines either side)
      'capture.har': har([
        { request: { method: 'POST', url: 'https://a.eu.auth0.com/x', postData: { mimeType: 'application/x-www-form-urlencoded', text: 'jwk=%7B%22kty%22%3A%22oct%22%2C%22k%22%3A%22PLANTEDharForm01%22%7D' } }, response: { status: 200, content: { text: '' } } },
        { request: { method: 'GET', url: 'https://a.eu.auth0.com/x?jwk=%7B%22kty%22%3A%22oct%22%2C%22k%22%3A%22PLANTEDharUrl01%22%7D' }, response: { status: 200, content: { text: 'jwks = {"kty":"oct","k":"PLANTEDharText01"}' } } },
        patch({ organization_usage: 'Require' }),
        { response: { status: 200, content: { encoding: 'base64', text: b64(jwks) } }, request: { method: 'GET', url: 'https://a.eu.auth0.com/y' } },
        { response: { status: 200, content: { encoding: 'base64', text: b64(pem) } }, request: { method: 'GET', url: 'https://a.eu.auth0.com/z' } },
        patch({ organization_usage: 'Require' }),
        { request: { method: 'POST', url: 'https://a.eu.auth0.com/f', postData: { mimeType: 'application/x-www-form-urlencoded', text: 'pem=-----BEGIN+PRIVATE+KEY-----%0AMIIEvQPLANTEDharPctPem1%0A-----END+PRIVATE+KEY-----&x=1' } }, response: { status: 200, content: { text: '' } } },
        { request: { method: 'GET', url: 'https://a.eu.auth0.com/p' }, response: { status: 200, content: { mimeType: 'text/html', text: "<script>const jwk = {kty:'oct',k:'PLANTEDharScript1'};</script>" } } },
        patch({ organization_usage: 'Require' }),
      ]),
      'plan.tfplan.json':
        '{"format_version":"1.2","resource_changes":[\n{"address":"auth0_client.p","mode":"managed","type":"auth0_client","name":"p","change":{"actions":["update"],\n' +
        '"before":{"name":"P","organization_usage":"allow","client_metadata":{"j":"jwk: {\\"kty\\":\\"oct\\",\\"k\\":\\"PLANTEDplanNote01\\"}"}},\n"after":{"name":"P","organization_usage":"Require"}}}]}\n',
    });
    const planted = [
      'PLANTEDdirNote01',
      'LANTEDdirEsc01',
      'PLANTEDdumpKey01',
      'PLANTEDpatchYaml1',
      'PLANTEDharForm01',
      'PLANTEDharUrl01',
      'PLANTEDharText01',
      encodedPart(jwks, 'PLANTEDharB64K01'),
      encodedPart(pem, 'MIIEvQPLANTEDharB64Pem1'),
      'MIIEvQPLANTEDharPctPem1',
      'PLANTEDharScript1',
      'PLANTEDplanNote01',
    ];
    const texts = await outputs(dir);
    expect(leaks(texts, planted)).toEqual([]);
    // the base64 body is shown, only the characters that encode the key masked
    const html = texts.find(([w]) => w === 'html')![1];
    expect(html).toContain(b64(jwks).slice(0, 12));
  });
});
