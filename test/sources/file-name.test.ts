import { describe, expect, it } from 'vitest';
import { endsWithName } from '../../src/sources/file-name';
import { isTerraformJsonName } from '../../src/sources/registry';

// the regular expressions the kinds tested names with, and the suffix each is now asked as
const SUFFIXES: [RegExp, string][] = [
  [/\.json$/i, '.json'],
  [/\.har$/i, '.har'],
  [/\.yaml$/i, '.yaml'],
  [/\.yml$/i, '.yml'],
  [/\.tf\.json$/i, '.tf.json'],
  [/\.patch\.json$/i, '.patch.json'],
];

/** names that end in every case of a suffix, in look-alikes of it, and in what is one character off */
function names(suffix: string): string[] {
  const out = ['', suffix.slice(1), suffix, `a${suffix}`, `/x/y${suffix}`, `${suffix}x`, `/x${suffix}/`, `x${suffix.slice(0, -1)}`];
  // every mix of upper and lower case for the suffix's letters
  const letters = [...suffix].map((c, i) => (/[a-z]/.test(c) ? i : -1)).filter((i) => i >= 0);
  for (let mask = 0; mask < 1 << letters.length; mask++) {
    const chars = [...suffix];
    letters.forEach((at, b) => {
      if (mask & (1 << b)) chars[at] = chars[at].toUpperCase();
    });
    out.push(`dir/file${chars.join('')}`);
  }
  // one character of the suffix replaced by a look-alike: the Kelvin sign, the long s, dotted and dotless i,
  // the character 32 below or above it, a fullwidth letter, the same letter in another script
  for (let i = 0; i < suffix.length; i++) {
    for (const c of ['\u212a', '\u017f', '\u0130', '\u0131', String.fromCharCode(suffix.charCodeAt(i) - 32), String.fromCharCode(suffix.charCodeAt(i) + 32), String.fromCharCode(suffix.charCodeAt(i) ^ 0x20), '\uff4a', '\u0455', '\u043e', '\u0000', '\u000e']) {
      out.push(`f${suffix.slice(0, i)}${c}${suffix.slice(i + 1)}`);
    }
  }
  return out;
}

describe('endsWithName tests a name as the case-insensitive regular expression it replaces', () => {
  for (const [re, suffix] of SUFFIXES) {
    it(`${suffix}`, () => {
      for (const suffixOfOthers of SUFFIXES.map((s) => s[1])) {
        for (const name of [...names(suffix), ...names(suffixOfOthers)]) expect([name, endsWithName(name, suffix)]).toEqual([name, re.test(name)]);
      }
    });
  }
  it('isTerraformJsonName: .tf.json and .tfvars.json in any case, nothing else', () => {
    const re = /\.(tf|tfvars)\.json$/i;
    const all = [...names('.tf.json'), ...names('.tfvars.json'), ...names('.json'), 'x.tfvar.json', 'x.tfvarss.json', 'x.TFVARS.JSON', 'tf.json', '.tfvars.json', 'x.t.json'];
    for (const name of all) expect([name, isTerraformJsonName(name)]).toEqual([name, re.test(name)]);
  });
});
