/**
 * Masks secrets in a line of source text before any output shows it (a source excerpt, a diff): bearer and
 * basic credentials, JWTs, and the values of secret-named keys, also inside a JSON string such as a HAR body.
 * Each secret character becomes `*`, so columns and carets stay where they were.
 */
const PATTERNS: readonly RegExp[] = [
  /(\bBearer\s+)([A-Za-z0-9._~+/=-]+)/gi,
  /(\bBasic\s+)([A-Za-z0-9+/=]{6,})/gi,
  /()(\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)/g,
  /((?:client_secret|secret|password|passwd|access_token|refresh_token|id_token|api_key|apikey|token|smtp_pass)\\?["']?\s*[:=]\s*\\?["']?)([^"'\\\s,}\]&]+)/gi,
];

/** The line with every secret character replaced by `*`. */
export function redactSecrets(line: string): string {
  let out = line;
  for (const re of PATTERNS) out = out.replace(re, (_, lead: string, secret: string) => lead + '*'.repeat(secret.length));
  return out;
}
