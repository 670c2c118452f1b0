// Types for bench/corpus.mjs, which tests import to lint the benchmark's tenants.
export interface PlantedFinding {
  file?: string;
  rule: string;
  line: number;
  column: number;
}
export const CORPUS_VERSION: number;
export const CORPUS_DIR: string;
export function tenantYaml(tenant: number, n: number, seed?: number, options?: { placeholders?: boolean }): { text: string; expected: PlantedFinding[] };
export function tenantDirectory(tenant: number, n: number): { files: Record<string, string>; expected: PlantedFinding[] };
export function ensureCorpus(root?: string, force?: boolean, include?: string[]): unknown;
