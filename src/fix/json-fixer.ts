import { modify } from 'jsonc-parser';
import type { FixOp } from '../rule-api/types';
import { detectEol, type TextEdit } from './text-edit';

/** Text edits that carry out `ops` on JSON text with jsonc-parser, keeping its indentation and line breaks. */
export function jsonEdits(text: string, ops: readonly FixOp[]): TextEdit[] | null {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const formattingOptions = {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: detectEol(text),
  };
  const edits: TextEdit[] = [];
  for (const op of ops) {
    const value = op.op === 'set' ? op.value : undefined;
    const near = op.op === 'set' ? op.near : undefined;
    const out = modify(text, [...op.path], value, {
      formattingOptions,
      getInsertionIndex: near ? (props) => (props.includes(near) ? props.indexOf(near) + 1 : props.length) : undefined,
    });
    if (out.length === 0) return null;
    for (const e of out) edits.push({ start: e.offset, end: e.offset + e.length, text: e.content });
  }
  return edits;
}
