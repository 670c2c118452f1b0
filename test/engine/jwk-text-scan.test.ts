/**
 * scanJwkText (redact-jwk.ts): the private members of the JSON Web Keys a YAML, JSON or free text writes, taken as
 * the text writes them, in one pass. What is no JWK private member is never taken: a `d` or `k` of an object
 * without `kty`, a member of another letter case (`D`, `Kty`: RFC 7517 names are case-sensitive), a public member.
 * Through the CLI: test/hardening/jwk-text-mask.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { hasKtyWord, JSON_TEXT, LOOSE_TEXT, mayHoldKty, scanJwkText, YAML_TEXT, type TextKind } from '../../src/engine/redact-jwk';
import { textJwkMembers } from '../../src/engine/redact-hcl';

const masks = (text: string, kind: TextKind) => {
  const found = new Set<string>();
  scanJwkText(text, found, kind);
  return [...found].sort();
};
const yaml = (lines: string[]) => masks(lines.join('\n') + '\n', YAML_TEXT);
const hcl = (text: string) => {
  const found = new Set<string>();
  textJwkMembers(text, found);
  return [...found].sort();
};

describe('scanJwkText', () => {
  it('takes the private members of a YAML key in block and flow style, in a list, with anchors and tags', () => {
    expect(yaml(['jwk:', '  kty: RSA', '  n: PUBLICn01', '  d: PRIVd0001', '  p: &a PRIVp0001', '  q: !!str PRIVq0001'])).toEqual(['PRIVd0001', 'PRIVp0001', 'PRIVq0001']);
    expect(yaml(['keys:', '  - kty: RSA', '    d: PRIVitem1', '  - kty: oct', '    k: PRIVitem2', '  - n: x', '    d: NOTaKEY01'])).toEqual(['PRIVitem1', 'PRIVitem2']);
    expect(yaml(['jwk: {"kty": "RSA", \'dp\': PRIVdp001, "dq": "PRIVdq001", qi: PRIVqi001}'])).toEqual(['PRIVdp001', 'PRIVdq001', 'PRIVqi001']);
    // oth: every value under it, a flow list or the lines below
    expect(yaml(['jwk:', '  kty: RSA', '  oth:', '    - r: PRIVothR1', '      d: PRIVothD1', '      t: PRIVothT1', '  n: PUBLICn02'])).toEqual(['PRIVothD1', 'PRIVothR1', 'PRIVothT1']);
    // a private member whose value is a list inside oth: the oth values after it too
    expect(masks('{"kty": "RSA", "oth": [{"d": ["PRIVinner1"], "r": "PRIVafter1"}], "n": "PUBLICn06"}', JSON_TEXT)).toEqual(['PRIVafter1', 'PRIVinner1']);
    // a mapping that merges in an anchored one with kty (flow or block), its value written with an escape
    expect(yaml(['base: &b {kty: oct}', 'jwk: {<<: *b, k: "\\x50RIVmerge1"}', 'other: {<<: *b2, k: NOTaKEY13}'])).toEqual(['\\\\x50RIVmerge1', '\\x50RIVmerge1']);
    expect(yaml(['base: &b', '  kty: RSA', '  n: PUBLICn09', 'jwk:', '  <<: [*x, *b]', '  d: PRIVmerge2', 'plain: &p {n: x}', 'no:', '  <<: *p', '  d: NOTaKEY14'])).toEqual(['PRIVmerge2']);
    // a block scalar value: each line
    expect(yaml(['jwk:', '  kty: oct', '  k: |', '    PRIVblock1', '    PRIVblock2', 'next: 1'])).toEqual(['PRIVblock1', 'PRIVblock2']);
  });

  it('takes nothing outside a key: another object, a sibling, the next item, another letter case, a public member', () => {
    expect(yaml(['a:', '  kty: RSA', '  n: PUBLICn03', 'b:', '  d: NOTaKEY02', '  k: NOTaKEY03'])).toEqual([]);
    expect(yaml(['items:', '  - jwk:', '      kty: oct', '      k: PRIVnear01', '    d: NOTaKEY04', '  - k: NOTaKEY05'])).toEqual(['PRIVnear01']);
    expect(yaml(['jwk: {kty: RSA, D: NOTaKEY06, DP: NOTaKEY07, n: PUBLICn04, e: AQAB, x5c: [CERTpub01]}'])).toEqual([]);
    expect(yaml(['jwk: {Kty: RSA, d: NOTaKEY08}', 'KTY: x', 'kty_note: 1'])).toEqual([]);
    // `kty` inside a longer word or an id is no key
    expect(hasKtyWord('client_id: JPi3zjLNi1HDiCJHEktycqoeu5BBKN1b')).toBe(false);
    expect(hasKtyWord('"kty"')).toBe(true);
    expect(mayHoldKty('{"\\u006bty":"oct"}')).toBe(true);
    // a value that is a template is no literal
    expect(masks('{"kty": "oct", "k": "${var.k}"}', JSON_TEXT)).toEqual([]);
  });

  it('reads comments, strings holding JSON or YAML text, escapes, percent-encoding', () => {
    // a YAML comment holding a key, over several lines; a member commented out inside a key
    expect(yaml(['a: 1 # {kty: RSA, d: PRIVcmt01}', '# jwk:', '#   kty: oct', '#   k: PRIVcmt02', 'b: 2'])).toEqual(['PRIVcmt01', 'PRIVcmt02']);
    expect(yaml(['jwk:', '  kty: RSA', '  # d: PRIVold01', '  n: PUBLICn05'])).toEqual(['PRIVold01']);
    expect(yaml(['a:', '  n: x', '  # d: NOTaKEY09'])).toEqual([]);
    // a string that is JSON text (escaped once, twice) or YAML text, whole or in part
    expect(yaml(['a: "x={\\"kty\\":\\"oct\\",\\"k\\":\\"PRIVstr01\\"}"'])).toEqual(['PRIVstr01']);
    expect(masks(JSON.stringify({ a: JSON.stringify(JSON.stringify({ kty: 'oct', k: 'PRIVstr02' })) }), JSON_TEXT)).toEqual(['PRIVstr02']);
    expect(masks(JSON.stringify({ a: 'kty: oct\nk: PRIVstr03' }), JSON_TEXT)).toEqual(['PRIVstr03']);
    // escapes: the value as the line writes it (and JSON-escaped once more, as a string holding the file would)
    expect(masks('{"kty":"oct","k":"\\u0050RIVesc01"}', JSON_TEXT)).toEqual(['\\\\u0050RIVesc01', '\\u0050RIVesc01']);
    expect(yaml(['jwk: {kty: oct, k: "\\x50RIVesc02"}'])).toEqual(['\\\\x50RIVesc02', '\\x50RIVesc02']);
    expect(masks('{"a":"{\\"\\\\u006bty\\":\\"oct\\",\\"k\\":\\"PRIVesc03\\"}"}', JSON_TEXT)).toEqual(['PRIVesc03']);
    // percent-encoded (a form body, a URL): also as it is encoded
    expect(masks('{"url":"https://x/?jwk=%7B%22kty%22%3A%22oct%22%2C%22k%22%3A%22PRIV%2Bpct1%22%7D"}', JSON_TEXT)).toEqual(['PRIV%2Bpct1', 'PRIV+pct1']);
    // a free text: HCL, JSON or YAML, comment marks read as space
    expect(masks('// {\n//   "kty": "RSA",\n//   "d": "PRIVloose1"\n// }\n', LOOSE_TEXT)).toEqual(['PRIVloose1']);
    expect(masks('kty=oct&k=PRIVform01&x=1', LOOSE_TEXT)).toEqual(['PRIVform01']);
    // a JavaScript object in an HTML or script body; a URL's colon is no key's
    expect(masks("<script>const jwk = {kty:'oct',k:'PRIVjs0001'}; fetch('https://x/k:y')</script>", LOOSE_TEXT)).toEqual(['PRIVjs0001']);
  });

  it('HCL: a JSON string, a heredoc, a comment, a call in a call, a local or a variable a member reads', () => {
    expect(hcl('x = jsondecode("{\\"kty\\":\\"RSA\\",\\"d\\":\\"PRIVhcl01\\"}")')).toEqual(['PRIVhcl01']);
    expect(hcl('x = yamldecode(<<EOT\nkty: RSA\nd: PRIVhcl02\nEOT\n)\n')).toEqual(['PRIVhcl02']);
    expect(hcl('x = jsonencode(merge({ kty = "RSA" }, tomap({ d = "PRIVhcl03" })))')).toEqual(['PRIVhcl03']);
    expect(hcl('x = jsonencode({\n  kty = "RSA"\n  # d = "PRIVhcl04"\n})\n')).toEqual(['PRIVhcl04']);
    expect(hcl('locals {\n  jwk_d = "PRIVhcl05"\n  other = "NOTaKEY10"\n}\nvariable "k" { default = "PRIVhcl06" }\nx = jsonencode({ kty = "RSA", d = local.jwk_d, k = var.k })\n')).toEqual(['PRIVhcl05', 'PRIVhcl06']);
    expect(hcl('locals { jwk_d = "NOTaKEY11" }\nx = jsonencode({ n = "x", d = local.jwk_d })\n')).toEqual([]);
    // kty from a local the call merges in, before or after it in the file
    expect(hcl('x = jsonencode(merge(local.base, { d = "PRIVhcl07" }))\nlocals {\n  base = { kty = "RSA", n = "PUBLICn07" }\n}\n')).toEqual(['PRIVhcl07']);
    expect(hcl('variable "base" { default = { kty = "oct" } }\nx = jsonencode(merge(var.base, { k = "PRIVhcl08" }))\n')).toEqual(['PRIVhcl08']);
    expect(hcl('locals { base = { n = "PUBLICn08" } }\nx = jsonencode(merge(local.base, { d = "NOTaKEY12" }))\n')).toEqual([]);
  });

  it('reads a large text in one pass, and a hostile one without rescans', () => {
    const line = '  - {kty: oct, n: {x: [y, {z: w}]}, k: "K%%%%%%%"} # k: c\n';
    const text = 'keys:\n' + Array.from({ length: 60_000 }, (_, i) => line.replace('%%%%%%%', String(i).padStart(7, '0'))).join('');
    const found = new Set<string>();
    scanJwkText(text, found, YAML_TEXT);
    expect(found.size).toBe(60_000);
    // 60,000 strings before the only kty: each string is not searched to the end again
    const late = Array.from({ length: 60_000 }, (_, i) => `  "s${i}": "v",\n`).join('');
    expect(masks(`{\n${late}  "j": {"kty": "oct", "k": "PRIVlate01"}\n}\n`, JSON_TEXT)).toEqual(['PRIVlate01']);
    expect(hcl(Array.from({ length: 60_000 }, (_, i) => `s${i} = "v" # c\n`).join('') + 'x = f({ kty = "oct", k = "PRIVlate02" })\n')).toEqual(['PRIVlate02']);
    // unclosed brackets and strings, deep nesting: one pass (an object left open at the end is still read: a file
    // that does not parse shows its lines too)
    expect(masks('{"kty": "oct", "k": "OPEN'.repeat(20_000), JSON_TEXT)).toEqual(['OPEN{']);
    expect(masks('kty: x\n' + '['.repeat(1_000_000), YAML_TEXT)).toEqual([]);
    expect(masks('* '.repeat(200_000) + '\nkty=oct&k=PRIVstars1', LOOSE_TEXT)).toEqual(['PRIVstars1']);
  });
});
