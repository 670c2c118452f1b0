/**
 * Live redaction: a secret (the client secret, a token, a proxy password) may come back from a server or an
 * error in another spelling than the one orglint holds. Every spelling below is replaced by `[redacted]`:
 * as is, JSON-escaped (journal lines are JSON), percent-encoded (upper- and lowercase hex, `+` for spaces as
 * forms write it), and base64 / base64url, also where the secret sits inside a longer base64 text (as in a
 * `Basic base64(id:secret)` header) at any of the three byte alignments.
 */

/** Secrets shorter than this are not redacted (they would mask ordinary words). */
const MIN_SECRET = 6;
/** A base64 core shorter than this is not used (too likely to occur by chance). */
const MIN_CORE = 8;

const cache = new Map<string, string[]>();

/** Every spelling of `secret` to redact, longest first. */
export function secretForms(secret: string): string[] {
  const hit = cache.get(secret);
  if (hit) return hit;
  const forms = new Set<string>([secret]);
  forms.add(JSON.stringify(secret).slice(1, -1));
  const pct = encodeURIComponent(secret);
  forms.add(pct);
  forms.add(pct.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  const bytes = Buffer.from(secret, 'utf8');
  for (let k = 0; k < 3; k++) {
    // the secret at byte offset k (mod 3) of a longer text: only the characters that depend on its bytes alone
    const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const from = Math.ceil((8 * k) / 6);
    const to = Math.floor((8 * (k + bytes.length)) / 6);
    const core = b64.slice(from, to);
    if (core.length < MIN_CORE) continue;
    forms.add(core);
    forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    forms.add(encodeURIComponent(core));
  }
  forms.add(bytes.toString('base64'));
  forms.add(bytes.toString('base64url'));
  const list = [...forms].filter((f) => f.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
  if (cache.size > 64) cache.clear();
  cache.set(secret, list);
  return list;
}

/** Replace every secret value, in any of its spellings, in a text with `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    if (s.length < MIN_SECRET) continue;
    for (const form of secretForms(s)) if (out.includes(form)) out = out.split(form).join('[redacted]');
  }
  return out;
}

/**
 * A copy of an API answer with every string (keys too) redacted: what the tenant sent back is shown in findings,
 * report files and snapshots, and a server that echoes a token in a client's name must not get it written there.
 */
export function redactDeep<T>(value: T, clean: (s: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, clean)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty: a "__proto__" key from JSON stays a plain key
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, clean(k), { value: redactDeep(v, clean), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

/** A piece of a secret this long or longer is redacted from a server's error text (a secret split across fields). */
const MIN_FRAGMENT = 8;
/** The most of one server-sent error field kept for a message. */
const MAX_FIELD = 1000;

/**
 * A server's error text (its `message`, `errorCode`), cut to MAX_FIELD characters and with every run of
 * MIN_FRAGMENT or more characters that also occurs in a secret replaced by `[redacted]`: a server that echoes
 * half the secret in `message` and the other half in `errorCode` gets neither half printed. Secrets shorter than
 * 2 × MIN_FRAGMENT are only redacted whole (and in their other spellings), by `redact`.
 */
export function redactServerText(text: string, secrets: readonly string[], maxField = MAX_FIELD): string {
  const t = redact(text.length > maxField ? `${text.slice(0, maxField)}…` : text, secrets);
  const hide = new Uint8Array(t.length);
  let any = false;
  for (const secret of secrets) {
    if (secret.length < 2 * MIN_FRAGMENT) continue;
    for (let i = 0; i + MIN_FRAGMENT <= secret.length; i++) {
      const piece = secret.slice(i, i + MIN_FRAGMENT);
      for (let at = t.indexOf(piece); at !== -1; at = t.indexOf(piece, at + 1)) {
        hide.fill(1, at, at + MIN_FRAGMENT);
        any = true;
      }
    }
  }
  if (!any) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    if (!hide[i]) out += t[i];
    else if (i === 0 || !hide[i - 1]) out += '[redacted]';
  }
  return out;
}
