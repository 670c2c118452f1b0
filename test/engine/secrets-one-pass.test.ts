/**
 * collectSecrets looks for an object's own pairs (a HAR name/value, a Terraform plan's marked values) only when
 * the walk of its keys met a key they need (redact.ts): the set it fills must be what the walk that tested every
 * object first gave (kept here as it was), value for value and in the same order: outputs mask equal-length
 * secrets in that order.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectSecrets } from '../../src/engine/redact';
import { loadFile } from '../../src/sources/load';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');

// ---- the walk before the one-pass change (redact.ts at 5d20079), verbatim but for names
const SECRET_WORDS = String.raw`client_secret|secret|password|passwd|access_token|refresh_token|id_token|x-api-key|api[_-]?key|token|smtp_pass|private_key|privatekey|set-cookie|cookie|authorization`;
const SECRET_NAME = new RegExp(`^(?:${SECRET_WORDS}|proxy-authorization|.*_secret|.*[_-]token|.*password)$`, 'i');
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const PIECE_SPLIT = /[\s;,&=]+|\\n/;
const PIECE_SEPARATOR = /[\s;,&=]|\\n/;
function addForm(found: Set<string>, form: string): void {
  if (form.length >= 4) found.add(form);
  if (form.length < 6 || !PIECE_SEPARATOR.test(form)) return;
  for (const piece of form.split(PIECE_SPLIT)) if (piece.length >= 6) found.add(piece);
}
function addValue(found: Set<string>, s: string): void {
  addForm(found, s);
  if (!NEEDS_ESCAPE.test(s)) return;
  const escaped = JSON.stringify(s).slice(1, -1);
  if (escaped !== s) addForm(found, escaped);
}
function addLeaves(found: Set<string>, v: unknown): void {
  if (typeof v === 'string') return addValue(found, v);
  if (typeof v === 'number' || typeof v === 'bigint') return addValue(found, String(v));
  if (!v || typeof v !== 'object') return;
  const stack: unknown[] = [v];
  let budget = 10_000;
  while (stack.length && budget-- > 0) {
    const x = stack.pop();
    if (typeof x === 'string') addValue(found, x);
    else if (typeof x === 'number' || typeof x === 'bigint') addValue(found, String(x));
    else if (x && typeof x === 'object') {
      let n = 0;
      for (const k in x) {
        if (n++ === 1000) break;
        stack.push((x as Record<string, unknown>)[k]);
      }
    }
  }
}
function sensitive(value: unknown, marks: unknown, found: Set<string>): void {
  if (marks === true) return addLeaves(found, value);
  if (!marks || typeof marks !== 'object' || !value || typeof value !== 'object') return;
  for (const [k, m] of Object.entries(marks as Record<string, unknown>)) sensitive((value as Record<string, unknown>)[k], m, found);
}
function pemLine(found: Set<string>, s: string): void {
  // (at line ends and white space only: a body's last line keeps its base64 padding, `kQ==`)
  for (const piece of s.split(/(?:\s|\\[nr])+/)) if (piece.length >= 2) found.add(piece);
}
function pem(found: Set<string>, s: string): void {
  for (const m of s.matchAll(/-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*)-----([\s\S]*?)(?:-----END \1-----|$)/g)) {
    found.add(m[0]);
    const escaped = JSON.stringify(m[0]).slice(1, -1);
    if (escaped !== m[0]) found.add(escaped);
    pemLine(found, m[2]);
  }
}
function collectBefore(value: unknown, found: Set<string>, tree = false): void {
  if (value === null || typeof value !== 'object') return;
  const stack: unknown[] = [value];
  const seen = tree ? undefined : new Set<object>();
  let budget = 50_000_000;
  while (stack.length && budget-- > 0) {
    const node = stack.pop() as object;
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (Array.isArray(node)) {
      let inPem = false;
      for (let i = 0; i < node.length; i++) {
        const x: unknown = node[i];
        if (x !== null && typeof x === 'object') stack.push(x);
        else if (typeof x !== 'string') continue;
        else if (inPem) {
          if (x.includes('-----END ')) inPem = false;
          else pemLine(found, x);
        } else if (x.includes('PRIVATE KEY')) {
          pem(found, x);
          inPem = x.includes('-----BEGIN ') && !x.includes('-----END ');
        }
      }
      continue;
    }
    const o = node as Record<string, unknown>;
    if (typeof o.name === 'string' && 'value' in o && SECRET_NAME.test(o.name)) addLeaves(found, o.value);
    if ('after_sensitive' in o && 'after' in o) sensitive(o.after, o.after_sensitive, found);
    if ('before_sensitive' in o && 'before' in o) sensitive(o.before, o.before_sensitive, found);
    // (gate5's additions, in the merged walk's order: a JSON Web Key's private members with the pairs, a PEM
    // private key under any key, and split across a list's items)
    if (typeof o.kty === 'string') for (const m of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']) if (m in o) addLeaves(found, o[m]);
    for (const k in o) {
      const v = o[k];
      if (SECRET_NAME.test(k)) addLeaves(found, v);
      else if (k === 'cookies' && Array.isArray(v)) for (const c of v) addLeaves(found, c && typeof c === 'object' ? (c as Record<string, unknown>).value : undefined);
      else if (v !== null && typeof v === 'object') stack.push(v);
      else if (typeof v === 'string' && v.includes('PRIVATE KEY')) pem(found, v);
    }
  }
}
// ----

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(ya?ml|json|har|tf)$/i.test(e.name) && statSync(p).size < 2_000_000) yield p;
  }
}

const same = (value: unknown, tree: boolean) => {
  const now = new Set<string>();
  collectSecrets(value, now, tree);
  const was = new Set<string>();
  collectBefore(value, was, tree);
  expect([...now]).toEqual([...was]);
  return now.size;
};

describe('collectSecrets in one pass over each object', () => {
  it('fills the set the walk that tested every object first filled, in order, on every real file and fixture', async () => {
    let withSecrets = 0;
    for (const dir of [SHARED, path.join(ROOT, 'rules'), path.join(ROOT, 'examples'), path.join(ROOT, 'test/sources/fixtures')]) {
      for (const f of files(dir)) {
        const l = await loadFile(f, { explicit: true });
        if (l.status !== 'loaded') continue;
        if (same(l.doc.value, false)) withSecrets++;
      }
    }
    // HAR captures (name/value pairs, cookies), dumps and exports with client secrets among them
    expect(withSecrets).toBeGreaterThan(30);
  });

  it('on generated objects holding pairs, marks, cookies and secret names in every order', () => {
    const key = fc.constantFrom('name', 'value', 'after', 'after_sensitive', 'before', 'before_sensitive', 'cookies', 'client_secret', 'token', 'callbacks', 'a', 'my_secret', 'Authorization', 'kty', 'd', 'p', 'k', 'oth', 'signingKey');
    const pemText = fc.constantFrom('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\nkQ==\n-----END PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----\nAbCdEf12 x9', '-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADAN', 'kQ==', '-----END PRIVATE KEY-----');
    const leaf = fc.oneof(fc.constantFrom('client_secret', 'authorization', 'x-api-key', 'plain', 'RSA', 'oct'), pemText, fc.string({ maxLength: 10 }), fc.integer(), fc.constant(true), fc.constant('a b;c=d&efghij'), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 6 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 7 }), (obj) => {
        same(obj, true);
        // and with a shared object, as a YAML alias gives
        same({ a: obj, b: [obj, { x: obj }] }, false);
      }),
      { seed: 18, numRuns: 1000 },
    );
  });
});
