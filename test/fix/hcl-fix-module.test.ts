/**
 * `--fix` on a large `.tf` module: every fix of a file is made and proven together (one parse of the text
 * before and one after, not one per finding), and the proof still refuses an edit that changes anything the
 * fixes do not name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/text-edit';
import type { FixOp } from '../../src/rule-api/types';
import { disproveHclEdits } from '../../src/sources/terraform/hcl-fix-proof';
import { hclEdits } from '../../src/sources/terraform/hcl-fixer';
import { runCli } from '../helpers/cli';
import { lint, tempTree } from '../helpers/lint';
import { applyLspEdits, startLsp } from '../lsp/lsp-client';

/** `n` clients, every seventh with `organization_usage = "Require"`, every eleventh with a variable's value */
function module(n: number): { text: string; fixedLines: number[] } {
  const lines = ['variable "usage" {', '  default = "Allow"', '}', ''];
  const fixedLines: number[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`resource "auth0_client" "app_${i}" {`, `  name               = "App ${i}" # owner ${i % 5}`);
    if (i % 7 === 0) {
      fixedLines.push(lines.length + 1);
      lines.push('  organization_usage = "Require"');
    } else lines.push(`  organization_usage = ${i % 11 === 0 ? 'var.usage' : '"require"'}`);
    lines.push('  default_organization {', '    organization_id = "org_1"', '    flows           = ["client_credentials"]', '  }', '}', '');
  }
  return { text: lines.join('\n'), fixedLines };
}

describe('--fix on a module of many clients', () => {
  it('edits exactly the lines of the findings it fixes, and leaves the variable and every other byte alone', async () => {
    const { text, fixedLines } = module(400);
    const dir = tempTree({ 'main.tf': text });
    const run = await runCli(['--fix', '--format', 'json', '.'], { cwd: dir });
    const after = readFileSync(path.join(dir, 'main.tf'), 'utf8').split('\n');
    const before = text.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((l, i) => (l === after[i] ? [] : [i + 1]));
    expect(changed).toEqual(fixedLines);
    for (const line of fixedLines) expect(after[line - 1]).toBe('  organization_usage = "require"');
    // a variable's value is the variable's to change: a finding on each client that uses it, no fix
    const left = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'organization-usage-enum');
    const users = Array.from({ length: 400 }, (_, i) => i).filter((i) => i % 11 === 0 && i % 7 !== 0);
    expect(left).toHaveLength(users.length);
    for (const f of left) expect(f).toMatchObject({ fix: null, message: expect.stringContaining('--fix leaves it: the value comes from var.usage') });
    expect(run.stderr).toBe('');
  });
});

describe('--fix on a module with CRLF, astral characters and heredocs', () => {
  it('edits exactly the values, at UTF-16 offsets, keeping CRLF', async () => {
    let text = '';
    for (let i = 0; i < 120; i++) {
      const usage = i % 3 === 0 ? '"Require"' : '"require"';
      text += `resource "auth0_client" "c${i}" {\r\n  name        = "Café 😀 ${i}"\r\n  description = <<-EOT\r\n    line 😀 "quoted" }\r\n    resource "auth0_client" "fake" {\r\n    EOT\r\n  organization_usage = ${usage} # 注释 😀\r\n}\r\n\r\n`;
    }
    const dir = tempTree({ 'main.tf': text });
    await runCli(['--fix', '--format', 'compact', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(text.replace(/"Require"/g, '"require"'));
  });
});

describe('--fix on a module of many files', () => {
  it('fixes each file, proving each against its own text', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`c${i}.tf`] = module(15).text.replace(/app_/g, `f${i}_`).replace(/variable "usage"/, `variable "usage_${i}"`).replace(/var\.usage/g, `var.usage_${i}`);
    const dir = tempTree(files);
    const run = await runCli(['--fix', '--format', 'compact', '.'], { cwd: dir });
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(text.replace(/"Require"/g, '"require"'));
    }
    expect(run.stdout).not.toContain('not fixed');
  });
});

const TEXT = `resource "auth0_client" "a" {
  name               = "A"
  organization_usage = "Require"
}

# the second client
resource "auth0_client" "b" {
  name = "B"
}
`;

async function docOf(text: string) {
  const dir = tempTree({ 'main.tf': text });
  const result = await lint([dir], { cwd: dir });
  return result.docs.get(path.join(dir, 'main.tf'))!;
}

const SET: FixOp[] = [{ op: 'set', path: ['resource', 'auth0_client', 'a', 'organization_usage'], value: 'require' }];

