import { esc, shorten } from './escape';

/**
 * The texts the HTML report's findings repeat, each escaped once per report: a file's and a rule's names, the few
 * messages and paths of a directory export's thousands of findings, and its source lines (every tenant's export
 * holds the same lines). Each function gives what its plain form gives; only texts up to MAX_TEXT characters are
 * kept, at most MAX_ENTRIES of each kind at a time.
 */
export interface RowMemo {
  /** esc(t) */
  esc(t: string): string;
  /** esc(t.toLowerCase()): a part of a row's search text */
  search(t: string): string;
  /** esc(shorten(t, 200)): a quoted line other than the finding's own */
  line(t: string): string;
}

export function rowMemo(): RowMemo {
  return { esc: memo(esc), search: memo((t) => esc(t.toLowerCase())), line: memo((t) => esc(shorten(t, 200))) };
}

const MAX_TEXT = 400;
const MAX_ENTRIES = 10_000;

function memo(make: (t: string) => string): (t: string) => string {
  const known = new Map<string, string>();
  return (t) => {
    if (t.length > MAX_TEXT) return make(t);
    let made = known.get(t);
    if (made === undefined) {
      if (known.size >= MAX_ENTRIES) known.clear();
      known.set(t, (made = make(t)));
    }
    return made;
  };
}

/**
 * A row's search text, `esc([message, resource, file, rule, path].join(' ').toLowerCase())`, from parts: escaping
 * maps each character on its own, and lower-casing too except a Greek capital sigma, whose form looks at the
 * letters around it across case-ignorable characters, and a space is neither a letter nor case-ignorable: a part
 * lower-cased alone comes out as it does between spaces. The resource (a client's name: nearly one per finding)
 * is not kept.
 */
export function searchText(m: RowMemo, message: string, resource: string, file: string, rule: string, path: string): string {
  return `${m.search(message)} ${esc(resource.toLowerCase())} ${m.search(file)} ${m.search(rule)} ${m.search(path)}`;
}
