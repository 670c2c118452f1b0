/**
 * What the language server lints with: the same engine, config and rules as the CLI, over the files on disk
 * merged with the editor's open (unsaved) buffers, so tenant-wide rules see both.
 */
import path from 'node:path';
import { ConfigError, defaultConfig, findConfig, loadConfig, type Config } from '../config/load-config';
import { lintPaths, type LintResult } from '../engine/lint';
import type { Finding } from '../engine/finding';
import type { AnyRule } from '../rule-api/define-rule';
import { RULES } from '../../rules/index';

export interface LintOfFile {
  file: string;
  findings: Finding[];
  result: LintResult;
  rules: readonly AnyRule[];
  config: Config;
}

/** A config that could not be loaded: shown as one diagnostic on the config file. */
export interface BrokenConfig {
  file: string;
  message: string;
  line: number;
  column: number;
}

export class Workspace {
  /** open buffers by absolute path */
  readonly open = new Map<string, string>();
  private readonly configs = new Map<string, Promise<Config | BrokenConfig>>();

  constructor(private readonly root: string | undefined) {}

  /** the config for a file: the nearest `.orglint.*` upward, cached until `reloadConfigs` */
  configFor(file: string): Promise<Config | BrokenConfig> {
    const found = findConfig(path.dirname(file));
    const key = found ?? '';
    let p = this.configs.get(key);
    if (!p) {
      p = found ? this.loadConfig(found) : Promise.resolve(defaultConfig(this.root ?? path.dirname(file)));
      this.configs.set(key, p);
    }
    return p;
  }

  /** forget every loaded config (one changed on disk or in the editor) */
  reloadConfigs(): void {
    this.configs.clear();
  }

  /** A config as the editor holds it (unsaved): loaded from that text, to show its mistakes as they are typed. */
  checkConfigText(file: string, text: string): Promise<Config | BrokenConfig> {
    return this.loadConfig(file, new Map([[file, text]]));
  }

  private async loadConfig(file: string, texts?: ReadonlyMap<string, string>): Promise<Config | BrokenConfig> {
    const cwd = path.dirname(file);
    try {
      // an editor lints as the user types: it never runs plugin code a config names
      return await loadConfig(file, RULES, cwd, { explicit: false, plugins: false, texts });
    } catch (err) {
      if (err instanceof ConfigError) return { file, message: err.message, line: err.line ?? 1, column: err.column ?? 1 };
      throw err;
    }
  }

  /** Lint one file with the tenant around it; undefined when the config is broken. */
  async lint(file: string): Promise<LintOfFile | BrokenConfig> {
    const config = await this.configFor(file);
    if (isBroken(config)) return config;
    const rules = config.extraRules.length ? [...RULES, ...config.extraRules] : RULES;
    const overlay = new Map<string, { text: string; bom: boolean }>();
    for (const [f, text] of this.open) overlay.set(f, { text, bom: false });
    const result = await lintPaths({ cwd: config.baseDir, paths: [file], config, rules, overlay });
    return { file, findings: result.findings.filter((f) => f.file === file), result, rules, config };
  }
}

export function isBroken(c: unknown): c is BrokenConfig {
  return typeof c === 'object' && c !== null && 'message' in c && !('baseDir' in c);
}
