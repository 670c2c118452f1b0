import type { LoadedFile } from '../sources/load';

/**
 * Load files in order, keeping order: a file whose loaders are synchronous (a directory export's JSON) is loaded
 * on the spot, without a promise; at most LOADS_AT_ONCE asynchronous ones (YAML, Terraform) are in flight, as
 * `mapLimit` would keep them.
 */
export async function loadAll<T>(items: readonly T[], load: (item: T) => LoadedFile | Promise<LoadedFile>): Promise<LoadedFile[]> {
  const out = new Array<LoadedFile>(items.length);
  let inFlight: Set<Promise<void>> | undefined;
  for (let i = 0; i < items.length; i++) {
    while (inFlight && inFlight.size >= LOADS_AT_ONCE) await Promise.race(inFlight);
    const got = load(items[i]);
    if (!(got instanceof Promise)) {
      out[i] = got;
      continue;
    }
    const done: Promise<void> = got.then((l) => {
      out[i] = l;
      inFlight!.delete(done);
    });
    (inFlight ??= new Set()).add(done);
  }
  if (inFlight?.size) await Promise.all(inFlight);
  return out;
}

/** asynchronous loads in flight at once */
const LOADS_AT_ONCE = 16;

/** Map with at most `limit` promises in flight, keeping order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
