#!/usr/bin/env node
// The orglint command: the npm package's bin, and the pre-commit hook's entry (run as is from the hook's clone,
// with whatever `node` is on the PATH: a clear message beats a syntax error on an old Node).
import module from 'node:module';
import os from 'node:os';

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(`orglint: needs Node.js 20 or later; this is ${process.version} (${process.execPath})\n`);
  process.exit(2);
}
// Node 22.1 and later: compiled code of the bundle kept in the user's own cache folder (see compile-cache.js)
if (typeof module.enableCompileCache === 'function') {
  const { enableOrglintCompileCache } = await import('./compile-cache.js');
  enableOrglintCompileCache({ module, env: process.env, platform: process.platform, home: os.homedir(), uid: process.getuid?.() });
}
await import('../dist/cli.js');
