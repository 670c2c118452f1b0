import type { TenantModel } from '../login-model/types';

/** the most applications a report models and shows; `orglint flows` has them all */
export const REPORT_APPLICATIONS = 1000;

/**
 * One tenant's part of the report, made while its documents are alive (lint.ts): its id, how many clients it
 * has, and (for the HTML and Markdown reports) the login model of its first applications (report-context.ts).
 */
export interface TenantReport {
  id: string;
  clients: number;
  model?: TenantModel;
}
