/**
 * Secrets never leave orglint: a client secret, a client-credentials secret and an access token are planted in
 * the inputs (tenant files, a PATCH body, a HAR capture with its token request, a Terraform plan, a keywords
 * file) and in the environment, and every output is searched for them: every output format and the debug log
 * of a file lint, a fix preview, the baseline, the live audit (every format, the snapshot), the fix plan, the
 * applied fix and its journal, a rollback, and API error messages that echo a secret (shown as `[redacted]`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';
import type { MgmtApiServer } from '../support/mgmt-api-server';
import { envFor, live, server, tempDir } from '../live/helpers';

/** a secret of an application, as deploy-cli exports and the Management API hold it */
const CLIENT_SECRET = 'cs-PLANTED-q7W2e9R4t1Y6u3I8';
/** the secret of the machine-to-machine application orglint uses (client-credentials grant) */
const CC_SECRET = 'cc-PLANTED-z5X8c2V7b4N1m6K3';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** an access token (a JWT whose scopes the HAR source decodes) */
const ACCESS_TOKEN = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iss: 'https://acme.eu.auth0.com/', scope: 'read:clients', gty: 'client-credentials', jti: 'PLANTEDjti0123456789' })}.PLANTEDsignatureAbCdEfGhIjKlMnOp`;
/** a private key of an add-on (Firebase), as a deploy-cli directory export holds it */
const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\\nMIIEvPLANTEDkeyMaterial0123456789abcdef\\n-----END PRIVATE KEY-----';
/** every planted value, and the parts of the token that are its own (the header is the same in every RS256 JWT) */
const PLANTED = [CLIENT_SECRET, CC_SECRET, ACCESS_TOKEN, ...ACCESS_TOKEN.split('.').slice(1), 'MIIEvPLANTEDkeyMaterial0123456789abcdef'];

/** Every file under a folder, with its text. */
function filesUnder(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push([path.join(e.parentPath, e.name), readFileSync(path.join(e.parentPath, e.name), 'utf8')]);
  }
  return out;
}

/** No planted value in any of the texts (the JSON-escaped forms too); says where one was found. */
function expectNoSecret(texts: [string, string][]): void {
  const leaks: string[] = [];
  for (const [where, text] of texts) {
    for (const secret of PLANTED) {
      for (const form of [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]) {
        if (text.includes(form)) leaks.push(`${where}: …${text.slice(Math.max(0, text.indexOf(form) - 60), text.indexOf(form) + form.length + 20)}…`);
      }
    }
  }
  expect(leaks).toEqual([]);
}

const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];

/** Inputs of every kind, each holding the planted values next to findings (so excerpts show their lines). */
function plantedInputs(): string {
  const har = {
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: [
        {
          request: {
            method: 'POST',
            url: 'https://acme.eu.auth0.com/oauth/token',
            headers: [{ name: 'content-type', value: 'application/x-www-form-urlencoded' }],
            postData: { mimeType: 'application/x-www-form-urlencoded', text: `grant_type=client_credentials&client_id=m2m&client_secret=${CC_SECRET}&audience=https%3A%2F%2Facme.eu.auth0.com%2Fapi%2Fv2%2F` },
          },
          response: { status: 200, content: { mimeType: 'application/json', text: JSON.stringify({ access_token: ACCESS_TOKEN, token_type: 'Bearer' }) } },
        },
        {
          request: {
            method: 'PATCH',
            url: `https://acme.eu.auth0.com/api/v2/clients/AaiyAPdpYdesoKnqjj8HJqRn4T5titww?access_token=${ACCESS_TOKEN}`,
            headers: [
              { name: 'authorization', value: `Bearer ${ACCESS_TOKEN}` },
              { name: 'content-type', value: 'application/json' },
            ],
            postData: { mimeType: 'application/json', text: JSON.stringify({ organization_usage: 'Require', client_secret: CLIENT_SECRET, organization_require_behavior: 'pre-login-prompt' }) },
          },
          response: { status: 403, content: { mimeType: 'application/json', text: JSON.stringify({ statusCode: 403, message: `Insufficient scope, expected any of: update:clients (token ${ACCESS_TOKEN})` }) } },
        },
      ],
    },
  };
  const plan = {
    format_version: '1.2',
    resource_changes: [
      {
        address: 'auth0_client.portal',
        mode: 'managed',
        type: 'auth0_client',
        name: 'portal',
        change: {
          actions: ['update'],
          before: { name: 'Portal', client_secret: CLIENT_SECRET, organization_usage: 'allow' },
          after: { name: 'Portal', client_secret: CLIENT_SECRET, organization_usage: 'Require', organization_require_behavior: 'pre-login-prompt' },
          after_sensitive: { client_secret: true },
        },
      },
    ],
  };
  return tempTree({
    'tenant.yaml': [
      'clients:',
      '  - name: Portal',
      `    client_secret: ${CLIENT_SECRET}`,
      '    organization_usage: Require',
      `    addons: {firebase: {secret: "${CLIENT_SECRET}", private_key: "${PRIVATE_KEY}"}} # token ${ACCESS_TOKEN}`,
      '    organization_require_behavior: pre-login-prompt',
      '  - name: Keyworded',
      '    client_secret: ##PORTAL_SECRET##',
      '    organization_usage: "@@USAGE@@"',
      '',
    ].join('\n'),
    'kw.json': JSON.stringify({ PORTAL_SECRET: CLIENT_SECRET, USAGE: 'Require' }),
    't/clients/Portal.json': JSON.stringify(
      { name: 'Dir Portal', client_secret: CLIENT_SECRET, organization_usage: 'Allow', addons: { firebase: { private_key: PRIVATE_KEY.replace(/\\\\n/g, '\n') } }, organization_require_behavior: 'pre_login_prompt' },
      null,
      2,
    ),
    'body.patch.json': JSON.stringify({ client_secret: CLIENT_SECRET, organization_usage: 'required' }, null, 2),
    'capture.har': JSON.stringify(har, null, 2),
    'plan.json': JSON.stringify(plan, null, 2),
  });
}

