/**
 * Custom policies through the real CLI: the examples' five policies in JSON and SARIF, fixed, suppressed,
 * baselined and switched off, their config errors, and unknown values that must never be guessed at.
 */
import { Ajv } from 'ajv';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const EXAMPLE = path.join(ROOT, 'examples/policies');
const TENANT = 'tenants/prod/tenant.yaml';
const POLICY_IDS = [
  'prod-web-apps-require-orgs',
  'no-any-organization-grants',
  'business-apps-post-login-prompt',
  'org-names-prefixed',
  'enterprise-connections-assign-membership',
];

interface JsonFinding {
  ruleId: string;
  line: number;
  column: number;
  message: string;
  file: string;
  fix: { safety: string; description: string } | null;
}

/** `line rule` for every `# expect: rule` comment of a YAML file */
function expectations(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((l, i) => {
      const m = /#\s*expect:\s*(.+)$/.exec(l);
      return m ? m[1].split(',').map((id) => `${i + 1} ${id.trim()}`) : [];
    });
}

/** a copy of the policies example in a temporary folder */
function exampleCopy(): string {
  const dir = tempTree({});
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

async function json(args: string[], cwd: string) {
  const run = await runCli([...args, '-f', 'json'], { cwd });
  return { ...run, report: run.stdout ? (JSON.parse(run.stdout) as { findings: JsonFinding[]; summary: Record<string, number> }) : undefined };
}

const policyLines = (findings: JsonFinding[]) => findings.filter((f) => POLICY_IDS.includes(f.ruleId)).map((f) => `${f.line} ${f.ruleId}`);

describe('examples/policies: five team policies', () => {
  it('each policy finds the one violation its example marks, at the exact line', async () => {
    const { code, report } = await json(['.'], EXAMPLE);
    expect(code).toBe(1);
    expect(policyLines(report!.findings).sort()).toEqual(expectations(path.join(EXAMPLE, TENANT)).sort());
    expect(new Set(policyLines(report!.findings).map((l) => l.split(' ')[1]))).toEqual(new Set(POLICY_IDS));
  });

  it('points at the offending value, and at the resource when the field is missing', async () => {
    const dir = tempTree({
      '.orglint.yaml': 'policies:\n  - id: logo\n    resource: client\n    require: { logo_uri: { exists: true } }\n',
      'tenant.yaml': 'clients:\n  - name: A\n    app_type: spa\n  - name: B\n    logo_uri: https://b.example.com/l.png\n',
    });
    const { report } = await json(['.'], dir);
    const mine = report!.findings.filter((f) => f.ruleId === 'logo');
    expect(mine.map((f) => [f.line, f.column, f.message])).toEqual([[2, 5, 'A: logo_uri is not set, expected set (team policy logo)']]);
  });

  it('renders its message template with the resource name and fields', async () => {
    const { report } = await json(['.'], EXAMPLE);
    const f = report!.findings.find((x) => x.ruleId === 'prod-web-apps-require-orgs')!;
    expect(f.message).toBe('Partner Portal must require an organization (found "allow")');
    expect(report!.findings.find((x) => x.ruleId === 'org-names-prefixed')!.message).toBe('organization globex must be named cust-<customer> (org-names-prefixed)');
  });

  it('appears in SARIF with the policy id and its description, valid against the official schema', async () => {
    const out = path.join(tempTree({}), 'out.sarif');
    const run = await runCli(['.', '-f', `sarif=${out}`], { cwd: EXAMPLE });
    expect(run.code).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///repo/'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const rules = log.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; help: { markdown: string } }[];
    const org = rules.find((r) => r.id === 'org-names-prefixed')!;
    expect(org.shortDescription.text).toBe('organization names start with cust-');
    expect(org.help.markdown).toContain('"pattern": "^cust-[a-z0-9-]+$"');
    const ids = (log.runs[0].results as { ruleId: string }[]).map((r) => r.ruleId);
    for (const id of POLICY_IDS) expect(ids).toContain(id);
  });

  it('--fix-unsafe applies the policies\' fixes; what is left are the policies without one', async () => {
    const dir = exampleCopy();
    const run = await runCli(['.', '--fix-unsafe', '-f', 'json'], { cwd: dir });
    const text = readFileSync(path.join(dir, TENANT), 'utf8');
    expect(text).toContain('organization_usage: require  # expect: prod-web-apps-require-orgs');
    expect(text).toContain('organization_require_behavior: post_login_prompt  # expect: business-apps-post-login-prompt');
    expect(text).toContain('allow_any_organization: false  # expect: no-any-organization-grants');
    expect(text).toContain('assign_membership_on_login: true  # expect: enterprise-connections-assign-membership');
    const left = (JSON.parse(run.stdout).findings as JsonFinding[]).filter((f) => POLICY_IDS.includes(f.ruleId)).map((f) => f.ruleId);
    expect(left).toEqual(['org-names-prefixed']);
  });

  it('--fix applies only the safe policy fix', async () => {
    const dir = exampleCopy();
    await runCli(['.', '--fix'], { cwd: dir });
    const text = readFileSync(path.join(dir, TENANT), 'utf8');
    expect(text).toContain('assign_membership_on_login: true');
    expect(text).toContain('organization_usage: allow  #');
  });

  it('honours orglint-disable comments, --rule and the config\'s rules', async () => {
    const dir = exampleCopy();
    const file = path.join(dir, TENANT);
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - name: globex', '  # orglint-disable-next-line org-names-prefixed -- legacy customer\n  - name: globex'));
    const { report } = await json(['.', '--rule', 'no-any-organization-grants=off'], dir);
    const ids = report!.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('org-names-prefixed');
    expect(ids).not.toContain('no-any-organization-grants');
    expect(ids).toContain('prod-web-apps-require-orgs');
    writeFileSync(path.join(dir, '.orglint.yaml'), `${readFileSync(path.join(dir, '.orglint.yaml'), 'utf8')}rules:\n  prod-web-apps-require-orgs: info\n`);
    const again = await json(['.'], dir);
    expect(again.report!.findings.find((f) => f.ruleId === 'prod-web-apps-require-orgs')).toMatchObject({ severity: 'info' });
  });

  it('a baseline records policy findings and hides them on the next run', async () => {
    const dir = exampleCopy();
    const base = await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(base.code).toBe(0);
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toContain('org-names-prefixed');
    const { code, report } = await json(['.', '--baseline', 'b.json'], dir);
    expect(code).toBe(0);
    expect(report!.findings).toEqual([]);
  });

  it('files: limits a policy to the files it names', async () => {
    const dir = exampleCopy();
    cpSync(path.join(dir, 'tenants/prod'), path.join(dir, 'tenants/dev'), { recursive: true });
    const { report } = await json(['.'], dir);
    const files = report!.findings.filter((f) => f.ruleId === 'prod-web-apps-require-orgs').map((f) => f.file);
    expect(files).toEqual(['tenants/prod/tenant.yaml']);
    expect(report!.findings.filter((f) => f.ruleId === 'org-names-prefixed').map((f) => f.file).sort()).toEqual(['tenants/dev/tenant.yaml', 'tenants/prod/tenant.yaml']);
  });

  it('orglint rules lists the policies; explain shows one', async () => {
    const list = await runCli(['rules', '--format', 'json'], { cwd: EXAMPLE });
    const rules = JSON.parse(list.stdout) as { id: string; origin?: string; docs: string; severity: string }[];
    expect(rules.find((r) => r.id === 'org-names-prefixed')).toMatchObject({ origin: 'policy', docs: '.orglint.yaml', severity: 'error' });
    const text = await runCli(['rules'], { cwd: EXAMPLE });
    expect(text.stdout).toMatch(/business-apps-post-login-prompt +warning +apps that require an organization prompt for it after login \(fix: unsafe\) \[policy\]/);
    const explain = await runCli(['explain', 'prod-web-apps-require-orgs'], { cwd: EXAMPLE });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('production web apps require an organization');
    expect(explain.stdout).toContain('identity runbook, section 3');
    expect(explain.stdout).toContain('"where"');
  });
});

describe('policy values orglint cannot know are never guessed at', () => {
  const config = 'policies:\n  - id: orgs-required\n    resource: client\n    require: { organization_usage: require }\n';
  it('a keyword placeholder or a PATCH body without the field gives no finding', async () => {
    const dir = tempTree({
      '.orglint.yaml': config,
      'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: "##ORG_USAGE##"\n',
      'enable.patch.json': '{"name": "B"}\n',
    });
    const { report } = await json(['.'], dir);
    expect(report!.findings.filter((f) => f.ruleId === 'orgs-required')).toEqual([]);
  });
  it('an unset field is matched as its documented Auth0 default', async () => {
    const dir = tempTree({ '.orglint.yaml': config, 'tenant.yaml': 'clients:\n  - name: A\n    app_type: spa\n' });
    const { report } = await json(['.'], dir);
    expect(report!.findings.find((f) => f.ruleId === 'orgs-required')!.message).toBe('A: organization_usage is not set (so "deny"), expected "require" (team policy orgs-required)');
  });
});

describe('a mistake in a policy stops orglint with its file, line and column', () => {
  const cases: [string, string, RegExp][] = [
    ['an unknown key', 'policies:\n  - id: p\n    resource: client\n    requires: { a: 1 }\n', /\.orglint\.yaml:4:5: unknown key "requires"; did you mean "require"\?/],
    ['an unknown resource', 'policies:\n  - id: p\n    resource: clients\n    require: { a: 1 }\n', /\.orglint\.yaml:3:15: invalid value for "policies\.1?0?\.?resource"|\.orglint\.yaml:3:15: invalid value for "policies.0.resource"/],
    ['neither require nor forbid', 'policies:\n  - id: p\n    resource: client\n', /\.orglint\.yaml:2:5: invalid value for "policies.0": expected a "require" or a "forbid" entry/],
    ['a bad matcher', 'policies:\n  - id: p\n    resource: client\n    require: { a: { pattrn: x } }\n', /\.orglint\.yaml:4:21: unknown key "pattrn"; did you mean "pattern"\?/],
    ['an invalid regular expression', 'policies:\n  - id: p\n    resource: client\n    require: { name: { pattern: "(" } }\n', /\.orglint\.yaml:4:16: invalid matcher for "name": /],
    [
      'a pattern that can take exponential time',
      'policies:\n  - id: p\n    resource: client\n    require: { name: { pattern: "^(\\\\p{L}+)+$" } }\n',
      /\.orglint\.yaml:4:16: invalid matcher for "name": it repeats a group that itself repeats/,
    ],
    ['the id of a built-in rule', 'policies:\n  - id: require-no-prompt\n    resource: client\n    require: { a: 1 }\n', /\.orglint\.yaml:2:5: policy id "require-no-prompt" is the id of a built-in rule/],
    ['the same id twice', 'policies:\n  - { id: p, resource: client, require: { a: 1 } }\n  - { id: p, resource: client, require: { a: 2 } }\n', /\.orglint\.yaml:3:7: policy id "p" is used twice/],
  ];
  for (const [what, text, message] of cases) {
    it(what, async () => {
      const dir = tempTree({ '.orglint.yaml': text, 'tenant.yaml': 'clients: []\n' });
      const run = await runCli(['.'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    });
  }
});
