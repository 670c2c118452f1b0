import type { Formatter } from './types';

/**
 * Every output format by name. Each is loaded only when asked for, so a run pays only for the formats it
 * prints.
 */
export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  compact: async () => (await import('./compact')).compact,
  json: async () => (await import('./json')).json,
  stylish: async () => (await import('./stylish')).stylish,
};

export type { Formatter, FormatInput } from './types';
