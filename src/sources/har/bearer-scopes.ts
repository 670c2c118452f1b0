/** the longest Authorization header value orglint looks into */
const MAX_TOKEN = 16 * 1024;

/**
 * The scopes granted by a bearer token, read from the `scope` claim of its JWT payload. The token is decoded,
 * never verified, and never kept or shown: only the scope list leaves this function. Returns undefined when the
 * header is not a bearer JWT with a `scope` claim (a placeholder such as `MGMT_API_ACCESS_TOKEN`, an opaque or
 * encrypted token): then nothing is known about its scopes.
 */
export function bearerScopes(authorization: string): string[] | undefined {
  if (authorization.length > MAX_TOKEN) return undefined;
  const m = /^\s*Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)\s*$/i.exec(authorization);
  if (!m) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(m[2], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return undefined;
  const scope = (claims as Record<string, unknown>).scope;
  if (typeof scope !== 'string') return undefined;
  return scope.split(/\s+/).filter(Boolean);
}

/** The value of a header in a HAR `headers` list (`[{name, value}]`), matched case-insensitively. */
export function headerValue(headers: unknown, name: string): { value: string; index: number } | undefined {
  if (!Array.isArray(headers)) return undefined;
  const want = name.toLowerCase();
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as { name?: unknown; value?: unknown } | null;
    if (h && typeof h === 'object' && typeof h.name === 'string' && h.name.toLowerCase() === want && typeof h.value === 'string') {
      return { value: h.value, index: i };
    }
  }
  return undefined;
}
