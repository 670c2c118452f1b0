import { deployCliDirectory, deployCliYaml } from './deploy-cli/deploy-cli';
import { harCapture } from './har/har';
import { apiDump } from './json/api-dump';
import { patchPayload } from './payload/payload';
import type { SourceKind } from './source-kind';
import { terraformHcl } from './terraform/hcl-source';
import { terraformPlan } from './terraform/plan';

/**
 * Every kind of file orglint reads, most specific first. The registry: it imports the formats and no format
 * imports it (test/sources/layout.test.ts checks this); a new format adds its kind here.
 */
export const SOURCE_KINDS: SourceKind[] = [patchPayload, harCapture, terraformPlan, terraformHcl, deployCliDirectory, deployCliYaml, apiDump];
