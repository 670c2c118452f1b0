/** Fixes inside YAML sequences (discovery methods, default_organization.flows) keep everything else byte for byte. */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/text-edit';
import { yamlEdits } from '../../src/fix/yaml-fixer';
import type { FixOp } from '../../src/rule-api/types';

function apply(text: string, ops: FixOp[]): string | null {
  const edits = yamlEdits(text, ops);
  return edits ? applyEdits(text, edits).text : null;
}

const BLOCK = 'clients:\n  - name: A\n    methods:  # kept\n      - email\n      - Email   # case\n      - email\n    next: 1\n';
const M = ['clients', 0, 'methods'];

describe('YAML fixes on sequence items', () => {
  it('removes a block item with its whole line, comment included', () => {
    expect(apply(BLOCK, [{ op: 'remove', path: [...M, 2] }])).toBe(
      'clients:\n  - name: A\n    methods:  # kept\n      - email\n      - Email   # case\n    next: 1\n',
    );
  });

  it('removes the first, a middle and the last item of a flow sequence with their commas', () => {
    const flow = 'm: [a, b, c]\n';
    expect(apply(flow, [{ op: 'remove', path: ['m', 0] }])).toBe('m: [b, c]\n');
    expect(apply(flow, [{ op: 'remove', path: ['m', 1] }])).toBe('m: [a, c]\n');
    expect(apply(flow, [{ op: 'remove', path: ['m', 2] }])).toBe('m: [a, b]\n');
  });

  it('replaces one item, keeping its quoting and the comment after it', () => {
    expect(apply(BLOCK, [{ op: 'set', path: [...M, 1], value: 'email' }])).toBe(BLOCK.replace('- Email   # case', '- email   # case'));
    expect(apply("m: ['Email', x]\n", [{ op: 'set', path: ['m', 0], value: 'email' }])).toBe("m: ['email', x]\n");
  });

  it('replaces a block sequence by a scalar on the key line, keeping the comment after the colon', () => {
    expect(apply(BLOCK, [{ op: 'set', path: M, value: null }])).toBe('clients:\n  - name: A\n    methods: null  # kept\n    next: 1\n');
  });

  it('keeps CRLF line endings when it removes a line or collapses a block', () => {
    const crlf = BLOCK.replace(/\n/g, '\r\n');
    expect(apply(crlf, [{ op: 'remove', path: [...M, 0] }])).toBe(
      'clients:\r\n  - name: A\r\n    methods:  # kept\r\n      - Email   # case\r\n      - email\r\n    next: 1\r\n',
    );
    expect(apply(crlf, [{ op: 'set', path: M, value: null }])).toBe('clients:\r\n  - name: A\r\n    methods: null  # kept\r\n    next: 1\r\n');
  });

  it('gives up (no edit) on an index that does not exist or an item not alone on its line', () => {
    expect(apply(BLOCK, [{ op: 'remove', path: [...M, 9] }])).toBeNull();
    expect(apply('m:\n  - - a\n    - b\n', [{ op: 'remove', path: ['m', 0, 0] }])).toBeNull();
  });
});
