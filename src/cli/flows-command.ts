import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config/load-config';
import { lintPaths, type LintResult } from '../engine/lint';
import { maskKnown } from '../engine/redact';
import { displayPath, escapeControls } from '../formatters/types';
import { diffMarkdown, diffModels, diffText, sortChanges, type FlowChange } from '../login-model/diff';
import { loginModel } from '../login-model/model';
import { flowsJson, flowsMarkdown, flowsText } from '../login-model/render';
import type { TenantModel } from '../login-model/types';
import { mdCodeSpan, mdText } from '../formatters/markdown';
import { version } from '../../package.json';
import { baseTree } from './base-tree';
import { UsageError, type CliIO } from './io';
import { docsSecrets, escapedForms } from './outputs';
import { resolveConfig } from './lint-command';

/** The flags of `orglint flows` (its --help lists each; a test checks it). */
export const FLOWS_OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  keywords: { type: 'string' },
  diff: { type: 'string' },
  debug: { type: 'boolean' },
} as const;

const FORMATS = ['text', 'json', 'markdown'] as const;
type FlowsFormat = (typeof FORMATS)[number];

/** file-level problems (a file that does not parse): its applications cannot be modelled */
const FILE_RULES = new Set(['parse-error', 'read-error', 'file-too-large']);

export interface FlowsRun {
  models: TenantModel[];
  result: LintResult;
}

/**
 * Read the paths through the engine (the same sources, config and keywords as linting; no rule runs) and build
 * the login model of every tenant.
 */
export async function readFlows(cwd: string, paths: readonly string[], config: Config, debug?: (m: string) => void): Promise<FlowsRun> {
  const result = await lintPaths({ cwd, paths, config, rules: [], debug });
  return { models: loginModel(result.tenants, result.docs), result };
}

/** The changes between BASE (a git revision or a path) and `paths` in the working tree. */
export async function flowsDiff(
  cwd: string,
  base: string,
  paths: readonly string[],
  config: Config,
  /** how BASE is named in the output (the Action: the pull request's base branch) */
  name?: string,
): Promise<{ label: string; changes: FlowChange[]; problems: string[]; secrets: string[] }> {
  const tree = await baseTree(cwd, base, paths, name);
  try {
    const head = await readFlows(cwd, paths, config);
    const baseConfig: Config = { ...config, baseDir: tree.mapDir(config.baseDir) };
    // a revision without any of the paths: every tenant is new
    const before = tree.paths.length ? await readFlows(tree.cwd, tree.paths, baseConfig) : { models: [], result: { findings: [] } as unknown as LintResult };
    const headRoot = tree.cwd === cwd && paths.length === 1 ? path.resolve(cwd, paths[0]) : path.resolve(cwd);
    const key = (id: string, side: 'base' | 'head') => path.relative(side === 'base' ? tree.root : headRoot, id).split(path.sep).join('/') || '.';
    const problems = [...fileProblems(head.result, cwd), ...fileProblems(before.result, tree.cwd).map((p) => `${tree.label}: ${p}`)];
    // a file that does not parse on one side has no applications there: that is not "removed" or "new"
    const unread = new Map<string, { side: string; file: string }>();
    for (const [side, result] of [['head', head.result], ['base', before.result]] as const) {
      for (const f of result.findings) {
        if (FILE_RULES.has(f.ruleId)) unread.set(key(f.file, side), { side: side === 'head' ? 'the working tree' : tree.label, file: path.basename(f.file) });
      }
    }
    const hit = (t: string) => [...unread.keys()].find((u) => t === u || t.startsWith(`${u}/`) || u.startsWith(`${t}/`));
    const changes = diffModels(before.models, head.models, key).filter((c) => hit(c.tenant) === undefined);
    for (const [u, { side, file }] of unread) {
      // with one tenant the sentences carry no tenant prefix: the sentence names the file
      changes.push({ severity: 'unknown', tenant: u, application: '', aspect: 'file', before: '', after: '', text: `${file} cannot be read in ${side}: what changes for its applications is not known` });
    }
    const secrets = docsSecrets([...head.result.docs.values(), ...(before.result.docs?.values() ?? [])]);
    return { label: tree.label, changes: sortChanges(changes), problems, secrets };
  } finally {
    await tree.cleanup();
  }
}

function fileProblems(result: LintResult, cwd: string): string[] {
  return result.findings
    .filter((f) => FILE_RULES.has(f.ruleId))
    .map((f) => `${displayPath(f.file, cwd)}:${f.line}:${f.column}: ${escapeControls(f.message)}`);
}

/** `orglint flows [paths] [-f text|json|markdown] [--diff BASE]` */
export async function flowsCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: FLOWS_OPTIONS, allowPositionals: true, strict: true });
  const format = (values.format ?? 'text') as FlowsFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`orglint flows --format ${values.format}: expected text, json or markdown`);
  // (escaped: a path or a value may hold a line end, which would start a workflow command in a CI log)
  const debug = values.debug ? (m: string) => io.stderr(`orglint: debug: ${escapeControls(m)}\n`) : undefined;
  // no rule runs: plugin code the config names is never loaded
  const config = await resolveConfig(io, values.config, values.keywords, { plugins: false });
  const paths = positionals.length ? positionals : ['.'];
  if (values.diff !== undefined) {
    const { label, changes, problems, secrets } = await flowsDiff(io.cwd, values.diff, paths, config);
    for (const p of problems) io.stderr(`orglint: ${p} (its applications are left out)\n`);
    // a secret the files hold (a client named after it, a value quoted in a reason) never reaches the output
    const forms = await escapedForms(secrets);
    const out = (text: string) => io.stdout(maskKnown(text, forms));
    if (format === 'json') out(`${JSON.stringify({ version: 1, tool: { name: 'orglint', version }, kind: 'flows-diff', base: label, changes }, null, 2)}\n`);
    else if (format === 'markdown') out(diffMarkdown(changes, label, (t) => mdText(escapeControls(t)), (t) => mdCodeSpan(escapeControls(t))));
    else out(diffText(changes, label, escapeControls));
    return problems.length ? 1 : 0;
  }
  const { models, result } = await readFlows(io.cwd, paths, config, debug);
  const problems = fileProblems(result, io.cwd);
  for (const p of problems) io.stderr(`orglint: ${p} (its applications are left out)\n`);
  const secrets = await escapedForms(docsSecrets(result.docs.values()));
  const out = (text: string) => io.stdout(maskKnown(text, secrets));
  if (format === 'json') out(flowsJson(models, io.cwd, version));
  else if (format === 'markdown') out(flowsMarkdown(models, io.cwd));
  else out(flowsText(models, io.cwd));
  return problems.length ? 1 : 0;
}
