import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, readTextFile } from '../../src/sources/read-file';
import { tempTree } from '../helpers/lint';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode (fast UTF-8 path, strict decoder when in doubt)', () => {
  it('reads UTF-8 with and without a BOM, keeping non-ASCII text', () => {
    expect(decode(bytes('name: Café 漢字\n'))).toEqual({ ok: true, text: 'name: Café 漢字\n', bom: false });
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'a: 1\n'))).toEqual({ ok: true, text: 'a: 1\n', bom: true });
  });
  it('keeps a U+FFFD that is in the file, and refuses bytes that are not UTF-8', () => {
    expect(decode(bytes('a: \uFFFD\n'))).toEqual({ ok: true, text: 'a: \uFFFD\n', bom: false });
    expect(decode(bytes('a: ', [0xc3, 0x28], '\n'))).toMatchObject({ ok: false, rule: 'parse-error', message: 'file is not valid UTF-8 text' });
  });
  it('drops a second BOM as the strict decoder always did', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'a: 1\n'))).toEqual({ ok: true, text: 'a: 1\n', bom: true });
  });
  it('reads UTF-16 with a BOM and refuses binary', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]))).toEqual({ ok: true, text: 'a: 1\n', bom: true });
    expect(decode(bytes('a', [0], 'b'))).toMatchObject({ ok: false, rule: 'parse-error' });
  });
});

describe('readTextFile', () => {
  it('reads a file, and reports a missing file, a folder and a file over the limit', async () => {
    const dir = tempTree({ 'a.yaml': 'a: 1\n', 'big.yaml': 'x'.repeat(100) });
    mkdirSync(path.join(dir, 'folder.yaml'));
    writeFileSync(path.join(dir, 'empty.yaml'), '');
    expect(await readTextFile(path.join(dir, 'a.yaml'))).toEqual({ ok: true, text: 'a: 1\n', bom: false });
    expect(await readTextFile(path.join(dir, 'empty.yaml'))).toEqual({ ok: true, text: '', bom: false });
    expect(await readTextFile(path.join(dir, 'missing.yaml'))).toEqual({ ok: false, rule: 'read-error', message: 'cannot read file: no such file' });
    expect(await readTextFile(path.join(dir, 'folder.yaml'))).toEqual({ ok: false, rule: 'read-error', message: 'cannot read file: it is a directory' });
    expect(await readTextFile(path.join(dir, 'big.yaml'), 50)).toMatchObject({ ok: false, rule: 'file-too-large' });
  });
});
