/**
 * Private key material is masked whatever key holds it: a PEM `PRIVATE KEY` block (one line with `\n` escapes, in
 * single or double quotes, or a block scalar) under `signing_keys[].key`, `signingKey`, `decryptionKey` or a
 * credential's `pem`, and the private members of a JSON Web Key (`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`). Each is
 * planted on or next to a finding's line, so every format's excerpts had the chance to show it; public
 * certificates stay readable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const pem = (body: string, kind = '') => `-----BEGIN ${kind}PRIVATE KEY-----\\n${body}\\n-----END ${kind}PRIVATE KEY-----`;
const JWK = ['PLANTEDjwkD0123', 'PLANTEDjwkP0123', 'PLANTEDjwkQ0123', 'PLANTEDjwkDP0123', 'PLANTEDjwkDQ0123', 'PLANTEDjwkQI0123'];
const PLANTED = [
  'MIIEpQPLANTEDrsaOneLine0123',
  'MIIEvQPLANTEDsingleQuoted0123',
  'MIIEvQPLANTEDblockLine0123456',
  'PLANTEDySaml01',
  'PLANTEDyDecr01',
  'MIIEvQPLANTEDdirPem0123456',
  'MIIEvQPLANTEDsamlKey0123',
  'MIIEvQPLANTEDdecrypt0123',
  ...JWK,
  'PLANTEDjwkOct0123',
];
const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];

function planted(): string {
  const [d, p, q, dp, dq, qi] = JWK;
  return tempTree({
    'tenant.yaml': [
      'connections:',
      '  - name: saml',
      `    options: {signingKey: {key: "${pem('PLANTEDySaml01')}"}, decryptionKey: "${pem('PLANTEDyDecr01')}"}`,
      'clients:',
      '  - organization_usage: Require',
      '    name: Portal',
      `    signing_key: "${pem('MIIEpQPLANTEDrsaOneLine0123', 'RSA ')}"`,
      `    signing_keyz: [{cert: "-----BEGIN CERTIFICATE-----\\nMIIcertPUBLIC\\n-----END CERTIFICATE-----", key: '${pem('MIIEvQPLANTEDsingleQuoted0123')}'}]`,
      `    jwk: {kty: RSA, n: PUBLICmodulus, e: AQAB, d: ${d}, p: ${p}, q: ${q}, dp: ${dp}, dq: ${dq}, qi: ${qi}}`,
      '    oct_jwk: {kty: oct, k: PLANTEDjwkOct0123}',
      '  - name: Block',
      '    private_pem_block: |',
      '      -----BEGIN PRIVATE KEY-----',
      '      MIIEvQPLANTEDblockLine0123456',
      '      -----END PRIVATE KEY-----',
      '    organization_usage: Require',
      '',
    ].join('\n'),
    // (one line each, short enough to be shown whole)
    't/clients/Dir.json': JSON.stringify({
      name: 'Dir',
      organization_usage: 'Allow',
      client_authentication_methods: { private_key_jwt: { credentials: [{ credential_type: 'public_key', pem: pem('MIIEvQPLANTEDdirPem0123456').replace(/\\n/g, '\n') }] } },
    }),
    't/clients/Saml.json': JSON.stringify({
      organization_usage: 'Allow',
      options: { signingCert: 'MIIpublicCERT', signingKey: { key: pem('MIIEvQPLANTEDsamlKey0123').replace(/\\n/g, '\n') }, decryptionKey: pem('MIIEvQPLANTEDdecrypt0123').replace(/\\n/g, '\n') },
    }),
  });
}

describe('private key material is masked under any key, in every format', () => {
  it('PEM private keys and JWK private members never reach an output; certificates stay readable', async () => {
    const dir = planted();
    const outputs = FORMATS.flatMap((f) => ['-f', `${f}=out/report.${f}`]);
    const run = await runCli(['-f', 'stylish', ...outputs, '.'], { cwd: dir });
    expect(run.code).toBe(1);
    const texts: [string, string][] = [['stdout', run.stdout], ['stderr', run.stderr], ...FORMATS.map((f): [string, string] => [f, readFileSync(path.join(dir, `out/report.${f}`), 'utf8')])];
    const leaks = texts.flatMap(([where, text]) => PLANTED.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`));
    expect(leaks).toEqual([]);
    // the lines were shown (masked): the excerpts had the chance to leak, and a public certificate is not masked
    expect(run.stdout).toContain(`    signing_key: "${'*'.repeat(pem('MIIEpQPLANTEDrsaOneLine0123', 'RSA ').length)}"`);
    expect(run.stdout).toContain('{cert: "-----BEGIN CERTIFICATE-----\\nMIIcertPUBLIC\\n-----END CERTIFICATE-----", key: \'***');
    const html = readFileSync(path.join(dir, 'out/report.html'), 'utf8');
    expect(run.stdout).toContain('{"organization_usage":"Allow","options":{"signingCert":"MIIpublicCERT","signingKey":{"key":"***');
    expect(html).toContain('PUBLICmodulus');
    expect(html).toContain(`      ${'*'.repeat('MIIEvQPLANTEDblockLine0123456'.length)}`);
  });

  // review: a PEM split across list items showed its body (only the item holding PRIVATE KEY was searched), and a
  // body line shorter than six characters (the last, `kQ==`) stayed visible
  it('a PEM split across list items, and its short last line, are masked', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: Split',
        '    organization_usage: Require',
        '    key: ["-----BEGIN PRIVATE KEY-----", "MIIEvQPLANTEDsplitItem0123", "Zq==", "-----END PRIVATE KEY-----"]',
        '  - name: Short',
        '    organization_usage: Require',
        '    pem_block: |',
        '      -----BEGIN PRIVATE KEY-----',
        '      MIIEvQPLANTEDshortLast0123',
        '      Xk==',
        '      -----END PRIVATE KEY-----',
        '',
      ].join('\n'),
    });
    for (const f of ['stylish', 'json', 'html']) {
      const run = await runCli(['-f', f, '.'], { cwd: dir });
      expect(run.code, f).toBe(1);
      for (const s of ['MIIEvQPLANTEDsplitItem0123', 'MIIEvQPLANTEDshortLast0123', '"Zq', 'Xk']) expect(run.stdout, `${f}: ${s}`).not.toContain(s);
    }
    // the lines were shown (masked)
    const html = await runCli(['-f', 'html', '.'], { cwd: dir });
    expect(html.stdout).toMatch(/key: \[&quot;\*+&quot;, &quot;\*{26}&quot;, &quot;\*+/);
  });
});
