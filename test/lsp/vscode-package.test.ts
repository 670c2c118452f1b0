/**
 * `npm run package:vscode` builds editors/vscode/orglint.vsix: `vsce ls` lists the server inside, and the
 * server copied into the package really serves diagnostics (started from the unpacked .vsix).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempTree } from '../helpers/lint';
import { startLsp } from './lsp-client';

describe('the VS Code extension', () => {
  it('packages into a .vsix holding the extension, the server and the schemas, and that server works', async () => {
    const out = execFileSync('npm', ['run', 'package:vscode'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
    const listed = out.split('\n').map((l) => l.trim());
    for (const f of ['dist/extension.js', 'server/cli.js', 'server/package.json', 'schemas/orglint-config.schema.json', 'server/rules/organization-usage-enum/README.md']) expect(listed).toContain(f);
    expect(listed).not.toContain('server/action.js');
    // unpack the .vsix (a zip) and start the server it carries
    const dir = tempTree({});
    execFileSync('python3', ['-c', 'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', path.join(ROOT, 'editors/vscode/orglint.vsix'), dir]);
    const manifest = JSON.parse(execFileSync('cat', [path.join(dir, 'extension/package.json')], { encoding: 'utf8' }));
    expect(manifest.main).toBe('./dist/extension.js');
    const ws = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: Require\n' });
    const client = await startLsp(ws, path.join(dir, 'extension/server/cli.js'));
    try {
      const uri = client.open(path.join(ws, 'tenant.yaml'), 'clients:\n  - name: A\n    organization_usage: Require\n');
      const [d] = await client.diagnostics(uri, (x) => x.length > 0);
      expect(d.code).toBe('organization-usage-enum');
      expect(d.codeDescription!.href).toMatch(/rules\/organization-usage-enum\/README\.md$/);
    } finally {
      await client.close();
    }
  }, 300_000);
});
