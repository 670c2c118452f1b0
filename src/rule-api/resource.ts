import type { SourceDocument } from '../sources/document';
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
  /**
   * whether the export says anything about organizations: `organizations: []` is an empty list, while a
   * missing key (or a source with no organizations, such as a PATCH body) means unknown
   */
  hasOrganizations: boolean;
  /** whether the export lists client grants at all (same reasoning) */
  hasClientGrants: boolean;
}
