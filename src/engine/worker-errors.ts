import { UsageError } from '../cli/io';
import { ConfigError } from '../config/config-error';
import type { SentError } from './worker-protocol';

/** An error thrown in a worker, as plain data. */
export function sendableError(err: unknown): SentError {
  const e = err instanceof Error ? err : new Error(String(err));
  const kind = e instanceof UsageError ? 'usage' : e instanceof ConfigError ? 'config' : 'other';
  const out: SentError = { kind, name: e.name, message: e.message, stack: e.stack };
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') out.code = code;
  if (e instanceof ConfigError) Object.assign(out, { file: e.file, line: e.line, column: e.column });
  return out;
}

/** The error a worker sent, as the main thread would have thrown it: same class, message and stack. */
export function receivedError(s: SentError): Error {
  let e: Error;
  if (s.kind === 'usage') e = new UsageError(s.message);
  else if (s.kind === 'config') e = new ConfigError(s.message, s.file, s.line, s.column);
  else {
    e = new Error(s.message);
    e.name = s.name;
  }
  if (s.stack) e.stack = s.stack;
  if (s.code) (e as { code?: string }).code = s.code;
  return e;
}
