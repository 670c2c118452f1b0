import { redactSecrets } from '../engine/redact';

export interface DiffOptions {
  context?: number;
  /** shown on a terminal: carriage returns and other control characters are not printed raw */
  terminal?: boolean;
  /** values the document holds as secrets (redact.ts documentSecrets): masked wherever they appear */
  secrets?: readonly string[];
}

/**
 * A unified diff of two texts (Myers' O(ND) algorithm on lines), as `diff -u` prints it and `git apply` takes it:
 * a CRLF file's lines keep their `\r`, a last line without a line break is marked. Fixes change a few lines of
 * large files, so D stays small. Secrets are masked (a hunk whose lines hold one no longer applies: it is shown,
 * never sent anywhere).
 */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, opts: DiffOptions | number = {}): string {
  const { context = 3, terminal = false, secrets } = typeof opts === 'number' ? { context: opts } : opts;
  if (oldText === newText) return '';
  const show = (line: string) => {
    const masked = redactSecrets(line, secrets);
    return terminal ? masked.replace(/\r$/, '').replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd') : masked;
  };
  const aEnds = oldText.endsWith('\n');
  const bEnds = newText.endsWith('\n');
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = diffLines(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === ' ') i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context);
    let end = i;
    // extend while changes are within 2*context lines of each other
    for (let j = i; j < ops.length; j++) {
      if (ops[j].kind !== ' ') end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const slice = ops.slice(start, stop);
    const oldStart = slice.find((o) => o.kind !== '+')?.ai ?? ops[start].ai;
    const newStart = slice.find((o) => o.kind !== '-')?.bi ?? ops[start].bi;
    const oldCount = slice.filter((o) => o.kind !== '+').length;
    const newCount = slice.filter((o) => o.kind !== '-').length;
    hunks.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${newCount ? newStart + 1 : newStart},${newCount} @@`);
    // a diff is shown, never applied: secrets in it are masked
    for (const o of slice) {
      hunks.push(o.kind + show(o.text));
      // the last line of a side without a final line break
      const lastOfA = o.kind !== '+' && o.ai === a.length - 1 && !aEnds;
      const lastOfB = o.kind !== '-' && o.bi === b.length - 1 && !bEnds;
      if (lastOfA || lastOfB) hunks.push('\\ No newline at end of file');
    }
    i = stop;
    start = stop;
  }
  return [`--- ${oldName}`, `+++ ${newName}`, ...hunks].join('\n') + '\n';
}

interface Op {
  kind: ' ' | '-' | '+';
  text: string;
  ai: number;
  bi: number;
}

function splitLines(t: string): string[] {
  const lines = t.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** the most edits Myers' algorithm searches in one gap between anchors; past it the gap is replaced whole */
const MAX_EDIT_DISTANCE = 1000;

/**
 * Line operations turning `a` into `b`. Lines unique to both sides anchor the diff (patience diff), so a
 * thousand fixes spread over a large export cost linear time; Myers' algorithm fills each gap between anchors,
 * bounded so that no input can make it quadratic in memory.
 */
function diffLines(a: string[], b: string[]): Op[] {
  const ops: Op[] = [];
  let a0 = 0;
  let b0 = 0;
  for (const [ai, bi] of [...uniqueAnchors(a, b), [a.length, b.length]]) {
    diffGap(a, a0, ai, b, b0, bi, ops);
    if (ai < a.length) ops.push({ kind: ' ', text: a[ai], ai, bi });
    a0 = ai + 1;
    b0 = bi + 1;
  }
  return ops;
}

/** Pairs [i, j] of lines occurring exactly once in `a` and in `b`, longest increasing run of them (patience). */
function uniqueAnchors(a: string[], b: string[]): [number, number][] {
  const count = new Map<string, { a: number; b: number; ai: number; bi: number }>();
  a.forEach((line, i) => {
    const c = count.get(line) ?? { a: 0, b: 0, ai: i, bi: -1 };
    c.a++;
    count.set(line, c);
  });
  b.forEach((line, j) => {
    const c = count.get(line);
    if (c) {
      c.b++;
      c.bi = j;
    }
  });
  const pairs: [number, number][] = [];
  for (const c of count.values()) if (c.a === 1 && c.b === 1) pairs.push([c.ai, c.bi]);
  pairs.sort((x, y) => x[0] - y[0]);
  // longest increasing subsequence of the b indexes (patience sorting)
  const tails: number[] = [];
  const prev = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, bj], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < bj) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k !== -1; k = prev[k]) out.push(pairs[k]);
  return out.reverse();
}

/** Ops for a[a0, a1) → b[b0, b1): common ends kept, the middle by bounded Myers or replaced whole. */
function diffGap(a: string[], a0: number, a1: number, b: string[], b0: number, b1: number, ops: Op[]): void {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    ops.push({ kind: ' ', text: a[a0], ai: a0, bi: b0 });
    a0++;
    b0++;
  }
  let tail = 0;
  while (a1 - tail > a0 && b1 - tail > b0 && a[a1 - 1 - tail] === b[b1 - 1 - tail]) tail++;
  const middle = myers(a.slice(a0, a1 - tail), b.slice(b0, b1 - tail));
  if (middle) {
    for (const o of middle) ops.push({ ...o, ai: o.ai + a0, bi: o.bi + b0 });
  } else {
    for (let i = a0; i < a1 - tail; i++) ops.push({ kind: '-', text: a[i], ai: i, bi: b0 });
    for (let j = b0; j < b1 - tail; j++) ops.push({ kind: '+', text: b[j], ai: a1 - tail, bi: j });
  }
  for (let k = tail; k > 0; k--) ops.push({ kind: ' ', text: a[a1 - k], ai: a1 - k, bi: b1 - k });
}

/** Myers' O(ND) diff, or null when more than MAX_EDIT_DISTANCE edits are needed. */
function myers(a: string[], b: string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  let found = false;
  outer: for (let d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v.set(k, x);
      if (x >= n && y >= m) {
        found = true;
        break outer;
      }
    }
  }
  if (!found) return null;
  // walk back through the trace
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', text: a[x - 1], ai: x - 1, bi: y - 1 });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', text: b[y - 1], ai: x, bi: y - 1 });
      else ops.push({ kind: '-', text: a[x - 1], ai: x - 1, bi: y });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}
