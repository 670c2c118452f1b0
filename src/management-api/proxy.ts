/** The fetch orglint sends with: Node's own, or undici's through a proxy when the environment names one. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

import { LiveSetupError } from './endpoint';

/**
 * The proxy variables, lowercase first (as curl and undici read them); empty values count as unset. A value that
 * is not an http(s) URL is refused (exit 2) without being shown: it may hold a password.
 */
export function proxySettings(env: NodeJS.ProcessEnv): { httpProxy?: string; httpsProxy?: string; noProxy?: string } | undefined {
  const get = (name: string) => {
    const lower = name.toLowerCase();
    const v = env[lower]?.trim() || env[name]?.trim() || undefined;
    if (v && name !== 'NO_PROXY' && !isProxyUrl(v)) {
      throw new LiveSetupError(`${env[lower]?.trim() ? lower : name} is not a proxy URL (expected e.g. http://proxy.example.com:3128); the value is not shown, as it may hold a password`);
    }
    return v;
  };
  const httpProxy = get('HTTP_PROXY');
  const httpsProxy = get('HTTPS_PROXY');
  if (!httpProxy && !httpsProxy) return undefined;
  return { httpProxy, httpsProxy, noProxy: get('NO_PROXY') };
}

/**
 * Node's fetch when no proxy variable is set (undici is then never loaded, so start-up stays fast); otherwise
 * undici's fetch with its `EnvHttpProxyAgent`, which honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY. Fetch and agent
 * come from the same undici, whatever version Node bundles.
 */
export async function proxyFetch(env: NodeJS.ProcessEnv): Promise<FetchLike> {
  const settings = proxySettings(env);
  if (!settings) return (url, init) => fetch(url, init);
  const mod = await import('undici');
  // undici is CommonJS: bundled, its exports may sit on `default`
  const undici = ((mod as unknown as { default?: typeof mod }).default?.EnvHttpProxyAgent ? (mod as unknown as { default: typeof mod }).default : mod) as typeof mod;
  // explicit values, so a variable the caller left out is not read from process.env behind its back
  const dispatcher = quietly(() => new undici.EnvHttpProxyAgent({ httpProxy: settings.httpProxy ?? '', httpsProxy: settings.httpsProxy ?? '', noProxy: settings.noProxy ?? '' }));
  return (url, init) => undici.fetch(url, { ...(init as object), dispatcher } as Parameters<typeof undici.fetch>[1]) as unknown as Promise<Response>;
}

/** The password of a proxy URL (`http://user:pass@proxy:3128`), to redact from every output. */
export function proxySecrets(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) {
    const v = env[name]?.trim();
    if (!v) continue;
    try {
      const u = new URL(v);
      if (u.password) out.push(decodeURIComponent(u.password), u.password);
    } catch {
      // not a URL: undici will say so
    }
  }
  return out;
}

/** Run `make` without the "EnvHttpProxyAgent is experimental" process warning (it would land in orglint's stderr). */
function quietly<T>(make: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const opt = rest[0] as { code?: string } | string | undefined;
    const code = typeof opt === 'object' ? opt?.code : rest[1];
    if (code === 'UNDICI-EHPA') return;
    (emit as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emit;
  }
}

function isProxyUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}
