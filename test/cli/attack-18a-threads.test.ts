/**
 * Attacks on the per-tenant pipeline and `--threads` (issue 18 items 1 and 2) through the real CLI: plugin reports
 * holding what a worker thread cannot send back, and a plugin error thrown where nothing awaits it.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** eight one-client tenants and a plugin; the main thread's checks are slow, so the worker surely lints some */
function repo(plugin: string): string {
  const files: Record<string, string> = { 'plug.mjs': plugin, '.orglint.yaml': 'plugins: [./plug.mjs]\n' };
  for (const x of 'abcdefgh') files[`${x}.yaml`] = `clients:\n  - name: ${x}-app\n    app_type: spa\n    organization_usage: Require\n`;
  const dir = tempTree(files);
  mkdirSync(path.join(dir, '.git'));
  dirs.push(dir);
  return dir;
}

const SLOW_MAIN = `import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const pause = new Int32Array(new SharedArrayBuffer(4));
const slow = () => { if (isMainThread) Atomics.wait(pause, 0, 0, 150); else appendFileSync(new URL('./worker-ran', import.meta.url), 'w'); };
`;

describe('--threads with hostile plugin reports', () => {
  it('writes the same report with a worker when a plugin fix holds the read-only resource view, a function or a Symbol', async () => {
    // before: --threads 2 failed with "internal error: #<Object> could not be cloned" (exit 2) where --threads 1
    // wrote the report: the tenant's read-only view (a Proxy), a function and a Symbol cannot cross threads
    const dir = repo(`${SLOW_MAIN}
export default { name: 'acme', rules: [
  { id: 'copy', meta: { description: 'x', severity: 'warning', scope: 'client', fixable: ['safe'] }, messages: { m: 'copy {{n}}' },
    check: (ctx) => { slow();
      ctx.report({ messageId: 'm', at: ['name'], data: { n: ctx.resource.name },
        fix: { safety: 'safe', description: 'copy the client', ops: [{ op: 'set', path: ['description'], value: ctx.resource.value }, { op: 'set', path: ['x'], value: () => 1 }] },
        alternatives: [{ safety: 'unsafe', description: 'other', ops: [{ op: 'set', path: ['y'], value: Symbol('s') }] }],
        predictedResponse: { status: 400, errorCode: 'invalid_body', extra: () => 2 },
        severity: Symbol('error') });
    } },
] };
`);
    for (const format of ['json', 'sarif', 'html', 'stylish']) {
      const one = await runCli(['.', '-f', format, '--threads', '1'], { cwd: dir });
      const two = await runCli(['.', '-f', format, '--threads', '2'], { cwd: dir });
      expect(one.stderr, format).toBe('');
      expect(two.stderr, format).toBe('');
      expect([one.code, two.code], format).toEqual([1, 1]);
      const untimed = (t: string) => t.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/g, 'TIME');
      expect(untimed(two.stdout), format).toBe(untimed(one.stdout));
    }
    expect(existsSync(path.join(dir, 'worker-ran'))).toBe(true);
    const report = JSON.parse((await runCli(['.', '-f', 'json', '--threads', '2'], { cwd: dir })).stdout);
    const copy = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'acme/copy');
    expect(copy).toHaveLength(8);
    // a severity that is none of error, warning, info: the rule's own
    expect(copy.every((f: { severity: string }) => f.severity === 'warning')).toBe(true);
    expect(copy[0].fix).toEqual({ safety: 'safe', description: 'copy the client' });
    expect(copy[0].predictedResponse).toEqual({ status: 400, errorCode: 'invalid_body' });
  });

  it('exits 2 with the message, on one thread or two, when a plugin throws in a timer', async () => {
    // before: on the main thread Node's own crash exited 1 (the code for "findings") with a stack trace, while a
    // worker's exited 2; a run that could not finish is exit 2 either way, and writes no report
    const dir = repo(`${SLOW_MAIN}
export default { name: 'acme', rules: [
  { id: 't', meta: { description: 'x', severity: 'info', scope: 'client' }, messages: { m: 'x' },
    check: (ctx) => { slow(); if (ctx.resource.name === 'e-app' || ctx.resource.name === 'a-app') setTimeout(() => { throw new Error('late boom in ' + ctx.resource.name); }, 0); } },
] };
`);
    for (const threads of ['1', '2']) {
      const run = await runCli(['.', '-f', 'json', '--threads', threads], { cwd: dir });
      expect(run.code, threads).toBe(2);
      expect(run.stdout, threads).toBe('');
      expect(run.stderr, threads).toMatch(/^orglint: internal error: late boom in [ae]-app\n\(set ORGLINT_DEBUG=1 for details, and please report it\)\n$/);
    }
  });
});
