/**
 * The file-name tests groupTargets keys a run's targets by (tenant-groups.ts) read the end of a path by hand:
 * they must say what the regular expressions they replace say, for every case and near miss.
 */
import { describe, expect, it } from 'vitest';
import { groupTargets, isJsonFile, isTerraformFile } from '../../src/engine/tenant-groups';

const TERRAFORM = /\.(tf|tf\.json|tfvars|tfvars\.json)$/i;
const JSON_FILE = /\.json$/i;

/** every casing of a suffix (2^letters of them) */
function casings(s: string): string[] {
  let out = [''];
  for (const ch of s) out = out.flatMap((p) => (ch.toLowerCase() === ch.toUpperCase() ? [p + ch] : [p + ch.toLowerCase(), p + ch.toUpperCase()]));
  return out;
}

describe('tenant-groups file names', () => {
  it('match /\\.(tf|tf\\.json|tfvars|tfvars\\.json)$/i and /\\.json$/i on every casing, near miss and odd character', () => {
    const suffixes = ['.tf', '.tf.json', '.tfvars', '.tfvars.json', '.json', '.jso', 'json', '.tfjson', '.tf.jsonx', '.tfvar', 'tf', '.t', '.', ''];
    const odd = ['.\u212aSON', '.j\u017fon', '.tf.\u0130son', '.t\u0192', '.tf\u0000', '.TF ', '.json\n', '.tf.json.tf', '..json', '/.json', 'x.tfvars.JSON'];
    const names: string[] = [];
    for (const base of ['', 'a', 'clients/Acme App', 'C:\\t\\x', '/w/tenant.json/']) {
      for (const s of suffixes) for (const c of casings(s)) names.push(base + c);
      for (const s of odd) names.push(base + s);
    }
    expect(names.length).toBeGreaterThan(500);
    for (const n of names) {
      expect(isTerraformFile(n), JSON.stringify(n)).toBe(TERRAFORM.test(n));
      expect(isJsonFile(n), JSON.stringify(n)).toBe(JSON_FILE.test(n));
    }
  });

  it('group a module folder, a directory export and lone files as before', () => {
    const t = (file: string) => ({ file, explicit: false });
    const groups = groupTargets([t('/w/mod/main.TF'), t('/w/a.yaml'), t('/w/mod/vars.tfvars.json'), t('/w/b.json'), t('/w/mod/x.tf.JSON')]);
    expect(groups.map((g) => g.map((x) => x.file))).toEqual([['/w/mod/main.TF', '/w/mod/vars.tfvars.json', '/w/mod/x.tf.JSON'], ['/w/a.yaml'], ['/w/b.json']]);
  });
});
