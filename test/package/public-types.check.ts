/**
 * types/index.d.ts (the package's hand-written types) against the sources: `npm test` typechecks this file
 * (tsconfig includes test/), so a source change that breaks the published contract fails the typecheck.
 * Each line states one direction a user's code or orglint's engine relies on.
 */
import type * as Pub from '../../types/index';
import type * as Src from '../../src/index';
import type { AnyRule } from '../../src/rule-api/define-rule';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Is<T extends true> = T;

// what lint() returns and takes: the same shapes
export type Checks = [
  Is<Same<Pub.LintReport, Src.LintReport>>,
  Is<Same<Pub.JsonFinding, Src.JsonFinding>>,
  Is<Same<Pub.LintOptions, Src.LintOptions>>,
  Is<Same<Pub.Summary, Src.Summary>>,
  Is<Same<typeof Src.lint, typeof Pub.lint>>,
  Is<Same<typeof Src.format, typeof Pub.format>>,
  Is<Same<typeof Src.FORMAT_NAMES, typeof Pub.FORMAT_NAMES>>,
  Is<Same<typeof Src.version, typeof Pub.version>>,
  // what the engine hands a rule is what a plugin's types promise it
  Is<Src.Resource extends Pub.Resource ? true : false>,
  Is<Src.Tenant extends Pub.Tenant ? true : false>,
  Is<Src.RuleContext<{ x: number }> extends Pub.RuleContext<{ x: number }> ? true : false>,
  // a rule with no options annotates `ctx: RuleContext` as it writes `RuleDefinition` (attack 13: TS2314 before)
  Is<Same<Pub.RuleContext, Pub.RuleContext<Record<string, never>>>>,
  Is<Src.RuleContext extends Pub.RuleContext ? true : false>,
  Is<Same<Pub.RuleMeta, Src.RuleMeta>>,
  // a rule a plugin declares with the published types runs in the engine
  Is<Pub.RuleDefinition<{ x: number }> extends AnyRule ? true : false>,
  Is<Src.RuleDefinition<{ x: number }> extends Pub.RuleDefinition<{ x: number }> ? true : false>,
  Is<typeof Src.RULES extends typeof Pub.RULES ? true : false>,
];
