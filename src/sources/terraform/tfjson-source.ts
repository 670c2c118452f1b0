import path from 'node:path';
import type { SourceKind } from '../source-kind';
import { endsWithName } from '../file-name';
import { isModuleConfigName } from './module-file-names';
import { moduleFileKind } from './module-kind';

/**
 * Terraform configuration in JSON syntax (`.tf.json` files), read as part of its module folder with the `.tf`
 * files beside it (one module, one tenant), mapped as they are. Known by its name alone, as Terraform knows it:
 * a `.tf.json` file is never a deploy-cli export, an API dump or a plan, and no other JSON file is this.
 */

const OURS = /"auth0_(client|client_grant|organization\w*|connection)"/;

/**
 * Is this file Terraform configuration in JSON syntax (or a variables file in JSON), by its name? In any case and
 * any name: a `main.TF.json` or `.old.tf.json` is no other kind of JSON either (Terraform does not read it, and
 * the sniff below does not take it: it is skipped, and says why).
 */
export { isTerraformJsonName } from '../file-name';

export const terraformJson: SourceKind = {
  name: 'terraform-json',
  format: 'json',
  // (a type name may be written with \u escapes: "auth0\u005fclient" is auth0_client)
  // (only a file Terraform reads as part of its module: `copy.TF.json` or `.old.tf.json` is none, module-file-names.ts)
  sniff: (file, text) => file.endsWith('.tf.json') && isModuleConfigName(path.basename(file)) && (OURS.test(text) || (text.includes('\\u') && OURS.test(text.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))))),
  ...moduleFileKind,
};
