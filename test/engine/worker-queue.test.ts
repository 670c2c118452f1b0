/**
 * `--threads`: every thread takes its groups from one shared queue, so a worker never waits for the main thread
 * to hand it work; and a worker that cannot start fails every run, however fast the main thread is.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = tempTree(files);
  mkdirSync(path.join(dir, '.git'));
  dirs.push(dir);
  return dir;
}

const TENANTS = 'abcdefgh';
const tenants = () => Object.fromEntries([...TENANTS].map((x) => [`${x}.yaml`, `clients:\n  - name: ${x}-app\n    app_type: spa\n    organization_usage: Require\n`]));

describe('the shared queue of groups', () => {
  it('lets the worker lint every other tenant while the main thread is held on one', async () => {
    // the main thread's first client waits until the worker has linted all the other tenants (at most 15 s):
    // when the main thread had to hand each group out, the worker got one and then waited for the main thread
    const plugin = `import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const log = new URL('./threads.log', import.meta.url);
const pause = new Int32Array(new SharedArrayBuffer(4));
const byWorker = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\\n').filter((l) => l.startsWith('worker ')).length : 0);
let held = false;
export default { name: 'q', rules: [
  { id: 'who', meta: { description: 'who', severity: 'info', scope: 'client' }, messages: { m: 'linted {{n}}' },
    check: (ctx) => {
      ctx.report({ messageId: 'm', at: ['name'], data: { n: ctx.resource.name } });
      appendFileSync(log, (isMainThread ? 'main ' : 'worker ') + ctx.resource.name + '\\n');
      if (!isMainThread || held || !process.env.HOLD_MAIN) return;
      held = true;
      const until = Date.now() + 15000;
      while (byWorker() < ${TENANTS.length - 1} && Date.now() < until) Atomics.wait(pause, 0, 0, 20);
    } },
] };
`;
    const dir = repo({ ...tenants(), 'q.mjs': plugin, '.orglint.yaml': 'plugins: [./q.mjs]\n' });
    const one = await runCli(['.', '-f', 'json', '--threads', '1'], { cwd: dir });
    rmSync(path.join(dir, 'threads.log'));
    const two = await runCli(['.', '-f', 'json', '--threads', '2'], { cwd: dir, env: { HOLD_MAIN: '1' }, timeoutMs: 60_000 });
    expect(two.stderr).toBe('');
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const lines = readFileSync(path.join(dir, 'threads.log'), 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.startsWith('main '))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('worker '))).toHaveLength(TENANTS.length - 1);
  });

  it('fails the run when a worker cannot start, even when the main thread lints every file before it would have', async () => {
    // before: the run passed when the main thread was done before the worker had started, and failed otherwise
    const refusing = `import { isMainThread } from 'node:worker_threads';
if (!isMainThread) throw new Error('not in a worker');
export default { name: 'main-only', rules: [] };
`;
    const dir = repo({ 'a.yaml': 'clients:\n  - name: a\n', 'b.yaml': 'clients:\n  - name: b\n', 'm.mjs': refusing, '.orglint.yaml': 'plugins: [./m.mjs]\n' });
    expect((await runCli(['.', '--threads', '1'], { cwd: dir })).code).toBe(0);
    for (let i = 0; i < 3; i++) {
      const run = await runCli(['.', '--threads', '2'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('not in a worker');
    }
  });
});
