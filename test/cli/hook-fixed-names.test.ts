/**
 * The pre-commit hook hands orglint the names deploy-cli and Terraform open by a fixed name in any letter case:
 * on a case-insensitive file system `Tenant.JSON` is the file deploy-cli opens as tenant.json (orglint decides by
 * the file system, fixed-name-case.test.ts), so a commit that changes it must reach orglint. pre-commit matches
 * `files:` with Python's re.search (case-sensitive); the pattern means the same in JavaScript.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/lint';

const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { files: string }[];
const matches = (file: string) => new RegExp(hook.files).test(file);

describe("the pre-commit hook's files: pattern and fixed names in another letter case", () => {
  it('matches them, and the hidden files of an export deploy-cli reads', () => {
    const fixed = [
      'exp/Tenant.JSON', 'Tenant.json', 'exp/TENANT.json', 'exp/prompts/Prompts.JSON', 'exp/prompts/prompts.JSON',
      'exp/database-connections/users/Database.json', 'exp/database-connections/old/SETTINGS.JSON',
      'tf/Terraform.tfvars', 'tf/terraform.TFVARS', 'tf/Terraform.tfvars.JSON', 'exp/clients/.Old App.json',
    ];
    expect(fixed.filter((f) => !matches(f))).toEqual([]);
  });

  it('still leaves other names alone', () => {
    expect(['exp/tenants.JSON', 'exp/Tenant.JSON.bak', 'exp/prompts/custom-text.JSON', 'exp/database-connections/users/x/Database.json', 'Terraform.tfvars.bak'].filter(matches)).toEqual([]);
  });
});
