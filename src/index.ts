/** orglint as a library: the engine, the rules and the formatters. */
export { lintPaths, type LintRequest, type LintResult } from './engine/lint';
export { runRules } from './engine/run-rules';
export { RuleSettings } from './engine/settings';
export { fixPaths } from './fix/run-fixes';
export { defaultConfig, loadConfig, findConfig, type Config } from './config/load-config';
export { FORMATTERS } from './formatters/index';
export { renderRulesDoc } from './docs/rules-doc';
export { RULES } from '../rules/index';
export type { Finding, Summary } from './engine/finding';
export { createTenant, type Tenant, type Resource } from './rule-api/resource';
export { resources, kindState, findConnection, type ResourceKind, type ResourceSet, type KindState, type SkippedRule } from './rule-api/tenant-model';
export { defineRule, type RuleDefinition, type RuleMeta, type RuleContext, type Report, type AnyRule } from './rule-api/define-rule';
export type { ConfiguredRule, PolicySpec } from './policies/compile';
export { editorSchemas } from './schema/editor-schemas';
