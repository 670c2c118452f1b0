import type { RelatedLocation } from '../../engine/finding';
import { spanToPosition as positionOf } from '../../engine/positions';
import { ruleStats } from '../../engine/run-rules';
import type { Resource } from '../../rule-api/resource';
import type { Path } from '../../rule-api/types';
import type { SourceDocument } from '../document';

/**
 * A finding's verdict may rest on values of its resource other than the one it is shown at: "has no effect while
 * organization_usage is "deny"" is shown at main.tf's organization_require_behavior, but the "deny" may be
 * override.tf's, or `var.usage`'s from terraform.tfvars. Each top-level value of such a resource is read through an
 * accessor that notes the rule check reading it (`ruleStats.contexts` counts one per check, tenant-wide checks
 * included), so a finding made during that check lists, as `related`, the place of every value it read that is set
 * in another file than the one it is shown in: whatever the rule, whichever values it reads. Only resources with a
 * value set in another file get accessors; the value the finding is shown at has its own entries already (the
 * variable's "set at", the overridden declaration).
 */

/** Where the value `key` of a resource is set, when that may be another file than the one showing a finding. */
export type OriginOf = (key: string) => { file: string; place: () => Omit<RelatedLocation, 'message'> | undefined; what: string } | undefined;

interface Log {
  check: number;
  keys: Set<string>;
  originOf: OriginOf;
}

const logs = new WeakMap<Resource, Log>();

/** Read the top-level values of `resource` through accessors that note each rule check's reads. */
export function trackReads(resource: Resource, originOf: OriginOf): void {
  if (logs.has(resource)) return;
  const log: Log = { check: -1, keys: new Set(), originOf };
  logs.set(resource, log);
  const value = resource.value;
  for (const k of Object.keys(value)) {
    let v = value[k];
    Object.defineProperty(value, k, {
      get() {
        if (log.check !== ruleStats.contexts) {
          log.check = ruleStats.contexts;
          log.keys.clear();
        }
        log.keys.add(k);
        return v;
      },
      set(x: unknown) {
        v = x;
      },
      enumerable: true,
      configurable: true,
    });
  }
  resource.doc.readElsewhere ??= readElsewhere;
}

/** The places of the values of `resource` the current rule check read that are set in another file than `shown`. */
function readElsewhere(resource: Resource, docPath: Path, shown: string): RelatedLocation[] | undefined {
  const log = logs.get(resource);
  if (!log || log.check !== ruleStats.contexts) return undefined;
  const own = docPath[resource.path.length];
  const out: RelatedLocation[] = [];
  for (const k of log.keys) {
    if (k === own) continue;
    const origin = log.originOf(k);
    if (!origin || origin.file === shown) continue;
    const place = origin.place();
    if (place) out.push({ ...place, message: `${k}, which this finding depends on, ${origin.what}` });
  }
  return out.length ? out : undefined;
}

/** The origin of a value a document holds: the variable that set it, else its own place in the document. */
export function originIn(doc: SourceDocument, at: Path): ReturnType<OriginOf> {
  const v = doc.valueOrigin?.(at);
  if (v) return { file: v.file, place: () => ({ file: v.file, ...v.position }), what: `is ${v.name}, set here` };
  return {
    file: doc.file,
    place: () => {
      const span = doc.locate(at, 'value');
      return span ? { file: doc.file, ...positionOf(doc, span) } : undefined;
    },
    what: 'is set here',
  };
}
