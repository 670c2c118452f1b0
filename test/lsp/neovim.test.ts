/**
 * The same flow against a real editor's LSP client: Neovim headless (Debian's neovim, installed by .ci/run)
 * starts `orglint lsp`, shows the diagnostic, applies the preferred quick fix with its own workspace-edit code,
 * and sees the diagnostic clear.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { tempTree } from '../helpers/lint';

function nvimVersion(): string {
  try {
    return execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    throw new Error('this test needs Neovim 0.7 or later: run scripts/install-test-deps.sh (as root), or sudo apt-get update && sudo apt-get install -y neovim');
  }
}

describe('orglint lsp in Neovim', () => {
  it('diagnostic, quick fix through Neovim, diagnostic cleared', () => {
    expect(nvimVersion()).toMatch(/^NVIM v0\.(7|8|9|1\d)|^NVIM v\d{1,2}\./);
    const root = tempTree({
      'tenant.yaml': 'clients:\n  - name: Portal\n    app_type: regular_web\n    organization_usage: Require\n    organization_require_behavior: post_login_prompt\n    oidc_conformant: true\n',
    });
    const out = path.join(root, 'nvim-out.txt');
    const script = path.join(__dirname, 'neovim-client.lua');
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${script}`], {
      cwd: root,
      env: { ...process.env, ORGLINT_CLI: inject('cliPath'), ORGLINT_FILE: path.join(root, 'tenant.yaml'), ORGLINT_OUT: out },
      timeout: 60_000,
      encoding: 'utf8',
    });
    const log = readFileSync(out, 'utf8').trim().split('\n');
    expect(run.status, `nvim exited ${run.status}: ${log.join('\n')}\n${run.stderr}`).toBe(0);
    expect(log).toEqual([
      'diagnostic 3:24-3:31 organization-usage-enum organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?',
      'action Replace "Require" with "require" (preferred)',
      'action Disable organization-usage-enum for this line',
      'action Fix all safe orglint problems (1)',
      'after     organization_usage: require',
      'cleared',
    ]);
  });
});
