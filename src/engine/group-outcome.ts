import type { CheckedResource } from '../formatters/checked-resource';
import type { TenantReport } from '../formatters/tenant-report';
import type { Tenant } from '../rule-api/resource';
import type { SkippedRule } from '../rule-api/tenant-model';
import type { SourceDocument } from '../sources/document';
import type { SkipCode } from '../sources/load';
import type { Finding } from './finding';

/** What one group of targets (tenant-groups.ts) gave; plain data once its documents are released. */
export interface GroupOutcome {
  findings: Finding[];
  suppressed: Finding[];
  /** the group's tenants, each with its rank (the index of its first linted file among all targets) */
  tenants: { rank: number; report: TenantReport; resources: CheckedResource[] }[];
  clients: number;
  skipped: SkippedRule[];
  /** what became of each target: loaded, failed or skipped (and why) */
  outcomes: LoadOutcome[];
  secrets: string[];
  /** kept unless released */
  docs?: Map<string, SourceDocument>;
  tenantsRead?: Tenant[];
}

export type LoadOutcome = { file: string; status: 'loaded' | 'failed' } | { file: string; status: 'skipped'; reason: string; code?: SkipCode };
