/**
 * The escapes every format applies (HTML, XML, workflow commands) tell in one scan that a text needs nothing, and
 * HTML escapes in one pass: the same text as the chains of replacements they were, for every UTF-16 code unit
 * alone, between letters, and in random mixes of the characters that matter.
 */
import { describe, expect, it } from 'vitest';
import { esc } from '../../src/formatters/html/escape';
import { xmlEscape } from '../../src/formatters/junit';
import { escapeData, escapeProperty } from '../../src/formatters/workflow-escape';

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u0000': '\uFFFD' };

/** the escapes as they were written before (chains of replace) */
const reference = {
  esc: (s: string) => s.replace(/[&<>"'\u0000]/g, (c) => ENTITIES[c]).replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, hex),
  xml: (s: string) =>
    s
      .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
      .replace(/\n/g, '&#10;'),
  data: (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, hex),
};

function samples(): string[] {
  const out: string[] = ['', 'plain text', 'organization_usage "Require" is not one of "deny"', '😀 emoji', 'a\uD800b', '\uDC00', 'x\uFFFEy'];
  for (let u = 0; u <= 0xffff; u++) out.push(String.fromCharCode(u), `a${String.fromCharCode(u)}b`);
  const pool = ['a', ' ', '&', '<', '>', '"', "'", '%', ':', ',', '\n', '\r', '\t', '\u0000', '\u001b', '\u0085', '\u200e', '\u202e', '\u2066', '\uD83D', '\uDE00', '\uFFFE', 'é'];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 5000; i++) out.push(Array.from({ length: next() % 12 }, () => pool[next() % pool.length]).join(''));
  return out;
}

describe('escapes', () => {
  const all = samples();
  it('HTML: as the two passes were', () => {
    expect(all.filter((s) => esc(s) !== reference.esc(s))).toEqual([]);
  });
  it('XML: as the chain of replacements was', () => {
    expect(all.filter((s) => xmlEscape(s) !== reference.xml(s))).toEqual([]);
  });
  it('workflow commands: as the chain of replacements was', () => {
    expect(all.filter((s) => escapeData(s) !== reference.data(s))).toEqual([]);
    expect(all.filter((s) => escapeProperty(s) !== reference.data(s).replace(/:/g, '%3A').replace(/,/g, '%2C'))).toEqual([]);
  });
});
