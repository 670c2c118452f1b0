import { ConfigError } from '../config/config-error';
import { version } from '../../package.json';
import { COMMAND_HELP, HELP } from './help';
import { MissingPathError, UsageError, type CliIO } from './io';

/** Subcommands other than the default lint; each loaded only when used. */
export const COMMANDS: Record<string, () => Promise<(argv: string[], io: CliIO) => Promise<number>>> = {
  rules: async () => (await import('./rules-command')).rulesCommand,
  explain: async () => (await import('./rules-command')).explainCommand,
  audit: async () => (await import('./live-commands')).auditCommand,
  fix: async () => (await import('./live-commands')).fixCommand,
  rollback: async () => (await import('./live-commands')).rollbackCommand,
  lsp: async () => (await import('../lsp/server')).lspCommand,
  flows: async () => (await import('./flows-command')).flowsCommand,
};

export { HELP } from './help';

/** Run the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    // `--help` anywhere before `--` (after it, `-h` is a file name)
    const flagsOf = (args: readonly string[]) => (args.includes('--') ? args.slice(0, args.indexOf('--')) : args);
    const asksHelp = (args: readonly string[]) => flagsOf(args).some((a) => a === '--help' || a === '-h');
    // `--version` anywhere before `--` too, as ESLint (`orglint --debug --version`, `orglint . -v`), unless help is asked
    if (!asksHelp(argv) && flagsOf(argv).some((a) => a === '--version' || a === '-v')) {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (first !== undefined && Object.hasOwn(COMMANDS, first) && asksHelp(rest)) {
      io.stdout(COMMAND_HELP[first] ?? HELP);
      return 0;
    }
    if (asksHelp(argv)) {
      io.stdout(HELP);
      return 0;
    }
    if (first !== undefined && Object.hasOwn(COMMANDS, first)) {
      const command = await COMMANDS[first]();
      return await command(rest, io);
    }
    const { lintCommand } = await import('./lint-command');
    return await lintCommand(argv, io);
  } catch (err) {
    return reportFatal(err, io);
  }
}

/** Print why orglint could not run, without a stack trace unless ORGLINT_DEBUG is set; exit code 2. */
export function reportFatal(err: unknown, io: CliIO): number {
  if (err instanceof ConfigError) io.stderr(`orglint: config error: ${err.display}\n`);
  else if (err instanceof UsageError || err instanceof MissingPathError) io.stderr(`orglint: ${err.message}\n`);
  else if ((err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`orglint: ${(err as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\n(orglint --help lists the options)\n`);
  } else {
    io.stderr(`orglint: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    if (io.env.ORGLINT_DEBUG) io.stderr(`${(err as Error)?.stack ?? ''}\n`);
    else io.stderr('(set ORGLINT_DEBUG=1 for details, and please report it)\n');
  }
  return 2;
}
