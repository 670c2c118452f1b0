import path from 'node:path';
import type { SourceDocument } from '../document';
import type { Contribution, LoadContext, SourceKind } from '../source-kind';
import { loadModule, moduleOf } from './hcl-module';

/**
 * Terraform configuration (`.tf` files) for the Auth0 provider. A file is read with the rest of its module
 * folder (variables, locals, the resources its references name); its resources are mapped by `mapping.ts`,
 * as a plan's are, and named by address (`auth0_client.portal`). The folder is the tenant.
 */

const OURS = /\bauth0_(client|client_grant|organization\w*|connection\w*)\b/;

export const terraformHcl: SourceKind = {
  name: 'terraform-hcl',
  format: 'hcl',
  sniff: (file, text) => /\.tf$/i.test(file) && OURS.test(text),
  async load(file, text, bom, ctx?: LoadContext): Promise<SourceDocument> {
    const overlay = new Map(ctx?.overlay ?? []);
    overlay.set(file, { text, bom });
    const module = await loadModule(path.dirname(file), { overlay, varFiles: ctx?.varFiles, maxFileSize: ctx?.maxFileSize });
    return module.docs.get(file)!;
  },
  extract(doc, file): Contribution | null {
    const module = moduleOf.get(doc);
    return {
      tenantKey: path.dirname(file),
      resources: module?.resources.get(doc) ?? [],
      hasOrganizations: false,
      hasClientGrants: module?.hasClientGrants ?? false,
    };
  },
};
