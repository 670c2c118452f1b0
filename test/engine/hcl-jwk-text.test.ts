/**
 * JSON Web Keys written as HCL object literals where the document's value cannot hold them (inside a function
 * call, which is never evaluated): their private members are masks taken from the file's text in one pass
 * (redact.ts textJwkMembers), in every output that quotes the file. Through the real CLI, and the scanner itself
 * for the shapes HCL writes (strings, templates, comments, heredocs, `oth`, quoted keys).
 */
import { describe, expect, it } from 'vitest';
import { textJwkMembers } from '../../src/engine/redact-hcl';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const masks = (text: string) => {
  const found = new Set<string>();
  textJwkMembers(text, found);
  return [...found].sort();
};

describe('textJwkMembers', () => {
  it('takes the private members of every object with kty, whatever the order, the separators and the quoting', () => {
    expect(masks('x = f({ kty = "RSA", n = "PUBLICn", e = "AQAB", d = "PRIVd1", p = "PRIVp1", q = "PRIVq1", dp = "PRIVdp", dq = "PRIVdq", qi = "PRIVqi" })')).toEqual(
      ['PRIVd1', 'PRIVdp', 'PRIVdq', 'PRIVp1', 'PRIVq1', 'PRIVqi'],
    );
    // the key after its members, one member a line, `:` and quoted keys (HCL takes both)
    expect(masks('x = jsonencode({\n  k = "OCTsecret1"\n  "kty": "oct"\n})\n')).toEqual(['OCTsecret1']);
    expect(masks('x = jsonencode({ "d" = "PRIVquoted", "kty" = "EC", "x" = "PUBx", "y" = "PUBy" })')).toEqual(['PRIVquoted']);
    // a key set: each key its own object, nested in lists and calls
    expect(masks('x = jsonencode({ keys = [{ kty = "oct", k = "KEYone01" }, merge({ kty = "oct", k = "KEYtwo02" }, {})] })')).toEqual(['KEYone01', 'KEYtwo02']);
    // oth: every string of its value
    expect(masks('x = jsonencode({ kty = "RSA", oth = [{ r = "OTHr0001", d = "OTHd0001", t = "OTHt0001" }] })')).toEqual(['OTHd0001', 'OTHr0001', 'OTHt0001']);
  });

  it('takes nothing from an object without kty, a public member or a template; a comment or a heredoc holding a key is read as a text (jwk7)', () => {
    expect(masks('x = f({ d = "NOTaJWKd", k = "NOTaJWKk" })\nkty = "RSA"\n')).toEqual([]);
    expect(masks('x = f({ kty = "RSA", n = "PUBLICn", e = "AQAB", x5c = ["CERTpublic"] })')).toEqual([]);
    // a value with a template is not a literal (its parts come from elsewhere)
    expect(masks('x = f({ kty = "oct", k = "${var.k}" })')).toEqual([]);
    // braces and quotes inside strings, templates and comments do not open or close objects
    expect(masks('x = f({ kty = "oct", note = "a } \\" { b", t = "${lookup(m, "}")}", k = "AFTERall1" }) # { d = "CMT" }\n')).toEqual(['AFTERall1']);
    // (before jwk7 a key in a comment or a heredoc without `${` was left out, and every output showed it)
    expect(masks('/* { kty = "oct", k = "COMMENTED" } */\n// { kty = "oct", k = "SLASHED1" }\ny = 1\n')).toEqual(['COMMENTED', 'SLASHED1']);
    expect(masks('x = <<EOT\n{ kty = "oct", k = "HEREDOC1" }\nEOT\ny = f({ kty = "oct", k = "AFTERdoc1" })\n')).toEqual(['AFTERdoc1', 'HEREDOC1']);
    // a comment without kty is no key
    expect(masks('/* { k = "NOkty001" } */\n# d = "NOkty002"\ny = 1\n')).toEqual([]);
    // `$${` is a literal `${`, not a template
    expect(masks('x = f({ kty = "oct", k = "LIT$${x}val" })')).toEqual(['LIT$${x}val']);
  });

  it('attack-links6: a member written as a heredoc, a heredoc template, objects merged in one call, a comment before =', () => {
    // each line of a heredoc value is the member's text
    expect(masks('x = jsonencode({ kty = "RSA", d = <<EOT\nHEREdocD1\nEOT\n, n = "PUBn" })\n')).toEqual(['HEREdocD1']);
    expect(masks('x = jsonencode({ kty = "oct", k = <<-EOT\n    HEREdocK1\n    EOT\n})\n')).toEqual(['HEREdocK1']);
    // a heredoc template's interpolation is HCL: jsonencode inside it is read
    expect(masks('x = <<EOT\n${jsonencode({ kty = "RSA", d = "TPLinHeredoc1" })}\nEOT\n')).toEqual(['TPLinHeredoc1']);
    // merge({ kty }, { d }) makes one key: the call holds kty when one of its objects does
    expect(masks('x = jsonencode(merge({ kty = "RSA", n = "PUBn" }, { d = "MERGEDd01" }, { oth = [{ r = "MERGEDr01" }] }))')).toEqual(['MERGEDd01', 'MERGEDr01']);
    expect(masks('x = jsonencode(merge({ n = "PUBn" }, { d = "NOTaJWK01" }))')).toEqual([]);
    // a block comment is space to HCL, before = too
    expect(masks('x = jsonencode({ kty /* a */ = "RSA", d /* private */ = "CMTbeforeEq1" })')).toEqual(['CMTbeforeEq1']);
    // an unclosed comment after a key reads on, once
    expect(masks('x = f({ kty = "oct", k = "BEFOREopen1" })\ny = { d /* ' + 'd /* '.repeat(50_000))).toEqual(['BEFOREopen1']);
  });

  it('reads a large file in one pass (no rescans from each key)', () => {
    const line = '  a = f({ kty = "oct", n = { x = [ "y", { z = "w" } ] }, k = "K%%%%%%%" })\n';
    const text = Array.from({ length: 60_000 }, (_, i) => line.replace('%%%%%%%', String(i).padStart(7, '0'))).join('');
    const found = new Set<string>();
    textJwkMembers(text, found);
    expect(found.size).toBe(60_000);
    // unclosed objects and strings to the end: still one pass, nothing taken
    expect(masks('{ kty = "oct", k = "OPEN'.repeat(20_000))).toEqual([]);
    // a million open brackets hold no million frames: past 1,000 levels the search stops (no Terraform file nests so)
    expect(masks('x = f({ kty = "oct", k = "BEFOREdeep1" })\n' + 'y = ' + '{ a = '.repeat(1_000_000) + 'kty')).toEqual(['BEFOREdeep1']);
  });
});

