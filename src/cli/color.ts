/**
 * Whether output to a terminal gets colour, as ESLint and Node decide it: the last of `--color` / `--no-color`
 * wins; otherwise FORCE_COLOR (set and not `0`/`false`: on; `0`/`false`: off) over NO_COLOR (set and not empty:
 * off); otherwise colour when standard output is a terminal. Output written to a file never has colour.
 */
export function wantColor(flags: readonly ('color' | 'no-color')[], env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const last = flags.at(-1);
  if (last) return last === 'color';
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/i.test(force.trim());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/** The `--color` / `--no-color` flags in the order given, from parseArgs' tokens. */
export function colorFlags(tokens: readonly { kind: string; name?: string }[] | undefined): ('color' | 'no-color')[] {
  return (tokens ?? []).flatMap((t) => (t.kind === 'option' && (t.name === 'color' || t.name === 'no-color') ? [t.name] : []));
}
