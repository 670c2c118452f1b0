/**
 * The `.tf.json` fixer on its own: each kind of edit at the JSON place a value was read from, in the file's own
 * layout, and refused when it cannot be proven (a template, a block of several items, a key that is a template).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/fix/text-edit';
import type { FixOp } from '../../../src/rule-api/types';
import { tfJsonEdits } from '../../../src/sources/terraform/tfjson-fixer';
import { lint, tempTree } from '../../helpers/lint';

async function docOf(text: string) {
  const dir = tempTree({ 'main.tf.json': text });
  const result = await lint([dir], { cwd: dir });
  return result.docs.get(path.join(dir, 'main.tf.json'))!;
}

async function fixed(text: string, ops: FixOp[]): Promise<string | null> {
  const doc = await docOf(text);
  const edits = tfJsonEdits(doc, ops.map((op) => ({ ...op, path: ['resource', 'auth0_client', 'a', ...op.path] })));
  return edits ? applyEdits(text, edits).text : null;
}

const A = (body: string) => `{\n  "resource": {\n    "auth0_client": {\n      "a": {\n${body}\n      }\n    }\n  }\n}\n`;

describe('tfJsonEdits', () => {
  it('adds a property after its neighbour in their layout, with ${ escaped so Terraform reads the text', async () => {
    const text = A('        "name": "A",\n        "app_type": "spa"');
    expect(await fixed(text, [{ op: 'set', path: ['organization_usage'], value: 'allow', near: 'name' }])).toBe(
      A('        "name": "A",\n        "organization_usage": "allow",\n        "app_type": "spa"'),
    );
    expect(await fixed(text, [{ op: 'set', path: ['description'], value: 'costs ${5}' }])).toBe(
      A('        "name": "A",\n        "app_type": "spa",\n        "description": "costs $${5}"'),
    );
  });

  it('renames a property and removes a block written as an array of one object with its key', async () => {
    const text = A('        "name": "A",\n        "app_type": "spa",\n        "default_organization": [{ "organization_id": "org_1", "flows": ["client_credentials"] }]');
    expect(await fixed(text, [{ op: 'rename', path: ['app_type'], to: 'app_kind' }])).toBe(text.replace('"app_type"', '"app_kind"'));
    expect(await fixed(text, [{ op: 'remove', path: ['default_organization'] }])).toBe(A('        "name": "A",\n        "app_type": "spa"'));
    expect(await fixed(text, [{ op: 'set', path: ['default_organization', 'flows', 0], value: 'client_credentials' }])).toBe(text);
  });

  it('refuses what it cannot prove: a template, a new object, a property whose name is a template', async () => {
    const text = A('        "name": "${var.name}",\n        "app_type": "spa",\n        "client_metadata": { "a": "b" }');
    expect(await fixed(text, [{ op: 'set', path: ['name'], value: 'A' }])).toBeNull();
    expect(await fixed(text, [{ op: 'set', path: ['default_organization'], value: { organization_id: 'org_1' } }])).toBeNull();
    expect(await fixed(text, [{ op: 'set', path: ['client_metadata', '${x}'], value: 'y' }])).toBeNull();
    // a literal inside a value object is fine
    expect(await fixed(text, [{ op: 'set', path: ['client_metadata', 'a'], value: 'c' }])).toBe(text.replace('"a": "b"', '"a": "c"'));
  });
});
