/**
 * Secrets that masking by key alone missed (issue 12): YAML anchors and their aliases, tags, block and
 * multi-line scalars, HAR name/value pairs (headers, cookies, form fields), `X-Api-Key`, and the values a
 * Terraform plan marks `after_sensitive`. Each sits within two lines of a finding, so every excerpt, every format,
 * the HTML report and the --fix-dry-run diff had the chance to show it. And a hostile config cannot reach out:
 * `keywordsFile` stays inside the repository, the config search stops at its root.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const PLANTED = {
  anchor: 'cs-ANCHOR-q7W2e9R4t1Y6u3I8',
  tagged: 'cs-TAGGED-z5X8c2V7b4N1m6K3',
  block: 'cs-BLOCK-m6K3z5X8c2V7b4N1',
  multiFirst: 'cs-MULTI-first-4t1Y6u3I8',
  multiSecond: 'cs-MULTI-second-9R4t1Y6u',
  aliased: 'cs-ALIASED-value-abcdef12',
  harPair: 'har-PAIR-secret-0123456789',
  apiKey: 'xak-PLANTED-9f8e7d6c5b4a',
  cookie: 'sess-PLANTED-cookie-77aa88bb',
  sensitive: 'tf-SENSITIVE-description-42',
};

const TENANT = `clients:
  - name: A
    client_secret: &s ${PLANTED.anchor}
    organization_usage: Require
  - name: B
    client_secret: !!str ${PLANTED.tagged}
    organization_usage: Require
  - name: C
    client_secret: |
      ${PLANTED.block}
    organization_usage: Require
  - name: D
    client_secret: "${PLANTED.multiFirst}
      ${PLANTED.multiSecond}"
    organization_usage: Require
  - name: E
    x_note: &n ${PLANTED.aliased}
    organization_usage: Require
    client_secret: *n
  - name: F
    organization_usage: Require
    client_secret_copy: *s
`;

function har(): string {
  const body = JSON.stringify({ organization_usage: 'Require' });
  return JSON.stringify(
    {
      log: {
        version: '1.2',
        creator: { name: 'test', version: '1' },
        entries: [
          {
            request: {
              method: 'PATCH',
              url: 'https://acme.eu.auth0.com/api/v2/clients/AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
              headers: [
                { name: 'X-Api-Key', value: PLANTED.apiKey },
                { name: 'Cookie', value: `did=abc; auth0=${PLANTED.cookie}` },
                { name: 'content-type', value: 'application/json' },
              ],
              cookies: [{ name: 'auth0', value: PLANTED.cookie }],
              queryString: [{ name: 'client_secret', value: PLANTED.harPair }],
              postData: { mimeType: 'application/json', text: body },
            },
            response: { status: 400, content: { mimeType: 'application/json', text: '{}' } },
          },
        ],
      },
    },
    null,
    2,
  );
}

function plan(): string {
  return JSON.stringify(
    {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'auth0_client.portal',
          mode: 'managed',
          type: 'auth0_client',
          name: 'portal',
          change: {
            actions: ['update'],
            before: { name: 'Portal', organization_usage: 'allow' },
            after: { name: 'Portal', description: PLANTED.sensitive, organization_usage: 'Require' },
            after_sensitive: { description: true },
          },
        },
      ],
    },
    null,
    2,
  );
}

function leaks(texts: [string, string][]): string[] {
  const out: string[] = [];
  for (const [where, text] of texts) {
    for (const [name, secret] of Object.entries(PLANTED)) {
      for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) if (text.includes(form)) out.push(`${where}: ${name}`);
    }
  }
  return out;
}

describe('secrets the parser resolved never reach an output', () => {
  it('anchors, aliases, tags, block and multi-line scalars, HAR pairs, X-Api-Key, cookies and after_sensitive values', async () => {
    const dir = tempTree({ 'tenant.yaml': TENANT, 'capture.har': har(), 'plan.json': plan() });
    const formats = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];
    const run = await runCli(['-f', 'stylish', ...formats.flatMap((f) => ['-f', `${f}=out/r.${f}`]), '.'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'out/r.json'), 'utf8')) as { findings: { file: string }[] };
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['tenant.yaml', 'capture.har', 'plan.json']));
    const dry = await runCli(['--fix-dry-run', '.'], { cwd: dir });
    expect(dry.stdout).toContain('+    organization_usage: require');
    const outs = readdirSync(path.join(dir, 'out')).map((f): [string, string] => [f, readFileSync(path.join(dir, 'out', f), 'utf8')]);
    expect(leaks([['stdout', run.stdout], ['stderr', run.stderr], ['dry run', dry.stdout + dry.stderr], ...outs])).toEqual([]);
    // the masked lines keep their columns
    expect(dry.stdout).toContain(`     client_secret: &s ${'*'.repeat(PLANTED.anchor.length)}\n`);
    expect(dry.stdout).toContain(`       ${'*'.repeat(PLANTED.block.length)}\n`);
  });
});

describe('a config cannot reach outside the repository', () => {
  it('keywordsFile with ../ or an absolute path outside the repository is a config error at its line and column', async () => {
    const secretDir = tempTree({ 'secrets.json': JSON.stringify({ ORG: 'value-from-outside' }) });
    const repo = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: "##ORG##"\n', 'inside/kw.json': '{"ORG": "require"}' });
    mkdirSync(path.join(repo, '.git'));
    const rel = path.relative(repo, path.join(secretDir, 'secrets.json'));
    for (const value of [rel, path.join(secretDir, 'secrets.json')]) {
      writeFileSync(path.join(repo, '.orglint.yaml'), `rules: {}\nkeywordsFile: ${JSON.stringify(value)}\n`);
      const run = await runCli(['-f', 'compact', '.'], { cwd: repo });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `orglint: config error: .orglint.yaml:2:15: keywordsFile "${value}" is outside the repository (${repo}); config paths must stay inside it (use --keywords FILE on the command line for another file)\n`,
      );
      expect(run.stdout + run.stderr).not.toContain('value-from-outside');
    }
    writeFileSync(path.join(repo, '.orglint.yaml'), 'keywordsFile: inside/kw.json\n');
    const ok = await runCli(['-f', 'compact', '.'], { cwd: repo });
    expect(ok.code).toBe(0);
  });

  it('the upward config search stops at the repository root: a .orglint.yaml above the checkout is not read', async () => {
    const parent = tempTree({ '.orglint.yaml': 'rules:\n  organization-usage-enum: off\n', 'repo/tenant.yaml': 'clients:\n  - name: A\n    organization_usage: Require\n' });
    mkdirSync(path.join(parent, 'repo/.git'));
    const run = await runCli(['-f', 'compact', '.'], { cwd: path.join(parent, 'repo') });
    expect(run.stdout).toContain('[organization-usage-enum]');
    expect(run.code).toBe(1);
  });
});
