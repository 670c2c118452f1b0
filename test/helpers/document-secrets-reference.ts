/** The reference for documentSecrets' differential tests (test/engine, test/shared). */
/** documentSecrets as it was before it remembered key names and skipped forms already added (the reference) */
export function reference(value: unknown): string[] {
  const SECRET_WORDS = String.raw`client_secret|secret|password|passwd|access_token|refresh_token|id_token|x-api-key|api[_-]?key|token|smtp_pass|private_key|privatekey|set-cookie|cookie|authorization`;
  const SECRET_NAME = new RegExp(`^(?:${SECRET_WORDS}|proxy-authorization|.*_secret|.*[_-]token|.*password)$`, 'i');
  const leaves = (v: unknown): string[] => {
    const out: string[] = [];
    const stack = [v];
    let budget = 10_000;
    while (stack.length && budget-- > 0) {
      const x = stack.pop();
      if (typeof x === 'string') out.push(x);
      else if (typeof x === 'number' || typeof x === 'bigint') out.push(String(x));
      else if (x && typeof x === 'object') stack.push(...Object.values(x).slice(0, 1000));
    }
    return out;
  };
  const sensitive = (v: unknown, marks: unknown, add: (v: unknown) => void): void => {
    if (marks === true) return add(v);
    if (!marks || typeof marks !== 'object' || !v || typeof v !== 'object') return;
    for (const [k, m] of Object.entries(marks as Record<string, unknown>)) sensitive((v as Record<string, unknown>)[k], m, add);
  };
  const found = new Set<string>();
  const add = (v: unknown) => {
    for (const s of leaves(v)) {
      for (const form of [s, JSON.stringify(s).slice(1, -1)]) {
        if (form.length >= 4) found.add(form);
        for (const piece of form.split(/[\s;,&=]+|\\n/)) if (piece.length >= 6) found.add(piece);
      }
    }
  };
  // a PEM private key block under any key: the block, its escaped form, the lines of its body
  const pem = (s: string) => {
    for (const m of s.matchAll(/-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*)-----([\s\S]*?)(?:-----END \1-----|$)/g)) {
      found.add(m[0]);
      found.add(JSON.stringify(m[0]).slice(1, -1));
      pemLine(m[2]);
    }
  };
  // a line of a PEM private key's body: its pieces down to two characters
  const pemLine = (s: string) => {
    // (at line ends and white space only: a body's last line keeps its base64 padding, `kQ==`)
    for (const piece of s.split(/(?:\s|\\[nr])+/)) if (piece.length >= 2) found.add(piece);
  };
  let budget = 200_000;
  const stack: unknown[] = [value];
  while (stack.length && budget-- > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      // (a PEM block split across items: each string item after the BEGIN item, up to the END item)
      let inPem = false;
      for (const x of node) {
        if (typeof x !== 'string') stack.push(x);
        else if (inPem) {
          if (x.includes('-----END ')) inPem = false;
          else pemLine(x);
        } else if (x.includes('PRIVATE KEY')) {
          pem(x);
          inPem = x.includes('-----BEGIN ') && !x.includes('-----END ');
        }
      }
      continue;
    }
    const o = node as Record<string, unknown>;
    if (typeof o.name === 'string' && 'value' in o && SECRET_NAME.test(o.name)) add(o.value);
    for (const [side, marks] of [['after', 'after_sensitive'], ['before', 'before_sensitive']] as const) if (side in o && marks in o) sensitive(o[side], o[marks], add);
    if (typeof o.kty === 'string') for (const m of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']) if (m in o) add(o[m]);
    for (const [k, v] of Object.entries(o)) {
      if (SECRET_NAME.test(k)) add(v);
      else if (k === 'cookies' && Array.isArray(v)) for (const c of v) add(c && typeof c === 'object' ? (c as Record<string, unknown>).value : undefined);
      else if (typeof v === 'string') pem(v);
      else stack.push(v);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

