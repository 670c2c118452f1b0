#!/usr/bin/env node
// The orglint command: the npm package's bin, and the pre-commit hook's entry (run as is from the hook's clone,
// with whatever `node` is on the PATH: a clear message beats a syntax error on an old Node).
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(`orglint: needs Node.js 20 or later; this is ${process.version} (${process.execPath})\n`);
  process.exit(2);
}
await import('../dist/cli.js');
