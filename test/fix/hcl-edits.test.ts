/** The HCL edit generator and its proof, on ops as rules give them. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/text-edit';
import type { FixOp } from '../../src/rule-api/types';
import { hclEdits, hclLiteral } from '../../src/sources/terraform/hcl-fixer';
import { lint, tempTree } from '../helpers/lint';

const TEXT = `resource "auth0_client" "app" {
  name               = "App"    # the app
  organization_usage = "allow"
  callbacks = [
    "https://a.example/cb", # first
    "https://b.example/cb",
  ]
  default_organization {
    organization_id = "org_1"
    flows           = ["client_credentials"]
  }
  description = var.description
}
`;

async function edit(ops: FixOp[], text = TEXT): Promise<string | null> {
  const dir = tempTree({ 'main.tf': text });
  const result = await lint([dir], { cwd: dir });
  const doc = result.docs.get(path.join(dir, 'main.tf'))!;
  const at = ['resource', 'auth0_client', 'app'];
  const edits = hclEdits(doc, ops.map((op) => ({ ...op, path: [...at, ...op.path] })));
  return edits ? applyEdits(text, edits).text : null;
}

describe('HCL edits', () => {
  it('inserts an attribute after its neighbour, = aligned with it', async () => {
    expect(await edit([{ op: 'set', path: ['organization_require_behavior'], value: 'pre_login_prompt', near: 'organization_usage' }])).toBe(
      TEXT.replace('  organization_usage = "allow"\n', '  organization_usage = "allow"\n  organization_require_behavior = "pre_login_prompt"\n'),
    );
    expect(await edit([{ op: 'set', path: ['app_type'], value: 'spa', near: 'name' }])).toBe(
      TEXT.replace('# the app\n', '# the app\n  app_type           = "spa"\n'),
    );
  });

  it('removes an attribute line with its comment, a list item with its comma, and a block whole', async () => {
    expect(await edit([{ op: 'remove', path: ['name'] }])).toBe(TEXT.replace('  name               = "App"    # the app\n', ''));
    expect(await edit([{ op: 'remove', path: ['callbacks', 0] }])).toBe(TEXT.replace('"https://a.example/cb", # first\n    ', ''));
    expect(await edit([{ op: 'remove', path: ['default_organization'] }])).toBe(TEXT.replace(/  default_organization \{[^}]*\}\n/, ''));
    // a path inside an unwrapped block, as rules see it
    expect(await edit([{ op: 'set', path: ['default_organization', 'flows'], value: ['client_credentials'] }])).toBe(TEXT);
  });

  it('renames an attribute keeping its = in place, and a block', async () => {
    expect(await edit([{ op: 'rename', path: ['name'], to: 'app_name' }])).toBe(TEXT.replace('  name               = "App"', '  app_name           = "App"'));
    expect(await edit([{ op: 'rename', path: ['default_organization'], to: 'default_org' }])).toBe(TEXT.replace('  default_organization {', '  default_org {'));
    expect(await edit([{ op: 'rename', path: ['name'], to: 'not valid' }])).toBeNull();
    expect(await edit([{ op: 'rename', path: ['name'], to: 'organization_usage' }])).toBeNull();
  });

  it('never rewrites a value that is not a literal, nor what it cannot place', async () => {
    expect(await edit([{ op: 'set', path: ['description'], value: 'x' }])).toBeNull();
    expect(await edit([{ op: 'set', path: ['nope', 'deeper'], value: 'x' }])).toBeNull();
    expect(await edit([{ op: 'set', path: ['default_organization'], value: { organization_id: 'x', flows: [] } }])).toBeNull();
    // removing a reference is safe: nothing is guessed
    expect(await edit([{ op: 'remove', path: ['description'] }])).toBe(TEXT.replace('  description = var.description\n', ''));
  });

  it('adds a line to a block with no attributes, before a CRLF and after a /* */ comment that runs on', async () => {
    const crlf = 'resource "auth0_client" "app" {\r\n  name = "App"\r\n  default_organization { /* to be\r\n  filled */\r\n    flows = []\r\n  }\r\n}\r\n';
    expect(await edit([{ op: 'set', path: ['default_organization', 'organization_id'], value: 'org_1', near: 'flows' }], crlf)).toBe(
      crlf.replace('    flows = []\r\n', '    flows = []\r\n    organization_id = "org_1"\r\n').replace('organization_id = "org_1"', 'organization_id = "org_1"'),
    );
  });

  it('adds the first attribute of a block after its { line, keeping CRLF', async () => {
    const crlf = 'resource "auth0_client" "app" {\r\n  name = "App"\r\n  addons { /* add-ons\r\n    we use */\r\n    wsfed {}\r\n  }\r\n}\r\n';
    expect(await edit([{ op: 'set', path: ['addons', 'note'], value: 'x' }], crlf)).toBe(crlf.replace('we use */\r\n', 'we use */\r\n    note = "x"\r\n'));
  });

  it('writes values as HCL literals, with template sequences escaped', () => {
    expect(hclLiteral('a${b}%{c}"\n')).toBe('"a$${b}%%{c}\\"\\n"');
    expect(hclLiteral(['x', 1, true, null])).toBe('["x", 1, true, null]');
    expect(hclLiteral({ a: 1, 'b-c': 'd', 'e f': 2 })).toBe('{ a = 1, b-c = "d", "e f" = 2 }');
    expect(hclLiteral(undefined)).toBeUndefined();
  });
});
