/**
 * Masks secrets in a line of source text before any output shows it (a source excerpt, a diff, a message):
 * bearer and basic credentials, JWTs, the values of secret-named keys (also inside a JSON string such as a HAR
 * body, and after a YAML anchor or tag), and every value the parser found under a secret-named key, a HAR
 * name/value pair of a secret header, every HAR cookie, or a Terraform `after_sensitive` mark (`documentSecrets`): so an
 * anchor's alias, a block scalar's lines and a multi-line value are masked too. Each secret character becomes
 * `*`, so columns and carets stay where they were.
 */
import { addValue } from './redact-value';
import { B64_BEGIN, B64_JSON, B64_JSON_START, B64_PEM, isBase64Jwk, isBase64Pem, mayBeBase64Json } from './redact-encoded';
import { LOOSE_TEXT, mayHoldKty, scanJwkText } from './redact-jwk';

const PATTERNS: readonly RegExp[] = [
  /(\bBearer\s+)([A-Za-z0-9._~+/=-]+)/gi,
  /(\bBasic\s+)([A-Za-z0-9+/=]{6,})/gi,
  /()(\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)/g,
  // a PEM private key written on one line (`\n`-escaped), whatever key holds it: its body, up to its END line or
  // the string's closing quote
  /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*-----)((?:(?!-----END )[^"'])+)/g,
  // the same percent- or form-encoded (a HAR body, a URL: `-----BEGIN+PRIVATE+KEY-----%0AMIIE…`), up to its END
  // line, the string's end or the next form field
  /((?:-|%2[dD]){5}BEGIN(?:\+|%20)(?:[A-Z0-9]+(?:\+|%20))*PRIVATE(?:\+|%20)KEY(?:(?:\+|%20)[A-Z0-9]+)*(?:-|%2[dD]){5})((?:(?!(?:-|%2[dD]){5}END)[^"'&\s])+)/g,
];

const SECRET_WORDS = String.raw`client_secret|secret|password|passwd|access_token|refresh_token|id_token|x-api-key|api[_-]?key|token|smtp_pass|private_key|privatekey|set-cookie|cookie|authorization`;

/** a secret-named key, its separator, and the quote its value opens with (`\"` inside a JSON string) */
const SECRET_KEY = new RegExp(`((?:${SECRET_WORDS})\\\\?["']?\\s*[:=]\\s*)(\\\\?["']?)`, 'gi');

/** a key or header name whose value is a secret */
const SECRET_NAME = new RegExp(`^(?:${SECRET_WORDS}|proxy-authorization|.*_secret|.*[_-]token|.*password)$`, 'i');

/** The line with every secret character replaced by `*`; `known` are values a document holds as secrets. */
export function redactSecrets(line: string, known?: readonly string[]): string {
  let out = line;
  if (known?.length) out = maskKnown(out, known);
  // (one scan for what every pattern starts with: most lines hold none)
  if (PATTERN_START.test(out)) {
    for (const re of PATTERNS) out = out.replace(re, (_, lead: string, secret: string) => lead + '*'.repeat(secret.length));
    if (out.includes(B64_BEGIN)) out = out.replace(B64_PEM, (m) => (isBase64Pem(m) ? '*'.repeat(m.length) : m));
    if (B64_JSON_START.test(out)) out = out.replace(B64_JSON, (m) => (isBase64Jwk(m) ? '*'.repeat(m.length) : m));
  }
  return maskSecretValues(out);
}

/** what a line matched by one of PATTERNS holds */
const PATTERN_START = /bearer|basic|eyJ|PRIVATE(?: |\+|%20)KEY|LS0tLS1CRUdJTi|ewo|eyAi|W3s|Wwo/i;


/** `line` with every occurrence of a known secret value masked (nothing else: a message says "bearer token"). */
export function maskKnown(line: string, known: readonly string[]): string {
  let out = line;
  if (known.length < INDEX_MIN_SECRETS) {
    // a long text (a report, a chunk of one) that holds none of the secrets, as most do, is told by one search
    // for all of them: a regular expression of them all skips through the text, where each secret's own search
    // reads all of it again
    if (line.length >= ANY_MIN_TEXT && known.length > 1 && holdsNone(known, line)) return out;
    for (const s of known) if (out.includes(s)) out = out.replaceAll(s, '*'.repeat(s.length));
    return out;
  }
  // many secrets (an API dump of thousands of clients, each with its client_secret): searching every text once per
  // secret grew with secrets × texts (8,000 clients: 7 s). Each secret is indexed by one three-character piece of
  // it (without `*`, the rarest among the secrets); a secret whose piece is not in the text is not in it, now or
  // after other secrets are masked (masking only adds pieces holding a `*`). The others are masked in the same
  // order as before, so the text is the same. A long text (a whole report, where each secret found would be one
  // more pass over megabytes) is masked in one pass (maskLong).
  const index = secretIndex(known);
  if (line.length >= LONG_TEXT && index.always.length === 0 && !index.starred) return maskLong(line, known, index);
  const hit = new Set<number>(index.always);
  for (let i = 0; i + 3 <= line.length; i++) {
    const ids = index.byGram.get(gramAt(line, i));
    if (ids) for (const id of ids) hit.add(id);
  }
  if (hit.size === 0) return out;
  const order = [...hit].sort((x, y) => x - y);
  for (const id of order) {
    const s = known[id];
    if (out.includes(s)) out = out.replaceAll(s, '*'.repeat(s.length));
  }
  return out;
}

/** a text this long is first searched for all the secrets at once (anyOf) */
const ANY_MIN_TEXT = 1024;

/** A regular expression that matches where any of the secrets is written (each literally, case kept). */
function anyOf(known: readonly string[]): RegExp | null {
  // (kept per list, and made again if the list's secrets are not the ones it was made of: a list changed in place
  // must never be searched with an expression that lacks a secret)
  const of = known.join('\u0000');
  let made = anyOfs.get(known);
  if (made === undefined || made.of !== of) {
    let re: RegExp | null;
    try {
      // each secret by its first ANY_PREFIX characters (a text that holds a secret holds its start): the engine's
      // cost per character of text grows with the longest alternative, so 15 secrets of 30,000 characters made
      // a report of their near-misses take seconds (64-character starts keep it to tens of milliseconds a MB)
      const starts = new Set(known.map((s) => s.slice(0, ANY_PREFIX)));
      re = new RegExp([...starts].map((s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'));
    } catch {
      // (too large for the engine: each secret is searched on its own)
      re = null;
    }
    anyOfs.set(known, (made = { of, re }));
  }
  return made.re;
}

const anyOfs = new WeakMap<readonly string[], { of: string; re: RegExp | null }>();

/** how much of each secret the all-secrets expression holds */
const ANY_PREFIX = 64;

/**
 * Whether the text surely holds none of the secrets (anyOf). V8 compiles a regular expression on its first use,
 * not when it is made: secrets of 70,000 characters make it "too large" there, and that error's message quotes
 * the pattern, every secret in it; such secrets are then searched one by one.
 */
function holdsNone(known: readonly string[], line: string): boolean {
  const re = anyOf(known);
  if (re === null) return false;
  try {
    return !re.test(line);
  } catch {
    anyOfs.set(known, { of: known.join('\u0000'), re: null });
    return false;
  }
}

/** below this many secrets the plain search is cheaper than the index */
const INDEX_MIN_SECRETS = 32;
/** a text this long is searched through the set of its own pieces instead */
const LONG_TEXT = 4096;

/**
 * maskKnown of a long text (a whole report) in one pass, when no secret holds a `*`: every place a secret is
 * written is found through its indexed piece, then each secret, in the given order, masks its places left to right
 * that do not overlap each other or a character an earlier secret masked: what replacing each in turn does.
 */
function maskLong(text: string, known: readonly string[], index: SecretIndex): string {
  const places = new Map<number, number[]>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const ids = index.byGram.get(gramAt(text, i));
    if (!ids) continue;
    for (const id of ids) {
      const start = i - index.offset[id];
      if (start < 0 || !text.startsWith(known[id], start)) continue;
      const list = places.get(id);
      if (list) list.push(start);
      else places.set(id, [start]);
    }
  }
  if (places.size === 0) return text;
  const masked = new Uint8Array(text.length);
  for (const id of [...places.keys()].sort((x, y) => x - y)) {
    const len = known[id].length;
    const starts = places.get(id)!.sort((x, y) => x - y);
    let from = 0;
    const chosen: number[] = [];
    for (const p of starts) {
      if (p < from) continue;
      let clear = true;
      for (let j = p; j < p + len; j++) if (masked[j]) { clear = false; break; }
      if (!clear) continue;
      chosen.push(p);
      from = p + len;
    }
    for (const p of chosen) masked.fill(1, p, p + len);
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; ) {
    if (!masked[i]) { i++; continue; }
    let j = i;
    while (j < text.length && masked[j]) j++;
    out += text.slice(last, i) + '*'.repeat(j - i);
    last = i = j;
  }
  return out + text.slice(last);
}
const STAR = 0x2a;

interface SecretIndex {
  /** secret positions by the piece each is indexed by */
  byGram: Map<number, number[]>;
  /** secrets without a piece to index (shorter than 3, or `*` in every piece): always searched */
  always: number[];
  /** where in each secret its indexed piece starts */
  offset: number[];
  /** some secret holds a `*` (then a long text is masked secret by secret) */
  starred: boolean;
}

const indexes = new WeakMap<readonly string[], SecretIndex>();

function secretIndex(known: readonly string[]): SecretIndex {
  let index = indexes.get(known);
  if (index) return index;
  // how many secrets hold each piece
  const count = new Map<number, number>();
  for (const s of known) {
    const mine = new Set<number>();
    for (let i = 0; i + 3 <= s.length; i++) if (!starAt(s, i)) mine.add(gramAt(s, i));
    for (const g of mine) count.set(g, (count.get(g) ?? 0) + 1);
  }
  index = { byGram: new Map(), always: [], offset: [], starred: known.some((k) => k.includes('*')) };
  for (let id = 0; id < known.length; id++) {
    const s = known[id];
    let best = -1;
    let bestCount = Infinity;
    let bestAt = 0;
    for (let i = 0; i + 3 <= s.length; i++) {
      if (starAt(s, i)) continue;
      const g = gramAt(s, i);
      const c = count.get(g)!;
      if (c < bestCount) {
        best = g;
        bestCount = c;
        bestAt = i;
      }
    }
    index.offset.push(bestAt);
    if (best === -1) index.always.push(id);
    else {
      const ids = index.byGram.get(best);
      if (ids) ids.push(id);
      else index.byGram.set(best, [id]);
    }
  }
  indexes.set(known, index);
  return index;
}

function starAt(s: string, i: number): boolean {
  return s.charCodeAt(i) === STAR || s.charCodeAt(i + 1) === STAR || s.charCodeAt(i + 2) === STAR;
}

/** three UTF-16 code units as one number (48 bits: exact in a double) */
function gramAt(s: string, i: number): number {
  return s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);
}

/**
 * how much of a document is searched for secret values: all of it (a 100,000-client tenant.yaml is about 4 million
 * nodes; a document is already bounded by maxFileSize), each shared object (a YAML alias) once, so an alias
 * bomb costs no more than its text; the cap only stops a runaway
 */
const MAX_NODES = 50_000_000;

/**
 * The strings a parsed document holds as secrets, longest first, with their JSON-escaped forms and the pieces a
 * multi-line or folded scalar is written in (so each source line of it is masked).
 */
export function documentSecrets(value: unknown, tree = false): string[] {
  const found = new Set<string>();
  collectSecrets(value, found, tree);
  return found.size === 0 ? [] : longestFirstOf(found);
}

const longestFirst = (a: string, b: string) => b.length - a.length;

/** past this many, Array.prototype.sort; below, an insertion sort (the builtin's work arrays cost more than the few moves) */
const INSERTION_MAX = 24;

/**
 * The set's strings longest first, those of equal length in the set's order: what the stable
 * `[...found].sort(longestFirst)` gives. A document holds a handful; an API dump may hold thousands.
 */
export function longestFirstOf(found: ReadonlySet<string>): string[] {
  if (found.size > INSERTION_MAX) return [...found].sort(longestFirst);
  const out: string[] = [];
  for (const s of found) {
    // moved before every shorter one, never before one as long (stable)
    let j = out.length;
    out.push(s);
    while (j > 0 && out[j - 1].length < s.length) {
      out[j] = out[j - 1];
      j--;
    }
    out[j] = s;
  }
  return out;
}

/**
 * Add the secrets of a parsed document to `found`, in the order documentSecrets lists those of equal length (a
 * run's outputs mask them in that order). Each object is visited once (a YAML alias is shared); `tree` says the
 * value shares no object (json-source.ts `isJsonTree`), so none needs remembering.
 */
export function collectSecrets(value: unknown, found: Set<string>, tree = false): void {
  if (value === null || typeof value !== 'object') return;
  // (a stack and a set of the search's own: kept between searches in the old generation, they would hold
  // every document's objects there through the remembered set, and a run's memory would grow by 20 MB)
  const stack: unknown[] = [value];
  // `tree`: no object is reached twice (what JSON.parse gives), so none is remembered; a shared one (a YAML
  // alias) would be searched again for nothing new, and an alias bomb would cost its expansion
  const seen = tree ? undefined : new Set<object>();
  let budget = MAX_NODES;
  while (stack.length && budget-- > 0) {
    const node = stack.pop() as object;
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (Array.isArray(node)) {
      // a PEM block split across items (["-----BEGIN PRIVATE KEY-----", "MIIE…", "-----END PRIVATE KEY-----"]):
      // every string item after its BEGIN item, up to the END item, is a line of its body
      let inPem = false;
      for (let i = 0; i < node.length; i++) {
        const x: unknown = node[i];
        // (a string or number in a list is nothing to search, but private key material)
        if (x !== null && typeof x === 'object') stack.push(x);
        else if (typeof x !== 'string') continue;
        else if (inPem) {
          if (x.includes('-----END ')) inPem = false;
          else addPemLine(found, x);
        } else {
          if (holdsPrivateKey(x)) {
            addPrivateKeys(found, x);
            inPem = x.includes('-----BEGIN ') && !x.includes('-----END ');
          }
          if (mayHoldJwk(x)) addEmbeddedJwk(found, x);
        }
      }
      continue;
    }
    const o = node as Record<string, unknown>;
    // The object's own pairs (pairsOf: a HAR name/value, a Terraform plan's marked values, a JSON Web Key's
    // private members) come before what its keys hold, in the set's order. They are looked for only when the object has a key they need (seen in the
    // walk of its keys, which every object has): before the first secret its keys give, or after the walk.
    // Three property tests on every object of every document cost more than the walk of its keys.
    let paired = false;
    let mayPair = false;
    // (for…in: the keys Object.keys lists, in its order, without making the list; parsed values inherit none)
    for (const k in o) {
      const v = o[k];
      // (the cache asked here, not through isSecretName: the CLI's V8 inlines no call, and this is per key)
      let secret = secretNames.get(k);
      if (secret === undefined) secret = isSecretName(k);
      if (secret) {
        if (!paired) paired = pairsOf(o, found);
        addLeaves(found, v);
      } else if (k === 'cookies' && Array.isArray(v)) {
        // a HAR request's or response's cookies: each value is a session, whatever its name (`auth0_session`)
        if (!paired) paired = pairsOf(o, found);
        for (const c of v) addLeaves(found, c && typeof c === 'object' ? (c as Record<string, unknown>).value : undefined);
      } else {
        if (k === 'name' || k === 'after_sensitive' || k === 'before_sensitive' || k === 'kty' || k === 'encoding') mayPair = true;
        if (v !== null && typeof v === 'object') stack.push(v);
        // a PEM private key under any name (`signingKey`, `signing_keys[].key`, `decryptionKey`, a credential's `pem`)
        else if (typeof v === 'string' && holdsPrivateKey(v)) {
          if (!paired) paired = pairsOf(o, found);
          addPrivateKeys(found, v);
        }
        // the same in base64 (`LS0tLS1CRUdJTi…`): the whole text, and its lines
        else if (typeof v === 'string' && v.charCodeAt(0) === 76 && v.startsWith(B64_BEGIN) && isBase64Pem(v)) {
          if (!paired) paired = pairsOf(o, found);
          addValue(found, v);
        }
        // a JSON Web Key written as base64 or base64url JSON (`eyJrdHkiOi…`, `ewogICJrdHki…`): the whole text
        else if (typeof v === 'string' && mayBeBase64Json(v) && isBase64Jwk(v)) {
          if (!paired) paired = pairsOf(o, found);
          addValue(found, v);
        }
        // a JSON Web Key written as JSON inside a string (a HAR body, a `jwks` setting held as text)
        if (typeof v === 'string' && mayHoldJwk(v)) addEmbeddedJwk(found, v);
      }
    }
    if (!paired && mayPair) pairsOf(o, found);
  }
}

/**
 * The secrets an object gives as a whole, not by a key's name: a HAR header, cookie or form field
 * (`{"name": "client_secret", "value": "..."}`), a Terraform plan change's values its *_sensitive twin marks,
 * a JSON Web Key's private members.
 * Returns true (they are found once per object).
 */
function pairsOf(o: Record<string, unknown>, found: Set<string>): true {
  if (typeof o.name === 'string' && 'value' in o && SECRET_NAME.test(o.name)) addLeaves(found, o.value);
  // (the mark first: almost no object has one)
  if ('after_sensitive' in o && 'after' in o) sensitive(o.after, o.after_sensitive, found);
  if ('before_sensitive' in o && 'before' in o) sensitive(o.before, o.before_sensitive, found);
  // a JSON Web Key: its private members, whatever holds it
  if (typeof o.kty === 'string') for (const m of JWK_PRIVATE) if (m in o) addLeaves(found, o[m]);
  // a HAR body kept as base64 (`content: { encoding: "base64", text }`)
  if (o.encoding === 'base64' && typeof o.text === 'string') base64Content(o.text, found);
  return true;
}

/**
 * The key material of a body written in base64 (a HAR response's `content.text` with `encoding: "base64"`): the
 * body is decoded and searched as a text (a JSON Web Key's private members, a PEM private key), and each place
 * of a secret in it is masked as the base64 characters that encode it (the groups of four holding its bytes),
 * so the rest of the body stays readable. A text that is not plain base64 (line breaks in it) is masked whole.
 */
function base64Content(text: string, found: Set<string>): void {
  if (text.length < 8 || text.length > EMBEDDED_MAX) return;
  const bytes = Buffer.from(text, 'base64');
  // (one character per byte: a secret's place in it is its place in the bytes)
  const latin = bytes.toString('latin1');
  // (`kty` also as JSON escapes write it, `"\u006bty"`)
  if (!latin.includes('kty') && !latin.includes('PRIVATE KEY') && !mayHoldKty(latin)) return;
  const body = bytes.toString('utf8');
  const inner = new Set<string>();
  try {
    collectSecrets(JSON.parse(body), inner, true);
  } catch {
    // (not JSON: read as a text below)
  }
  textPrivateKeys(body, inner);
  if (holdsPrivateKey(body)) addPrivateKeys(inner, body);
  scanJwkText(body, inner, LOOSE_TEXT);
  if (inner.size === 0) return;
  if (!BASE64_TEXT.test(text)) return addValue(found, text);
  for (const s of inner) {
    const needle = Buffer.from(s, 'utf8').toString('latin1');
    let places = 0;
    for (let at = latin.indexOf(needle); at !== -1 && places++ < 1000; at = latin.indexOf(needle, at + needle.length)) {
      const piece = text.slice(Math.floor(at / 3) * 4, Math.ceil((at + needle.length) / 3) * 4);
      found.add(piece);
      // (a writer that escapes `/` in JSON strings)
      if (piece.includes('/')) found.add(piece.replaceAll('/', '\\/'));
    }
  }
}

const BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;

/** the members of a JSON Web Key that are private (RFC 7518 §6.2.2, §6.3.2 and §6.4.1; `oth`: other primes) */
const JWK_PRIVATE = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

/** a PEM private key block (PKCS#1, PKCS#8, encrypted, EC, OpenSSH, PGP…); without its END line, to the text's end */
const PEM_PRIVATE = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*)-----([\s\S]*?)(?:-----END \1-----|$)/g;

/** whether a string may hold a PEM private key (one search; most strings are short and hold none) */
function holdsPrivateKey(s: string): boolean {
  return s.length >= 27 && s.includes('PRIVATE KEY');
}

/**
 * Each PEM private key block in a string, as secrets: the block, its JSON-escaped form, and each line of its body
 * (what a block scalar or a file of one shows on a source line); not the BEGIN/END words, which are no secret.
 */
function addPrivateKeys(found: Set<string>, s: string): void {
  for (const m of s.matchAll(PEM_PRIVATE)) {
    found.add(m[0]);
    const escaped = JSON.stringify(m[0]).slice(1, -1);
    if (escaped !== m[0]) found.add(escaped);
    addPemLine(found, m[2]);
  }
}

/**
 * The pieces of a PEM private key's body (or of one line of it, a list item), split at line ends and white space
 * only (a body's last line, "Aw==", is base64 with its padding), down to two characters (a last line `kQ==` cut
 * as `kQ` still shows key material)
 */
function addPemLine(found: Set<string>, body: string): void {
  for (const piece of body.split(PEM_SPLIT)) if (piece.length >= MIN_PEM_PIECE) found.add(piece);
}

/**
 * PEM private key blocks written in a document's text outside any value its parser gives (a key commented out,
 * `#   MIIE…` under `# old_key: |`): each body line, as a mask. A block counts only when every line between its
 * BEGIN and END lines is base64, a header (`Proc-Type: 4,ENCRYPTED`) or empty once comment marks are taken off, so
 * text between an unrelated BEGIN and END is never taken for a key.
 */
export function textPrivateKeys(text: string, found: Set<string>): void {
  if (!text.includes('PRIVATE KEY-----')) return;
  // (by indexOf, the next END found once for every BEGIN before it: a text of BEGIN lines without an END is one
  // pass, where a regular expression looked for the END from each BEGIN again)
  let end = -2;
  for (let at = text.indexOf('-----BEGIN '); at !== -1; at = text.indexOf('-----BEGIN ', at + 11)) {
    const head = BEGIN_LINE.exec(text.slice(at, at + 120));
    if (!head) continue;
    if (end !== -1 && end < at) end = text.indexOf('-----END ', at);
    if (end === -1) return;
    // a block written as a list of quoted lines (`join("\n", ["-----BEGIN PRIVATE KEY-----", "MIIE…", …])`, in
    // HCL, or in a file that does not parse)
    if (quotedLines(text, at + head[0].length, end, head[1], found)) continue;
    const bodyStart = text.indexOf('\n', at);
    if (bodyStart === -1 || bodyStart > end || end - bodyStart > TEXT_PEM_MAX_CHARS) continue;
    if (!text.startsWith(`-----END ${head[1]}-----`, end)) continue;
    const lines = text.slice(bodyStart + 1, text.lastIndexOf('\n', end) + 1).split(/\r?\n/);
    const body: string[] = [];
    let ok = true;
    for (const line of lines) {
      const bare = line.replace(COMMENT_MARKS, '').trim();
      if (bare === '' || PEM_HEADER.test(bare)) continue;
      if (!BASE64_LINE.test(bare)) {
        ok = false;
        break;
      }
      body.push(bare);
    }
    if (ok) for (const b of body) if (b.length >= MIN_PEM_PIECE) found.add(b);
  }
}


/**
 * A PEM block's body written as quoted items of a list, from `from` (just after the BEGIN line's `-----`) to the END
 * line at `end`: each item's text is a mask when every item is base64, a header or empty, and nothing but commas,
 * white space and line-end escapes is between them. Returns whether the block was so written.
 */
function quotedLines(text: string, from: number, end: number, label: string, found: Set<string>): boolean {
  if (end - from > TEXT_PEM_MAX_CHARS || !text.startsWith(`-----END ${label}-----`, end)) return false;
  const between = text.slice(from, end);
  const open = QUOTED_HEAD.exec(between);
  const close = QUOTED_TAIL.exec(between);
  if (!open || !close || open[0].length > close.index) return false;
  const items: string[] = [];
  const rest = between.slice(open[0].length, close.index).replace(QUOTED_ITEM, (_, _q: string, item: string) => {
    items.push(item.replace(LINE_END_ESCAPES, ''));
    return ' ';
  });
  if (!QUOTED_GLUE.test(rest) || items.length === 0) return false;
  if (!items.every((x) => x === '' || BASE64_LINE.test(x) || PEM_HEADER.test(x))) return false;
  for (const x of items) if (x.length >= MIN_PEM_PIECE && !PEM_HEADER.test(x)) found.add(x);
  return true;
}

/** the end of a list item holding a BEGIN line (`\n"`, `",`), the start of the one holding END, an item, what is between */
const QUOTED_HEAD = /^(?:\\r)?(?:\\n)?(["'])\s*,/;
const QUOTED_TAIL = /,\s*(["'])$/;
const QUOTED_ITEM = /(["'])([^"'\n]*)\1/g;
const QUOTED_GLUE = /^[\s,]*$/;
const LINE_END_ESCAPES = /(?:\\r|\\n)+$/;

/** a BEGIN line's label, at the start of a text */
const BEGIN_LINE = /^-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*)-----/;
/** the longest body of a block read from a text (a 16384-bit RSA key is about 12 KB) */
const TEXT_PEM_MAX_CHARS = 32 * 1024;
/** what a comment's line starts with (`#`, `//`, ` * `) */
const COMMENT_MARKS = /^\s*(?:#+|\/\/+|\*+(?!\/))/;
const PEM_HEADER = /^[A-Za-z-]+: \S/;
const BASE64_LINE = /^[A-Za-z0-9+/]+={0,2}$/;

const PEM_SPLIT = /(?:\s|\\[nr])+/;
const MIN_PEM_PIECE = 2;

/** whether a string may be JSON holding a JSON Web Key (one cheap test: most strings are neither) */
function mayHoldJwk(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c === 123 /* { */ || c === 91 /* [ */ || c === 32 || c === 10 || c === 13 || c === 9) && s.length <= EMBEDDED_MAX && s.includes('"kty"');
}

/** the longest string read as embedded JSON for a JSON Web Key (a HAR body is bounded by the file's size) */
const EMBEDDED_MAX = 16 * 1024 * 1024;

/**
 * The secrets of JSON written inside a string (a HAR request's or response's body, a `jwks` setting kept as text):
 * what its parsed value holds (a JSON Web Key's private members, nested deeper too), as the source writes them
 * (JSON-escaped once more).
 */
function addEmbeddedJwk(found: Set<string>, s: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch {
    return;
  }
  const inner = new Set<string>();
  collectSecrets(parsed, inner, true);
  for (const x of inner) addValue(found, x);
}


/**
 * Whether a key names a secret (SECRET_NAME), remembered per key: a directory export repeats the same few dozen
 * keys in every file. Only short keys are remembered, and only so many.
 */
function isSecretName(key: string): boolean {
  let yes = secretNames.get(key);
  if (yes === undefined) {
    yes = SECRET_NAME.test(key);
    if (key.length <= 64 && secretNames.size < 4096) secretNames.set(key, yes);
  }
  return yes;
}

const secretNames = new Map<string, boolean>();

function sensitive(value: unknown, marks: unknown, found: Set<string>): void {
  if (marks === true) return addLeaves(found, value);
  if (!marks || typeof marks !== 'object' || !value || typeof value !== 'object') return;
  for (const [k, m] of Object.entries(marks as Record<string, unknown>)) sensitive((value as Record<string, unknown>)[k], m, found);
}

/**
 * Every string (and number) under a value, as secrets: at most 10,000 nodes, the first 1,000 values of each
 * object or list, last first (the order the masks were always made in).
 */
function addLeaves(found: Set<string>, v: unknown): void {
  // (most secret-named keys hold a string)
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

/**
 * Mask the value after each secret-named key: a quoted value up to its closing quote (a PEM key holds spaces and
 * `\n` escapes), a bare one up to the next space, quote, comma, brace or `&`; a YAML anchor or tag before the
 * value (`client_secret: &s X`, `!!str X`) is skipped.
 */
function maskSecretValues(line: string): string {
  let out = '';
  let last = 0;
  SECRET_KEY.lastIndex = 0;
  for (let m = SECRET_KEY.exec(line); m; m = SECRET_KEY.exec(line)) {
    let start = m.index + m[0].length;
    let quote = m[2];
    if (quote === '') {
      const props = /^(?:[&!][^\s]*\s+)+(\\?["']?)/.exec(line.slice(start));
      if (props) {
        start += props[0].length;
        quote = props[1];
      }
    }
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
    if (end > start && line[start] !== '*') {
      out += line.slice(last, start) + '*'.repeat(end - start);
      last = end;
    }
    SECRET_KEY.lastIndex = Math.max(SECRET_KEY.lastIndex, end);
  }
  return out + line.slice(last);
}
