import type { SeverityOrOff } from '../rule-api/types';

/**
 * Severities a config or `--rule` may name: orglint's own, ESLint's `warn`, and ESLint's numbers (0 off,
 * 1 warning, 2 error). orglint itself always says `warning`.
 */
export const SEVERITY_NAMES: Readonly<Record<string, SeverityOrOff>> = {
  off: 'off',
  info: 'info',
  warning: 'warning',
  warn: 'warning',
  error: 'error',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
};

/** The values the config's JSON Schema accepts as a severity. */
export const SEVERITY_VALUES = ['off', 'info', 'warning', 'warn', 'error', 0, 1, 2] as const;

/** A severity as orglint uses it, or undefined for a value that is not one. */
export function normalizeSeverity(value: unknown): SeverityOrOff | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const key = String(value);
  return Object.prototype.hasOwnProperty.call(SEVERITY_NAMES, key) ? SEVERITY_NAMES[key] : undefined;
}
