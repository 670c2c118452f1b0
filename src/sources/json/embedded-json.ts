import type { Path, Span } from '../../rule-api/types';
import type { SourceDocument } from '../document';
import { loadJson } from './json-source';
import { decodeJsonString, outerSpan, type DecodedString } from './json-string';

/** A JSON document carried as a string value inside another JSON document (a HAR request's `postData.text`). */
export interface EmbeddedJson {
  /** where the string sits in the outer document */
  path: Path;
  /** the decoded string and where each of its characters came from */
  decoded: DecodedString;
  /** the string parsed as JSON; positions in it are offsets into `decoded.value` */
  inner: SourceDocument;
}

/**
 * A document whose string values at some paths hold JSON of their own. A path that goes past one of those
 * strings (`[...path, 'organization_usage']`) is looked up in the embedded document and its span mapped back
 * through the string's escapes, so a finding points at the exact line and column of the outer file.
 */
export class DocumentWithEmbeddedJson {
  private readonly embedded = new Map<string, EmbeddedJson>();

  constructor(readonly outer: SourceDocument) {}

  /** Parse the string at `path` as JSON and mount it; null when there is no string there. */
  mount(path: Path): EmbeddedJson | null {
    const span = this.outer.locate(path, 'value');
    if (!span) return null;
    const decoded = decodeJsonString(this.outer.text, span.start);
    if (!decoded || decoded.starts[decoded.value.length] !== span.end - 1) return null;
    const inner = loadJson(this.outer.file, decoded.value, false);
    const e: EmbeddedJson = { path, decoded, inner };
    this.embedded.set(JSON.stringify(path), e);
    return e;
  }

  /** The mounted string a path reaches into, and the rest of the path inside it. */
  private find(path: Path): { e: EmbeddedJson; rest: Path } | undefined {
    if (this.embedded.size === 0) return undefined;
    for (let k = path.length - 1; k >= 0; k--) {
      const e = this.embedded.get(JSON.stringify(path.slice(0, k)));
      if (e) return { e, rest: path.slice(k) };
    }
    return undefined;
  }

  /** The document, with `locate` seeing through the mounted strings. */
  document(extra: Partial<SourceDocument> = {}): SourceDocument {
    const outer = this.outer;
    const locate = (path: Path, target: 'key' | 'value'): Span | undefined => {
      const hit = this.find(path);
      if (!hit) return outer.locate(path, target);
      const { e, rest } = hit;
      const inner = e.inner.problems.length ? undefined : e.inner.locate(rest, target);
      return inner ? outerSpan(e.decoded, inner) : outer.locate(e.path, 'value');
    };
    return { ...outer, ...extra, locate };
  }
}
