/**
 * `--threads`: linting spread over worker threads gives the same bytes as on the main thread, in every format;
 * a worker that dies or cannot start fails the run (exit 2) with a message, never a lost tenant or a hang.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';
import { multiTenantCorpus } from '../helpers/multi-tenant';

const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];
const untimed = (text: string) => text.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/g, 'TIME');

const root = multiTenantCorpus();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * a plugin rule that reports on every client, and one that throws: both are findings, wherever they run; and one
 * that is slow on the main thread (which lints groups too) so that the worker surely gets some, and notes it
 */
const PLUGIN = `import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const pause = new Int32Array(new SharedArrayBuffer(4));
let slow = process.env.EXPECT_WORKER ? 40 : 0;
export default { name: 'acme', rules: [
  { id: 'slow', meta: { description: 'slow', severity: 'info', scope: 'client' }, messages: { m: 'x' },
    check: () => {
      if (!isMainThread) return appendFileSync(new URL('./worker-ran', import.meta.url), 'w');
      // the main thread's first checks take a second in all, time for the worker to start and take a group
      if (slow-- > 0) Atomics.wait(pause, 0, 0, 25);
    } },
  { id: 'seen', meta: { description: 'seen', severity: 'info', scope: 'client' }, messages: { m: 'saw {{n}}' },
    check: (ctx) => ctx.report({ messageId: 'm', at: [], data: { n: ctx.resource.name } }) },
  { id: 'boom', meta: { description: 'boom', severity: 'error', scope: 'client' }, messages: { m: 'x' },
    check: (ctx) => { if (ctx.resource.name.startsWith('A')) throw new Error('boom in ' + ctx.resource.name); } },
] };
`;

