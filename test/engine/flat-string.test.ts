import { describe, expect, it } from 'vitest';
import { flatData, flatString, StringTable } from '../../src/engine/flat-string';

describe('copies of kept strings', () => {
  const text = 'clients:\n  - name: Partner Portal Of Acme\n    organization_usage: require\n'.repeat(3);
  const cut = text.slice(19, 41);

  it('flatString gives the same characters, short and long, two-byte too', () => {
    for (const s of ['', 'a', 'twelve chars', 'thirteen char', cut, 'é漢😀'.repeat(9), text]) expect(flatString(s)).toBe(s);
  });

  it('a StringTable gives one copy for equal strings, equal to what was asked', () => {
    const t = new StringTable();
    const a = t.copy(cut);
    const b = t.copy(text.slice(19 + 74, 41 + 74));
    expect(a).toBe('Partner Portal Of Acme');
    expect(b).toBe(a);
    expect(t.copy('short')).toBe('short');
    const long = 'x'.repeat(5000);
    expect(t.copy(long)).toBe(long);
  });

  it('flatData copies plain data as it is: keys in order, an own __proto__ key, null prototypes, other objects kept', () => {
    const fix = JSON.parse('{"safety":"safe","description":"set it","ops":[{"op":"set","path":["a",0],"value":{"__proto__":{"x":1},"n":null}}]}');
    const copy = flatData(fix);
    expect(copy).toEqual(fix);
    expect(Object.keys(copy.ops[0].value)).toEqual(['__proto__', 'n']);
    expect(Object.getPrototypeOf(copy.ops[0].value)).toBe(Object.prototype);
    const bare = Object.assign(Object.create(null), { k: cut });
    expect(Object.getPrototypeOf(flatData(bare))).toBe(null);
    const map = new Map([[1, 2]]);
    expect(flatData({ m: map }).m).toBe(map);
    // a value nested past the copy's depth is kept as it was, not lost
    let deep: unknown = { leaf: 'bottom of the nest' };
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(flatData(deep)).toEqual(deep);
  });
});
