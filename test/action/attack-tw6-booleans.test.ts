/**
 * The Action's boolean inputs as @actions/core's getBooleanInput reads them (atk-tw6). An input left out of `with:`
 * is never empty (the runner passes action.yml's default); an empty one was written so, e.g.
 * `plugins: ${{ vars.ORGLINT_PLUGINS }}` with the variable unset. getBooleanInput refuses '' ("Input does not meet
 * YAML 1.2 Core Schema"); orglint read it as the default, so `plugins: ''` loaded the repository's plugin code.
 * Now it fails the step naming the input. White space around a value is trimmed by getInput, as getBooleanInput does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempTree } from '../helpers/lint';

const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };

/** the bundled action run as the runner runs it: every input as INPUT_<NAME>, defaults from action.yml */
function runAction(workspace: string, inputs: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const files = mkdtempSync(path.join(tmpdir(), 'orglint-runner-'));
  const summary = path.join(files, 'summary.md');
  const output = path.join(files, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_)/.test(k)) env[k] = v;
  for (const [name, spec] of Object.entries(ACTION.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  Object.assign(env, { GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_ACTIONS: 'true', RUNNER_TEMP: files });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('actionPath')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout });
    });
  });
}

const PLUGIN =
  "export default { name: 'acme', rules: [{ id: 'named', meta: { description: 'd', severity: 'error', scope: 'client' }, messages: { m: 'found {{n}}' }, check(ctx) { ctx.report({ messageId: 'm', at: ['name'], data: { n: ctx.resource.name } }); } }] };\n";

describe('the Action\'s boolean inputs (plugins, pass-on-empty)', () => {
  it('an empty value fails the step naming the input, and runs no plugin code', async () => {
    const ws = tempTree({ '.orglint.yaml': 'plugins: [./rules/acme.mjs]\n', 'rules/acme.mjs': PLUGIN, 'tenant.yaml': 'clients:\n  - name: Plain\n' });
    mkdirSync(path.join(ws, '.git'));
    for (const name of ['plugins', 'pass-on-empty']) {
      const r = await runAction(ws, { paths: '.', [name]: '' });
      expect([name, r.code]).toEqual([name, 1]);
      expect(r.stdout).toContain(`::error::orglint: input ${name}: expected a boolean (true, True, TRUE, false, False or FALSE), got ""`);
      expect(r.stdout).not.toContain('acme/named');
    }
  }, 60_000);

  it("white space around a value is trimmed, as getBooleanInput's getInput trims it", async () => {
    const ws = tempTree({ '.orglint.yaml': 'plugins: [./rules/acme.mjs]\n', 'rules/acme.mjs': PLUGIN, 'tenant.yaml': 'clients:\n  - name: Plain\n' });
    mkdirSync(path.join(ws, '.git'));
    const off = await runAction(ws, { paths: '.', plugins: ' false\n' });
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain('acme/named');
    const on = await runAction(ws, { paths: '.', plugins: ' TRUE ' });
    expect(on.code).toBe(1);
    expect(on.stdout).toContain('acme/named');
    // a value with white space inside is none of the six
    const inside = await runAction(ws, { paths: '.', plugins: 'tr ue' });
    expect(inside.stdout).toContain('::error::orglint: input plugins: expected a boolean (true, True, TRUE, false, False or FALSE), got "tr ue"');
  }, 60_000);
});
