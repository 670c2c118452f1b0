import { closeSync, constants as fsConstants, mkdirSync, openSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, readTextFile, readTextFileSync } from '../../src/sources/read-file';
import { mkfifoSync } from './terraform/fifo';
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

describe('readTextFile gives what decode gives for the same bytes', () => {
  const cases: [string, Buffer][] = [
    ['plain UTF-8', bytes('name: Café 漢字\n')],
    ['a BOM', bytes([0xef, 0xbb, 0xbf], 'a: 1\n')],
    ['two BOMs', bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'a: 1\n')],
    ['a U+FFFD in the text', bytes('a: \uFFFD\n')],
    ['a bad byte', bytes('a: ', [0xc3, 0x28], '\n')],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a: 1\n', 'utf16le').swap16()])],
    ['a NUL early', bytes('a', [0], 'b')],
    ['a NUL after a BOM', bytes([0xef, 0xbb, 0xbf], 'a', [0])],
    // the probe counts bytes: 8,191 bytes of text then a NUL is binary, 8,192 bytes then a NUL is not
    ['a NUL at byte 8,191', bytes('é'.repeat(4095), 'a', [0])],
    ['a NUL at byte 8,192', bytes('é'.repeat(4096), [0])],
    ['a NUL at character 5,000 but byte 10,000', bytes('é'.repeat(5000), [0])],
    ['a lone surrogate encoded (CESU)', bytes('a: ', [0xed, 0xa0, 0x80], '\n')],
    ['empty', bytes('')],
  ];
  for (const [name, buf] of cases) {
    it(name, async () => {
      const dir = tempTree({});
      const file = path.join(dir, 'f.yaml');
      writeFileSync(file, buf);
      expect(await readTextFile(file)).toEqual(decode(buf));
      // read as a walk found it (no fstat first), and after a larger file grew the shared read buffer
      expect(readTextFileSync(file, undefined, true)).toEqual(decode(buf));
      const big = path.join(dir, 'big.yaml');
      writeFileSync(big, Buffer.alloc(200 * 1024, Buffer.from([0xff, 0xfe])));
      readTextFileSync(big, undefined, true);
      expect(readTextFileSync(file, undefined, true)).toEqual(decode(buf));
    });
  }
  it('a file over the limit in bytes but not in characters', async () => {
    const dir = tempTree({});
    const file = path.join(dir, 'f.yaml');
    writeFileSync(file, 'é'.repeat(60));
    // 120 bytes, 60 characters: over a 100-byte limit, as fstat says
    expect(await readTextFile(file, 100)).toMatchObject({ ok: false, rule: 'file-too-large' });
    expect(await readTextFile(file, 120)).toEqual({ ok: true, text: 'é'.repeat(60), bom: false });
    expect(readTextFileSync(file, 100, true)).toEqual({ ok: false, rule: 'file-too-large', message: 'file is 120 B, over the 100 B limit (raise maxFileSize in the config to read it)' });
    expect(readTextFileSync(file, 120, true)).toEqual({ ok: true, text: 'é'.repeat(60), bom: false });
  });
});

describe('a file a folder listing said was regular, and is something else by the time it is read', () => {
  // the walk's listing is taken as the file's kind, so nothing asks first: these must still neither hang nor
  // flood, and say what they are as a file named on the command line would
  it('a FIFO (no writer: reads as nothing), a folder, a device that never ends, a file larger than its buffer', () => {
    const dir = tempTree({ 'big.json': '{"a": "' + 'x'.repeat(300 * 1024) + '"}' });
    mkfifoSync(path.join(dir, 'pipe.json'));
    mkdirSync(path.join(dir, 'folder.json'));
    const notRegular = { ok: false, rule: 'read-error', message: 'cannot read file: not a regular file (a FIFO, socket or device)' };
    expect(readTextFileSync(path.join(dir, 'pipe.json'), undefined, true)).toEqual(notRegular);
    expect(readTextFileSync(path.join(dir, 'folder.json'), undefined, true)).toEqual({ ok: false, rule: 'read-error', message: 'cannot read file: it is a directory' });
    expect(readTextFileSync('/dev/zero', 1024 * 1024, true)).toEqual(notRegular);
    expect(readTextFileSync(path.join(dir, 'missing.json'), undefined, true)).toEqual({ ok: false, rule: 'read-error', message: 'cannot read file: no such file' });
    const big = readTextFileSync(path.join(dir, 'big.json'), undefined, true);
    expect(big.ok && big.text.length).toBe(300 * 1024 + 9);
  });
  it('a FIFO that holds text and has no writer left is refused, not read as the file', () => {
    const dir = tempTree({});
    const pipe = path.join(dir, 'pipe.json');
    mkfifoSync(pipe);
    // a reader keeps the pipe open, so a writer can fill it and go: the text waits in the pipe, then the end
    const reader = openSync(pipe, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    try {
      const writer = openSync(pipe, fsConstants.O_WRONLY);
      writeSync(writer, '{"clients": []}\n');
      closeSync(writer);
      expect(readTextFileSync(pipe, undefined, true)).toEqual({ ok: false, rule: 'read-error', message: 'cannot read file: not a regular file (a FIFO, socket or device)' });
    } finally {
      closeSync(reader);
    }
  });
  it('a file of exactly the first buffer, one byte more, and one of several buffers is read whole', () => {
    for (const size of [64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 1024 * 1024 + 3]) {
      const dir = tempTree({});
      const file = path.join(dir, 'f.json');
      const text = '{"a": "' + 'x'.repeat(size - 9) + '"}';
      writeFileSync(file, text);
      expect(readTextFileSync(file, undefined, true)).toEqual({ ok: true, text, bom: false });
      expect(readTextFileSync(file, undefined, false)).toEqual({ ok: true, text, bom: false });
      // a limit the file meets exactly, and one byte under it
      expect(readTextFileSync(file, size, true)).toEqual({ ok: true, text, bom: false });
      expect(readTextFileSync(file, size - 1, true)).toMatchObject({ ok: false, rule: 'file-too-large' });
    }
  });
  it('a large file over the limit is refused by its size once it fills the first buffer, not read up to the limit', () => {
    const dir = tempTree({ 'huge.json': '' });
    const file = path.join(dir, 'huge.json');
    // sparse: 200 MiB of zeros that take no room on disk
    truncateSync(file, 200 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    expect(readTextFileSync(file, 100 * 1024 * 1024, true)).toEqual({
      ok: false,
      rule: 'file-too-large',
      message: 'file is 200 MiB, over the 100 MiB limit (raise maxFileSize in the config to read it)',
    });
    // reading up to the limit would have grown a buffer towards 100 MiB
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
  });
});
