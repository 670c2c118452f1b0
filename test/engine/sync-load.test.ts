/**
 * A directory export's JSON files are loaded without a promise each (load.ts `loadFileNow`, lint.ts `loadAll`):
 * that fast path must refuse what the asynchronous one refused, with the same words, keep the files' order, and
 * still wait for the loaders that are asynchronous (YAML, Terraform), a bounded number at a time.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAll } from '../../src/engine/map-limit';
import { loadFile, loadFileNow, type LoadedFile } from '../../src/sources/load';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';
import { mkfifoSync } from '../sources/terraform/fifo';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** a directory export whose clients/ folder holds every kind of file the loader must refuse, beside good ones */
function hostileExport(): string {
  const dir = tempTree({
    'tenant/clients/good.json': JSON.stringify({ name: 'Good', client_id: 'abcdefghijklmnop', app_type: 'regular_web', organization_usage: 'sometimes' }, null, 2),
    'tenant/clients/big.json': JSON.stringify({ name: 'Big', description: 'x'.repeat(3000) }),
    'tenant/clients/empty.json': '',
    'tenant/clients/broken.json': '{"name": "Broken",}',
    'tenant/clients/dup.json': '{"name": "Dup", "name": "Again"}',
    'tenant/clients/binary.json': '{"name": "\u0000"}',
    'tenant/clients/list.json': '[1, 2]',
    '.orglint.yaml': 'maxFileSize: 2048\n',
  });
  dirs.push(dir);
  mkfifoSync(path.join(dir, 'tenant/clients/pipe.json'));
  return dir;
}

/** The CLI's JSON findings by file name in clients/, as `rule: message`. */
async function findingsOf(cwd: string, args: string[]): Promise<(name: string) => string[]> {
  const run = await runCli([...args, '-f', 'json'], { cwd, timeoutMs: 60_000 });
  expect(run.stderr).toBe('');
  const findings = (JSON.parse(run.stdout) as { findings: { file: string; ruleId: string; message: string }[] }).findings;
  return (name) => findings.filter((f) => f.file.endsWith(`clients/${name}`)).map((f) => `${f.ruleId}: ${f.message}`);
}

describe('the synchronous load of a directory export', () => {
  it('answers without a promise for JSON, with one for YAML, and both give what loadFile gives', async () => {
    const dir = tempTree({ 'tenant/clients/a.json': '{"name": "A"}', 'tenant.yaml': 'clients:\n  - name: A\n' });
    dirs.push(dir);
    const json = path.join(dir, 'tenant/clients/a.json');
    const yaml = path.join(dir, 'tenant.yaml');
    const now = loadFileNow(json, { explicit: false });
    expect(now).not.toBeInstanceOf(Promise);
    expect((now as LoadedFile).status).toBe('loaded');
    const later = loadFileNow(yaml, { explicit: true });
    expect(later).toBeInstanceOf(Promise);
    expect((await later).status).toBe('loaded');
    for (const [f, explicit] of [[json, false], [yaml, true]] as const) {
      const a = await loadFile(f, { explicit });
      const b = await loadFileNow(f, { explicit });
      expect({ ...b, doc: undefined, contribution: undefined }).toEqual({ ...a, doc: undefined, contribution: undefined });
    }
  });

  it('refuses a FIFO, a file over the limit, a binary, an empty, a broken file, with the same messages', async () => {
    const dir = hostileExport();
    // (a walk leaves a FIFO out: named, it is opened and refused)
    const byFile = await findingsOf(dir, ['tenant', 'tenant/clients/pipe.json']);
    // (what the asynchronous loader said, file by file, before the fast path)
    expect(byFile('pipe.json')).toEqual(['read-error: cannot read file: not a regular file (a FIFO, socket or device)']);
    expect(byFile('big.json')).toEqual(['file-too-large: file is 3 KiB, over the 2 KiB limit (raise maxFileSize in the config to read it)']);
    expect(byFile('empty.json')).toEqual(['parse-error: the file is empty: expected a JSON object']);
    expect(byFile('broken.json')).toEqual(['parse-error: invalid JSON: expected a property name in double quotes', 'parse-error: invalid JSON: expected a value']);
    expect(byFile('dup.json')).toEqual(['parse-error: duplicate key: "name" appears more than once in this object']);
    expect(byFile('binary.json')).toEqual(['parse-error: binary file: not YAML or JSON text']);
    // a list is no client: left out, as before
    expect(byFile('list.json')).toEqual([]);
    // the good file is still linted
    expect(byFile('good.json').some((f) => f.startsWith('organization-usage-enum: '))).toBe(true);
  });

  it('reports a keyword substitution that would grow a file too far', async () => {
    const dir = tempTree({
      'tenant/clients/keyword.json': JSON.stringify({ name: '##BIG##', description: Array(8).fill('##BIG##').join(' ') }),
      'tenant/clients/good.json': '{"name": "Good", "organization_usage": "sometimes"}',
    });
    dirs.push(dir);
    writeFileSync(path.join(dir, 'keywords.json'), JSON.stringify({ BIG: 'k'.repeat(8 * 1024 * 1024) }));
    const byFile = await findingsOf(dir, ['tenant', '--keywords', 'keywords.json']);
    expect(byFile('keyword.json')).toEqual([
      'file-too-large: keyword substitution would make this file 72 MiB, adding 72 MiB: over the 64 MiB it may add (a large keyword value used many times)',
    ]);
    expect(byFile('good.json').some((f) => f.startsWith('organization-usage-enum: '))).toBe(true);
  });
});

describe('loadAll', () => {
  it('keeps the order of mixed synchronous and asynchronous loads, with at most 16 of the latter in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const load = (i: number): LoadedFile | Promise<LoadedFile> => {
      const done: LoadedFile = { status: 'skipped', file: `f${i}`, reason: 'test' };
      if (i % 3 === 0) return done;
      inFlight++;
      most = Math.max(most, inFlight);
      return new Promise((resolve) =>
        setTimeout(
          () => {
            inFlight--;
            resolve(done);
          },
          (i * 7) % 5,
        ),
      );
    };
    const items = Array.from({ length: 100 }, (_, i) => i);
    const out = await loadAll(items, load);
    expect(out.map((l) => l.file)).toEqual(items.map((i) => `f${i}`));
    expect(most).toBe(16);
    expect(inFlight).toBe(0);
  });

  it('passes on a loader that fails', async () => {
    const items = [0, 1, 2];
    await expect(loadAll(items, (i) => (i === 1 ? Promise.reject(new Error('boom')) : { status: 'skipped', file: `f${i}`, reason: 'x' }))).rejects.toThrow('boom');
    await expect(
      loadAll(items, (i) => {
        if (i === 2) throw new Error('sync boom');
        return { status: 'skipped', file: `f${i}`, reason: 'x' };
      }),
    ).rejects.toThrow('sync boom');
  });
});
