import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MgmtApiServer } from '../support/mgmt-api-server';
import { APP_SECRET, PLANTED_SECRET, envFor, journalLines, live, mixedClients, server, tempDir } from './helpers';

let s: MgmtApiServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const orgFields = (c: Record<string, unknown> | undefined) => ({ usage: c?.organization_usage, behavior: c?.organization_require_behavior });
const patches = (srv: MgmtApiServer) => srv.requests.filter((r) => r.method === 'PATCH');

describe('orglint fix --live', () => {
  it('prints the plan (client, field, from → to) and sends nothing without --yes', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    const run = await live(['fix', '--live'], dir, envFor(s));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`plan for ${s.url} (safe fixes): 3 changes to 3 clients`);
    expect(run.stdout).toMatch(/"Case Portal" \(case01\) +organization_usage +"Require" → "require"/);
    expect(run.stdout).toMatch(/"Dash Portal" \(dash01\) +organization_require_behavior +"pre-login-prompt" → "pre_login_prompt"/);
    expect(run.stdout).toMatch(/"Unused Behavior" \(nouse01\) +organization_require_behavior +"pre_login_prompt" → \(unset\)/);
    expect(run.stdout).toContain('nothing was sent: run again with --yes to apply this plan');
    expect(patches(s)).toHaveLength(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--yes applies one minimal PATCH per client, journals it (0600, no secrets), and a second run has nothing to do', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('applied 3 clients; 0 conflicts; 0 failed');
    expect(Object.fromEntries(patches(s).map((p) => [p.clientId, p.body]))).toEqual({
      case01: { organization_usage: 'require' },
      dash01: { organization_require_behavior: 'pre_login_prompt' },
      nouse01: { organization_require_behavior: null },
    });
    expect(orgFields(s.clients.get('case01'))).toEqual({ usage: 'require', behavior: 'pre_login_prompt' });
    expect(orgFields(s.clients.get('nouse01'))).toEqual({ usage: 'deny', behavior: undefined });
    const file = path.join(dir, 'j.jsonl');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(PLANTED_SECRET);
    expect(text).not.toContain(APP_SECRET);
    const lines = journalLines(text);
    expect(lines.map((l) => l.type)).toEqual(['run', 'plan', 'plan', 'plan', ...Array(6).fill(expect.stringMatching(/^(attempt|result)$/)), 'end']);
    expect(lines.find((l) => l.type === 'attempt' && l.client_id === 'case01')).toMatchObject({ before: { organization_usage: 'Require' }, body: { organization_usage: 'require' } });
    expect(lines.find((l) => l.type === 'result' && l.client_id === 'case01')).toMatchObject({ outcome: 'applied', status: 200, after: { organization_usage: 'require' } });
    expect(lines.at(-1)).toMatchObject({ type: 'end', outcome: 'done', applied: 3 });

    const again = await live(['fix', '--live', '--yes'], dir, envFor(s));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 changes to 0 clients');
    expect(again.stdout).toContain('nothing to fix');
    expect(patches(s)).toHaveLength(3);
  });

  it('--unsafe takes the unsafe reading of a finding (require an organization instead of dropping the behavior)', async () => {
    s = await server({ clients: mixedClients() });
    const run = await live(['fix', '--live', '--unsafe', '--yes', '--journal', 'j.jsonl'], tempDir(), envFor(s));
    expect(run.code).toBe(0);
    expect(orgFields(s.clients.get('nouse01'))).toEqual({ usage: 'require', behavior: 'pre_login_prompt' });
  });

  it('skips a client changed between plan and apply as a conflict, and never clobbers it', async () => {
    s = await server({ clients: mixedClients() });
    // a concurrent writer: someone sets case01 to "allow" right before orglint re-reads it
    let changed = false;
    s.onRequest(({ method, clientId }) => {
      if (method === 'GET' && clientId === 'case01' && !changed) {
        changed = true;
        s!.clients.set('case01', { ...s!.clients.get('case01'), organization_usage: 'allow' });
      }
    });
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], tempDir(), envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('conflict: "Case Portal" (case01): organization_usage is now "allow", expected "Require"; left unchanged');
    expect(run.stdout).toContain('applied 2 clients; 1 conflict; 0 failed');
    expect(s.clients.get('case01')!.organization_usage).toBe('allow');
    expect(patches(s).map((p) => p.clientId).sort()).toEqual(['dash01', 'nouse01']);
  });

  it('fetches a new token when the client-credentials token expires mid-run', async () => {
    // tokens live 0.6 s but the token answer claims an hour, so only the API's 401 tells orglint
    s = await server({ clients: mixedClients(), tokenLifetimeSec: 0.6, reportedExpiresIn: 3600, latencyMs: 100 });
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl', '--concurrency', '1'], tempDir(), envFor(s));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(s.requests.filter((r) => r.status === 401).length).toBeGreaterThan(0);
    expect(s.tokensIssued).toBeGreaterThan(1);
    expect(orgFields(s.clients.get('dash01'))).toEqual({ usage: 'require', behavior: 'pre_login_prompt' });
  });

  it('fix without --live says that file fixing is orglint --fix', async () => {
    const run = await live(['fix'], tempDir(), {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('orglint fix changes a live tenant: add --live; to fix files, run orglint --fix PATHS');
  });
});

