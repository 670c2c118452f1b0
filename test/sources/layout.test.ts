/**
 * The layout of src/sources/ (see src/sources/README.md) stays as it is: one folder per format, a registry the
 * formats never import, shared pieces that import no format, and no import cycle. Imports are read with
 * TypeScript's own pre-processor, so `import type`, `export ... from` and `import()` all count: a cycle of type
 * imports is still two modules that cannot be understood apart.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const SOURCES = path.join(SRC, 'sources');
/** the modules that may import the formats: the registry and the loader that reads files with it */
const TOP = new Set(['registry.ts', 'load.ts'].map((f) => path.join(SOURCES, f)));

/**
 * Cycles outside src/sources/ that were there before the layout change, each as its files (relative to src/).
 * The list may only shrink: a new cycle fails, and so does a listed one that is gone (remove it here).
 */
const KNOWN_CYCLES: string[][] = [
  ['rule-api/resource.ts', 'rule-api/tenant-model.ts'],
  ['config/load-config.ts', 'engine/settings.ts'],
  ['engine/lint.ts', 'engine/suppressions.ts', 'engine/unmatched.ts', 'formatters/report-context.ts', 'formatters/types.ts'],
];

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Each file under src/ and the files under src/ it imports (relative specifiers; packages and files outside src/ left out). */
function importGraph(): Map<string, string[]> {
  const files = tsFiles(SRC);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = importedFiles.flatMap(({ fileName }) => {
      if (!fileName.startsWith('.')) return [];
      const base = path.resolve(path.dirname(file), fileName);
      const hit = [base.replace(/\.js$/, '.ts'), `${base}.ts`, path.join(base, 'index.ts')].find((c) => known.has(c));
      if (hit) return [hit];
      // a file outside src/ (package.json, rules/) is no part of the graph; one inside it must be found
      if (base.startsWith(SRC + path.sep)) throw new Error(`${rel(file)}: cannot resolve import '${fileName}'`);
      return [];
    });
    graph.set(file, deps);
  }
  return graph;
}

/** The strongly connected components of more than one file (or a file importing itself): the import cycles. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)!.includes(v)) out.push(component.map((f) => path.relative(SRC, f).split(path.sep).join('/')).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** Every file `from` reaches through its imports. */
function reachable(graph: Map<string, string[]>, from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [...(graph.get(from) ?? [])];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...(graph.get(f) ?? []));
  }
  return seen;
}

const inFormat = (f: string) => path.dirname(f) !== SOURCES && f.startsWith(SOURCES + path.sep);

describe('src/sources/ layout', () => {
  const graph = importGraph();

  it('reads every kind of import: type-only, re-exports and dynamic ones', () => {
    const deps = (f: string) => (graph.get(path.join(SOURCES, f)) ?? []).map(rel);
    expect(deps('har/har.ts')).toContain('src/sources/source-kind.ts'); // import type
    expect(deps('yaml/yaml-load.ts')).toContain('src/sources/yaml/yaml-source.ts'); // import()
    expect(graph.get(path.join(SRC, 'rule-api/helpers.ts'))!.map(rel)).toContain('src/sources/plain-object.ts'); // export ... from
  });

  it('has one folder per format beside the shared pieces', () => {
    const folders = readdirSync(SOURCES).filter((e) => statSync(path.join(SOURCES, e)).isDirectory()).sort();
    expect(folders).toEqual(['deploy-cli', 'har', 'json', 'payload', 'terraform', 'yaml']);
  });

  it('has no import cycle through src/sources/', () => {
    expect(cycles(graph).filter((c) => c.some((f) => f.startsWith('sources/')))).toEqual([]);
  });

  it('has no import cycle anywhere in src/ but the known ones, which may only go', () => {
    const key = (c: string[]) => [...c].sort().join(' ↔ ');
    expect(cycles(graph).map(key).sort()).toEqual(KNOWN_CYCLES.map(key).sort());
  });

  it('formats never import the registry or the loader, directly or through other modules', () => {
    const offending = [...graph.keys()].filter(inFormat).flatMap((f) => {
      const hits = [...reachable(graph, f)].filter((d) => TOP.has(d));
      return hits.map((d) => `${rel(f)} → ${rel(d)}`);
    });
    expect(offending).toEqual([]);
  });

  it('shared pieces import no format (only the registry and the loader do)', () => {
    const shared = [...graph.keys()].filter((f) => path.dirname(f) === SOURCES && !TOP.has(f));
    expect(shared.length).toBeGreaterThan(0);
    const offending = shared.flatMap((f) => (graph.get(f) ?? []).filter(inFormat).map((d) => `${rel(f)} → ${rel(d)}`));
    expect(offending).toEqual([]);
  });

  it('only load.ts imports the registry: every file is read through it', () => {
    const registry = path.join(SOURCES, 'registry.ts');
    const importers = [...graph].filter(([f, deps]) => deps.includes(registry) && f !== path.join(SOURCES, 'load.ts')).map(([f]) => rel(f));
    expect(importers).toEqual([]);
  });
});