let s: MgmtApiServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('secrets never reach an output', () => {
  it('file lint: every output format, the debug log, a fix preview and the baseline', async () => {
    const dir = plantedInputs();
    const env = { AUTH0_CLIENT_SECRET: CC_SECRET, AUTH0_ACCESS_TOKEN: ACCESS_TOKEN };
    const outputs = FORMATS.flatMap((f) => ['-f', `${f}=out/report.${f}`]);
    const run = await runCli(['-f', 'stylish', ...outputs, '--debug', '--keywords', 'kw.json', '.'], { cwd: dir, env });
    expect(run.code).toBe(1);
    // the inputs gave findings in every kind of file, so the outputs had every chance to leak
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8')) as { findings: { file: string; ruleId: string }[] };
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['tenant.yaml', 't/clients/Portal.json', 'body.patch.json', 'capture.har', 'plan.json']));
    expect(report.findings.map((f) => f.ruleId)).toContain('patch-insufficient-scope');
    const preview = await runCli(['--fix-dry-run', '--fix-unsafe', '--keywords', 'kw.json', '.'], { cwd: dir, env });
    expect(preview.stdout).toContain('+    organization_usage: require');
    const baseline = await runCli(['--keywords', 'kw.json', '--baseline', 'out/baseline.json', '--update-baseline', '.'], { cwd: dir, env });
    expect(baseline.code).toBe(0);
    const again = await runCli(['-f', 'stylish', '--keywords', 'kw.json', '.'], { cwd: dir, env });
    expectNoSecret([
      ['stdout', run.stdout],
      ['stderr (--debug)', run.stderr],
      ['fix preview', preview.stdout + preview.stderr],
      ['baseline update', baseline.stdout + baseline.stderr],
      ['stylish', again.stdout],
      ...filesUnder(path.join(dir, 'out')),
    ]);
    // a secret on a line orglint shows (the HTML report shows two lines around each finding) is masked in place
    const stars = (s: string) => '*'.repeat(s.length);
    expect(readFileSync(path.join(dir, 'out/report.html'), 'utf8')).toContain(`addons: {firebase: {secret: &quot;${stars(CLIENT_SECRET)}&quot;, private_key: &quot;${stars(PRIVATE_KEY)}&quot;}} # token ***`);
  });

  it('live audit (every format, the snapshot), the fix plan, the applied fix and its journal, a rollback', async () => {
    const clients = Array.from({ length: 6 }, (_, i) => ({
      client_id: `sec${i}`,
      name: `App ${i}`,
      app_type: 'regular_web',
      client_secret: CLIENT_SECRET,
      // fixes whose before and after values the API both accepts, so the rollback can restore them
      organization_usage: i % 2 ? 'allow' : 'deny',
      organization_require_behavior: 'pre_login_prompt',
    }));
    s = await server({ clients });
    const dir = tempDir();
    // client credentials: the secret in the environment
    const env = envFor(s, { AUTH0_CLIENT_SECRET: 'app-secret-Zq81vPmXw3' });
    const outputs = FORMATS.flatMap((f) => ['-f', `${f}=audit/report.${f}`]);
    const texts: [string, string][] = [];
    const runs = [
      ['audit', '--live', '-f', 'stylish', ...outputs, '--snapshot', 'snapshot.json', '--debug'],
      ['fix', '--live', '--debug'],
      ['fix', '--live', '--yes', '--journal', 'j.jsonl', '--debug'],
      ['rollback', '--journal', 'j.jsonl', '--debug'],
      ['rollback', '--journal', 'j.jsonl', '--yes', '--debug'],
    ];
    for (const args of runs) {
      const run = await live(args, dir, env);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      texts.push([`${args.join(' ')}: stdout`, run.stdout], [`${args.join(' ')}: stderr`, run.stderr]);
    }
    expect(s.clients.get('sec1')!.organization_require_behavior).toBe('pre_login_prompt');
    // the same runs with a ready token in the environment instead
    const token = s.mintToken({ scopes: ['read:clients', 'update:clients'] });
    const withToken = await live(['audit', '--live', '-f', 'json', '--debug'], dir, { ...env, AUTH0_CLIENT_ID: '', AUTH0_CLIENT_SECRET: '', AUTH0_ACCESS_TOKEN: token });
    expect(withToken.code).toBe(0);
    expect(withToken.stdout).toContain('sec1');
    texts.push(['audit with a token', withToken.stdout + withToken.stderr]);
    const leaks = [...texts, ...filesUnder(dir)].filter(([, t]) => t.includes('app-secret-Zq81vPmXw3') || t.includes(token) || t.includes(token.split('.')[2]));
    expect(leaks.map(([w]) => w)).toEqual([]);
    expectNoSecret([...texts, ...filesUnder(dir)]);
  });

  it('an API answer that echoes the secret or the token is shown, and journaled, with [redacted]', async () => {
    s = await server({ clients: [{ client_id: 'echo1', name: 'Echo', app_type: 'spa', organization_usage: 'Require', client_secret: CLIENT_SECRET }] });
    const token = s.mintToken({ scopes: ['read:clients', 'update:clients'] });
    s.inject({ method: 'PATCH', path: '/api/v2/clients/echo1', status: 400, times: Infinity, body: { statusCode: 400, error: 'Bad Request', errorCode: 'invalid_body', message: `Payload validation error: token ${token} and secret ${CC_SECRET} rejected on property organization_usage` } });
    const dir = tempDir();
    const env = envFor(s, { AUTH0_CLIENT_ID: '', AUTH0_CLIENT_SECRET: CC_SECRET, AUTH0_ACCESS_TOKEN: token });
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Payload validation error: token [redacted] and secret [redacted] rejected on property organization_usage');
    const journal = readFileSync(path.join(dir, 'j.jsonl'), 'utf8');
    expect(journal).toContain('token [redacted] and secret [redacted]');
    for (const text of [run.stdout, run.stderr, journal]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(CC_SECRET);
    }
  });

  it('secrets given as command-line arguments are refused without being echoed', async () => {
    const dir = tempDir();
    for (const args of [['audit', '--live', `--client-secret=${CC_SECRET}`], ['fix', '--live', '--token', ACCESS_TOKEN], ['audit', '--live', '--access-token', ACCESS_TOKEN]]) {
      const run = await live(args, dir, {});
      expect(run.code).toBe(2);
      expectNoSecret([['stdout', run.stdout], ['stderr', run.stderr]]);
    }
  });
});

