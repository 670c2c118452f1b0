import path from 'node:path';
import { isObject } from '../sources/plain-object';
import type { KeywordMap } from '../sources/keywords';
import { loadJson } from '../sources/json/json-source';
import { readTextFile } from '../sources/read-file';
import { namedFileTarget, namedLinkRefused } from '../sources/named-links';
import { loadYamlAsync } from '../sources/yaml/yaml-load';
import { lineColumn } from '../engine/positions';
import { ConfigError } from './config-error';
import { ExclusionError, readExclusions, type DeployCliExclusions } from '../sources/deploy-cli/deploy-cli-config';

/** What a keywords file gives: the mapping, and for a deploy-cli config the resource types it leaves out. */
export interface KeywordsFile {
  keywords: KeywordMap;
  exclusions?: DeployCliExclusions;
}

/**
 * Read a keyword mapping: a JSON or YAML object of KEY → value, or a deploy-cli config JSON whose
 * `AUTH0_KEYWORD_REPLACE_MAPPINGS` holds it.
 */
export async function loadKeywordsFile(file: string, cwd: string): Promise<KeywordMap> {
  return (await loadKeywordsAndExclusions(file, cwd)).keywords;
}

/** Read a keywords file, with deploy-cli's AUTH0_EXCLUDED / AUTH0_EXCLUDED_* / AUTH0_INCLUDED_* when it is a deploy-cli config. */
export async function loadKeywordsAndExclusions(file: string, cwd: string): Promise<KeywordsFile> {
  const display = path.relative(cwd, file) || file;
  // (--keywords names a file of the repository a pull request may have made a link: its values come back in
  // findings wherever a tenant file writes ##KEY##, so it is bounded as every named file is, named-links.ts)
  const where = namedFileTarget(file);
  if (!('read' in where)) throw new ConfigError(`keywords file: ${namedLinkRefused(where).message.replace(/To lint what it leads to, name that: orglint (.*)$/s, 'To use it, name that: orglint --keywords $1')}`, display);
  const read = await readTextFile(where.read);
  if (!read.ok) throw new ConfigError(`keywords file: ${read.message}`, display);
  const doc = /\.ya?ml$/i.test(file) ? await loadYamlAsync(file, read.text, read.bom) : loadJson(file, read.text, read.bom);
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(`keywords file: ${doc.problems[0].message}`, display, pos.line, pos.column);
  }
  const v = doc.value;
  if (!isObject(v)) throw new ConfigError('keywords file: expected an object of KEY: value pairs', display, 1, 1);
  let exclusions: DeployCliExclusions | undefined;
  try {
    exclusions = readExclusions(v, display);
  } catch (err) {
    if (!(err instanceof ExclusionError)) throw err;
    const span = doc.locate([err.key], 'value');
    const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
    throw new ConfigError(`keywords file: ${err.key} must be an array of names (or a JSON string of one), as deploy-cli reads it`, display, pos.line, pos.column);
  }
  const withExclusions = (keywords: KeywordMap): KeywordsFile => (exclusions ? { keywords, exclusions } : { keywords });
  if ('AUTH0_KEYWORD_REPLACE_MAPPINGS' in v) {
    const m = v.AUTH0_KEYWORD_REPLACE_MAPPINGS;
    if (!isObject(m)) {
      const span = doc.locate(['AUTH0_KEYWORD_REPLACE_MAPPINGS'], 'value');
      const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
      throw new ConfigError('keywords file: AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object of KEY: value pairs', display, pos.line, pos.column);
    }
    return withExclusions(m);
  }
  // a deploy-cli config without a mapping: its other keys are settings, not keywords
  if (exclusions) return withExclusions({});
  return { keywords: v };
}