describe('--threads', () => {
  it('writes the same bytes with 2 worker threads as with none, in every format, plugins and all', async () => {
    mkdirSync(path.join(root, '.git'), { recursive: true });
    writeFileSync(path.join(root, 'acme.mjs'), PLUGIN);
    writeFileSync(path.join(root, '.orglint.yaml'), 'plugins: [./acme.mjs]\n');
    try {
      for (const format of FORMATS) {
        const one = await runCli(['.', '-f', format, '--threads', '1'], { cwd: root });
        const two = await runCli(['.', '-f', format, '--threads', '2'], { cwd: root, env: { EXPECT_WORKER: '1' } });
        expect(one.code, format).toBe(1);
        expect(two.code, format).toBe(1);
        expect(two.stderr, format).toBe(one.stderr);
        expect(untimed(two.stdout), format).toBe(untimed(one.stdout));
        // the worker linted some of the tenants
        expect(existsSync(path.join(root, 'worker-ran')), format).toBe(true);
        rmSync(path.join(root, 'worker-ran'));
      }
      const json = JSON.parse((await runCli(['.', '-f', 'json', '--threads', '2'], { cwd: root })).stdout);
      const ids = new Set(json.findings.map((f: { ruleId: string }) => f.ruleId));
      expect(ids).toContain('acme/seen');
      expect(ids).toContain('acme/boom');
      // --debug names the same skipped files in the same order, and says the workers were used
      const d1 = await runCli(['.', '--debug', '--threads', '1'], { cwd: root });
      const d2 = await runCli(['.', '--debug', '--threads', '2'], { cwd: root });
      expect(d2.stderr).toMatch(/orglint: debug: linting \d+ groups of files on 2 threads \(1 worker\)\n/);
      expect(d2.stderr.replace(/orglint: debug: linting \d+ groups of files on 2 threads \(1 worker\)\n/, '')).toBe(d1.stderr);
    } finally {
      rmSync(path.join(root, '.orglint.yaml'));
      rmSync(path.join(root, 'acme.mjs'));
    }
  });

  it('matches a baseline recorded on one thread when linting on two', async () => {
    const base = path.join(root, '..', `${path.basename(root)}-baseline.json`);
    try {
      expect((await runCli(['.', '--threads', '1', '--baseline', base, '--update-baseline'], { cwd: root })).code).toBe(0);
      const run = await runCli(['.', '--threads', '2', '--baseline', base, '-f', 'json'], { cwd: root });
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.findings).toEqual([]);
      expect(report.baselineHidden).toBeGreaterThan(20);
    } finally {
      rmSync(base, { force: true });
    }
  });

  it('lints a small run on the main thread under auto', async () => {
    const run = await runCli(['tenant.yaml', '--debug'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('worker thread');
    const all = await runCli(['.', '--debug'], { cwd: root });
    expect(all.stderr).not.toContain('worker thread');
  });

  it('fails the run with exit 2 when a worker dies mid-lint, or cannot start', async () => {
    const dying = `import { isMainThread } from 'node:worker_threads';
export default { name: 'dies', rules: [{ id: 'r', meta: { description: 'r', severity: 'error', scope: 'client' }, messages: { m: 'x' },
  check: () => { if (!isMainThread) process.exit(7); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); } }] };
`;
    const repo = tempTree({ 'dies.mjs': dying, '.orglint.yaml': 'plugins: [./dies.mjs]\n', 'a.yaml': 'clients:\n  - name: a\n', 'b.yaml': 'clients:\n  - name: b\n', 'c.yaml': 'clients:\n  - name: c\n', 'd.yaml': 'clients:\n  - name: d\n' });
    mkdirSync(path.join(repo, '.git'));
    const run = await runCli(['.', '-f', 'json', '--threads', '2'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^orglint: a lint worker thread stopped \(exit code 7\) while linting .*\.yaml; its tenant's findings would be lost, so the run stops \(--threads 1 lints on the main thread\)\n$/);
    // the same plugin on the main thread runs
    expect((await runCli(['.', '--threads', '1'], { cwd: repo })).code).toBe(0);

    const refusing = `import { isMainThread } from 'node:worker_threads';
if (!isMainThread) throw new Error('not in a worker');
export default { name: 'main-only', rules: [{ id: 'r', meta: { description: 'r', severity: 'error', scope: 'client' }, messages: { m: 'x' },
  check: () => { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); } }] };
`;
    writeFileSync(path.join(repo, 'dies.mjs'), refusing);
    const refused = await runCli(['.', '--threads', '2'], { cwd: repo });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('not in a worker');
  });

  it("runs in the Action's bundle too: dist-action/lint-worker.js lints the groups it takes from the queue", async () => {
    const entry = path.join(path.dirname(inject('actionPath')), 'lint-worker.js');
    expect(existsSync(entry)).toBe(true);
    const queue = new SharedArrayBuffer(8);
    const settings = { source: { cwd: root, plugins: false }, cliRules: {}, release: true, reportModels: false, quoteContext: false, debug: false };
    const worker = new Worker(entry, { workerData: { ...settings, queue, slot: 0 } });
    try {
      const answer = await new Promise<{ type: string; index?: number; outcome?: { findings: { ruleId: string; doc?: unknown }[] } }>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (m) => {
          if (m.type !== 'ready') return resolve(m);
          const files = [path.join(root, 'tenant.yaml')];
          worker.postMessage({ type: 'groups', files, explicit: new Uint8Array([1]), ranks: new Int32Array([0]), bounds: new Int32Array([0, 1]), order: new Int32Array([0]), folders: { dirs: [], ids: new Float64Array(0) } });
        });
      });
      expect(answer.type).toBe('done');
      expect(answer.index).toBe(0);
      expect(answer.outcome!.findings.length).toBeGreaterThan(0);
      expect(answer.outcome!.findings.every((f) => f.doc === undefined)).toBe(true);
      // it took the one group: the queue's next position is past it
      expect(Atomics.load(new Int32Array(queue), 0)).toBeGreaterThanOrEqual(1);
    } finally {
      await worker.terminate();
    }
  });

  it('takes auto or a whole number from 1 to 64', async () => {
    for (const bad of ['0', 'two', '65', '1.5']) {
      const run = await runCli(['.', '--threads', bad], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`orglint: --threads ${bad}: expected auto or a whole number from 1 to 64\n`);
    }
    expect((await runCli(['.', '--threads', 'auto', '-f', 'compact'], { cwd: root })).code).toBe(1);
  });
});
