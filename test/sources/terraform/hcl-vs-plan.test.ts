/**
 * The same configuration as `.tf` files and as the plan JSON Terraform would show for it: orglint must find the
 * same things in both (by resource and rule), the `.tf` findings pointing at the configuration's values.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, tempTree } from '../../helpers/lint';

const MAIN_TF = `resource "auth0_organization" "acme" {
  name         = "acme"
  display_name = "Acme"
}

# a login prompt for organizations on an app that also takes personal accounts
resource "auth0_client" "portal" {
  name                          = "Portal"
  app_type                      = "regular_web"
  callbacks                     = ["https://portal.example.com/callback"]
  organization_usage            = "allow"
  organization_require_behavior = "pre_login_prompt"
}

resource "auth0_client" "reseller" {
  name               = "Reseller"
  app_type           = "spa"
  organization_usage = "required"
}

resource "auth0_client" "partner" {
  name               = "Partner"
  app_type           = "regular_web"
  is_first_party     = false
  organization_usage = var.partner_usage
}

resource "auth0_client" "worker" {
  name     = "Worker"
  app_type = "non_interactive"
  default_organization {
    organization_id = auth0_organization.acme.id
    flows           = ["client_credentials"]
  }
}

resource "auth0_client_grant" "worker_api" {
  client_id          = auth0_client.worker.id
  audience           = "https://api.example.com"
  scopes             = ["read:reports"]
  organization_usage = "allow"
}
`;

const VARIABLES_TF = `variable "partner_usage" {
  type    = string
  default = "deny"
}
`;
const TFVARS = `partner_usage = "allow"\n`;

type Plain = Record<string, unknown>;
const create = (type: string, name: string, after: Plain, unknown: Plain, expressions: Plain = {}) => ({
  rc: { address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/auth0/auth0', change: { actions: ['create'], before: null, after, after_unknown: unknown } },
  conf: { address: `${type}.${name}`, mode: 'managed', type, name, expressions },
});

/** What `terraform show -json` gives for MAIN_TF with TFVARS (abridged to the attributes orglint reads). */
function planJson(): string {
  const list = [
    create('auth0_organization', 'acme', { name: 'acme', display_name: 'Acme', branding: [], metadata: null }, { id: true, branding: [] }),
    create('auth0_client', 'portal', {
      name: 'Portal', app_type: 'regular_web', callbacks: ['https://portal.example.com/callback'], organization_usage: 'allow',
      organization_require_behavior: 'pre_login_prompt', default_organization: [], addons: [], is_first_party: null,
    }, { client_id: true, is_first_party: true }),
    create('auth0_client', 'reseller', { name: 'Reseller', app_type: 'spa', organization_usage: 'required', organization_require_behavior: null, default_organization: [] }, { client_id: true }),
    create('auth0_client', 'partner', { name: 'Partner', app_type: 'regular_web', is_first_party: false, organization_usage: 'allow', default_organization: [] }, { client_id: true }, {
      organization_usage: { references: ['var.partner_usage'] },
    }),
    create('auth0_client', 'worker', { name: 'Worker', app_type: 'non_interactive', default_organization: [{ disable: null, flows: ['client_credentials'] }] }, {
      client_id: true,
      default_organization: [{ organization_id: true, flows: [false] }],
    }, { default_organization: [{ organization_id: { references: ['auth0_organization.acme.id', 'auth0_organization.acme'] } }] }),
    create('auth0_client_grant', 'worker_api', { audience: 'https://api.example.com', scopes: ['read:reports'], organization_usage: 'allow', allow_any_organization: null }, { client_id: true, id: true }, {
      client_id: { references: ['auth0_client.worker.id', 'auth0_client.worker'] },
    }),
  ];
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.5',
    resource_changes: list.map((x) => x.rc),
    configuration: { root_module: { resources: list.map((x) => x.conf) } },
  }, null, 2) + '\n';
}

const key = (f: { ruleId: string; resource: { name: string } | null }) => `${f.resource?.name ?? '-'} ${f.ruleId}`;

