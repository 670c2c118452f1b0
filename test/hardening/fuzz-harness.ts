/**
 * The long fuzz run's worker: runs the hardening properties (the same ones fuzz.test.ts runs briefly) in
 * batches until its time is up, prints a heartbeat line per batch and a JSON summary at the end. Started and
 * watched by scripts/fuzz-long.mjs, which kills it and keeps the input when a heartbeat is late (a hang).
 *
 *   node harness.mjs --seconds 300 --seed 42 --workspace DIR --out DIR
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { anyInputArb, mutatedArb, seedArb, sharedYamlArb, validFileArb, type FuzzFile } from './generators';
import { checkFix, checkLint, checkValidFile, Workspace } from './properties';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    workspace: { type: 'string' },
    out: { type: 'string', default: 'test-output/fuzz-long' },
    batch: { type: 'string', default: '100' },
  },
});

const ws = new Workspace(values.workspace);
let lastBeat = 0;
ws.onPut = () => {
  if (Date.now() - lastBeat < 2000) return;
  lastBeat = Date.now();
  process.stdout.write('beat\n');
};
const deadline = Date.now() + Number(values.seconds) * 1000;
const batch = Number(values.batch);
let seed = Number(values.seed);

/** name → a property over one generated value */
const PROPERTIES: Record<string, () => fc.IAsyncProperty<[FuzzFile, ...unknown[]]>> = {
  lint: () => fc.asyncProperty(anyInputArb, (file) => checkLint(ws, file).then(() => undefined)),
  walk: () => fc.asyncProperty(mutatedArb(seedArb()), (file) => checkLint(ws, file, true).then(() => undefined)),
  valid: () => fc.asyncProperty(validFileArb, (file) => checkValidFile(ws, file)),
  fix: () => fc.asyncProperty(validFileArb, fc.constantFrom('safe' as const, 'unsafe' as const), (file, mode) => checkFix(ws, file, mode).then(() => undefined)),
  shared: () => fc.asyncProperty(sharedYamlArb, fc.constantFrom('safe' as const, 'unsafe' as const), (file, mode) => checkFix(ws, file, mode).then(() => undefined)),
};
/** how often each property runs per round: linting hostile input is the main point */
const WEIGHTS: Record<string, number> = { lint: 4, walk: 1, valid: 1, fix: 2, shared: 2 };

const counts: Record<string, number> = Object.fromEntries(Object.keys(PROPERTIES).map((k) => [k, 0]));
const failures: { property: string; seed: number; message: string; file: string }[] = [];

while (Date.now() < deadline && failures.length < 20) {
  for (const [name, make] of Object.entries(PROPERTIES)) {
    for (let w = 0; w < WEIGHTS[name] && Date.now() < deadline; w++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const details = await fc.check(make(), { numRuns: batch, seed, endOnFailure: false });
      counts[name] += details.numRuns;
      if (details.failed) {
        const [file] = details.counterexample as [FuzzFile];
        const message = String((details.errorInstance as Error)?.message ?? "property failed").split('\n')[0];
        const saved = path.resolve(values.out, `failure-${name}-${seed}.json`);
        writeFileSync(saved, JSON.stringify({ property: name, seed, message: String((details.errorInstance as Error)?.message), name: file.name, base64: Buffer.from(file.bytes).toString('base64'), rest: details.counterexample!.slice(1) }, null, 1));
        failures.push({ property: name, seed, message, file: saved });
        process.stdout.write(`FAIL ${name} seed=${seed}: ${message} (${saved})\n`);
      }
      process.stdout.write(`tick ${JSON.stringify(counts)}\n`);
    }
  }
}
ws.dispose();
process.stdout.write(`summary ${JSON.stringify({ counts, failures })}\n`);
