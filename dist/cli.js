import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  version
} from "./chunks/chunk-WNH67Y5N.js";
import {
  ConfigError
} from "./chunks/chunk-FLSBBYRD.js";
import {
  UsageError
} from "./chunks/chunk-F5XGO7ZK.js";
import {
  MissingPathError
} from "./chunks/chunk-VOFCD3QB.js";
import "./chunks/chunk-42L5XZ5O.js";
import "./chunks/chunk-OJ32ZEHW.js";

// src/cli/main.ts
var COMMANDS = {
  rules: async () => (await import("./chunks/rules-command-67PFXFBT.js")).rulesCommand,
  explain: async () => (await import("./chunks/rules-command-67PFXFBT.js")).explainCommand,
  audit: async () => (await import("./chunks/live-commands-6WZMDJMJ.js")).auditCommand,
  fix: async () => (await import("./chunks/live-commands-6WZMDJMJ.js")).fixCommand,
  rollback: async () => (await import("./chunks/live-commands-6WZMDJMJ.js")).rollbackCommand
};
var HELP = `orglint ${version}: lint Auth0 tenant configuration for Organization settings

Usage:
  orglint [paths...]                 lint files and folders (default: .)
  orglint rules [--format json]      list every rule
  orglint explain RULE-ID            show a rule's documentation
  orglint audit --live               lint a live tenant through the Management API (-f, -c, --rule,
                                     --max-warnings, --quiet as above; --snapshot FILE saves what was read)
  orglint fix --live [--unsafe] [--yes] [--journal FILE]
                                     plan fixes for a live tenant; --yes applies them (PATCH, journaled)
  orglint rollback --journal FILE [--yes]
                                     restore the values a fix run changed

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
      --baseline FILE        hide the findings recorded in FILE; report recorded ones that are gone
      --update-baseline      record this run's findings in the --baseline FILE (and prune gone ones)
      --no-color             no colours, even on a terminal
      --debug                say which files were skipped and why
  -v, --version              print the version
  -h, --help                 print this help

Live tenants (audit, fix, rollback): credentials only from the environment (AUTH0_CLIENT_ID and
AUTH0_CLIENT_SECRET, or AUTH0_ACCESS_TOKEN); the tenant from AUTH0_DOMAIN or --domain DOMAIN|URL;
--max-rps N caps the request rate; fix and rollback exit 0 all applied, 1 some failed or conflicted,
2 could not start, 130 interrupted (run the same command again to continue).

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings, 2 orglint could not run.
`;
async function main(argv, io) {
  try {
    const [first, ...rest] = argv;
    if (first === "--version" || first === "-v") {
      io.stdout(`${version}
`);
      return 0;
    }
    if (first === "--help" || first === "-h" || argv.includes("--help")) {
      io.stdout(HELP);
      return 0;
    }
    if (first !== void 0 && first in COMMANDS) {
      const command = await COMMANDS[first]();
      return await command(rest, io);
    }
    const { lintCommand } = await import("./chunks/lint-command-ZFJZ7QQJ.js");
    return await lintCommand(argv, io);
  } catch (err) {
    return reportFatal(err, io);
  }
}
function reportFatal(err, io) {
  if (err instanceof ConfigError) io.stderr(`orglint: config error: ${err.display}
`);
  else if (err instanceof UsageError || err instanceof MissingPathError) io.stderr(`orglint: ${err.message}
`);
  else if (err?.code?.startsWith("ERR_PARSE_ARGS")) {
    io.stderr(`orglint: ${err.message.replace(/\. To specify a positional argument.*$/s, "")}
(orglint --help lists the options)
`);
  } else {
    io.stderr(`orglint: internal error: ${err?.message ?? String(err)}
`);
    if (io.env.ORGLINT_DEBUG) io.stderr(`${err?.stack ?? ""}
`);
    else io.stderr("(set ORGLINT_DEBUG=1 for details, and please report it)\n");
  }
  return 2;
}

// src/cli/bin.ts
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY)
});
process.exitCode = code;
