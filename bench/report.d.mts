// Types for bench/report.mjs and bench/targets.mjs, which test/perf/bench-report.test.ts checks with a made-up run.
export interface Sample {
  wallMs: number;
  cpuMs: number;
  rssKiB: number;
  status: number | null;
}
export interface Row {
  label: string;
  role: 'orglint' | 'single-thread' | 'workers' | 'floor' | 'fastest-floor' | 'baseline' | 'stylish' | 'format' | 'policies';
  wallMs: number;
  cpuMs: number;
  rssMiB: number;
  samples?: Sample[];
}
export interface Case {
  id: string;
  corpus: string;
  format?: string;
  files: number;
  bytes: number;
  clients?: number;
  check?: { planted: number; exact: number; extra: number; findings: number; exitCode: number };
  rows: Row[];
  loadAfter?: number[];
}
export interface Target {
  target: string;
  issue?: string;
  value: number | null;
  limit: number | null;
  met: boolean | null;
  detail: string;
}
export interface Report {
  date: string;
  machine: { cpus: number; cpu: string; memory: string; node: string; os: string; loadAverage: number[]; loadAverageEnd?: number[]; usage: string; threads?: boolean };
  runs: number;
  cases: Case[];
  live?: Record<string, unknown>;
  targets: Target[];
}
export function evaluateTargets(results: Case[], live?: Record<string, unknown>): Target[];
export function renderTable(report: Report): string;
export function machineNotes(report: Report): string[];
export function compareReports(before: Report, after: Report): string;
