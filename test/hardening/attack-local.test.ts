/**
 * A hostile pull request against the local fixes, the output files and secret masking (issue 12 local part,
 * issue 10 item 4), through the real CLI. Each case: the YAML or file layout a reviewer would not spot, and
 * what a user would notice if orglint got it wrong (a corrupted file, a secret in a report, a clobbered input).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const BAD = 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: Require\n';

/** The documents of a YAML text as plain values (aliases and merge keys resolved); throws if it does not parse. */
function values(text: string): unknown[] {
  return parseAllDocuments(text).map((d) => {
    if (d.errors.length) throw new Error(d.errors[0].message);
    return d.toJS({ maxAliasCount: -1 });
  });
}

/** The clients of the first document, by name. */
function clientsByName(text: string): Record<string, unknown> {
  const doc = values(text)[0] as { clients: { name: string }[] };
  return Object.fromEntries(doc.clients.map((c) => [c.name, c]));
}

/**
 * Shared anchors, merge keys, block scalars with indentation indicators, explicit keys, flow style over several
 * lines, comments between key and value, tabs, mixed line endings, BOM, document markers, tags, emoji.
 * `untouched` are clients no finding is about: --fix-unsafe must leave their resolved values exactly as they were.
 */
const YAML_CASES: { name: string; text: string; untouched: string[] }[] = [
  {
    name: 'merge of two anchors, one client overriding after the merge',
    text: 'x-a: &a\n  organization_usage: Require\nx-b: &b\n  organization_require_behavior: pre_login_prompt\nclients:\n  - name: A\n    app_type: spa\n    <<: [*a, *b]\n  - name: B\n    app_type: spa\n    <<: [*a, *b]\n    organization_usage: require\n',
    untouched: ['B'],
  },
  {
    name: 'a whole client as anchor, merged with an override',
    text: 'clients:\n  - &base\n    name: A\n    app_type: spa\n    organization_usage: require\n    organization_require_behavior: Pre_Login_Prompt\n  - <<: *base\n    name: B\n    organization_require_behavior: post_login_prompt\n',
    untouched: ['B'],
  },
  {
    name: 'an anchored value used as an alias by another client',
    text: 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: &u Require\n  - name: B\n    app_type: spa\n    organization_usage: *u\n  - name: C\n    app_type: spa\n    organization_usage: allow\n    organization_require_behavior: &p pre_login_prompt\n  - name: D\n    app_type: spa\n    organization_usage: require\n    organization_require_behavior: *p\n',
    untouched: ['D'],
  },
  {
    name: 'block scalars |2- and |+ with an indentation indicator and kept blank lines',
    text: 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: |2-\n        Require\n    organization_require_behavior: pre_login_prompt\n  - name: B\n    app_type: spa\n    organization_usage: |+\n      Require\n\n    organization_require_behavior: >-\n      pre_login_prompt\n  - name: Z\n    app_type: spa\n    organization_usage: allow\n',
    untouched: ['Z'],
  },
  {
    name: 'flow mappings and sequences over several lines',
    text: 'clients:\n  - {name: A, app_type: spa,\n     organization_usage: Require,\n     organization_require_behavior:\n       pre_login_prompt}\n  - name: B\n    app_type: spa\n    organization_usage: require\n    organization_discovery_methods: [email, Email,\n      organization_name]\n    organization_require_behavior: pre_login_prompt\n  - {name: Z, app_type: spa, organization_usage: allow}\n',
    untouched: ['Z'],
  },
  {
    name: 'comments between key and value, tabs before values',
    text: 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: # the usage\n      Require\n    organization_require_behavior:\t# x\n      pre_login_prompt\n  - name: Z\n    app_type: spa\n    organization_usage:\tallow\t# tab\n',
    untouched: ['Z'],
  },
  {
    name: 'explicit keys',
    text: 'clients:\n  - name: A\n    ? app_type\n    : spa\n    ? organization_usage\n    : Require\n    ? organization_require_behavior\n    : pre_login_prompt\n  - name: Z\n    ? organization_usage\n    : allow\n    ? app_type\n    : spa\n',
    untouched: ['Z'],
  },
  {
    name: 'mixed CRLF and LF line endings, BOM, document markers, tags and emoji',
    text: '\uFEFF---\r\nclients:\r\n  - name: "😀 é 中文"\n    app_type: spa\r\n    description: "😀😀😀"\n    organization_usage: !!str Require\r\n  - name: !!str Z\r\n    app_type: spa\n    organization_usage: allow\r\n...\r\n',
    untouched: ['Z'],
  },
];

