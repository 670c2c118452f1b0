// Types for bench/targets.mjs (see bench/report.d.mts for the shapes).
import type { Case, Row, Sample, Target } from './report.mjs';
export const WALL_LIMITS: Record<string, number>;
export const RSS_LIMITS: Record<string, [number, string]>;
export const LIVE_RATIO_LIMIT: number;
export function broken(r: Row): Sample | undefined;
export function evaluateTargets(results: Case[], live?: Record<string, unknown>): Target[];
export function liveRuns(json: unknown): { label: string; part: boolean; fix: boolean; run: Record<string, unknown> }[];
