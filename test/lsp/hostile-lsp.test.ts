/**
 * The language server against what editors really send: a buffer for a file that is not on disk (a new file
 * not saved yet, or one deleted while open) is linted like any other, and a tenant-wide rule sees it next to the
 * sibling files on disk; open/change/close storms end with the diagnostics of the last text.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/lint';
import { startLsp, type LspClient } from './lsp-client';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe('orglint lsp with hostile editors', () => {
  it('lints an unsaved new file, alone and next to the siblings on disk', async () => {
    const root = tempTree({ 'clients/A.json': '{ "name": "Portal", "app_type": "spa" }\n' });
    client = await startLsp(root);
    const uri = client.open(path.join(root, 'new/tenant.yaml'), 'clients:\n  - name: a\n    organization_usage: Require\n');
    const diags = await client.diagnostics(uri, (d) => d.length > 0);
    expect(diags.map((d) => [d.code, d.range.start])).toEqual([['organization-usage-enum', { line: 2, character: 24 }]]);
    const sibling = client.open(path.join(root, 'clients/B.json'), '{ "name": "Portal", "app_type": "spa" }\n');
    const dup = await client.diagnostics(sibling, (d) => d.length > 0);
    expect(dup.map((d) => [d.code, d.range.start])).toEqual([['unique-client-names', { line: 0, character: 10 }]]);
    expect(client.stderr()).toBe('');
  });

  it('after a storm of changes, closes and reopens, the diagnostics are those of the last text', async () => {
    const root = tempTree({ 'tenant.yaml': 'clients: []\n' });
    client = await startLsp(root);
    const file = path.join(root, 'tenant.yaml');
    let uri = client.open(file, 'clients: []\n');
    for (let i = 0; i < 200; i++) client.change(uri, `clients:\n  - name: a${i}\n    organization_usage: ${i % 2 ? 'Require' : 'allow'}\n`);
    for (let i = 0; i < 20; i++) {
      client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      uri = client.open(file, 'clients:\n  - name: z\n    organization_usage: Deny\n');
    }
    const diags = await client.diagnostics(uri, (d) => d.length > 0 && d[0].message.includes('"Deny"'));
    expect(diags.map((d) => [d.code, d.range.start])).toEqual([['organization-usage-enum', { line: 2, character: 24 }]]);
    expect(client.stderr()).toBe('');
  });

  it('hover on prototype keys is nothing, and on a wrong usage names only the wrong value', async () => {
    const text = 'clients:\n  - name: a\n    constructor: x\n    toString: 1\n    __proto__: 1\n    valueOf: 3\n    organization_usage: Require\n    organization_require_behavior: pre_login_prompt\n';
    const root = tempTree({ 'tenant.yaml': text });
    client = await startLsp(root);
    const uri = client.open(path.join(root, 'tenant.yaml'), text);
    await client.diagnostics(uri, (d) => d.length > 0);
    const hover = (line: number) => client!.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } }) as Promise<{ contents: { value: string } } | null>;
    for (const line of [2, 3, 4, 5]) expect(await hover(line)).toBeNull();
    const usage = await hover(6);
    expect(usage!.contents.value).toContain('unknown: organization_usage "Require" is not a value Auth0 accepts');
    expect(usage!.contents.value).not.toContain('"pre_login_prompt"');
    expect(client.stderr()).toBe('');
  });

  it('a config being typed shows its mistake before it is saved, and clears once corrected', async () => {
    const root = tempTree({ '.orglint.yaml': 'rules: {}\n', 'tenant.yaml': 'clients: []\n' });
    client = await startLsp(root);
    const uri = client.open(path.join(root, '.orglint.yaml'), 'rules:\n  no-such-rule: error\n');
    const [d] = await client.diagnostics(uri, (x) => x.length > 0);
    expect([d.code, d.range.start, d.message]).toEqual(['config-error', { line: 1, character: 2 }, 'unknown rule "no-such-rule" (orglint rules lists them)']);
    client.change(uri, 'rules:\n  organization-usage-enum: warning\n');
    expect(await client.diagnostics(uri, (x) => x.length === 0)).toEqual([]);
  });
});
