import { deployCliDirectory, deployCliYaml } from './deploy-cli/deploy-cli';
import { harCapture } from './har/har';
import { apiDump } from './json/api-dump';
import { patchPayload } from './payload/payload';
import type { SourceKind } from './source-kind';
import { terraformHcl } from './terraform/hcl-source';
import { terraformPlan } from './terraform/plan';
import { terraformJson } from './terraform/tfjson-source';

/**
 * Every kind of file orglint reads, most specific first. The registry: it imports the formats and no format
 * imports it (test/sources/layout.test.ts checks this); a new format adds its kind here.
 */
export const SOURCE_KINDS: SourceKind[] = [patchPayload, harCapture, terraformPlan, terraformHcl, terraformJson, deployCliDirectory, deployCliYaml, apiDump];

/** The kinds a Terraform JSON file (`.tf.json`, `.tfvars.json`: known by its name) may be: never another JSON's. */
export const TERRAFORM_JSON_KINDS: SourceKind[] = [terraformJson];

export { isTerraformJsonName } from './terraform/tfjson-source';
