/**
 * The Action's login-flow diff: on a pull request (or with the `base` input), what changes for users between the
 * base and the checked-out tree, as Markdown for the top of the job summary and the `flows-diff` output. Kept out
 * of main.ts so the Action's entry stays a list of steps.
 */
import * as core from '@actions/core';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Config } from '../config/load-config';
import { flowsDiff } from '../cli/flows-command';
import { escapedForms } from '../cli/outputs';
import { maskKnown } from '../engine/redact';
import { mdCodeSpan, mdText } from '../formatters/markdown';
import { escapeControls } from '../formatters/types';
import { diffMarkdown } from '../login-model/diff';

/** What to compare with: the `base` input, else the pull request's base commit, else nothing. */
export function resolveBase(input: string, env: NodeJS.ProcessEnv): { rev: string; name: string; fetch?: string } | undefined {
  if (input.trim() !== '') return { rev: input.trim(), name: input.trim() };
  let sha: string | undefined;
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { base?: { sha?: unknown; ref?: unknown } } };
      const s = event.pull_request?.base?.sha;
      if (typeof s === 'string' && /^[0-9a-f]{40}$/.test(s)) sha = s;
    } catch {
      // no readable event payload: fall back to GITHUB_BASE_REF
    }
  }
  const ref = env.GITHUB_BASE_REF?.trim();
  if (sha) return { rev: sha, name: ref || sha, fetch: sha };
  if (ref) return { rev: `origin/${ref}`, name: ref, fetch: ref };
  return undefined;
}

function git(cwd: string, args: string[], timeout: number): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err) => resolve(!err));
  });
}

/**
 * The diff as Markdown, or undefined when there is nothing to compare with. A base that cannot be read is said
 * in the Markdown (and as a warning), never a failed step: the lint still decides.
 */
export async function flowsDiffStep(cwd: string, paths: readonly string[], config: Config, baseInput: string): Promise<string | undefined> {
  const base = resolveBase(baseInput, process.env);
  if (!base) return undefined;
  // actions/checkout fetches one commit: bring the base commit in when it is missing
  if (base.fetch && !(await git(cwd, ['cat-file', '-e', `${base.rev}^{commit}`], 10_000))) {
    const spec = base.rev === base.fetch ? base.fetch : `+refs/heads/${base.fetch}:refs/remotes/origin/${base.fetch}`;
    await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', spec], 120_000);
  }
  let markdown: string;
  try {
    const { label, changes, problems, secrets } = await flowsDiff(cwd, base.rev, paths, config, base.name);
    // the job summary and the step output are public: no secret the files hold
    markdown = maskKnown(diffMarkdown(changes, label, (t) => mdText(escapeControls(t)), (t) => mdCodeSpan(escapeControls(t))), await escapedForms(secrets));
    if (problems.length) markdown += `\n_${problems.length} file(s) could not be read; their applications are left out of this comparison._\n`;
  } catch (err) {
    const why = (err as Error).message.replace(/^orglint: /, '');
    core.warning(`orglint flows: cannot compare with ${base.name}: ${why}`);
    markdown = `## orglint flows: not compared with ${mdCodeSpan(escapeControls(base.name))}\n\n${mdText(escapeControls(why))}\n`;
  }
  core.setOutput('flows-diff', markdown);
  return `${markdown}\n`;
}
