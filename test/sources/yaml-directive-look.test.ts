/**
 * The fast YAML path leaves files with `# orglint-…` directives to the `yaml` package, and first looks for them
 * only at each `#` (yaml-fast.ts `mayHoldDirective`): that look must never miss a directive parseDirectives finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDirectives } from '../../src/sources/directives';
import { loadYamlFast, mayHoldDirective } from '../../src/sources/yaml/yaml-fast';

describe('mayHoldDirective', () => {
  it('is true for every text with a directive', () => {
    const piece = fc.constantFrom('#', ' ', '\t', '\n', 'a: 1', 'orglint-', 'orglint-disable', 'orglint-disable-next-line x', 'orglint-enable', '##KEY##', '-- why', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        if (parseDirectives(text).length) expect(mayHoldDirective(text), text).toBe(true);
      }),
      { seed: 18, numRuns: 5000 },
    );
  });
  it('sends a file with a directive to the yaml package, and reads one without', () => {
    expect(loadYamlFast('/t.yaml', 'a: 1 #\t orglint-disable-line some-rule\n', false)).toBeNull();
    expect(loadYamlFast('/t.yaml', 'a: 1 # orglint\nb: "#orglint"\n', false)?.value).toEqual({ a: 1, b: '#orglint' });
  });
});
