/**
 * The fuzzer (test/hardening/fuzz.test.ts, seed 238415690) found a YAML text nested thousands of sequences deep
 * with an `# orglint-disable-…` comment: the comment finder's parse overflowed the stack and the whole lint threw.
 * The directives of such a text are none (nothing hidden), and the file is a parse-error.
 */
import { describe, expect, it } from 'vitest';
import { onlyYamlComments } from '../../src/sources/yaml/yaml-comments';
import { lintYaml } from '../helpers/lint';

const deep = `${'- '.repeat(60_000)}1\n# orglint-disable-next-line require-behavior-without-require\nclients:\n  - name: A\n    organization_usage: deny\n`;

describe('a YAML text nested too deep for the parser', () => {
  it('has no directive honoured, and does not throw', () => {
    const at = deep.indexOf('# orglint-disable');
    expect(onlyYamlComments(deep, [{ kind: 'disable-next-line', rules: ['require-behavior-without-require'], span: { start: at, end: at + 10 } } as never])).toEqual([]);
  });

  it('is linted to a parse-error, not a crash', async () => {
    const result = await lintYaml(deep);
    expect(result.findings.map((f) => f.ruleId)).toContain('parse-error');
  });
});
