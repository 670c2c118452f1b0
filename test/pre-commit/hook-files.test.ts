/**
 * The hook's `files` pattern: names that can be tenant configuration, and not the other YAML and JSON of a
 * repository (Helm values, CI workflows, compose files). pre-commit matches it with Python's re.search on the
 * path relative to the repository root; these patterns mean the same in JavaScript.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/lint';

const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; files: string; entry: string; language: string }[];
const matches = (file: string) => new RegExp(hook.files).test(file);

describe('the pre-commit hook definition', () => {
  it('matches deploy-cli exports, PATCH bodies, HAR captures and Terraform', () => {
    const tenantConfig = [
      'tenant.yaml', 'auth0/tenant.yml', 'tenant-dev.yaml', 'tenant.prod.yaml', 'tenants/dev.tenant.yaml', 'my_tenant.yaml',
      'clients/App.json', 'export/grants/x.json', 'client-grants/x.json', 'organizations/acme.json',
      'runbooks/enable.patch.json', 'capture.har', 'infra/main.tf', 'infra/main.tf.json', 'prod.tfvars', 'prod.tfvars.json', 'plan.json', 'tfplan.json', 'prod.tfplan.json',
      // an export's folders by name: git stages a linked folder (`tenant/clients -> ../shared/clients`) as one path
      'tenant/clients', 'tenant/grants', 'tenant/client-grants', 'tenant/organizations', 'tenant/connections', 'tenant/prompts', 'tenant/database-connections', 'tenant/database-connections/users',
    ];
    expect(tenantConfig.filter((f) => !matches(f))).toEqual([]);
  });

  it('does not match every .yaml: Helm values, workflows, compose files and look-alikes are left alone', () => {
    const other = [
      'values.yaml', 'charts/portal/values.yaml', 'charts/portal/values-prod.yaml', '.github/workflows/ci.yml', 'docker-compose.yml',
      'tenants.yaml', 'maintenant.yaml', 'clients.yaml', 'config.json', 'clients/sub/x.json', 'myclients', 'tenant/clients-old', 'database-connections/users/x/y', 'tenant.yaml.bak', 'main.tf.bak', 'main.tf.json.bak', 'package.json',
    ];
    expect(other.filter(matches)).toEqual([]);
  });

  it('runs the committed bundle with nothing to install, and passes the flags that make an unreadable match a note', () => {
    expect(hook.language).toBe('script');
    expect(hook.entry.split(' ')).toEqual(['bin/orglint.js', '--no-error-on-unmatched-pattern', '--pass-on-empty']);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.scripts.prepare).toBeUndefined();
  });
});
