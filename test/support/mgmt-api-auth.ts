import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What the test server knows about a token it issued (the JWT payload). */
export interface TokenClaims {
  iss: string;
  sub: string;
  aud: string;
  azp: string;
  iat: number;
  exp: number;
  scope: string;
  gty: 'client-credentials';
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Sign claims as an HS256 JWT with `secret`. */
export function signJwt(claims: TokenClaims, secret: Buffer): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  return `${head}.${body}.${b64url(sig)}`;
}

/** Why a bearer token was refused, in the Management API's own words (seed doc table, 401 rows). */
export type TokenProblem = 'Invalid token' | 'Invalid signature received for JSON Web Token validation' | 'Expired token received for JSON Web Token validation';

/** Check a bearer token: its claims, or the 401 message the API would give. */
export function verifyJwt(token: string, secret: Buffer, nowSec: number): { claims: TokenClaims } | { problem: TokenProblem } {
  const parts = token.split('.');
  if (parts.length !== 3) return { problem: 'Invalid token' };
  let claims: TokenClaims;
  try {
    const head = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as { alg?: string };
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
    if (head.alg !== 'HS256' || typeof claims !== 'object' || claims === null) return { problem: 'Invalid token' };
  } catch {
    return { problem: 'Invalid token' };
  }
  const want = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const got = Buffer.from(parts[2], 'base64url');
  if (got.length !== want.length || !timingSafeEqual(got, want)) return { problem: 'Invalid signature received for JSON Web Token validation' };
  if (typeof claims.exp !== 'number' || claims.exp <= nowSec) return { problem: 'Expired token received for JSON Web Token validation' };
  return { claims };
}

/** A fresh signing key (a server's own, or a "wrong tenant" key for tests). */
export function newSigningKey(): Buffer {
  return randomBytes(32);
}
