import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Path, Span } from '../../rule-api/types';
import type { ParseProblem, SourceDocument } from '../document';
import { JsonLocator, parseJsonFast } from './json-fast';
import { substituteKeywords, type KeywordMap, type KeywordResult } from '../keywords';

const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unexpected end of comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

/** set (non-enumerable) on the documents loadJson makes: their value is a tree, JSON.parse and toValue make every object anew */
const JSON_TREE = Symbol('a JSON tree');

/**
 * Whether a document's value is one loadJson parsed and so shares no object (a search for secrets need not remember
 * any). A copy of the document (`{ ...doc }`, with another value or not) is not one.
 */
export function isJsonTree(doc: SourceDocument): boolean {
  return (doc as { [JSON_TREE]?: true })[JSON_TREE] === true;
}

function markTree(doc: SourceDocument): SourceDocument {
  if (typeof doc.value === 'object' && doc.value !== null) Object.defineProperty(doc, JSON_TREE, { value: true });
  return doc;
}

/**
 * Parse JSON text into a document with lazily computed positions (duplicate keys are errors): `JSON.parse` and a
 * small locator when the text is strict JSON without repeated keys (json-fast.ts), jsonc-parser otherwise.
 */
export function loadJson(file: string, text: string, bom: boolean, keywords?: KeywordMap): SourceDocument {
  const prepared = substituteKeywords(text, 'json', keywords);
  const { parseText, offsets, placeholders } = prepared;
  const fast = parseJsonFast(parseText);
  if (!fast) return loadJsonFull(file, text, bom, keywords, prepared);
  let locator: JsonLocator | undefined;
  // (no placeholder replaced, as in nearly every file: the offsets are the text's own)
  const same = offsets.identity;
  return markTree({
    file,
    format: 'json',
    text,
    parseText,
    offsets,
    bom,
    value: fast.value,
    problems: [],
    directives: [],
    placeholders,
    locate(path, target) {
      locator ??= new JsonLocator(parseText);
      const r = locator.locate(path, target);
      return same ? { start: r[0], end: r[1] } : { start: offsets.toOriginal(r[0]), end: offsets.toOriginal(r[1], 'end') };
    },
  });
}

/** Parse JSON text with jsonc-parser: its error messages and positions, duplicate keys reported where they are. */
export function loadJsonFull(
  file: string,
  text: string,
  bom: boolean,
  keywords?: KeywordMap,
  prepared: KeywordResult = substituteKeywords(text, 'json', keywords),
): SourceDocument {
  const { parseText, offsets, placeholders } = prepared;
  const problems: ParseProblem[] = [];
  const span = (a: number, b: number): Span => ({ start: offsets.toOriginal(a), end: offsets.toOriginal(b, 'end') });
  let root: JsonNode | undefined;
  let value: unknown = null;
  try {
    const errors: ParseError[] = [];
    root = parseTree(parseText, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    for (const e of errors) {
      const name = printParseErrorCode(e.error);
      problems.push({ message: `invalid JSON: ${ERROR_TEXT[name] ?? name}`, span: span(e.offset, e.offset + Math.max(e.length, 1)) });
    }
    if (root && problems.length === 0) {
      value = toValue(root, (key) =>
        problems.push({ message: `duplicate key: "${key.value}" appears more than once in this object`, span: span(key.offset, key.offset + key.length) }),
      );
    }
  } catch (err) {
    const message = err instanceof RangeError ? 'invalid JSON: nesting is too deep to read' : `invalid JSON: ${String(err)}`;
    problems.push({ message, span: { start: 0, end: Math.min(1, text.length) } });
    root = undefined;
  }
  if (problems.length) value = null;
  const tree = root;
  return markTree({
    file,
    format: 'json',
    text,
    parseText,
    offsets,
    bom,
    value,
    problems,
    directives: [],
    placeholders,
    locate(path, target) {
      if (!tree) return undefined;
      const r = locateJson(tree, path, target);
      return r ? span(r[0], r[1]) : undefined;
    },
  });
}

/** Convert a jsonc-parser tree to plain data without letting `__proto__` keys touch prototypes. */
function toValue(node: JsonNode, onDuplicate: (key: JsonNode) => void): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const key = String(k.value);
        if (seen.has(key)) onDuplicate(k);
        seen.add(key);
        Object.defineProperty(obj, key, { value: toValue(v, onDuplicate), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map((c) => toValue(c, onDuplicate));
    default:
      return node.value;
  }
}

/** [start, end) of the value or key at `path`, or of the deepest node that exists. */
function locateJson(root: JsonNode, path: Path, target: 'key' | 'value'): [number, number] | undefined {
  let node: JsonNode = root;
  let keyNode: JsonNode | undefined;
  for (const seg of path) {
    keyNode = undefined;
    if (node.type === 'object') {
      const props = (node.children ?? []).filter((p) => p.children?.[0]?.value === String(seg));
      const prop = props[props.length - 1];
      if (!prop?.children?.[1]) return [node.offset, node.offset + node.length];
      keyNode = prop.children[0];
      node = prop.children[1];
    } else if (node.type === 'array' && typeof seg === 'number' && node.children?.[seg]) {
      node = node.children[seg];
    } else {
      return [node.offset, node.offset + node.length];
    }
  }
  const n = target === 'key' && keyNode ? keyNode : node;
  return [n.offset, n.offset + n.length];
}
