/**
 * docs/errors.md lists every message orglint can print: each message found in src/ (exit-2 errors, file-level
 * findings, failed live changes, `orglint: …` lines on stderr) must have a row, and each row must still be a
 * message of src/. A failure prints the rows to add or remove.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectMessages, normalizeMessage, type MessageKind } from './error-messages';

const ROOT = path.resolve(__dirname, '../..');
const DOC = path.join(ROOT, 'docs/errors.md');
const FILE_RULES = new Set(['parse-error', 'read-error', 'file-too-large']);

/** The message cell of each table row: its first code span that is not a file-level rule id. */
function documentedMessages(markdown: string): { message: string; line: number }[] {
  const out: { message: string; line: number }[] = [];
  markdown.split('\n').forEach((row, i) => {
    if (!row.startsWith('|') || /^\|\s*(---|Message|Rule)\b/.test(row)) return;
    const cells = row.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());
    const cell = cells.find((c) => /^`[^`]+`$/.test(c) && !FILE_RULES.has(c.slice(1, -1)));
    if (cell) out.push({ message: cell.slice(1, -1), line: i + 1 });
  });
  return out;
}

const SECTION: Record<MessageKind, string> = {
  'exit-2': 'orglint could not run (exit 2)',
  finding: 'Findings about a file (exit 1)',
  live: 'Failed changes on a live tenant',
  stderr: 'Other lines on stderr',
  fix: 'Fixes not made and files not written',
};

describe('docs/errors.md', () => {
  const sites = collectMessages(path.join(ROOT, 'src'));
  const doc = documentedMessages(readFileSync(DOC, 'utf8'));
  const documented = new Set(doc.map((d) => normalizeMessage(d.message)));

  it('finds the messages of every kind in src/ (the collector works)', () => {
    const kinds = new Set(sites.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['exit-2', 'finding', 'fix', 'live', 'stderr']);
    expect(sites.length).toBeGreaterThan(80);
    // a few that must be found, one of each way a message is written
    const templates = sites.map((s) => s.template);
    expect(templates).toContain('config file not found: …');
    expect(templates).toContain('invalid JSON: expected a value');
    expect(templates).toContain('invalid YAML: nesting is too deep to read');
    expect(templates).toContain('cannot read file: not a regular file (a FIFO, socket or device)');
    expect(templates).toContain('no such file or directory: …');
  });

  it('has a row for every message src/ can print', () => {
    const missing = sites.filter((s) => !documented.has(s.template));
    const rows = missing.map((s) => `${s.where} (${SECTION[s.kind]}):\n| \`${s.template}\` | CAUSE | WHAT TO DO |`);
    expect(rows, `add these rows to docs/errors.md (write varying parts as <name>):\n${rows.join('\n')}`).toEqual([]);
  });

  it('has no row for a message src/ no longer prints', () => {
    const known = new Set(sites.map((s) => s.template));
    const stale = doc.filter((d) => !known.has(normalizeMessage(d.message))).map((d) => `docs/errors.md:${d.line}: \`${d.message}\``);
    expect(stale, `remove or correct these rows:\n${stale.join('\n')}`).toEqual([]);
  });

  it('lists each message once', () => {
    const seen = new Map<string, number>();
    const twice = doc.filter((d) => {
      const n = normalizeMessage(d.message);
      const again = seen.has(n);
      seen.set(n, d.line);
      return again;
    });
    expect(twice.map((d) => `docs/errors.md:${d.line}: ${d.message}`)).toEqual([]);
  });
});
