/**
 * The config's per-file `overrides` and a Terraform override file: a finding on a value override.tf sets is shown in
 * override.tf, so the rule settings of override.tf are the ones that apply to it (not those of main.tf, where the
 * resource is declared), and main.tf's settings apply to the findings shown in main.tf. Through the CLI.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const MAIN = 'resource "auth0_client" "portal" {\n  name               = "Portal"\n  app_type           = "spa"\n  organization_usage = "deny"\n  organization_require_behavior = "pre_login_prompt"\n}\n';
const OVERRIDE = 'resource "auth0_client" "portal" {\n  organization_usage = "Require"\n}\n';
const config = (files: string, rule: string, setting: string) => `overrides:\n  - files: ['${files}']\n    rules:\n      ${rule}: ${setting}\n`;

const lines = async (files: Record<string, string>) => {
  const r = await runCli(['.', '-f', 'compact'], { cwd: tempTree(files) });
  return { code: r.code, lines: r.stdout.split('\n').filter((l) => / (error|warning|info): /.test(l)).map((l) => l.replace(/: (error|warning|info): .*\[(.*)\]$/, ' $1 $2')) };
};

describe("per-file settings of the config and a Terraform override file", () => {
  it("override.tf's settings apply to the findings shown in override.tf", async () => {
    expect(await lines({ 'main.tf': MAIN, 'override.tf': OVERRIDE, '.orglint.yaml': config('override.tf', 'organization-usage-enum', "'off'") })).toEqual({ code: 0, lines: [] });
    expect(await lines({ 'main.tf': MAIN, 'override.tf': OVERRIDE, '.orglint.yaml': config('override.tf', 'organization-usage-enum', 'warning') })).toEqual({
      code: 0,
      lines: ['override.tf:2:24 warning organization-usage-enum'],
    });
  });

  it("main.tf's settings do not reach a finding shown in override.tf, and still apply to main.tf's own", async () => {
    expect(await lines({ 'main.tf': MAIN, 'override.tf': OVERRIDE, '.orglint.yaml': config('main.tf', 'organization-usage-enum', "'off'") })).toEqual({
      code: 1,
      lines: ['override.tf:2:24 error organization-usage-enum'],
    });
    // the behavior warning is shown at main.tf's organization_require_behavior (the "deny" is main.tf's too)
    const deny = 'resource "auth0_client" "portal" {\n  name = "Portal 2"\n}\n';
    expect(await lines({ 'main.tf': MAIN, 'override.tf': deny })).toEqual({ code: 0, lines: ['main.tf:5:3 warning require-behavior-without-require'] });
    expect(await lines({ 'main.tf': MAIN, 'override.tf': deny, '.orglint.yaml': config('main.tf', 'require-behavior-without-require', "'off'") })).toEqual({ code: 0, lines: [] });
    expect(await lines({ 'main.tf': MAIN, 'override.tf': deny, '.orglint.yaml': config('override.tf', 'require-behavior-without-require', "'off'") })).toEqual({
      code: 0,
      lines: ['main.tf:5:3 warning require-behavior-without-require'],
    });
  });
});
