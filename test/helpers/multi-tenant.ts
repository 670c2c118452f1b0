import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tenantDirectory, tenantYaml } from '../../bench/corpus.mjs';

/**
 * A folder of several tenants of every shape a run groups apart: three directory exports (one with an
 * orglint-disable comment, one next to a tenant.yaml whose name sorts between the export's files), two
 * tenant.yaml files, a Management API dump, a file that does not parse, and a YAML file with a client secret
 * that a message would quote.
 */
export function multiTenantCorpus(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'orglint-multi-'));
  const write = (rel: string, text: string) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  for (const [i, dir] of ['b-export', 'tenant', 'z-export'].entries()) {
    const { files } = tenantDirectory(i, 14);
    for (const [rel, text] of Object.entries(files)) write(`${dir}/${rel}`, text);
  }
  // "tenant.yaml" sorts before "tenant/…" ('.' < '/'): findings of two tenants interleave in the sorted list
  write('tenant.yaml', tenantYaml(7, 12).text);
  write('a-tenant.yaml', tenantYaml(8, 9).text);
  write('b-export/clients/Suppressed App.json', '{\n  "name": "Suppressed App",\n  "app_type": "spa",\n  "organization_usage": "Require"\n}\n');
  write('c-suppressed.yaml', '# orglint-disable-file organization-usage-enum -- migrating\nclients:\n  - name: Hidden\n    app_type: spa\n    organization_usage: Require\n');
  write('dump/clients.json', JSON.stringify([{ client_id: 'abc', name: 'Dumped', app_type: 'regular_web', organization_usage: 'Deny', organization_require_behavior: 'post_login_prompt' }], null, 2) + '\n');
  write('broken/tenant.yaml', 'clients:\n  - name: [unclosed\n');
  write('secret.yaml', 'clients:\n  - name: Leaky\n    app_type: regular_web\n    client_secret: s3cr3t-Value_0123456789abcdef\n    organization_usage: s3cr3t-Value_0123456789abcdef\n');
  // hostile shapes: a directory export under a folder named __proto__, CRLF line ends with anchors, merge keys
  // and a block scalar (the quoted lines of a finding must be what the whole-run lint quoted)
  write('__proto__/clients/Proto App.json', '{\n  "name": "Proto App",\n  "app_type": "spa",\n  "organization_usage": "Require"\n}\n');
  write('__proto__/organizations/constructor.json', '{\n  "name": "constructor",\n  "display_name": "Constructor"\n}\n');
  const anchored = [
    'base: &base',
    '  app_type: spa',
    '  organization_usage: Require',
    'clients:',
    '  - <<: *base',
    '    name: Merged',
    '    description: |',
    '      a block scalar',
    '      over two lines',
    '  - name: Anchored',
    '    app_type: regular_web',
    '    organization_require_behavior: *base',
  ];
  write('crlf/tenant.yaml', anchored.join('\r\n') + '\r\n');
  return root;
}
