import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Path, Span } from '../../rule-api/types';
import { parseDirectives } from '../directives';
import { onlyYamlComments } from './yaml-comments';
import type { ParseProblem, SourceDocument } from '../document';
import { substituteKeywords, type KeywordMap, type KeywordResult } from '../keywords';
import { loadYamlFast } from './yaml-fast';

/** the most aliases a document may expand; the `yaml` package's own guard against "billion laughs" */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parse YAML text into a document with lazily computed positions: the fast subset reader when it can
 * (yaml-fast.ts), the `yaml` package otherwise. Hot paths use `loadYamlAsync` (yaml-load.ts), which loads `yaml`
 * only when needed.
 */
export function loadYaml(file: string, text: string, bom: boolean, keywords?: KeywordMap): SourceDocument {
  const prepared = substituteKeywords(text, 'yaml', keywords);
  return loadYamlFast(file, text, bom, keywords, prepared) ?? loadYamlFull(file, text, bom, keywords, prepared);
}

/** Parse YAML text with the `yaml` package: every construct, its error messages, alias and merge handling. */
export function loadYamlFull(
  file: string,
  text: string,
  bom: boolean,
  keywords?: KeywordMap,
  prepared: KeywordResult = substituteKeywords(text, 'yaml', keywords),
): SourceDocument {
  const { parseText, offsets, placeholders } = prepared;
  const problems: ParseProblem[] = [];
  const span = (a: number, b: number): Span => ({ start: offsets.toOriginal(a), end: offsets.toOriginal(b, 'end') });
  let doc: Document.Parsed | undefined;
  let value: unknown = null;
  try {
    // logLevel error: the package's warnings (a mapping used as a key) went to stderr with the file's text
    doc = parseDocument(parseText, { uniqueKeys: true, merge: true, prettyErrors: false, strict: true, logLevel: 'error' });
    for (const e of doc.errors) {
      const [a, b] = e.pos;
      const message = describeYamlError(e.code, e.message);
      // the parser reports a stack overflow at every level it unwinds through: once is enough
      if (message === TOO_DEEP && problems.some((p) => p.message === TOO_DEEP)) continue;
      problems.push({ message, span: span(a, Math.max(b, a + 1)) });
    }
    // classic-Mac line breaks: the package reads a bare CR as a space, so every error after it is misleading
    const bareCr = problems.length ? /\r(?!\n)/.exec(parseText) : null;
    if (bareCr) problems.splice(0, problems.length, { message: BARE_CR, span: span(bareCr.index, bareCr.index + 1) });
    if (problems.length === 0) value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const undefinedAlias = /unresolved alias[^:]*:\s*(\S+)/i.exec(err instanceof Error ? err.message : '');
    if (undefinedAlias) {
      // `*p` with no `&p` before it (a removed anchor, a typo): not an alias bomb
      const name = undefinedAlias[1];
      const at = new RegExp(`\\*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![^\\s,\\]}])`).exec(parseText);
      const start = at ? at.index : 0;
      problems.push({ message: `invalid YAML: undefined alias *${escapeControls(name)} (no anchor &${escapeControls(name)} before it)`, span: span(start, at ? start + at[0].length : Math.min(1, parseText.length)) });
    } else problems.push({ message: describeThrown(err), span: { start: 0, end: Math.min(1, text.length) } });
    value = null;
  }
  const parsed = doc;
  return {
    file,
    format: 'yaml',
    text,
    parseText,
    offsets,
    bom,
    value,
    problems,
    directives: onlyYamlComments(text, parseDirectives(text)),
    placeholders,
    locate(path, target) {
      if (!parsed) return undefined;
      const range = locateNode(parsed, path, target);
      return range ? span(range[0], range[1]) : undefined;
    },
  };
}

const TOO_DEEP = 'invalid YAML: nesting is too deep to read';
const BARE_CR = 'invalid YAML: a line ends in a bare carriage return (CR), which is not read as a line break; save the file with LF or CRLF line endings';

function describeYamlError(code: string, message: string): string {
  if (/maximum call stack/i.test(message)) return TOO_DEEP;
  // the parser quotes the text it stopped at: its control characters (NEL, ESC) must not reach a terminal
  const first = escapeControls(message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
  if (code === 'DUPLICATE_KEY') return `duplicate key: ${first.replace(/^Map keys must be unique;?\s*/, '') || 'map keys must be unique'}`;
  return `invalid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

function describeThrown(err: unknown): string {
  if (err instanceof RangeError) return TOO_DEEP;
  const message = escapeControls(err instanceof Error ? err.message : String(err));
  if (/excessive alias count/i.test(message)) return `invalid YAML: too many aliases (more than ${MAX_ALIAS_COUNT}); refusing a possible alias bomb`;
  return `invalid YAML: ${message}`;
}

/** Walk `path` from the root; returns [start, end) of the value or key, or of the deepest node that exists. */
export function locateNode(doc: Document.Parsed, path: Path, target: 'key' | 'value'): [number, number] | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | null = null;
  let lastGood: [number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const seg = path[i];
    keyNode = null;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyMatches(p.key, seg));
      if (!pair) return lastGood;
      keyNode = pair.key as Node;
      node = pair.value;
      if (node === null || node === undefined) {
        // `key:` with no value: point at the key
        return rangeOf(keyNode) ?? lastGood;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) return lastGood;
    } else {
      return lastGood;
    }
    lastGood = rangeOf(node) ?? lastGood;
  }
  if (target === 'key' && keyNode) return rangeOf(keyNode);
  return rangeOf(node) ?? lastGood;
}

function keyMatches(key: unknown, seg: string | number): boolean {
  if (isScalar(key)) return String(key.value) === String(seg);
  return false;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  if (!r) return undefined;
  return [r[0], r[1] > r[0] ? r[1] : r[2]];
}

/** Control characters as `\uXXXX`. */
function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
