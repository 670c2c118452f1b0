/**
 * One driver for every rule's fixtures (markdownlint style): adding a case is adding a file.
 *
 * - YAML fixtures mark expected findings with a comment on the offending line: `# expect: rule-id` or
 *   `# expect: rule-id@column` (several separated by commas).
 * - Other fixtures (JSON, HAR) have a sibling `<file>.expected` in compact form
 *   (`file:line:col: severity: message [rule-id]`, paths relative to the tests folder); no such file means no
 *   findings of the rule.
 * - `<name>.fixed.<ext>` / `<name>.unsafe-fixed.<ext>` beside `<name>.<ext>` is the expected text after
 *   `--fix` / `--fix-unsafe`, byte for byte.
 *
 * Only the rule of the folder (and rules named in `expect` comments) is compared, so a new rule does not break
 * other rules' fixtures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFix } from '../../src/engine/finding';
import { RULES } from '../../rules/index';
import { compactLines, fix, lint, ROOT } from '../helpers/lint';

const FIXTURE = /\.(ya?ml|json|har)$/i;
const FIXED = /\.(unsafe-)?fixed\.[^.]+$/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? walk(f) : [f];
  });
}

/** expected `line[:col] rule` strings of a YAML fixture, from its comments */
function yamlExpectations(text: string): { ids: Set<string>; lines: string[] } {
  const ids = new Set<string>();
  const lines: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /#\s*expect:\s*(.+)$/.exec(line);
    if (!m) return;
    for (const part of m[1].split(',')) {
      const [id, col] = part.trim().split('@');
      ids.add(id);
      lines.push(col ? `${i + 1}:${col} ${id}` : `${i + 1} ${id}`);
    }
  });
  return { ids, lines };
}

for (const rule of RULES) {
  const testsDir = path.join(ROOT, 'rules', rule.id, 'tests');
  const files = walk(testsDir).filter((f) => FIXTURE.test(f) && !FIXED.test(f)).sort();
  describe(`rule ${rule.id}: fixtures`, () => {
    it('has fixtures', () => {
      expect(files.length).toBeGreaterThan(0);
    });
    for (const file of files) {
      const rel = path.relative(testsDir, file);
      it(`${rel}: findings match the expectations`, async () => {
        const text = readFileSync(file, 'utf8');
        const result = await lint([file], { cwd: testsDir });
        if (/\.ya?ml$/i.test(file)) {
          const { ids, lines } = yamlExpectations(text);
          ids.add(rule.id);
          const got = result.findings
            .filter((f) => ids.has(f.ruleId))
            .map((f) => {
              const withCol = lines.includes(`${f.line}:${f.column} ${f.ruleId}`);
              return withCol ? `${f.line}:${f.column} ${f.ruleId}` : `${f.line} ${f.ruleId}`;
            });
          expect(got.sort()).toEqual([...lines].sort());
        } else {
          const expectedFile = `${file}.expected`;
          const want = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean) : [];
          const ids = new Set([rule.id, ...want.map((l) => /\[([\w-]+)\]$/.exec(l)?.[1]).filter(Boolean) as string[]]);
          const got = compactLines({ ...result, findings: result.findings.filter((f) => ids.has(f.ruleId)) }, testsDir);
          expect(got).toEqual(want);
        }
      });
      for (const mode of ['safe', 'unsafe'] as const) {
        const ext = path.extname(file);
        const expectedFixed = file.slice(0, -ext.length) + (mode === 'safe' ? '.fixed' : '.unsafe-fixed') + ext;
        if (!existsSync(expectedFixed)) continue;
        it(`${rel}: --fix${mode === 'unsafe' ? '-unsafe' : ''} gives ${path.basename(expectedFixed)} and leaves nothing fixable`, async () => {
          const outcome = await fix([file], mode, { cwd: testsDir });
          const after = outcome.changed.get(file)?.after ?? readFileSync(file, 'utf8');
          expect(after).toBe(readFileSync(expectedFixed, 'utf8'));
          const left = outcome.result.findings.filter((f) => f.ruleId === rule.id && chooseFix(f, mode));
          expect(left.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        });
      }
    }
  });
}
