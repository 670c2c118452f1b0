import { execFileSync } from 'node:child_process';

/** A named pipe (Node has no mkfifo): created with the system's `mkfifo`. */
export function mkfifoSync(file: string): void {
  execFileSync('mkfifo', [file]);
}
