import { main, reportFatal } from './main';

/** Read standard input to its end, or until `limit` bytes (a larger input is refused whole, never cut). */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

/**
 * A stream whose reader went away (`orglint rules | head -1`): EPIPE. Writing stops quietly, without a stack
 * trace, and the run goes on to its real exit code (what `set -o pipefail` sees).
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw err;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** The process entry point: real stdio, real exit code. */
const io = {
  cwd: process.cwd(),
  env: process.env,
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  readStdin,
};
// an error thrown where nothing awaits it (a plugin's timer): Node's own exit code 1 would read as "findings",
// and a worker thread's reads as exit 2; either way the run could not finish: exit 2, with the message
const fatal = (err: unknown) => process.exit(reportFatal(err, io));
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
const code = await main(process.argv.slice(2), io);
process.exitCode = code;
