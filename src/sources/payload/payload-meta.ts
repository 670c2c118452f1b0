import type { Resource } from '../../rule-api/resource';
import type { Path } from '../../rule-api/types';
import type { ClientRequest } from './client-request';

/** Why a request body could not be checked field by field. */
export interface BodyProblem {
  kind: 'invalidJson' | 'notObject' | 'missing';
  /** the parser's complaint, for `invalidJson` */
  detail?: string;
  /** the JSON type found, for `notObject` */
  found?: string;
  /** where to point, relative to `PayloadMeta.request` when there is one, else to the body resource */
  at: Path;
}

/**
 * What a payload source (a PATCH body file or a HAR request) knows beyond the body, kept on
 * `resource.meta.payload`. Payload rules read it; other rules see only the body.
 */
export interface PayloadMeta {
  /** PATCH for a body file; the request's method (upper-case) for HAR */
  method: string;
  /** `update` (PATCH a client) or `create` (POST a new one) */
  kind: 'update' | 'create';
  /** the HTTP request (HAR only): a resource whose value is the request object, for findings about its URL or headers */
  request?: Resource;
  /** what the request URL says (HAR only) */
  call?: ClientRequest;
  /** scopes of the request's bearer JWT; undefined when unknown (no token, or not a JWT) */
  scopes?: readonly string[];
  /** index of the Authorization header in `request.value.headers`, when there is one */
  authorizationHeader?: number;
  bodyProblem?: BodyProblem;
}

/** Does this resource come from a payload (a PATCH body file or a HAR request) rather than an export? */
export function isPayload(resource: Resource): boolean {
  return resource.origin === 'patch' || resource.origin === 'har';
}

/** The payload facts of a resource, or undefined for resources read from exports and plans. */
export function payloadMeta(resource: Resource): PayloadMeta | undefined {
  if (!isPayload(resource)) return undefined;
  return resource.meta?.payload as PayloadMeta | undefined;
}