describe('a JSON Web Key inside a Terraform function call, through the CLI', () => {
  it('is masked in excerpts of every format and in the fix diff; the public members are shown', async () => {
    const dir = tempTree({
      'main.tf': [
        'resource "auth0_client" "p" {',
        '  name               = "Portal"',
        '  organization_usage = "Require" # jwk = jsonencode({ kty = "oct", k = "ignored" })',
        '  client_metadata    = { a = jsonencode({ kty = "RSA", n = "PUBN", d = "PLANTEDhclJwkD01", q = "PLANTEDhclJwkQ01" }), b = jsonencode({ "kty": "oct", "k": "PLANTEDhclOct01" }) }',
        '}',
        '',
      ].join('\n'),
    });
    const planted = ['PLANTEDhclJwkD01', 'PLANTEDhclJwkQ01', 'PLANTEDhclOct01'];
    for (const f of ['stylish', 'json', 'sarif', 'html', 'github', 'junit', 'markdown', 'compact']) {
      const r = await runCli(['-f', f, '.'], { cwd: dir });
      expect(r.code, f).toBe(1);
      for (const p of planted) expect(r.stdout + r.stderr, `${f}: ${p}`).not.toContain(p);
    }
    const diff = await runCli(['--fix-dry-run', '.'], { cwd: dir });
    expect(diff.stdout).toContain('organization_usage = "require"');
    expect(diff.stdout).toContain('n = "PUBN", d = "****************", q = "****************"');
    for (const p of planted) expect(diff.stdout).not.toContain(p);
  });
});
