/**
 * Hostile cases for the Action's login-flow diff (issue 15), running the bundle as the runner does: a shallow
 * clone without the base commit, a base ref holding shell metacharacters.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempTree } from '../helpers/lint';
import { BASE_TENANT, HEAD_TENANT } from '../helpers/flows-tenants';

const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV, stdio: 'pipe' }).toString().trim();

function runAction(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string>) {
  const files = mkdtempSync(path.join(tmpdir(), 'orglint-runner-'));
  const summaryFile = path.join(files, 'step-summary.md');
  const outputFile = path.join(files, 'output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_)/.test(k)) env[k] = v;
  for (const [name, spec] of Object.entries(ACTION.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  Object.assign(env, { GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, GITHUB_ACTIONS: 'true', RUNNER_TEMP: files }, extraEnv);
  return new Promise<{ code: number | null; stdout: string; summary: string; outputs: Record<string, string> }>((resolve, reject) => {
    const child = spawn(process.execPath, [inject('actionPath')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const outputs: Record<string, string> = {};
      for (const m of readFileSync(outputFile, 'utf8').matchAll(/^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
      resolve({ code, stdout, summary: readFileSync(summaryFile, 'utf8'), outputs });
    });
  });
}

function event(payload: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'orglint-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

describe('the Action on a pull request: hostile bases', () => {
  it('a shallow clone (actions/checkout, depth 1) fetches the base commit from origin and shows the diff first', async () => {
    const origin = tempTree({ 'tenants/prod/tenant.yaml': BASE_TENANT });
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'base');
    const baseSha = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(path.join(origin, 'tenants/prod/tenant.yaml'), HEAD_TENANT);
    git(origin, 'commit', '-q', '-am', 'change login flows');
    const ws = path.join(mkdtempSync(path.join(tmpdir(), 'orglint-ws-')), 'repo');
    git(tmpdir(), 'clone', '-q', '--depth=1', `file://${origin}`, ws);
    expect(() => git(ws, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    const pr = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event({ pull_request: { base: { ref: 'main', sha: baseSha } } }), GITHUB_BASE_REF: 'main' };
    const r = await runAction(ws, { paths: 'tenants/', 'fail-on': 'never' }, pr);
    expect(r.code).toBe(0);
    const lines = r.summary.split('\n');
    expect(lines[0]).toBe(`## orglint flows: what changes for users since \`main (${baseSha.slice(0, 12)})\``);
    expect(lines[2]).toMatch(/^- 🔴 breaking: /);
    expect(r.outputs['flows-diff']).toContain('🔴 breaking');
  });

  it('a base ref with shell metacharacters (no sha in the event) is never run: the step says it cannot compare', async () => {
    const ws = tempTree({ 'tenants/prod/tenant.yaml': BASE_TENANT });
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'base');
    const marker = path.join(tmpdir(), `orglint-attack15-action-${process.pid}`);
    const ref = `main;touch ${marker}`;
    const r = await runAction(ws, { paths: 'tenants/', 'fail-on': 'never' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event({}), GITHUB_BASE_REF: ref });
    expect(r.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(r.summary.split('\n')[0]).toBe(`## orglint flows: not compared with \`${ref}\``);
    expect(r.outputs['flows-diff']).toContain('not compared');
  });
});