describe('--fix on YAML nobody writes by hand: never corrupted, only what is reported changes', () => {
  for (const c of YAML_CASES) {
    it(c.name, async () => {
      const dir = tempTree({ 'tenant.yaml': c.text });
      const file = path.join(dir, 'tenant.yaml');
      const dry = await runCli(['--fix-dry-run', '--fix-unsafe', '-f', 'compact', 'tenant.yaml'], { cwd: dir });
      expect(readFileSync(file, 'utf8')).toBe(c.text);
      const listed = dry.stdout.split('\n').filter((l) => l.startsWith('# tenant.yaml:'));
      const run = await runCli(['--fix-unsafe', 'tenant.yaml'], { cwd: dir });
      const after = readFileSync(file, 'utf8');
      // the file still parses, and no client the findings are not about changed (aliases and merges resolved)
      const before = clientsByName(c.text);
      const now = clientsByName(after);
      for (const name of c.untouched) expect(now[name], name).toEqual(before[name]);
      expect(run.stdout).not.toContain('parse-error');
      // "fixed N" is the number of findings the dry run listed its edits under
      const n = Number(/fixed (\d+) problem/.exec(run.stdout)?.[1] ?? 0);
      expect(n).toBe(listed.length);
      // a second run changes nothing and fixes nothing
      const again = await runCli(['--fix-unsafe', 'tenant.yaml'], { cwd: dir });
      expect(readFileSync(file, 'utf8')).toBe(after);
      expect(again.stdout).not.toMatch(/fixed \d+ problem/);
    });
  }

  it('every finding the dry run fixes is one the plain lint shows, at the same position', async () => {
    for (const c of YAML_CASES) {
      const dir = tempTree({ 'tenant.yaml': c.text });
      const plain = await runCli(['-f', 'compact', 'tenant.yaml'], { cwd: dir });
      const shown = new Set(plain.stdout.split('\n').map((l) => /^(tenant\.yaml:\d+:\d+): .*\[([\w-]+)\]$/.exec(l)).filter(Boolean).map((m) => `${m![1]} ${m![2]}`));
      const dry = await runCli(['--fix-dry-run', '--fix-unsafe', '-f', 'compact', 'tenant.yaml'], { cwd: dir });
      for (const l of dry.stdout.split('\n')) {
        const m = /^# (tenant\.yaml:\d+:\d+) ([\w-]+):/.exec(l);
        if (m) expect(shown, `${c.name}: ${l}`).toContain(`${m[1]} ${m[2]}`);
      }
    }
  });
});

