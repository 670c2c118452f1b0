/** One replacement made on the original text: `orig` was replaced by text now at `next`. */
export interface Replacement {
  origStart: number;
  origEnd: number;
  nextStart: number;
  nextEnd: number;
}

/**
 * Maps offsets in a rewritten text back to the original text. Replacements are sorted and disjoint; an offset
 * inside a replacement maps to the whole replaced span.
 */
export class OffsetMap {
  constructor(readonly replacements: readonly Replacement[] = []) {}

  /** true when nothing was replaced, so both texts are the same */
  get identity(): boolean {
    return this.replacements.length === 0;
  }

  /** the original offset for a rewritten offset; `side` picks the edge when it falls inside a replacement */
  toOriginal(offset: number, side: 'start' | 'end' = 'start'): number {
    const r = this.find(offset);
    if (!r) return offset;
    if (offset >= r.nextEnd) return offset - r.nextEnd + r.origEnd;
    if (offset === r.nextStart) return r.origStart;
    return side === 'start' ? r.origStart : r.origEnd;
  }

  /** whether the rewritten range [start, end) touches replaced text */
  overlaps(start: number, end: number): boolean {
    return this.replacements.some((r) => start < r.nextEnd && end > r.nextStart);
  }

  /** the last replacement starting at or before `offset` */
  private find(offset: number): Replacement | undefined {
    const list = this.replacements;
    let lo = 0;
    let hi = list.length - 1;
    let found: Replacement | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].nextStart <= offset) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/** Apply sorted, disjoint replacements to `text`, recording where each landed. */
export function rewrite(
  text: string,
  edits: readonly { start: number; end: number; text: string }[],
): { text: string; map: OffsetMap } {
  if (edits.length === 0) return { text, map: new OffsetMap() };
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let last = 0;
  let length = 0;
  for (const e of edits) {
    parts.push(text.slice(last, e.start));
    length += e.start - last;
    replacements.push({ origStart: e.start, origEnd: e.end, nextStart: length, nextEnd: length + e.text.length });
    parts.push(e.text);
    length += e.text.length;
    last = e.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), map: new OffsetMap(replacements) };
}