describe('a configuration as .tf files and as plan JSON', () => {
  it('gives the same findings by resource and rule', async () => {
    const tfDir = tempTree({ 'main.tf': MAIN_TF, 'variables.tf': VARIABLES_TF, 'terraform.tfvars': TFVARS });
    const planDir = tempTree({ 'plan.json': planJson() });
    const tf = await lint([tfDir], { cwd: tfDir });
    const plan = await lint([planDir], { cwd: planDir });
    const tfKeys = tf.findings.map(key).sort();
    expect(plan.findings.map(key).sort()).toEqual(tfKeys);
    expect(tfKeys).toEqual(expect.arrayContaining([
      'auth0_client.reseller organization-usage-enum',
      'auth0_client.partner organization-third-party-client',
      'auth0_client.worker default-organization-without-require-grant',
    ]));
    // allow + pre_login_prompt: whatever the rule says of it (warning, info or nothing), both sources agree
    expect(tfKeys.filter((k) => k.startsWith('auth0_client.portal '))).toEqual(plan.findings.map(key).filter((k) => k.startsWith('auth0_client.portal ')).sort());
    expect(tf.findings.every((f) => f.file === path.join(tfDir, 'main.tf'))).toBe(true);
  });

  it('points at the values in the .tf file, and names the variable a value came from', async () => {
    const tfDir = tempTree({ 'main.tf': MAIN_TF, 'variables.tf': VARIABLES_TF, 'terraform.tfvars': TFVARS });
    const tf = await lint([tfDir], { cwd: tfDir });
    const at = (rule: string) => {
      const f = tf.findings.find((x) => x.ruleId === rule)!;
      return [f.line, f.column, f.endLine, f.endColumn];
    };
    expect(at('organization-usage-enum')).toEqual([18, 24, 18, 34]);
    expect(at('organization-third-party-client')).toEqual([25, 24, 25, 41]);
    expect(at('default-organization-without-require-grant')).toEqual([31, 3, 31, 23]);
    const partner = tf.findings.find((x) => x.ruleId === 'organization-third-party-client')!;
    expect(partner.message).toContain('(the value of var.partner_usage, set at terraform.tfvars:1:17)');
    expect(partner.related).toEqual([{ file: path.join(tfDir, 'terraform.tfvars'), line: 1, column: 17, endLine: 1, endColumn: 24, message: 'var.partner_usage is set here' }]);
  });
});

/**
 * MAIN_TF, VARIABLES_TF and TFVARS in Terraform's JSON syntax, written as generators write it: labels as objects
 * and as arrays of objects, a block as an object and as an array of one, templates for references, `"//"` comments.
 */
const MAIN_TF_JSON = JSON.stringify({
  '//': 'generated: do not edit',
  resource: [
    { auth0_organization: { acme: { name: 'acme', display_name: 'Acme' } } },
    {
      auth0_client: {
        portal: {
          '//': 'a login prompt for organizations on an app that also takes personal accounts',
          name: 'Portal', app_type: 'regular_web', callbacks: ['https://portal.example.com/callback'],
          organization_usage: 'allow', organization_require_behavior: 'pre_login_prompt',
        },
        reseller: [{ name: 'Reseller', app_type: 'spa', organization_usage: 'required' }],
        partner: { name: 'Partner', app_type: 'regular_web', is_first_party: false, organization_usage: '${var.partner_usage}' },
        worker: {
          name: 'Worker', app_type: 'non_interactive',
          default_organization: [{ organization_id: '${auth0_organization.acme.id}', flows: ['client_credentials'] }],
        },
      },
      auth0_client_grant: [{ worker_api: { client_id: '${auth0_client.worker.id}', audience: 'https://api.example.com', scopes: ['read:reports'], organization_usage: 'allow' } }],
    },
  ],
}, null, 2) + '\n';
const VARIABLES_TF_JSON = '{\n  "variable": {\n    "partner_usage": { "type": "string", "default": "deny" }\n  }\n}\n';
const TFVARS_JSON = '{ "partner_usage": "allow" }\n';

