/**
 * The HTML and Markdown reports count each tenant's findings by the tenant a finding's file belongs to: the first
 * tenant (in the run's order) that is the file or a folder above it. The lookup by the file's own folders gives what
 * searching every tenant gave, nested and repeated tenants included.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tenantFinder } from '../../src/formatters/report-context';

const reference = (file: string, ids: readonly string[]) => ids.find((id) => file === id || file.startsWith(id + path.sep));

describe('tenantFinder', () => {
  it('finds the tenant searching every tenant finds, on generated folders and files', () => {
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const segments = ['a', 'b', 'ab', 'a.b', 'tenant', 'tenant-1', 'clients', 'x.json', ''];
    const make = () => `/${Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(segments)).join('/')}`;
    for (let round = 0; round < 300; round++) {
      const ids = Array.from({ length: 1 + Math.floor(next() * 6) }, make);
      if (next() < 0.2) ids.push(pick(ids));
      if (next() < 0.1) ids.push('');
      const find = tenantFinder(ids);
      for (let k = 0; k < 40; k++) {
        const file = next() < 0.3 ? pick(ids) + (next() < 0.5 ? '' : `/${pick(segments)}`) : make();
        expect(find(file), `${file} in ${JSON.stringify(ids)}`).toBe(reference(file, ids));
        // (asked again: the remembered answer)
        expect(find(file)).toBe(reference(file, ids));
      }
    }
  });
});
