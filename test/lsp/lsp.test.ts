/**
 * `orglint lsp` driven over stdio as a real client drives it: initialize, open a tenant.yaml with `Require`,
 * get the diagnostic at its exact range, apply the quick fix, get none; a sibling file changed on disk updates
 * a tenant-wide finding; a broken config is one diagnostic on the config; hover explains a value.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/lint';
import { applyLspEdits, startLsp, type LspClient } from './lsp-client';

const TENANT = 'clients:\n  - name: Portal\n    app_type: regular_web\n    organization_usage: Require\n    organization_require_behavior: post_login_prompt\n    oidc_conformant: true\n';

interface Action {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> };
}

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe('orglint lsp', () => {
  it('publishes the diagnostic at the exact range, offers the quick fix, and clears once it is applied', async () => {
    const root = tempTree({ 'tenant.yaml': TENANT });
    client = await startLsp(root);
    const uri = client.open(path.join(root, 'tenant.yaml'), TENANT);
    const diags = await client.diagnostics(uri, (d) => d.length > 0);
    expect(diags).toEqual([
      {
        range: { start: { line: 3, character: 24 }, end: { line: 3, character: 31 } },
        severity: 1,
        code: 'organization-usage-enum',
        codeDescription: { href: expect.stringMatching(/rules\/organization-usage-enum\/README\.md$/) },
        source: 'orglint',
        message: 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?',
      },
    ]);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diags[0].range,
      context: { diagnostics: diags },
    })) as Action[];
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.kind).toBe('quickfix');
    expect(fix.title).toMatch(/require/);
    expect(actions.map((a) => a.title)).toContain('Disable organization-usage-enum for this line');
    const fixed = applyLspEdits(TENANT, fix.edit.changes[uri]);
    expect(fixed).toBe(TENANT.replace('Require', 'require'));
    client.change(uri, fixed);
    expect(await client.diagnostics(uri, (d) => d.length === 0)).toEqual([]);
  });

  it('"disable for this line" inserts a directive that silences the finding', async () => {
    const root = tempTree({ 'tenant.yaml': TENANT });
    client = await startLsp(root);
    const uri = client.open(path.join(root, 'tenant.yaml'), TENANT);
    const diags = await client.diagnostics(uri, (d) => d.length > 0);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } })) as Action[];
    const disable = actions.find((a) => a.title.startsWith('Disable'))!;
    const text = applyLspEdits(TENANT, disable.edit.changes[uri]);
    expect(text).toContain('    # orglint-disable-next-line organization-usage-enum\n    organization_usage: Require');
    client.change(uri, text);
    expect(await client.diagnostics(uri, (d) => d.length === 0)).toEqual([]);
  });

  it('"fix all safe" fixes every safe finding of the file in one edit', async () => {
    const text = `${TENANT}  - name: Shop\n    organization_usage: ALLOW\n`;
    const root = tempTree({ 'tenant.yaml': text });
    client = await startLsp(root);
    const uri = client.open(path.join(root, 'tenant.yaml'), text);
    await client.diagnostics(uri, (d) => d.length === 2);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as Action[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.orglint']);
    expect(applyLspEdits(text, actions[0].edit.changes[uri])).toBe(text.replace('Require', 'require').replace('ALLOW', 'allow'));
  });

  it('tenant-wide rules see sibling files on disk and open buffers; a change on disk updates them', async () => {
    const a = '{\n  "name": "Portal",\n  "app_type": "spa"\n}\n';
    const root = tempTree({ 'clients/Portal.json': a, 'clients/Portal-copy.json': a });
    client = await startLsp(root);
    const uri = client.open(path.join(root, 'clients/Portal.json'), a);
    const diags = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'unique-client-names'));
    expect(diags.find((d) => d.code === 'unique-client-names')!.range.start).toEqual({ line: 1, character: 10 });
    // the sibling is renamed on disk, and the client tells the server (workspace/didChangeWatchedFiles)
    const sibling = path.join(root, 'clients/Portal-copy.json');
    writeFileSync(sibling, a.replace('"Portal"', '"Shop"'));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(sibling), type: 2 }] });
    expect(await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'unique-client-names'))).toEqual([]);
    // an unsaved buffer of the sibling counts too
    client.open(sibling, a);
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'unique-client-names'));
  });

  it('a broken config is one diagnostic on the config file, and a fixed one is honoured after saving', async () => {
    const root = tempTree({ 'tenant.yaml': TENANT, '.orglint.yaml': 'rules:\n  organization-usage-enum: loud\n' });
    client = await startLsp(root);
    const configUri = client.uri(path.join(root, '.orglint.yaml'));
    const configDiags = client.diagnostics(configUri, (d) => d.length > 0);
    const uri = client.open(path.join(root, 'tenant.yaml'), TENANT);
    const [d] = await configDiags;
    expect(d).toMatchObject({ range: { start: { line: 1, character: 27 } }, code: 'config-error', message: expect.stringContaining('invalid value for "rules.organization-usage-enum"') });
    writeFileSync(path.join(root, '.orglint.yaml'), 'rules:\n  organization-usage-enum: off\n');
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect(await client.diagnostics(configUri, (x) => x.length === 0)).toEqual([]);
    const after = await client.diagnostics(uri, () => true);
    expect(after).toEqual([]);
    expect(client.child.exitCode).toBe(null);
  });

  it('hover on organization_usage says what the value means for login', async () => {
    const text = 'clients:\n  - name: Portal\n    organization_usage: require\n    organization_require_behavior: no_prompt\n';
    const root = tempTree({ 'tenant.yaml': text });
    client = await startLsp(root);
    const uri = client.open(path.join(root, 'tenant.yaml'), text);
    await client.diagnostics(uri);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 8 } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('every `/authorize` request without a valid `organization` parameter is rejected');
    // the login model, row by row
    expect(hover.contents.value).toContain('What login does for Portal');
    expect(hover.contents.value).toMatch(/without an organization parameter: \*\*rejected \(E1\)\*\* \(R5/);
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 8 } });
    expect(none).toBe(null);
  });

  it('positions are UTF-16: a value after an emoji and a CJK name', async () => {
    const text = 'clients:\n  - { name: "🚀 門戸", organization_usage: Require }\n';
    const root = tempTree({ 'tenant.yaml': text });
    client = await startLsp(root);
    const uri = client.open(path.join(root, 'tenant.yaml'), text);
    const [d] = await client.diagnostics(uri, (x) => x.length > 0);
    const line = text.split('\n')[1];
    expect(d.range.start).toEqual({ line: 1, character: line.indexOf('Require') });
    expect(d.range.end.character - d.range.start.character).toBe('Require'.length);
  });
});
