import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const GOOD = 'clients:\n  - name: Still checked\n    organization_usage: Deny\n';
const GOOD_LINE = 'good/tenant.yaml:3:25: error: organization_usage "Deny"';

/** Lint a folder holding one bad file and one good file through the real CLI; the good one must still be linted. */
async function lintBeside(name: string, content: string | Buffer) {
  const dir = tempTree({ 'good/tenant.yaml': GOOD });
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  const run = await runCli(['.', '-f', 'compact'], { cwd: dir });
  expect(run.stdout).toContain(GOOD_LINE);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  return run.stdout.split('\n').filter((l) => l && !l.startsWith('good/'));
}

describe('malformed input gives a clear finding and the other files are still linted', () => {
  it('broken YAML', async () => {
    expect(await lintBeside('bad/tenant.yaml', 'clients:\n  - name: "unterminated\n    organization_usage: deny\n')).toEqual([
      'bad/tenant.yaml:4:1: error: invalid YAML: missing closing "quote [parse-error]',
    ]);
  });
  it('duplicate keys in YAML and in JSON', async () => {
    expect(await lintBeside('dup/tenant.yaml', 'clients:\n  - name: A\n    organization_usage: deny\n    organization_usage: require\n')).toEqual([
      expect.stringMatching(/^dup\/tenant\.yaml:4:5: error: duplicate key: .*\[parse-error\]$/),
    ]);
    expect(await lintBeside('t/clients/A.json', '{\n  "name": "A",\n  "name": "B"\n}\n')).toEqual([
      't/clients/A.json:3:3: error: duplicate key: "name" appears more than once in this object [parse-error]',
    ]);
  });
  it('broken JSON in a deploy-cli directory export', async () => {
    expect(await lintBeside('t/clients/A.json', '{\n  "name": "A",\n  "organization_usage": "deny"\n')).toEqual([
      "t/clients/A.json:4:1: error: invalid JSON: expected '}' [parse-error]",
    ]);
  });
  it('a 50 MiB file is refused before it is read', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    Buffer.from('clients:\n').copy(big);
    expect(await lintBeside('big/tenant.yaml', big)).toEqual([
      'big/tenant.yaml:1:1: error: file is 50 MiB, over the 10 MiB limit (raise maxFileSize in the config to read it) [file-too-large]',
    ]);
  });
  it('a YAML alias bomb ("billion laughs") is refused', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `${levels.join('\n')}\nclients:\n  - name: *i\n`;
    expect(await lintBeside('bomb/tenant.yaml', bomb)).toEqual([
      expect.stringMatching(/^bomb\/tenant\.yaml:1:1: error: invalid YAML: .*alias.* \[parse-error\]$/i),
    ]);
  });
  it('a binary file, invalid UTF-8, and a UTF-16 file with a BOM', async () => {
    expect(await lintBeside('bin/clients/x.json', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff]))).toEqual([
      'bin/clients/x.json:1:1: error: binary file: not YAML or JSON text [parse-error]',
    ]);
    expect(await lintBeside('utf/clients/x.json', Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]))).toEqual([
      'utf/clients/x.json:1:1: error: file is not valid UTF-8 text [parse-error]',
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('clients:\n  - name: W\n    organization_usage: Allow\n', 'utf16le')]);
    expect(await lintBeside('u16/tenant.yaml', utf16)).toEqual([
      'u16/tenant.yaml:3:25: error: organization_usage "Allow" is not one of "deny", "allow", "require"; did you mean "allow"? [organization-usage-enum]',
    ]);
  });
  it('prototype-polluting keys are plain data', async () => {
    const out = await lintBeside('proto/clients/x.json', '{"name": "P", "__proto__": {"organization_usage": "Require"}, "constructor": {"prototype": {"polluted": true}}}');
    expect(out).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('a directory named like a file is walked, not read', async () => {
    const dir = tempTree({ 'odd.yaml/tenant.yaml': GOOD });
    const run = await runCli(['odd.yaml', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toContain('odd.yaml/tenant.yaml:3:25: error');
    expect(run.code).toBe(1);
  });
  it('an explicitly named file that is not a tenant export stops the run (exit 2), or is a note with --no-error-on-unmatched-pattern', async () => {
    const dir = tempTree({ 'notes.yaml': 'title: hello\n' });
    const run = await runCli(['notes.yaml'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      'orglint: notes.yaml: not tenant configuration: a YAML file whose root has none of clients, clientGrants, organizations (not a deploy-cli export)\n' +
        '(--no-error-on-unmatched-pattern reports these as notes and lints the rest)\n',
    );
    const note = await runCli(['notes.yaml', '--no-error-on-unmatched-pattern', '--pass-on-empty'], { cwd: dir });
    expect(note.code).toBe(0);
    expect(note.stderr).toMatch(/^orglint: note: notes\.yaml: not tenant configuration: a YAML file/);
  });
});
