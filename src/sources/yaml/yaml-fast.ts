import type { Span } from '../../rule-api/types';
import { parseDirectives } from '../directives';
import type { SourceDocument } from '../document';
import { substituteKeywords, type KeywordMap, type KeywordResult } from '../keywords';
import { SubsetLocator } from './yaml-locate';
import { parseYamlSubset } from './yaml-subset';

/**
 * Read YAML with the fast subset reader (yaml-subset.ts), or return null when the text needs the full `yaml`
 * package. Values and positions are the ones `yaml` gives; this module does not load `yaml`.
 */
export function loadYamlFast(
  file: string,
  text: string,
  bom: boolean,
  keywords?: KeywordMap,
  prepared: KeywordResult = substituteKeywords(text, 'yaml', keywords),
): SourceDocument | null {
  const { parseText, offsets, placeholders } = prepared;
  // a file with directives is read by the `yaml` package, which knows which `#` starts a comment (yaml-comments.ts)
  if (mayHoldDirective(text) && parseDirectives(text).length) return null;
  const parsed = parseYamlSubset(parseText);
  if (!parsed) return null;
  let locator: SubsetLocator | undefined;
  return {
    file,
    format: 'yaml',
    text,
    parseText,
    offsets,
    bom,
    value: parsed.value,
    problems: [],
    directives: [],
    placeholders,
    locate(path, target) {
      locator ??= new SubsetLocator(parseText, parsed.index);
      const [a, b] = locator.locate(path, target);
      return { start: offsets.toOriginal(a), end: offsets.toOriginal(b, 'end') } satisfies Span;
    },
  };
}

/**
 * Whether some `#` in the text is followed (after spaces and tabs) by `orglint-`, as every directive's is: a look
 * at each `#` only, where searching the whole text for `orglint-` costs several times more in a large file.
 */
export function mayHoldDirective(text: string): boolean {
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) {
    let j = i + 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 9; c = text.charCodeAt(++j));
    if (text.startsWith('orglint-', j)) return true;
  }
  return false;
}
