/**
 * formatMessage splits each template once and joins the parts: every message must read exactly as the one-regex
 * replacement it replaced (kept below as the reference), hostile values included.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, MAX_MESSAGE_VALUE } from '../../src/rule-api/define-rule';
import { RULES } from '../../rules/index';

/** formatMessage as it was: one replace over the template, escaping and cutting each value. */
function reference(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = data[name];
    const raw = v === undefined ? `{{${name}}}` : typeof v === 'string' ? v : JSON.stringify(v);
    const s = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (s.length <= MAX_MESSAGE_VALUE) return s;
    const cut = /[\ud800-\udbff]/.test(s[MAX_MESSAGE_VALUE - 4]) ? MAX_MESSAGE_VALUE - 4 : MAX_MESSAGE_VALUE - 3;
    return `${s.slice(0, cut)}...`;
  });
}

/** A small deterministic generator, so a failure names its case. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const PIECES = ['a', ' ', '{', '}', '{{', '}}', '{{ value }}', '{{value}}', '{{hint}}', '{{ missing}}', '{{x y}}', '$&', '$1', 'é', '\u202e', '\u0007', '😀'];
const VALUES: unknown[] = [
  'plain', '"quoted"', '', '\u001b[31mred', '\u202eevil', 'line\u2028sep', '$& $1 $$', 'x'.repeat(400), `${'y'.repeat(MAX_MESSAGE_VALUE - 4)}😀😀`,
  `${'z'.repeat(MAX_MESSAGE_VALUE - 5)}😀tail`, 42, null, true, { a: '\u0085' }, ['\u009b', 2], undefined,
];

describe('formatMessage', () => {
  it('fills every rule message as the one-regex replacement did', () => {
    const next = random(1);
    for (const rule of RULES) {
      for (const template of Object.values(rule.messages)) {
        const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
        for (let k = 0; k < 20; k++) {
          const data: Record<string, unknown> = {};
          for (const n of names) if (next() < 0.9) data[n] = VALUES[Math.floor(next() * VALUES.length)];
          expect(formatMessage(template, data), `${rule.id}: ${template}`).toBe(reference(template, data));
        }
        expect(formatMessage(template)).toBe(reference(template));
      }
    }
  });

  it('agrees on generated templates: braces, spaces, unknown names, $ patterns, control and surrogate characters', () => {
    const next = random(7);
    for (let k = 0; k < 3_000; k++) {
      let template = '';
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i++) template += PIECES[Math.floor(next() * PIECES.length)];
      const data: Record<string, unknown> = {};
      for (const n of ['value', 'hint', 'missing']) if (next() < 0.7) data[n] = VALUES[Math.floor(next() * VALUES.length)];
      expect(formatMessage(template, data), JSON.stringify({ template, data })).toBe(reference(template, data));
      // the same template again (now split once and kept) reads the same
      expect(formatMessage(template, data)).toBe(reference(template, data));
    }
  });
});
