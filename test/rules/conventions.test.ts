/**
 * Conventions every rule follows (stylelint / typescript-eslint style): folder = id, a README with the
 * required sections whose examples really lint as they claim, every message used, fix fixtures for every fix
 * kind, and generated docs that are not stale.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/docs/rules-doc';
import { RULES } from '../../rules/index';
import { lint, ROOT } from '../helpers/lint';
import { lintExample, readmeExamples } from '../helpers/readme-examples';

const RULES_DIR = path.join(ROOT, 'rules');
const folders = readdirSync(RULES_DIR).filter((n) => statSync(path.join(RULES_DIR, n)).isDirectory());

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? walk(f) : [f];
  });
}

describe('the rule registry', () => {
  it('lists every folder under rules/, and nothing else', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...folders].sort());
  });
  it('is sorted by id', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });
  it('docs/rules.md is generated from the current metadata (run `npm run docs`)', () => {
    expect(readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).toBe(renderRulesDoc(RULES));
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}: conventions`, () => {
    const dir = path.join(RULES_DIR, rule.id);
    const readmePath = path.join(dir, 'README.md');
    const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';

    it('lives in a folder named after its id, with index.ts and README.md', () => {
      expect(existsSync(path.join(dir, 'index.ts'))).toBe(true);
      expect(readme).not.toBe('');
    });

    it('has a README with title, summary, Why (citing its source), Options, ❌ Invalid, ✅ Valid and Fix', () => {
      const lines = readme.split('\n');
      expect(lines[0]).toBe(`# ${rule.id}`);
      expect(readme).toContain(rule.meta.description);
      for (const h of ['## Why', '## Options', '## ❌ Invalid', '## ✅ Valid', '## Fix']) expect(readme).toContain(h);
      const why = readme.slice(readme.indexOf('## Why'), readme.indexOf('\n## ', readme.indexOf('## Why') + 3));
      expect(why).toContain(rule.meta.source);
      expect(rule.meta.source).toMatch(/^https:\/\//);
    });

    it('a fixable rule says in its Fix section what the fix does to who can log in', () => {
      if (!rule.meta.fixable?.length) return;
      const fix = readme.slice(readme.indexOf('## Fix'));
      expect(fix.slice(0, fix.indexOf('\n## ', 3) === -1 ? undefined : fix.indexOf('\n## ', 3))).toMatch(/^Who can log in: /m);
    });

    it('has a description in the house style (lower-case start, no trailing period)', () => {
      expect(rule.meta.description).toMatch(/^[a-z`{"]/);
      expect(rule.meta.description).not.toMatch(/\.$/);
      for (const m of Object.values(rule.messages)) expect(m).not.toMatch(/\.$/);
    });

    it('has README examples that lint as they claim, and uses every message somewhere', async () => {
      const seen = new Set<string>();
      const examples = readmeExamples(readme);
      expect(examples.filter((e) => e.kind === 'invalid').length).toBeGreaterThan(0);
      expect(examples.filter((e) => e.kind === 'valid').length).toBeGreaterThan(0);
      for (const ex of examples) {
        const result = await lintExample(ex);
        const mine = result.findings.filter((f) => f.ruleId === rule.id);
        mine.forEach((f) => f.messageId && seen.add(f.messageId));
        const parse = result.findings.filter((f) => f.ruleId === 'parse-error');
        expect(parse, `README line ${ex.line}: example does not parse`).toEqual([]);
        if (ex.kind === 'invalid') expect(mine.length, `README line ${ex.line}: ❌ example gives no ${rule.id} finding`).toBeGreaterThan(0);
        else expect(mine.map((f) => f.message), `README line ${ex.line}: ✅ example gives a finding`).toEqual([]);
      }
      const testsDir = path.join(dir, 'tests');
      for (const f of walk(testsDir).filter((f) => /\.(ya?ml|json|har)$/i.test(f) && !/\.(unsafe-)?fixed\./.test(f))) {
        const result = await lint([f], { cwd: testsDir });
        result.findings.filter((x) => x.ruleId === rule.id).forEach((x) => x.messageId && seen.add(x.messageId));
      }
      expect([...seen].sort()).toEqual(Object.keys(rule.messages).sort());
    });

    it('has a fix fixture for every kind of fix it offers', () => {
      const files = walk(path.join(dir, 'tests')).map((f) => path.basename(f));
      for (const kind of rule.meta.fixable) {
        const marker = kind === 'safe' ? /\.fixed\./ : /\.unsafe-fixed\./;
        expect(files.some((f) => marker.test(f)), `no ${kind} fix fixture`).toBe(true);
      }
    });
  });
}
