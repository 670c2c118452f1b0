/**
 * Suppression directives in HCL block comments over several lines (`/* orglint-disable-next-line … *\/`,
 * `/* orglint-disable *\/ … /* orglint-enable *\/`), read as the one-line ones and the YAML ones are; the same
 * words inside a heredoc or a string are text, not directives.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, tempTree } from '../../helpers/lint';

async function lintTree(text: string) {
  const dir = tempTree({ 'main.tf': text });
  const result = await lint([dir], { cwd: dir });
  const where = (f: { line: number; column: number; ruleId: string }) => `${f.line}:${f.column} ${f.ruleId}`;
  return { lines: result.findings.map(where), suppressed: result.suppressed, doc: result.docs.get(path.join(dir, 'main.tf'))! };
}

const client = (name: string, before = '', usage = '"Require"') => `resource "auth0_client" "${name}" {
  name = "${name}"
${before}  organization_usage = ${usage}
}
`;

describe('multi-line /* */ directives in .tf files', () => {
  it('disable-next-line over several lines hides the line after the comment ends, with its reason', async () => {
    const { lines, suppressed, doc } = await lintTree(
      client('a', '  /* orglint-disable-next-line organization-usage-enum --\n     migrating to "require" in the next release,\n     see TICKET-1 */\n') +
        client('b', '  /**\n   * orglint-disable-next-line\n   *   organization-usage-enum\n   * -- the same, in a doc-comment layout\n   */\n') +
        // the line after the comment is `name`, not the finding's line: nothing hidden
        `resource "auth0_client" "c" {\n  /* orglint-disable-next-line organization-usage-enum\n  */\n  name = "c"\n  organization_usage = "Require"\n}\n`,
    );
    expect(lines).toEqual(['18:3 unused-disable-directive', '21:24 organization-usage-enum']);
    expect(suppressed.map((f) => [f.line, f.suppression?.reason])).toEqual([
      [6, 'migrating to "require" in the next release, see TICKET-1'],
      [15, 'the same, in a doc-comment layout'],
    ]);
    expect(doc.directives.map((d) => [d.kind, d.ruleIds, d.line, d.endLine])).toEqual([
      ['disable-next-line', ['organization-usage-enum'], 3, 5],
      ['disable-next-line', ['organization-usage-enum'], 10, 14],
      ['disable-next-line', ['organization-usage-enum'], 18, 19],
    ]);
  });

  it('disable … enable in block comments over several lines covers the lines between', async () => {
    const { lines } = await lintTree(
      '/* orglint-disable organization-usage-enum\n   -- legacy clients, moved in Q3 */\n' +
        client('a') +
        client('b') +
        '/*\n  orglint-enable organization-usage-enum\n*/\n' +
        client('c'),
    );
    expect(lines).toEqual(['16:24 organization-usage-enum']);
  });

  it('disable-line in a block comment that runs on covers the lines it is on', async () => {
    const { lines } = await lintTree(client('a', '', '"Require" /* orglint-disable-line organization-usage-enum -- migrating,\n  until Q3 */'));
    expect(lines).toEqual([]);
  });

  it('is not read inside a heredoc or a string, nor from an unclosed comment', async () => {
    const heredoc = `resource "auth0_client" "a" {
  name = "a"
  description = <<-EOT
    /* orglint-disable-next-line organization-usage-enum
    */
  EOT
  organization_usage = "Require"
}
resource "auth0_client" "b" {
  name = "b"
  description = "/* orglint-disable-next-line organization-usage-enum */"
  organization_usage = "Require"
}
resource "auth0_client" "c" {
  name = "c"
  description = <<EOT
/* orglint-disable organization-usage-enum */
EOT
  organization_usage = "Require"
}
`;
    const { lines, doc } = await lintTree(heredoc);
    expect(doc.directives).toEqual([]);
    expect(lines).toEqual(['7:24 organization-usage-enum', '12:24 organization-usage-enum', '19:24 organization-usage-enum']);
    const unclosed = await lintTree(client('a') + '/* orglint-disable organization-usage-enum\n');
    expect(unclosed.doc.directives).toEqual([]);
    expect(unclosed.lines[0]).toMatch(/parse-error$/);
  });

  it('keeps CRLF files on the right lines', async () => {
    const text = client('a', '  /* orglint-disable-next-line organization-usage-enum -- over\n     two lines */\n').replace(/\n/g, '\r\n') + client('b').replace(/\n/g, '\r\n');
    const { lines, doc } = await lintTree(text);
    expect(lines).toEqual(['9:24 organization-usage-enum']);
    expect(doc.directives[0]).toMatchObject({ line: 3, endLine: 4, reason: 'over two lines' });
  });
});
