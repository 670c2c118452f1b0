import type { SourceDocument } from '../sources/document';
import type { KindState, ResourceKind } from './tenant-model';
import type { Origin, Path, ResourceType } from './types';

/** One client, client grant or organization, wherever it was read from. */
export interface Resource {
  type: ResourceType;
  /** what people call it: the client's name, the organization's name, `client → audience` for grants */
  name: string;
  /** the resource object as parsed (after keyword replacement) */
  value: Record<string, unknown>;
  doc: SourceDocument;
  /** where `value` sits inside `doc.value` */
  path: Path;
  origin: Origin;
  /**
   * true for a PATCH body or planned change: fields it does not carry keep their current value, which is
   * unknown here, so rules must not treat absent as default
   */
  partial: boolean;
  /** extra facts a source knows (a Terraform address, a HAR request's scopes) */
  meta?: Record<string, unknown>;
}

/** Every resource of one tenant: a tenant.yaml, a deploy-cli directory, an API dump, or a live tenant. */
export interface Tenant {
  /** the file or folder that holds the tenant */
  id: string;
  clients: Resource[];
  clientGrants: Resource[];
  organizations: Resource[];
  /** connections of every strategy (deploy-cli `connections` and `databases`) */
  connections: Resource[];
  /** the tenant-wide settings objects: `prompts` and `tenantSettings`, at most one of each */
  settings: Resource[];
  /**
   * what is known, by kind: read in full, or unknown with the reason. A kind not listed is one the sources do
   * not hold. Read it through `resources()` / `kindState()` in tenant-model.ts, never by looking at a list's
   * length: `organizations: []` is "none" only when the kind is known.
   */
  kinds: Partial<Record<ResourceKind, KindState>>;
}

/** A tenant with nothing in it; `parts` fills what is known. */
export function createTenant(id: string, parts: Partial<Omit<Tenant, 'id'>> = {}): Tenant {
  return { id, clients: [], clientGrants: [], organizations: [], connections: [], settings: [], kinds: {}, ...parts };
}
