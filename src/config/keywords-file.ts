import path from 'node:path';
import { isObject } from '../sources/kinds';
import type { KeywordMap } from '../sources/keywords';
import { loadJson } from '../sources/json-source';
import { readTextFile } from '../sources/read-file';
import { loadYamlAsync } from '../sources/yaml-fast';
import { lineColumn } from '../engine/positions';
import { ConfigError } from './config-error';

/**
 * Read a keyword mapping: a JSON or YAML object of KEY → value, or a deploy-cli config JSON whose
 * `AUTH0_KEYWORD_REPLACE_MAPPINGS` holds it.
 */
export async function loadKeywordsFile(file: string, cwd: string): Promise<KeywordMap> {
  const display = path.relative(cwd, file) || file;
  const read = await readTextFile(file);
  if (!read.ok) throw new ConfigError(`keywords file: ${read.message}`, display);
  const doc = /\.ya?ml$/i.test(file) ? await loadYamlAsync(file, read.text, read.bom) : loadJson(file, read.text, read.bom);
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(`keywords file: ${doc.problems[0].message}`, display, pos.line, pos.column);
  }
  const v = doc.value;
  if (!isObject(v)) throw new ConfigError('keywords file: expected an object of KEY: value pairs', display, 1, 1);
  if ('AUTH0_KEYWORD_REPLACE_MAPPINGS' in v) {
    const m = v.AUTH0_KEYWORD_REPLACE_MAPPINGS;
    if (!isObject(m)) {
      const span = doc.locate(['AUTH0_KEYWORD_REPLACE_MAPPINGS'], 'value');
      const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
      throw new ConfigError('keywords file: AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object of KEY: value pairs', display, pos.line, pos.column);
    }
    return m;
  }
  return v;
}