describe('orglint fix --live leaves settings that have an effect alone', () => {
  it('allow + post_login_prompt (documented) and allow + pre_login_prompt (info, the docs disagree): no PATCH', async () => {
    const app = (id: string, behavior: string) => ({ client_id: id, name: `App ${id}`, app_type: 'spa', organization_usage: 'allow', organization_require_behavior: behavior });
    s = await server({ clients: [app('b1', 'post_login_prompt'), app('b2', 'pre_login_prompt')] });
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], tempDir(), envFor(s));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nothing to fix');
    expect(patches(s)).toHaveLength(0);
    expect(orgFields(s.clients.get('b2'))).toEqual({ usage: 'allow', behavior: 'pre_login_prompt' });
  });
});

describe('orglint rollback', () => {
  it('restores the recorded values with compare-and-set, and a second rollback does nothing', async () => {
    // values the API accepts both ways: a behavior that has no effect, removed by the safe fix
    const behaviorOnly = (id: string, usage: string) => ({ client_id: id, name: `App ${id}`, app_type: 'spa', organization_usage: usage, organization_require_behavior: 'pre_login_prompt' });
    s = await server({ clients: [behaviorOnly('a1', 'deny'), behaviorOnly('a2', 'deny'), behaviorOnly('a3', 'deny')] });
    const dir = tempDir();
    expect((await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s))).code).toBe(0);
    expect(orgFields(s.clients.get('a1'))).toEqual({ usage: 'deny', behavior: undefined });
    // someone edits a2 after the fix: rollback must leave it alone
    s.clients.set('a2', { ...s.clients.get('a2'), organization_require_behavior: 'no_prompt' });

    const preview = await live(['rollback', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/"App a1" \(a1\) +organization_require_behavior +\(unset\) → "pre_login_prompt"/);
    expect(preview.stdout).toContain('nothing was sent');
    expect(patches(s)).toHaveLength(3);

    const run = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('conflict: "App a2" (a2): organization_require_behavior is now "no_prompt", expected (unset); left unchanged');
    expect(run.stdout).toContain('restored 2 clients; 1 conflict; 0 failed');
    expect(orgFields(s.clients.get('a1'))).toEqual({ usage: 'deny', behavior: 'pre_login_prompt' });
    expect(orgFields(s.clients.get('a3'))).toEqual({ usage: 'deny', behavior: 'pre_login_prompt' });
    expect(orgFields(s.clients.get('a2'))).toEqual({ usage: 'deny', behavior: 'no_prompt' });

    const twice = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(twice.stdout).not.toContain('"App a1"');
    expect(patches(s)).toHaveLength(5);
  });
});
