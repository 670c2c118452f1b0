import path from 'node:path';
import { globMatcher } from '../../engine/glob';
import { endsWithName } from '../file-name';
import type { SourceKind } from '../source-kind';
import type { PayloadMeta } from './payload-meta';
import { isPlain, jsonType, resourceAt } from '../plain-object';

/**
 * PATCH body files: `*.patch.json`, or any JSON file the config's `payloads` globs match. The body is a partial
 * client: only the fields it carries change, so rules must not read absent fields as defaults.
 */
export const patchPayload: SourceKind = {
  name: 'patch-payload',
  format: 'json',
  sniff: (file, _text, ctx) => endsWithName(file, '.patch.json') || (endsWithName(file, '.json') && ctx?.isPayloadFile?.(file) === true),
  extract(doc, file) {
    // a file that does not parse is a parse-error finding already
    if (doc.problems.length) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    const body = doc.value;
    const payload: PayloadMeta = { method: 'PATCH', kind: 'update' };
    if (!isPlain(body)) payload.bodyProblem = { kind: 'notObject', found: jsonType(body), at: [] };
    const value = isPlain(body) ? body : {};
    const name = typeof value.name === 'string' && value.name !== '' ? value.name : path.basename(file).replace(/(\.patch)?\.json$/i, '');
    const resource = resourceAt('client', name, value, doc, [], 'patch', true, { payload });
    return { tenantKey: file, resources: [resource], hasOrganizations: false, hasClientGrants: false };
  },
};

/**
 * The config's `payloads` globs as a test on absolute file names (globs are relative to the config's folder;
 * files outside it never match). Undefined when there are none.
 */
export function payloadFileMatcher(globs: readonly string[], baseDir: string): ((file: string) => boolean) | undefined {
  if (globs.length === 0) return undefined;
  const matches = globMatcher(globs);
  return (file) => {
    const rel = path.relative(baseDir, file);
    return !rel.startsWith('..') && !path.isAbsolute(rel) && matches(rel.split(path.sep).join('/'));
  };
}
