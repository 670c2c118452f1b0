/**
 * The JSON and SARIF reports in pieces (json.parts, sarif.parts: what the CLI writes to stdout chunk by chunk) are,
 * joined, exactly the reports `json` and `sarif` make whole: on generated inputs with no findings, one, a batch's
 * worth and more, suppressed findings, fixes, related places, escapes, the optional entries, and more SARIF results
 * than code scanning keeps.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding';
import { json } from '../../src/formatters/json';
import { SARIF_MAX_RESULTS, sarif } from '../../src/formatters/sarif';
import { RULES } from '../../rules/index';
import type { FormatInput } from '../../src/formatters/types';

function finding(i: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: i % 2 ? 'organization-usage-enum' : 'require-no-prompt',
    severity: (['error', 'warning', 'info'] as const)[i % 3],
    message: `message ${i} "quoted" \\ ✖ \u2028 ${'é'.repeat(i % 4)}`,
    file: `/work/tenant-${i % 5}/clients/App ${i}.json`,
    line: i + 1,
    column: (i % 9) + 1,
    endLine: i + 1,
    endColumn: (i % 9) + 5,
    path: `/clients/${i}/organization_usage`,
    resource: i % 4 ? { type: 'client', name: `App ${i}` } : null,
    fix: i % 3 ? { safety: 'safe', description: `set it ${i}`, apply: () => [] } as unknown as Finding['fix'] : null,
    ...(i % 5 === 0 ? { related: [{ file: `/work/vars-${i}.tf`, line: 2, column: 3, endLine: 2, endColumn: 9, message: 'defined here' }] } : {}),
    ...extra,
  };
}

function input(n: number, suppressed: number, notes: FormatInput['notes'] = {}): FormatInput {
  const findings = Array.from({ length: n }, (_, i) => finding(i));
  return {
    findings,
    summary: { errors: n, warnings: 0, infos: 0, fixable: 0, files: 3, clients: n } as FormatInput['summary'],
    suppressed: Array.from({ length: suppressed }, (_, i) => finding(i + 1000, { suppression: i % 2 ? { kind: 'baseline', reason: 'baseline.json' } : { kind: 'inline', reason: null } })),
    rules: [],
    cwd: '/work',
    color: false,
    toolVersion: '9.9.9',
    notes,
  };
}

describe('json.parts', () => {
  it('joined, is the whole report, on empty, small, batch-sized and large inputs', () => {
    const cases: FormatInput[] = [
      input(0, 0),
      input(1, 0),
      input(0, 3),
      input(63, 64),
      input(64, 65),
      input(65, 1),
      input(1000, 130, { baselineHidden: 4, tenants: [{ tenant: 'https://a.example', audited: false, clients: 0, errors: 0, warnings: 0, infos: 0, reason: 'no token' }] }),
    ];
    for (const c of cases) {
      const parts = [...json.parts!(c)];
      expect(parts.join('')).toBe(json(c));
      if (c.findings.length > 64) expect(parts.length).toBeGreaterThan(3);
    }
  });
});

describe('sarif.parts', () => {
  it('joined, is the whole log, with suppressions, related places, the baseline note and results left out', () => {
    const withRules = (c: FormatInput): FormatInput => ({ ...c, rules: RULES });
    const many = input(SARIF_MAX_RESULTS, 20);
    const cases: FormatInput[] = [input(0, 0), input(1, 2), input(130, 65, { baselineHidden: 3 }), many].map(withRules);
    for (const c of cases) {
      const parts = [...sarif.parts!(c)];
      expect(parts.join('')).toBe(sarif(c));
      if (c.findings.length > 64) expect(parts.length).toBeGreaterThan(3);
    }
  });
});
