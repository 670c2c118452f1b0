/**
 * A released finding keeps its baseline key's paths (detach.ts): made at once for a path below its resource that
 * holds no list position, by findingKey / legacyFindingKey otherwise. Either way they must be what those give for
 * the finding still attached, on every kind of source (list items by identity, resources inside lists, files).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingKey, legacyFindingKey } from '../../src/baseline/finding-key';
import { defaultConfig } from '../../src/config/load-config';
import { detachFindings, findingLine } from '../../src/engine/detach';
import { lineText } from '../../src/engine/positions';
import { lintPaths } from '../../src/engine/lint';
import { RULES } from '../../rules/index';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REAL_WORLD = path.resolve(ROOT, '../shared/real-world');

/** the fields of an object that hold a value (a released finding lists an absent optional field as undefined) */
const definedOf = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

describe('detachFindings keeps the baseline keys findingKey gives', () => {
  it('on the examples, every rule fixture, the small bench corpus and the real-world exports', async () => {
    const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'rules'), path.join(ROOT, 'bench/corpus/small'), ...readdirSync(REAL_WORLD).map((d) => path.join(REAL_WORLD, d))];
    let plain = 0;
    let listed = 0;
    let nested = 0;
    let quoted = 0;
    for (const dir of dirs) {
      // (bench/corpus is made by `npm run bench`: absent in a fresh checkout)
      if (!existsSync(dir)) continue;
      const r = await lintPaths({ cwd: dir, paths: ['.'], config: defaultConfig(dir), rules: RULES });
      const attached = r.findings.filter((f) => f.source && f.docPath);
      const want = attached.map((f) => [findingKey(f).path, legacyFindingKey(f).path]);
      const copies = attached.map((f) => ({ ...f }));
      detachFindings(copies);
      expect(copies.map((f) => [f.keyPath, f.legacyKeyPath]), dir).toEqual(want);
      // and every field but the four that tie it to its document is kept, equal (its strings copied)
      copies.forEach((c, i) => {
        const { doc: _d, span: _s, source: _r, docPath: _p, ...rest } = attached[i];
        for (const k of ['doc', 'span', 'source', 'docPath'] as const) expect(c[k], k).toBeUndefined();
        expect(definedOf(c), dir).toEqual({ ...definedOf(rest), keyPath: want[i][0], legacyKeyPath: want[i][1], lines: c.lines, linesFrom: c.linesFrom });
      });
      // the lines the outputs quote, as lineText shows them on the attached document: the finding's line for
      // stylish (around 0), two either side for the HTML report, findings on one line or next to each other alike
      for (const around of [0, 2]) {
        const released = r.findings.map((f) => ({ ...f }));
        detachFindings(released, around);
        released.forEach((c, i) => {
          const f = r.findings[i];
          if (!f.doc) return;
          for (let n = Math.max(1, f.line - around); n <= f.line + around; n++) expect(findingLine(c, n), `${f.file}:${n}`).toBe(lineText(f.doc, n));
          quoted++;
        });
      }
      for (const f of attached) {
        const rel = f.docPath!.slice(f.source!.path.length);
        if (rel.some((s) => typeof s === 'number')) listed++;
        else plain++;
        if (f.source!.path.length > 0) nested++;
      }
    }
    // both ways were taken, and resources inside a file's lists were among them
    expect(plain).toBeGreaterThan(100);
    expect(listed).toBeGreaterThan(10);
    expect(nested).toBeGreaterThan(100);
    expect(quoted).toBeGreaterThan(500);
  });
});
