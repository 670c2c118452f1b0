/**
 * Masks secrets in a line of source text before any output shows it (a source excerpt, a diff): bearer and
 * basic credentials, JWTs, and the values of secret-named keys, also inside a JSON string such as a HAR body.
 * Each secret character becomes `*`, so columns and carets stay where they were.
 */
const PATTERNS: readonly RegExp[] = [
  /(\bBearer\s+)([A-Za-z0-9._~+/=-]+)/gi,
  /(\bBasic\s+)([A-Za-z0-9+/=]{6,})/gi,
  /()(\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)/g,
];

/** a secret-named key, its separator, and the quote its value opens with (`\"` inside a JSON string) */
const SECRET_KEY =
  /((?:client_secret|secret|password|passwd|access_token|refresh_token|id_token|api_key|apikey|token|smtp_pass|private_key|privatekey)\\?["']?\s*[:=]\s*)(\\?["']?)/gi;

/** The line with every secret character replaced by `*`. */
export function redactSecrets(line: string): string {
  let out = line;
  for (const re of PATTERNS) out = out.replace(re, (_, lead: string, secret: string) => lead + '*'.repeat(secret.length));
  return maskSecretValues(out);
}

/**
 * Mask the value after each secret-named key: a quoted value up to its closing quote (a PEM key holds spaces and
 * `\n` escapes), a bare one up to the next space, quote, comma, brace or `&`.
 */
function maskSecretValues(line: string): string {
  let out = '';
  let last = 0;
  SECRET_KEY.lastIndex = 0;
  for (let m = SECRET_KEY.exec(line); m; m = SECRET_KEY.exec(line)) {
    const start = m.index + m[0].length;
    const quote = m[2];
    let end = start;
    if (quote === '') {
      while (end < line.length && !/[\s"'\\,}\]&]/.test(line[end])) end++;
    } else if (quote.length === 2) {
      end = line.indexOf(quote, start);
      if (end === -1) end = line.length;
    } else {
      while (end < line.length && line[end] !== quote) end += line[end] === '\\' && quote === '"' ? 2 : 1;
      end = Math.min(end, line.length);
    }
    if (end > start) {
      out += line.slice(last, start) + '*'.repeat(end - start);
      last = end;
    }
    SECRET_KEY.lastIndex = Math.max(SECRET_KEY.lastIndex, end);
  }
  return out + line.slice(last);
}
