import path from 'node:path';
import type { Config, RuleSetting } from '../config/load-config';
import type { AnyRule } from '../rule-api/define-rule';
import type { SeverityOrOff } from '../rule-api/types';
import { globMatcher } from './glob';

export interface EffectiveSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
  /** whether the user set the severity (config, override or --rule) rather than leaving the default */
  configured: boolean;
}

/**
 * Rule settings per file: rule defaults, then the config's `rules`, then each matching `overrides` entry, then
 * `--rule` flags from the command line.
 */
export class RuleSettings {
  private readonly overrides: { match: (rel: string) => boolean; rules: Record<string, RuleSetting> }[];
  private readonly cache = new Map<string, Map<string, EffectiveSetting>>();
  private readonly global = new Map<string, EffectiveSetting>();
  /** per rule id: its setting when no override names it (the same for every file), else null */
  private readonly same = new Map<string, EffectiveSetting | null>();
  private readonly enabled = new Map<string, boolean>();

  constructor(
    private readonly config: Config,
    private readonly rules: readonly AnyRule[],
    private readonly cli: Record<string, SeverityOrOff> = {},
  ) {
    this.overrides = config.overrides.map((o) => ({ match: globMatcher(o.files), rules: o.rules }));
  }

  /** the setting of `ruleId` for `file` (absolute path); built-in ids default to their own severity */
  get(ruleId: string, file: string): EffectiveSetting {
    // without overrides every file has the same settings: asked per rule and resource, so no path is looked at
    if (this.overrides.length === 0) return this.globalSetting(ruleId);
    const matched = this.matchingOverrides(file);
    const key = matched.join(',');
    let table = this.cache.get(key);
    if (!table) {
      table = new Map();
      this.cache.set(key, table);
    }
    let s = table.get(ruleId);
    if (!s) {
      s = this.compute(ruleId, matched);
      table.set(ruleId, s);
    }
    return s;
  }

  /**
   * The setting of `ruleId` when it is the same for every file: no `overrides` entry names the rule (an entry
   * that names others changes nothing for it). Undefined when it may differ per file: ask `get` per file.
   */
  uniform(ruleId: string): EffectiveSetting | undefined {
    let s = this.same.get(ruleId);
    if (s === undefined) {
      s = this.overrides.some((o) => Object.hasOwn(o.rules, ruleId)) ? null : this.globalSetting(ruleId);
      this.same.set(ruleId, s);
    }
    return s ?? undefined;
  }

  /** whether a rule is on anywhere (global config or some override) */
  enabledSomewhere(ruleId: string): boolean {
    let on = this.enabled.get(ruleId);
    if (on === undefined) {
      on =
        this.globalSetting(ruleId).severity !== 'off' ||
        this.overrides.some((o) => Object.hasOwn(o.rules, ruleId) && !!o.rules[ruleId]?.severity && o.rules[ruleId].severity !== 'off');
      this.enabled.set(ruleId, on);
    }
    return on;
  }

  /** the setting without overrides: rule defaults, the config's `rules`, `--rule` flags */
  private globalSetting(ruleId: string): EffectiveSetting {
    let s = this.global.get(ruleId);
    if (!s) this.global.set(ruleId, (s = this.compute(ruleId, [])));
    return s;
  }

  private matchingOverrides(file: string): number[] {
    if (this.overrides.length === 0 || /^[a-z]+:\/\//.test(file)) return [];
    const rel = path.relative(this.config.baseDir, file).split(path.sep).join('/');
    const out: number[] = [];
    this.overrides.forEach((o, i) => o.match(rel) && out.push(i));
    return out;
  }

  private compute(ruleId: string, overrides: number[]): EffectiveSetting {
    const rule = this.rules.find((r) => r.id === ruleId);
    let severity: SeverityOrOff = rule?.meta.severity ?? builtinSeverity(ruleId);
    let options: Record<string, unknown> = { ...(rule?.defaultOptions ?? {}) };
    let configured = false;
    const apply = (s?: RuleSetting) => {
      if (!s) return;
      if (s.severity) [severity, configured] = [s.severity, true];
      if (s.options) options = { ...options, ...s.options };
    };
    // own keys only: a policy named `constructor` must not read Object.prototype's
    const own = <T>(map: Record<string, T>) => (Object.hasOwn(map, ruleId) ? map[ruleId] : undefined);
    apply(own(this.config.rules));
    for (const i of overrides) apply(own(this.overrides[i].rules));
    const cli = own(this.cli);
    if (cli) [severity, configured] = [cli, true];
    return { severity, options, configured };
  }
}

/** Built-in checks that are not rule folders. */
export const BUILTIN_RULES: Record<string, { severity: 'error' | 'warning'; description: string }> = Object.assign(Object.create(null) as Record<string, { severity: 'error' | 'warning'; description: string }>, {
  'parse-error': { severity: 'error' as const, description: 'the file is not valid YAML or JSON, or has duplicate keys' },
  'read-error': { severity: 'error' as const, description: 'the file could not be read' },
  'file-too-large': { severity: 'error' as const, description: 'the file is larger than maxFileSize (10 MiB by default)' },
  'unused-disable-directive': { severity: 'warning' as const, description: 'an orglint-disable comment that suppresses nothing' },
  'disable-directive-without-reason': {
    severity: 'error' as const,
    description: 'an orglint-disable comment without "-- reason" (on with requireDirectiveReason: true in the config, or when its severity is set)',
  },
});

function builtinSeverity(ruleId: string): SeverityOrOff {
  return BUILTIN_RULES[ruleId]?.severity ?? 'error';
}
