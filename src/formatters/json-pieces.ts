/**
 * `JSON.stringify(value, null, 2)` written in pieces, for the reports whose long lists (findings, SARIF results)
 * are made and written a batch at a time instead of held whole. Each piece is JSON.stringify's own text: a
 * value's members or items at their depth are cut out of the value wrapped in as many lists as it is deep.
 */

/** A list whose items are made from `items`, in order, a batch at a time as it is written. */
export class LazyList<T> {
  constructor(
    readonly items: readonly T[],
    readonly make: (item: T) => unknown,
    readonly batch = 64,
  ) {}
}

/** An object or list written member by member, because one of its values is (or holds) a LazyList. */
export class Open {
  constructor(readonly value: Record<string, unknown> | unknown[]) {}
}

/** The text of `value` (LazyLists made, Open values as the objects and lists they wrap), in pieces. */
export function* jsonPieces(value: unknown): Generator<string> {
  yield* at(value, 0);
  yield '\n';
}

function* at(value: unknown, level: number): Generator<string> {
  if (value instanceof LazyList) {
    const { items, make, batch } = value;
    if (items.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < items.length; i += batch) {
      if (i > 0) yield ',\n';
      yield inner(items.slice(i, i + batch).map(make), level + 1);
    }
    yield `\n${indent(level)}]`;
    return;
  }
  if (!(value instanceof Open)) {
    // (only the top value can be neither)
    yield JSON.stringify(value, null, 2);
    return;
  }
  const list = Array.isArray(value.value);
  const entries: [string | undefined, unknown][] = list ? (value.value as unknown[]).map((v) => [undefined, v]) : Object.entries(value.value);
  let first = true;
  for (const [key, v] of entries) {
    // what JSON.stringify leaves out of an object (a list writes null for it)
    const skipped = v === undefined || typeof v === 'function' || typeof v === 'symbol';
    if (skipped && key !== undefined) continue;
    yield first ? (list ? '[\n' : '{\n') : ',\n';
    first = false;
    if (v instanceof LazyList || v instanceof Open) {
      yield key === undefined ? indent(level + 1) : `${indent(level + 1)}${JSON.stringify(key)}: `;
      yield* at(v, level + 1);
    } else yield inner(key === undefined ? [skipped ? null : v] : { [key]: v }, level + 1);
  }
  yield first ? (list ? '[]' : '{}') : `\n${indent(level)}${list ? ']' : '}'}`;
}

/**
 * The members or items of a non-empty object or list as JSON.stringify writes them when they are at `level` (their
 * indent included, `,\n` between): the container wrapped in level - 1 lists, with the wrappers' text cut off.
 */
export function inner(container: Record<string, unknown> | unknown[], level: number): string {
  let wrapped: unknown = container;
  for (let i = 1; i < level; i++) wrapped = [wrapped];
  const n = level - 1;
  // before: each wrapper's `[\n` and the next one's indent, then the container's own `{\n`; after: the container's
  // `\n` + indent + `}`, then each wrapper's `\n` + indent + `]`
  const before = n * n + 3 * n + 2;
  const after = n * n + n + 2 + 2 * n;
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(before, text.length - after);
}

function indent(level: number): string {
  return '  '.repeat(level);
}
