import type { Formatter } from './types';

/**
 * Every output format by name. Each is loaded only when asked for, so a run pays only for the formats it
 * prints.
 */
export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  compact: async () => (await import('./compact')).compact,
  github: async () => (await import('./github')).github,
  html: async () => (await import('./html')).html,
  json: async () => (await import('./json')).json,
  junit: async () => (await import('./junit')).junit,
  markdown: async () => (await import('./markdown')).markdown,
  sarif: async () => (await import('./sarif')).sarif,
  stylish: async () => (await import('./stylish')).stylish,
};

export type { Formatter, FormatInput } from './types';
