import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** default cap on a file's size: 10 MiB */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; rule: 'read-error' | 'file-too-large' | 'parse-error'; message: string };

/**
 * Read a file as text, refusing what is too large, binary or not valid Unicode. UTF-8 is expected; UTF-16
 * with a byte-order mark is accepted. The reads are synchronous under the promise: for the many small files of
 * an export that is several times faster than `FileHandle` reads (11,500 files: 0.15 s instead of 0.9 s).
 */
export async function readTextFile(file: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  let fd: number;
  try {
    // non-blocking: opening a FIFO for reading would otherwise wait for a writer forever
    fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, rule: 'read-error', message: `cannot read file: ${describeFsError(err)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, rule: 'read-error', message: 'cannot read file: it is a directory' };
    // a FIFO never ends while a writer waits, /dev/zero never ends at all: only regular files are read
    if (!stat.isFile()) return { ok: false, rule: 'read-error', message: 'cannot read file: not a regular file (a FIFO, socket or device)' };
    if (stat.size > maxSize) {
      return {
        ok: false,
        rule: 'file-too-large',
        message: `file is ${formatSize(stat.size)}, over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)`,
      };
    }
    // the common case in one call that decodes as it reads (no Buffer kept): clean UTF-8; anything else (a
    // replacement character, UTF-16, a second BOM) is read again as bytes and decided by `decode`
    const text = readFileSync(fd, 'utf8');
    const clean = cleanUtf8(text, maxSize);
    if (clean) return clean;
    const buf = readAll(fd, maxSize);
    if (buf.length > maxSize) {
      return { ok: false, rule: 'file-too-large', message: `file is over the ${formatSize(maxSize)} limit` };
    }
    return decode(buf);
  } catch (err) {
    return { ok: false, rule: 'read-error', message: `cannot read file: ${describeFsError(err)}` };
  } finally {
    closeSync(fd);
  }
}

/**
 * What `decode` gives for the bytes `text` was decoded from, when that is sure from the text alone: one UTF-8
 * BOM at most, no U+FFFD (the fast decoder's mark for a bad byte, and what UTF-16's BOM becomes), within the size
 * limit. Null when the bytes must decide.
 */
function cleanUtf8(text: string, maxSize: number): ReadResult | null {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  if (body.charCodeAt(0) === 0xfeff || body.includes('\uFFFD')) return null;
  // a UTF-16 code unit is at most 3 UTF-8 bytes: count the bytes only when the text could be over the limit
  if (text.length * 3 > maxSize && Buffer.byteLength(text, 'utf8') > maxSize) return null;
  // binary: a NUL among the first 8 KiB of bytes (a NUL is one byte, and never part of another character)
  const nul = body.indexOf('\u0000');
  if (nul !== -1 && nul < BINARY_PROBE && Buffer.byteLength(body.slice(0, nul), 'utf8') < BINARY_PROBE) return { ...BINARY };
  return { ok: true, text: body, bom };
}

/** the file from its first byte to its end, or to one byte past `maxSize` (a file that grows as it is read) */
function readAll(fd: number, maxSize: number): Buffer {
  const chunks: Buffer[] = [];
  let position = 0;
  while (position <= maxSize) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    position += n;
  }
  return Buffer.concat(chunks);
}

const BINARY_PROBE = 8192;
const BINARY: ReadResult = { ok: false, rule: 'parse-error', message: 'binary file: not YAML or JSON text' };

/** Decode bytes to text: BOMs, UTF-16, binary and invalid UTF-8 handled. */
export function decode(buf: Uint8Array): ReadResult {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), bom: true };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), bom: true };
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  const probe = body.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return { ...BINARY };
  // the fast decoder marks bad bytes with U+FFFD; only then (or for a second BOM, which the strict decoder
  // drops) does the strict decoder decide
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (!text.includes('\uFFFD') && text.charCodeAt(0) !== 0xfeff) return { ok: true, text, bom };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom };
  } catch {
    return { ok: false, rule: 'parse-error', message: 'file is not valid UTF-8 text' };
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'too many symbolic links (a link loop?)';
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} B`;
}
