/**
 * The escapes take shortcuts for the common texts (HTML: only markup characters; a JSON Pointer with only `/` to
 * replace; control characters: none at all): on generated texts they give exactly what the one-pass replacement
 * always gave.
 */
import { describe, expect, it } from 'vitest';
import { esc, slug } from '../../src/formatters/html/escape';
import { escapeControls } from '../../src/formatters/types';

const HTML_SPECIAL_ALL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u0000': '\uFFFD' };
const referenceEsc = (s: string) => s.replace(HTML_SPECIAL_ALL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const referenceControls = (t: string) =>
  t.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
const referenceSlug = (prefix: string, s: string) => `${prefix}-${s.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;

/** a deterministic random text over an alphabet of the characters that matter */
function texts(alphabet: string[], count: number): string[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('esc and slug shortcuts', () => {
  it('esc: entities and escapes as the one-pass replacement gives them', () => {
    const alphabet = ['a', 'Z', ' ', '&', '<', '>', '"', "'", '&amp;', '&lt;', '\u0000', '\u0007', '\t', '\n', '\u007f', '\u0085', '\u202e', '\u2066', '\u200e', 'é', '😀', '\ud800', ';', '#'];
    for (const s of [...texts(alphabet, 5000), '', 'plain', '"quoted" & <b>', '&&&', '\u202e&']) expect(esc(s)).toBe(referenceEsc(s));
  });

  it('slug: ids as the one-pass replacement gives them', () => {
    const alphabet = ['a', '9', '_', '-', '/', '/', ' ', '.', '~', 'é', '😀', '%', '\u0000'];
    for (const s of [...texts(alphabet, 5000), '', '/clients/12', '1-/clients/0/grant_types/2']) expect(slug('app', s)).toBe(referenceSlug('app', s));
  });

  it('escapeControls: escapes as the one-pass replacement gives them', () => {
    const alphabet = ['a', ' ', '/', '\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\u202e', '\u2066', '\u200f', 'é', '😀'];
    for (const s of [...texts(alphabet, 5000), '', 'tenant-000/clients/App.json', 'a\n::error::x']) expect(escapeControls(s)).toBe(referenceControls(s));
  });
});
