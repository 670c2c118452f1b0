/**
 * Plain scalars resolve as the `yaml` package (YAML 1.2 core schema) resolves them: resolvePlain tells null, true and
 * false by their few spellings and leaves everything else that starts with those letters a string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolvePlain } from '../../src/sources/yaml/yaml-lines';

const SPELLINGS = ['null', 'Null', 'NULL', 'nULL', 'nulL', 'nul', 'nulls', 'n', 'N', '~', '~~', '~x', 'true', 'True', 'TRUE', 'tRUE', 'truE', 'tru', 'trues', 't', 'T', 'false', 'False', 'FALSE', 'fALSE', 'falsE', 'fals', 'f', 'F', 'no', 'yes', 'on', 'off', 'name', 'token_lifetime', 'native', 'facebook', 'Nope', 'Trueish', 'FALSEY'];
const NUMBERS = ['0', '-0', '+12', '012', '0o17', '0o8', '0x1F', '0xg', '1.5', '-1.5', '.5', '1.', '1e3', '1E-3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '-.nan', '1_000', '0b101', '+', '.', '1.2.3', '12abc'];

const yamlSays = (s: string): unknown => parse(`k: ${s}\n`).k;

describe('resolvePlain agrees with the yaml package', () => {
  for (const s of [...SPELLINGS, ...NUMBERS]) {
    it(JSON.stringify(s), () => {
      expect(resolvePlain(s)).toEqual(yamlSays(s));
    });
  }
  it('on generated scalars made of the letters and digits that matter', () => {
    const ch = fc.constantFrom(...'nNuUlLtTrReEfFaAsS~0123456789+-.xoeIi_'.split(''));
    fc.assert(
      fc.property(fc.array(ch, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), (s) => {
        // only what is a plain scalar on its own (not a comment, not a sequence entry)
        fc.pre(!/^[-?:](\s|$)/.test(s) && s !== '-');
        expect(resolvePlain(s)).toEqual(yamlSays(s));
      }),
      { seed: 18, numRuns: 3000 },
    );
  });
});
