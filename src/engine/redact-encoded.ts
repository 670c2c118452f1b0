/** Private keys written in base64: a PEM file (`LS0tLS1CRUdJTi…`), a JSON Web Key's JSON (`eyJrdHkiOi…`). */
import { LOOSE_TEXT, scanJwkText } from './redact-jwk';

/** the longest base64 text decoded to look for a key */
const MAX_DECODED = 16 * 1024 * 1024;

/** `-----BEGIN` in base64 (a PEM file kept as base64, as a Kubernetes secret holds it), and such a text */
export const B64_BEGIN = 'LS0tLS1CRUdJTi';
export const B64_PEM = /LS0tLS1CRUdJTi[A-Za-z0-9+/]*={0,2}/g;

/**
 * JSON written in base64 or base64url that is no JWT (a JWT has dots, PATTERNS): how its text starts, an object
 * or a list, compact or pretty (`eyJ` is `{"`, `ewo` `{\n`, `eyAi` `{ "`, `W3s` `[{`, `Wwo` `[\n`)
 */
export const B64_JSON_START = /eyJ|ewo|eyAi|W3s|Wwo/;
export const B64_JSON = /\b(?:eyJ|ewo|eyAi|W3s|Wwo)[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/_.=-])/g;

/** whether a value may be base64 JSON (B64_JSON_START, at its start; one test of its first character first) */
export function mayBeBase64Json(v: string): boolean {
  const c = v.charCodeAt(0);
  return (c === 101 || c === 87) && v.length >= 19 && B64_JSON_AT_START.test(v) && !v.includes('.');
}

const B64_JSON_AT_START = /^(?:eyJ|ewo|eyAi|W3s|Wwo)[A-Za-z0-9+/_-]+={0,2}$/;

/** whether a base64 (or base64url) text is JSON holding a JSON Web Key's private member (`{"kty":"oct","k":…}`) */
export function isBase64Jwk(s: string): boolean {
  if (s.length > MAX_DECODED) return false;
  const inner = new Set<string>();
  scanJwkText(Buffer.from(s, 'base64').toString('utf8'), inner, LOOSE_TEXT);
  return inner.size > 0;
}

/** whether a base64 text starting with `-----BEGIN` is a private key's (its BEGIN line names a PRIVATE KEY) */
export function isBase64Pem(s: string): boolean {
  return /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY/.test(Buffer.from(s.slice(0, 80), 'base64').toString('latin1'));
}
