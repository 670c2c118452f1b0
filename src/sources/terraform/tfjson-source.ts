import type { SourceKind } from '../source-kind';
import { endsWithName } from '../file-name';
import { moduleFileKind } from './module-kind';

/**
 * Terraform configuration in JSON syntax (`.tf.json` files), read as part of its module folder with the `.tf`
 * files beside it (one module, one tenant), mapped as they are. Known by its name alone, as Terraform knows it:
 * a `.tf.json` file is never a deploy-cli export, an API dump or a plan, and no other JSON file is this.
 */

const OURS = /"auth0_(client|client_grant|organization\w*|connection)"/;

/** Is this file Terraform configuration in JSON syntax (or a variables file in JSON), by its name? */
export const isTerraformJsonName = (file: string): boolean => endsWithName(file, '.json') && (endsWithName(file, '.tf.json') || endsWithName(file, '.tfvars.json'));

export const terraformJson: SourceKind = {
  name: 'terraform-json',
  format: 'json',
  // (a type name may be written with \u escapes: "auth0\u005fclient" is auth0_client)
  sniff: (file, text) => endsWithName(file, '.tf.json') && (OURS.test(text) || (text.includes('\\u') && OURS.test(text.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))))),
  ...moduleFileKind,
};
