import { ConfigError } from '../config/config-error';
import { MissingPathError } from '../engine/files';
import { version } from '../../package.json';
import { UsageError, type CliIO } from './io';

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

export const HELP = `orglint ${version}: lint Auth0 tenant configuration for Organization settings

Usage:
  orglint [paths...]                 lint files and folders (default: .)
  orglint rules [--format json] [-c FILE]
                                     list every rule, with the config's policies and plugin rules
  orglint explain RULE-ID            show a rule's documentation
  orglint flows [paths...]           what login does per application: outcome, prompt, organizations
                                     (-f text|json|markdown, -c, --keywords; --diff BASE: what changes for
                                     users since BASE, a git revision or a path)
  orglint audit --live               lint a live tenant through the Management API (-f, -c, --rule,
                                     --max-warnings, --quiet as above; --snapshot FILE saves what was read)
  orglint fix --live [--unsafe] [--yes] [--journal FILE]
                                     plan fixes for a live tenant; --yes applies them (PATCH, journaled)
  orglint rollback --journal FILE [--yes]
                                     restore the values a fix run changed
  orglint lsp [--stdio]              a language server for editors (diagnostics, quick fixes, hover)

Options:
  -f, --format NAME[=FILE]   output format (stylish, compact, json, sarif, junit, github, markdown, html);
                             repeat for several outputs
  -c, --config FILE          config file (default: nearest .orglint.yaml/.yml/.json upward)
      --rule ID=SEVERITY     set a rule's severity (off, info, warning, error); repeatable
      --max-warnings N       exit 1 when there are more than N warnings
      --quiet                report errors only
      --fix                  apply safe fixes to the files
      --fix-unsafe           apply safe and unsafe fixes
      --fix-dry-run          print the fixes as a unified diff; write nothing
      --keywords FILE        values for ##KEY## / @@KEY@@ placeholders (JSON/YAML, or a deploy-cli config)
      --var-file FILE        Terraform variables (.tfvars) for the .tf files linted, after the folder's own; repeatable
      --baseline FILE        hide the findings recorded in FILE; report recorded ones that are gone
      --update-baseline      record this run's findings in the --baseline FILE (and prune gone ones)
      --no-color             no colours, even on a terminal
      --no-plugins           load no plugin code named by the config (policies still apply)
      --debug                say which files were skipped and why
  -v, --version              print the version
  -h, --help                 print this help

Live tenants (audit, fix, rollback): credentials only from the environment (AUTH0_CLIENT_ID and
AUTH0_CLIENT_SECRET, or AUTH0_ACCESS_TOKEN); the tenant from AUTH0_DOMAIN or --domain DOMAIN|URL;
--max-rps N caps the request rate; fix and rollback exit 0 all applied, 1 some failed or conflicted,
2 could not start, 130 interrupted (run the same command again to continue).

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings, 2 orglint could not run.
`;

/** Run the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v') {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (first === '--help' || first === '-h' || argv.includes('--help')) {
      io.stdout(HELP);
      return 0;
    }
    if (first !== undefined && first in COMMANDS) {
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
