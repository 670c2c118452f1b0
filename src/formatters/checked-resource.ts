import type { Resource } from '../rule-api/resource';

/** A resource orglint checked, whether or not it has findings. */
export interface CheckedResource {
  type: Resource['type'];
  name: string;
  /** absolute path (or URL) of the file holding it */
  file: string;
  /** JSON Pointer of the resource in its document */
  path: string;
  /** true for a PATCH body or planned change: absent fields are unknown, not defaults */
  partial: boolean;
  /** clients only: the values as written (undefined when absent) */
  organizationUsage?: unknown;
  organizationRequireBehavior?: unknown;
}
