import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository's root. */
export const ROOT = path.resolve(__dirname, '../..');

/**
 * The project's shared facts: ../shared beside the clone (CI lays a copy there), or the folder ORGLINT_SHARED
 * names. `npm test` never reads it; `npm run test:shared` needs it.
 */
export const SHARED = path.resolve(ROOT, process.env.ORGLINT_SHARED ?? '../shared');

/** The folders `npm run test:shared` reads: each must be there, or the run stops before any test. */
export const SHARED_FOLDERS = ['real-world', 'real-api'] as const;

/** Why the shared tests cannot run, or undefined when every folder they read is there. */
export function missingShared(): string | undefined {
  const missing = SHARED_FOLDERS.filter((f) => !existsSync(path.join(SHARED, f)));
  if (!missing.length) return undefined;
  return (
    `npm run test:shared needs ${missing.map((f) => path.join(SHARED, f)).join(' and ')}, which ${missing.length === 1 ? 'is' : 'are'} missing. ` +
    'These tests check orglint against real deploy-cli exports and real Management API answers kept outside the repository ' +
    '(the project lays them in ../shared beside the clone; set ORGLINT_SHARED=DIR to read them elsewhere). ' +
    '`npm test` needs none of it.'
  );
}
