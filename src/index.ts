/**
 * The orglint package. Its documented API (README "Programmatic API"; types in types/index.d.ts): `lint`,
 * `format`, `FORMAT_NAMES`, `defineRule`, `RULES`, `version`.
 */
export { lint, format, FORMAT_NAMES, version, type LintOptions, type LintReport, type JsonFinding } from './api';
export { defineRule, type RuleDefinition, type RuleContext, type RuleMeta, type Report } from './rule-api/define-rule';
export { RULES } from '../rules/index';
export type { Finding, Summary } from './engine/finding';
export type { Tenant, Resource } from './rule-api/resource';

// orglint's own scripts use these (scripts/gen-docs.mjs); they are not part of the documented API and may change
export { lintPaths, type LintRequest, type LintResult } from './engine/lint';
export { runRules } from './engine/run-rules';
export { RuleSettings } from './engine/settings';
export { fixPaths } from './fix/run-fixes';
export { defaultConfig, loadConfig, findConfig, type Config } from './config/load-config';
export { FORMATTERS } from './formatters/index';
export { renderRulesDoc } from './docs/rules-doc';
export type { AnyRule } from './rule-api/define-rule';
export type { ConfiguredRule, PolicySpec } from './policies/compile';
export { editorSchemas } from './schema/editor-schemas';