describe('the proof of HCL edits', () => {
  it('proves the edit the fixer makes', async () => {
    const doc = await docOf(TEXT);
    const edits = hclEdits(doc, SET)!;
    expect(disproveHclEdits(doc, applyEdits(TEXT, edits).text, SET)).toBeUndefined();
  });

  it('refuses an edit that would change another resource, a comment between blocks, or more of the fixed block', async () => {
    const doc = await docOf(TEXT);
    const fixed = TEXT.replace('"Require"', '"require"');
    expect(disproveHclEdits(doc, fixed.replace('"B"', '"C"'), SET)).toBe('the edit would also change resource "auth0_client" "b", which no fix names');
    expect(disproveHclEdits(doc, fixed.replace('the second', 'the 2nd'), SET)).toBe('the edit would also change line 6, which no fix names');
    expect(disproveHclEdits(doc, fixed.replace('"A"', '"Z"'), SET)).toBe('the edit would also change auth0_client.a.name, which no fix names');
    expect(disproveHclEdits(doc, fixed.replace('"auth0_client" "a"', '"auth0_client" "x"'), SET)).toBe('the edit would also change resource "auth0_client" "a", which no fix names');
    expect(disproveHclEdits(doc, fixed + 'resource "auth0_client" "c" {\n}\n', SET)).toBe('the edit would also change line 10, which no fix names');
    expect(disproveHclEdits(doc, fixed.replace('"require"\n}', '"require"\n'), SET)).toMatch(/^the fixed text would not parse/);
    expect(disproveHclEdits(doc, fixed + '\n\n', SET)).toBe('the edit would also change line 10, which no fix names');
    // given the edits, nothing but them may differ, even inside the fixed block
    const edits = hclEdits(doc, SET)!;
    expect(disproveHclEdits(doc, fixed, SET, edits)).toBeUndefined();
    expect(disproveHclEdits(doc, fixed.replace('\n', '\r\n'), SET, edits)).toBe('the edit would also change resource "auth0_client" "a", which no fix names');
    expect(disproveHclEdits(doc, fixed.replace('the second', 'the 2nd'), SET, [...edits, { start: TEXT.indexOf('second'), end: TEXT.indexOf('second') + 6, text: '2nd' }])).toBe(
      'the edit would also change line 6, which no fix names',
    );
    // an edit that leaves the finding's value as it was is not the fix it claims to be
    expect(disproveHclEdits(doc, TEXT, SET)).toBe("the edit would not make the fix's change at auth0_client.a.organization_usage");
  });

  it('refuses ops naming a place the file does not have', async () => {
    const doc = await docOf(TEXT);
    expect(disproveHclEdits(doc, TEXT, [{ op: 'remove', path: ['resource', 'auth0_client', 'nope', 'name'] }])).toBe('a fix names a setting the file does not have');
  });
});

describe('a block that sets an argument twice', () => {
  it('is a syntax error, as Terraform says, so neither value is read or fixed', async () => {
    const text = 'resource "auth0_client" "a" {\n  name                          = "A"\n  organization_usage            = "deny"\n  organization_require_behavior = "pre_login_prompt"\n  organization_require_behavior = "post_login_prompt"\n}\n';
    const dir = tempTree({ 'main.tf': text });
    const run = await runCli(['--fix-unsafe', '--format', 'compact', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(text);
    expect(run.stdout).toContain('main.tf:5:3: error: invalid HCL: the argument "organization_require_behavior" is set twice in one block (Terraform refuses it)');
    expect(run.stdout).not.toContain('require-behavior-without-require');
  });
});

describe('an editor quick fix on a .tf file', () => {
  it('is proven on its own, and applying it clears the finding', async () => {
    const root = tempTree({ 'main.tf': TEXT });
    const client = await startLsp(root);
    try {
      const uri = client.open(path.join(root, 'main.tf'), TEXT);
      const diags = (await client.diagnostics(uri, (d) => d.length > 0)).filter((d) => d.code === 'organization-usage-enum');
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } })) as {
        isPreferred?: boolean;
        edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> };
      }[];
      const fix = actions.find((a) => a.isPreferred)!;
      const fixed = applyLspEdits(TEXT, fix.edit.changes[uri]);
      expect(fixed).toBe(TEXT.replace('"Require"', '"require"'));
      client.change(uri, fixed);
      const after = await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'organization-usage-enum'));
      expect(after.map((d) => d.code)).toEqual(['require-no-prompt']);
    } finally {
      await client.close();
    }
  });
});

describe('an attribute inserted after a line whose block comment runs on', () => {
  it('goes after the comment, not inside it', async () => {
    const text = 'resource "auth0_client" "a" {\n  name                          = "A"\n  organization_require_behavior = "pre_login_prompt" /* set by\n  the platform team */\n}\n';
    const dir = tempTree({ 'main.tf': text });
    const run = await runCli(['--fix-unsafe', '--format', 'compact', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(text.replace('team */\n', 'team */\n  organization_usage            = "require"\n'));
  });
});
