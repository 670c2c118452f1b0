/**
 * A unix socket where a file of tenant configuration should be: opening one fails with ENXIO, which the run said
 * as `cannot read file: ENXIO`. It is said as a FIFO's is, `not a regular file (a FIFO, socket or device)`: named
 * on the command line, present in a walked folder, or swapped in for a file after its folder was listed (while
 * another tenant is linted). Through the real CLI, with real sockets (net.createServer().listen(path)).
 */
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** a listening unix socket at `file` */
async function socketAt(file: string): Promise<void> {
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, resolve);
  });
}

const NOT_REGULAR = 'not a regular file (a FIFO, socket or device)';
const ENUM = 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]';

describe('a unix socket in place of a tenant file', () => {
  it('named on the command line: a read-error that says what it is, not ENXIO', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: Require\n' });
    await socketAt(path.join(dir, 'clients.json'));
    const run = await runCli(['clients.json', 'tenant.yaml', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toBe(`clients.json:1:1: error: cannot read file: ${NOT_REGULAR} [read-error]\ntenant.yaml:3:25: error: ${ENUM}\n`);
    expect(run.stdout).not.toContain('ENXIO');
    expect(run.code).toBe(1);
  });

  it('in a walked folder: left unread as not a regular file, and the folder says so when it holds nothing else', async () => {
    const dir = tempTree({ 'w/other.txt': 'x\n' });
    await socketAt(path.join(dir, 'w', 'tenant.yaml'));
    const run = await runCli(['w', '-f', 'compact', '--debug'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint: debug: skipped ${dir}/w/tenant.yaml: ${NOT_REGULAR}\n`);
    expect(run.stderr).toContain(`orglint: no tenant configuration found in w (1 entry ${NOT_REGULAR})\n`);
    expect(run.stderr).not.toContain('ENXIO');
  });

  it('swapped in for a walked file after its folder was listed: the same read-error, the tenant\'s other files linted', async () => {
    // a plugin rule that, while tenant a's client is checked, replaces b/clients/x.json by a listening socket
    const dir = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.orglint.yaml': 'plugins:\n  - ./swap.js\n',
      'swap.js': `
const fs = require('node:fs'); const path = require('node:path'); const net = require('node:net');
let done = false;
module.exports = { name: 'swap', rules: [{ id: 'swap', meta: { description: 'swaps a file of tenant b for a socket', severity: 'warning', fixable: [], scope: 'client', source: 'x' }, defaultOptions: {}, messages: { m: 'm' },
  check(ctx) {
    if (done || ctx.resource.value.name !== 'A') return;
    done = true;
    const x = path.join(__dirname, 'b', 'clients', 'x.json');
    fs.rmSync(x);
    net.createServer().listen(x).unref();
  } }] };
`,
      'a/tenant.json': '{"friendly_name": "A"}',
      'a/clients/a.json': '{"name": "A", "organization_usage": "deny"}',
      'b/tenant.json': '{"friendly_name": "B"}',
      'b/clients/x.json': '{"name": "Bx", "organization_usage": "Require"}',
      'b/clients/y.json': '{"name": "By", "organization_usage": "Require"}',
    });
    const run = await runCli(['-f', 'compact', '--threads', '1', 'a', 'b'], { cwd: dir });
    expect(run.stdout).toBe(`b/clients/x.json:1:1: error: cannot read file: ${NOT_REGULAR} [read-error]\nb/clients/y.json:1:38: error: ${ENUM}\n`);
    expect(run.code).toBe(1);
  });
});
