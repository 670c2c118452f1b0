import path from 'node:path';
import type { SourceDocument } from '../document';
import type { Contribution, LoadContext, SourceKind } from '../source-kind';
import { loadModule, moduleOf } from './hcl-module';

/**
 * What the two Terraform configuration kinds (`.tf`, `.tf.json`) share: a file is loaded as part of its module
 * folder, and contributes the module's resources that it holds, with the folder as the tenant.
 */
export const moduleFileKind: Pick<SourceKind, 'load' | 'extract'> = {
  async load(file: string, text: string, bom: boolean, ctx?: LoadContext): Promise<SourceDocument> {
    const overlay = new Map(ctx?.overlay ?? []);
    overlay.set(file, { text, bom });
    const module = await loadModule(path.dirname(file), { overlay, varFiles: ctx?.varFiles, maxFileSize: ctx?.maxFileSize });
    return module.docs.get(file)!;
  },
  extract(doc: SourceDocument, file: string): Contribution | null {
    const module = moduleOf.get(doc);
    return {
      tenantKey: path.dirname(file),
      resources: module?.resources.get(doc) ?? [],
      hasOrganizations: false,
      hasClientGrants: module?.hasClientGrants ?? false,
    };
  },
};