describe('a configuration as .tf, as .tf.json and as plan JSON', () => {
  it('gives the same findings by resource and rule from the three', async () => {
    const tfDir = tempTree({ 'main.tf': MAIN_TF, 'variables.tf': VARIABLES_TF, 'terraform.tfvars': TFVARS });
    const jsonDir = tempTree({ 'main.tf.json': MAIN_TF_JSON, 'variables.tf.json': VARIABLES_TF_JSON, 'terraform.tfvars.json': TFVARS_JSON });
    const planDir = tempTree({ 'plan.json': planJson() });
    const tf = (await lint([tfDir], { cwd: tfDir })).findings.map(key).sort();
    const json = await lint([jsonDir], { cwd: jsonDir });
    expect(json.findings.map(key).sort()).toEqual(tf);
    expect((await lint([planDir], { cwd: planDir })).findings.map(key).sort()).toEqual(tf);
    expect(tf).toEqual(expect.arrayContaining(['auth0_client.reseller organization-usage-enum', 'auth0_client.partner organization-third-party-client', 'auth0_client.worker default-organization-without-require-grant']));
    expect(json.findings.every((f) => f.file === path.join(jsonDir, 'main.tf.json'))).toBe(true);
  });

  it('points at the values in the .tf.json file, and names the variable a value came from', async () => {
    const jsonDir = tempTree({ 'main.tf.json': MAIN_TF_JSON, 'variables.tf.json': VARIABLES_TF_JSON, 'terraform.tfvars.json': TFVARS_JSON });
    const json = await lint([jsonDir], { cwd: jsonDir });
    const lines = MAIN_TF_JSON.split('\n');
    const at = (rule: string) => {
      const f = json.findings.find((x) => x.ruleId === rule)!;
      return [f.line, f.column, f.endLine, f.endColumn];
    };
    const where = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return [line + 1, lines[line].indexOf(needle) + 1];
    };
    const [l1, c1] = where('"required"');
    expect(at('organization-usage-enum')).toEqual([l1, c1, l1, c1 + '"required"'.length]);
    const [l2, c2] = where('"${var.partner_usage}"');
    expect(at('organization-third-party-client')).toEqual([l2, c2, l2, c2 + '"${var.partner_usage}"'.length]);
    // a block written as an array of one object: the finding is on its key, as on the block's name in a .tf file
    const [l3, c3] = where('"default_organization"');
    expect(at('default-organization-without-require-grant').slice(0, 2)).toEqual([l3, c3]);
    const partner = json.findings.find((x) => x.ruleId === 'organization-third-party-client')!;
    expect(partner.message).toContain('(the value of var.partner_usage, set at terraform.tfvars.json:1:20)');
    // the default a .tfvars.json overrides is named by where it is set when nothing overrides it
    const noVars = tempTree({ 'main.tf.json': MAIN_TF_JSON, 'variables.tf.json': VARIABLES_TF_JSON });
    const byDefault = await lint([noVars], { cwd: noVars });
    expect(byDefault.findings.some((f) => f.ruleId === 'organization-third-party-client')).toBe(false);
  });

  it('reads a module of .tf and .tf.json files as one: a grant in one names the client of the other', async () => {
    const grant = JSON.stringify({ resource: { auth0_client_grant: { worker_api: { client_id: '${auth0_client.worker.id}', audience: 'https://api.example.com', scopes: ['read:reports'], organization_usage: 'allow' } } } });
    const mixed = MAIN_TF.slice(0, MAIN_TF.indexOf('resource "auth0_client_grant"'));
    const mixedDir = tempTree({ 'main.tf': mixed, 'grants.tf.json': grant, 'variables.tf.json': VARIABLES_TF_JSON, 'terraform.tfvars': TFVARS });
    const tfDir = tempTree({ 'main.tf': MAIN_TF, 'variables.tf': VARIABLES_TF, 'terraform.tfvars': TFVARS });
    const tf = (await lint([tfDir], { cwd: tfDir })).findings.map(key).sort();
    // naming the .tf file alone reads the .tf.json files beside it (as pre-commit names only what changed)
    expect((await lint([path.join(mixedDir, 'main.tf')], { cwd: mixedDir })).findings.map(key).sort()).toEqual(tf);
    expect((await lint([mixedDir], { cwd: mixedDir })).findings.map(key).sort()).toEqual(tf);
  });
});
