import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** node:child_process, loaded when git is asked (every lint run imports this module; few ask git) */
const childProcess = (): typeof ChildProcess => createRequire(import.meta.url)('node:child_process') as typeof ChildProcess;

/**
 * Links from a report to the linted files on GitHub: `<base>/<path from the repository root>#L<line>`, with
 * `base` from `--link-base` or `GITHUB_SERVER_URL/GITHUB_REPOSITORY/blob/GITHUB_SHA`. Only http(s) URLs.
 */
export interface ReportLinks {
  /** an http(s) URL, no query or fragment, no trailing slash, safe inside Markdown `(...)` and an HTML attribute */
  base: string;
  /** the folder paths are taken relative to (the repository root) */
  root: string;
}

/** Characters valid in a URL that Markdown or a table cell would read as markup: percent-encoded. */
const MARKUP = /[()|[\]'*!<>"`\\ {}^]/g;
const pct = (c: string) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');

/** A normalised http(s) URL without credentials, query or fragment, or undefined. */
export function safeBase(raw: string | undefined): string | undefined {
  if (!raw || /[\u0000-\u001f\u007f]/.test(raw)) return undefined;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password || u.search || u.hash || !u.hostname) return undefined;
  return u.href.replace(/\/+$/, '').replace(MARKUP, pct);
}

/** `<server>/<repo>/blob/<sha>` from the GitHub Actions environment, or undefined. */
export function linkBaseFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const server = safeBase(env.GITHUB_SERVER_URL);
  const repo = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (!server || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  return `${server}/${repo}/blob/${sha}`;
}

/** The repository root: GITHUB_WORKSPACE, else git's top level of `cwd`, else `cwd`. */
function rootOf(cwd: string, env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_WORKSPACE && path.isAbsolute(env.GITHUB_WORKSPACE)) return env.GITHUB_WORKSPACE;
  try {
    const out = childProcess().execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, timeout: 5_000, stdio: ['ignore', 'pipe', 'ignore'], env: { ...env, GIT_TERMINAL_PROMPT: '0' } }).toString().trim();
    if (out && path.isAbsolute(out)) return out;
  } catch {
    // not a git work tree: paths are relative to the working folder
  }
  return cwd;
}

/** The links of a report run: `--link-base` wins over the environment; none when neither gives a safe base. */
export function reportLinks(cwd: string, env: NodeJS.ProcessEnv, linkBase?: string): ReportLinks | undefined {
  const base = linkBase !== undefined ? safeBase(linkBase) : linkBaseFromEnv(env);
  return base ? { base, root: rootOf(cwd, env) } : undefined;
}

/** The URL of `file` at `line`, or undefined for a file outside the repository root (stdin, `..`). */
export function fileUrl(links: ReportLinks | undefined, file: string, line: number): string | undefined {
  if (!links || !file) return undefined;
  const rel = path.relative(links.root, path.resolve(links.root, file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const encoded = rel.split(path.sep).map((s) => encodeURIComponent(s).replace(MARKUP, pct)).join('/');
  return `${links.base}/${encoded}${Number.isInteger(line) && line >= 1 ? `#L${line}` : ''}`;
}

/** A rule's absolute docs URL made safe for a report, or undefined. */
export function ruleDocUrl(helpUri: string | undefined): string | undefined {
  return safeBase(helpUri);
}
