import path from 'node:path';
import type { SourceKind } from '../source-kind';
import { isModuleConfigName } from './module-file-names';
import { moduleFileKind } from './module-kind';

/**
 * Terraform configuration (`.tf` files) for the Auth0 provider. A file is read with the rest of its module
 * folder (variables, locals, the resources its references name); its resources are mapped by `mapping.ts`,
 * as a plan's are, and named by address (`auth0_client.portal`). The folder is the tenant.
 */

const OURS = /\bauth0_(client|client_grant|organization\w*|connection\w*)\b/;

export const terraformHcl: SourceKind = {
  name: 'terraform-hcl',
  format: 'hcl',
  // (only a file Terraform reads as part of its module: `copy.TF` or `.old.tf` is none, module-file-names.ts)
  sniff: (file, text) => file.endsWith('.tf') && isModuleConfigName(path.basename(file)) && OURS.test(text),
  ...moduleFileKind,
};
