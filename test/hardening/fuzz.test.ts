/**
 * Property-based fuzzing, bounded for CI (`npm run fuzz:long` runs the same properties for much longer).
 * FUZZ_SEED=N replays a run; a failure prints the seed and the shrunk input.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyInputArb, mutatedArb, seedArb, sharedYamlArb, validFileArb } from './generators';
import { checkFix, checkLint, checkValidFile, Workspace } from './properties';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const ws = new Workspace();
afterAll(() => ws.dispose());

describe('fuzzing orglint (bounded)', () => {
  it('mutated, random and real inputs never crash or hang, and a broken file always ends in a finding', async () => {
    await fc.assert(
      fc.asyncProperty(anyInputArb, fc.boolean(), (file, walk) => checkLint(ws, file, walk).then(() => undefined)),
      { numRuns: 400, seed },
    );
  }, 60_000);

  it('every real seed file, mutated, is read through the folder walk too', async () => {
    await fc.assert(fc.asyncProperty(mutatedArb(seedArb()), (file) => checkLint(ws, file, true).then(() => undefined)), { numRuns: 100, seed });
  }, 60_000);

  it('valid generated exports in every style parse without a file-level finding', async () => {
    await fc.assert(fc.asyncProperty(validFileArb, (file) => checkValidFile(ws, file)), { numRuns: 150, seed });
  }, 60_000);

  it('--fix and --fix-unsafe keep files parseable, change only the fixed spans, and fixing twice equals fixing once', async () => {
    let fixed = 0;
    await fc.assert(
      fc.asyncProperty(validFileArb, fc.constantFrom('safe' as const, 'unsafe' as const), async (file, mode) => {
        fixed += (await checkFix(ws, file, mode)).fixed;
      }),
      { numRuns: 150, seed },
    );
    // the generators must produce fixable input, or this property proves nothing
    expect(fixed).toBeGreaterThan(50);
  }, 60_000);

  it('anchors shared by several clients, merge keys, block scalars and explicit keys: every write is proven', async () => {
    let fixed = 0;
    await fc.assert(
      fc.asyncProperty(sharedYamlArb, fc.constantFrom('safe' as const, 'unsafe' as const), async (file, mode) => {
        fixed += (await checkFix(ws, file, mode)).fixed;
      }),
      { numRuns: 150, seed },
    );
    expect(fixed).toBeGreaterThan(50);
  }, 90_000);
});
