import type { SourceKind } from '../source-kind';
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
  sniff: (file, text) => /\.tf$/i.test(file) && OURS.test(text),
  ...moduleFileKind,
};
