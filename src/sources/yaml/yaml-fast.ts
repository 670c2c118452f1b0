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
  if (parseDirectives(text).length) return null;
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