describe('secrets: a value the files hold as a secret never leaves, whatever carries it', () => {
  // the secrets come back through a client's name and through values quoted in messages and login-flow
  // reasons; before, the HTML and Markdown reports and `orglint flows` printed them unmasked
  const TENANT = [
    'x: &s SECRETAAAA1',
    'clients:',
    '  - name: A',
    '    app_type: spa',
    '    organization_usage: Require',
    '    client_secret: *s',
    '  - name: B',
    '    app_type: spa',
    '    "client_secret": !!str SECRETBBBB2',
    "  - {name: C, app_type: spa, 'client_secret': \"SECRETCCC3\", organization_usage: Require}",
    '  - name: D',
    '    app_type: spa',
    '    client_secret: >-',
    '      SECRETDDD4',
    '      SECRETDDD5',
    '  - name: "E SECRETAAAA1"',
    '    description: "see https://u:SECRETEEE6@example.com/x"',
    '    app_type: spa',
    '    client_secret: SECRETEEE6',
    '    organization_usage: SECRETBBBB2',
    '  - name: F',
    '    app_type: spa',
    '    ? client_secret',
    '    : SECRETFFF7',
    '    organization_usage: SECRETFFF7',
    '',
  ].join('\n');
  const JSON_CLIENT = '{"name":"J","app_type":"spa","\\u0063lient_secret":"SECRETJJJ8","organization_usage":"SECRETJJJ8"}';
  const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];

  function tree(): string {
    return tempTree({ 't/tenant.yaml': TENANT, 'j/clients/J.json': JSON_CLIENT });
  }

  it.each(FORMATS)('-f %s (to a file and to stdout)', async (format) => {
    const dir = tree();
    const run = await runCli(['-f', `${format}=report.out`, '-f', format, 't', 'j'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = readFileSync(path.join(dir, 'report.out'), 'utf8');
    expect(report).toContain('***');
    for (const text of [report, run.stdout, run.stderr]) expect(text).not.toMatch(/SECRET[A-Z]+\d/);
  });

  it('--fix-dry-run and --fix', async () => {
    const dir = tree();
    const dry = await runCli(['--fix-dry-run', '--fix-unsafe', '-f', 'markdown', 't', 'j'], { cwd: dir });
    expect(dry.stdout + dry.stderr).not.toMatch(/SECRET[A-Z]+\d/);
    const fixed = await runCli(['--fix-unsafe', '-f', 'html', 't', 'j'], { cwd: dir });
    expect(fixed.stdout + fixed.stderr).not.toMatch(/SECRET[A-Z]+\d/);
  });

  it.each(FORMATS)('a HAR capture: X-Api-Key, Authorization, Cookie headers, cookies of any name, query and form pairs (-f %s)', async (format) => {
    // before, a cookie whose name is not secret-like (auth0_session) was not masked where its value came back
    const har = {
      log: {
        version: '1.2',
        creator: { name: 'x', version: '1' },
        entries: [
          {
            request: {
              method: 'PATCH',
              url: 'https://t.auth0.com/api/v2/clients/abc?api_key=QSECRET111',
              headers: [
                { name: 'X-Api-Key', value: 'HSECRET222' },
                { name: 'Authorization', value: 'Bearer HSECRET333' },
                { name: 'Cookie', value: 'sid=CSECRET444' },
              ],
              cookies: [{ name: 'auth0_session', value: 'CSECRET555' }],
              queryString: [{ name: 'api_key', value: 'QSECRET111' }],
              postData: {
                mimeType: 'application/json',
                text: JSON.stringify({ organization_usage: 'HSECRET222', client_secret: 'PSECRET666', name: 'n CSECRET555' }),
                params: [{ name: 'client_secret', value: 'PSECRET666' }],
              },
            },
            response: { status: 200, content: { text: '{}' } },
          },
        ],
      },
    };
    const dir = tempTree({ 'cap.har': JSON.stringify(har) });
    const run = await runCli(['-f', `${format}=report.out`, 'cap.har'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = readFileSync(path.join(dir, 'report.out'), 'utf8');
    expect(report).toMatch(/organization\\?_usage/);
    expect(report + run.stdout + run.stderr).not.toMatch(/[A-Z]SECRET\d+/);
  });

  it('the dry run\'s line naming a fix does not quote a secret value it replaces', async () => {
    // `client_secret: *s` and `organization_usage: *s`: the fix replaces the secret's text at the alias
    const dir = tempTree({ 'tenant.yaml': 'x: &s Require\nclients:\n  - name: A\n    app_type: spa\n    client_secret: *s\n    organization_usage: *s\n' });
    const dry = await runCli(['--fix-dry-run', '-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(dry.stdout).toContain('# tenant.yaml:6:25 organization-usage-enum: replace "*******" with "require"\n');
    expect(dry.stdout).not.toContain('Require');
  });

  it.each([...FORMATS.map((f) => [f]), ['flows', '-f', 'markdown'], ['flows']])('a secret holding _ * < & " as each format escapes it (%s)', async (...args) => {
    // Auth0 client secrets hold `_` and `-`: Markdown wrote `Ab\_cD`, HTML `Q&lt;w`, so a mask of the raw
    // value missed them in PR comments, the job summary and the HTML report
    const dir = tempTree({
      'tenant.yaml': 'clients:\n  - name: "n Ab_cD-eF_gh12*xyz"\n    app_type: spa\n    client_secret: "Ab_cD-eF_gh12*xyz"\n    organization_usage: "Q<w>e&r\\"t_y"\n  - name: B\n    app_type: spa\n    client_secret: "Q<w>e&r\\"t_y"\n',
    });
    const argv = args[0] === 'flows' ? [...args, 'tenant.yaml'] : ['-f', args[0], 'tenant.yaml'];
    const run = await runCli(argv, { cwd: dir });
    expect(run.stdout).toContain('***');
    expect(run.stdout + run.stderr).not.toMatch(/gh12|e(&amp;|&|\\&)r/);
  });

  it.each(['text', 'markdown', 'json'])('orglint flows -f %s', async (format) => {
    const dir = tree();
    const run = await runCli(['flows', '-f', format, 't', 'j'], { cwd: dir });
    expect(run.stdout).toContain('***');
    expect(run.stdout + run.stderr).not.toMatch(/SECRET[A-Z]+\d/);
  });
});

describe('output files and named paths', () => {
  it('-f json=LINK where LINK is a hard link to the linted file is refused; both names keep the input', async () => {
    const dir = tempTree({ 't/tenant.yaml': BAD });
    const input = path.join(dir, 't/tenant.yaml');
    linkSync(input, path.join(dir, 'other-name'));
    const run = await runCli(['-f', 'json=other-name', 't'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('orglint: -f json=other-name: that file is one of the files linted; orglint never writes a report over its input\n');
    expect(readFileSync(path.join(dir, 'other-name'), 'utf8')).toBe(BAD);
    expect(statSync(input).nlink).toBe(2);
  });

  it('a file named twice (a link and its target) is fixed once: one diff, no "changed on disk" for its other name', async () => {
    const dir = tempTree({ 'real.yaml': BAD });
    symlinkSync('real.yaml', path.join(dir, 'tenant.yaml'));
    const dry = await runCli(['--fix-dry-run', '-f', 'compact', 'real.yaml', 'tenant.yaml'], { cwd: dir });
    expect(dry.stdout.match(/^--- a\//gm)).toHaveLength(1);
    expect(dry.stderr).toBe('orglint: tenant.yaml: the same file as real.yaml, fixed there\n');
    const run = await runCli(['--fix', '-f', 'compact', 'real.yaml', 'tenant.yaml'], { cwd: dir });
    expect(run.stderr).toBe('orglint: tenant.yaml: the same file as real.yaml, fixed there\n');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'real.yaml'), 'utf8')).toBe(BAD.replace('Require', 'require'));
  });
});

/** CPU time (user + system, in clock ticks) a process has used so far, from /proc. */
function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

describe('a file edited while --fix runs', () => {
  it('keeps the edit: the fix is not written and orglint says why', async () => {
    // a tenant large enough that orglint spends seconds between reading it and writing the fix; the edit is
    // made once the process has used half a second of CPU (it read the file at once, after start-up)
    let text = BAD;
    for (let i = 0; i < 40_000; i++) text += `  - name: C${i}\n    app_type: spa\n    organization_usage: allow\n`;
    const dir = tempTree({ 'tenant.yaml': text });
    const file = path.join(dir, 'tenant.yaml');
    const child = spawn(process.execPath, [inject('cliPath'), '--fix', '-f', 'compact', 'tenant.yaml'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (cpuTicks(child.pid!) < 50) await new Promise((r) => setTimeout(r, 10));
    appendFileSync(file, '# a reviewer edit\n');
    await done;
    expect(stderr).toBe('orglint: tenant.yaml: not written: it changed on disk since orglint read it; run the fix again\n');
    expect(readFileSync(file, 'utf8')).toBe(`${text}# a reviewer edit\n`);
    expect(readdirSync(dir)).toEqual(['tenant.yaml']);
  }, 60_000);
});
