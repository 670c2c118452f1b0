import { spawn } from 'node:child_process';
import { inject } from 'vitest';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the bundled CLI as users do: a new process, real stdio, real exit code. `closeStdout` closes the reading
 * end of its stdout before it writes, as `orglint … | head -1` does once head has its line (EPIPE).
 */
export function runCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number; closeStdout?: boolean }): Promise<CliRun> {
  const cli = inject('cliPath');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: opts.cwd,
      // no colour unless a test asks for it: FORCE_COLOR (in a CI runner's environment, say) wins over NO_COLOR
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // (decoded as a stream: a character whose bytes two reads of the pipe split is one character, not two U+FFFD)
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    if (opts.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}
