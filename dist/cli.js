import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  ConfigError,
  MissingPathError,
  UsageError,
  version
} from "./chunks/chunk-H6IJQYMW.js";
import "./chunks/chunk-J5OMSPZF.js";

// src/cli/help.ts
var LINT = `Lint files (orglint [options] [paths...]; default path: .):
  -f, --format NAME[=FILE]     output format: stylish (default), compact, json, sarif, junit, github,
                               markdown, html; =FILE writes it to FILE; repeat for several outputs
  -o, --output-file FILE       write the output (the format given without =FILE) to FILE, not stdout
  -c, --config FILE            config file (default: the nearest .orglint.yaml/.yml/.json upward)
      --rule ID=SEVERITY       set a rule's severity: off, info, warning (or warn), error (ESLint's
                               0, 1, 2 too); repeatable
      --max-warnings N         exit 1 when there are more than N warnings
      --quiet                  report errors only
      --fix                    apply safe fixes to the files
      --fix-unsafe             apply safe and unsafe fixes
      --fix-dry-run            print the fixes as a unified diff; write nothing
      --keywords FILE          values for ##KEY## / @@KEY@@ placeholders (JSON/YAML, or a deploy-cli config)
      --var-file FILE          Terraform variables (.tfvars) for the .tf files linted, after the folder's own;
                               repeatable
      --baseline FILE          hide the findings recorded in FILE; report recorded ones that are gone
      --update-baseline        record this run's findings in the --baseline FILE (and prune gone ones)
      --link-base URL          base of the links from the html/markdown reports' findings to their files,
                               e.g. https://github.com/OWNER/REPO/blob/SHA (default in GitHub Actions:
                               GITHUB_SERVER_URL/GITHUB_REPOSITORY/blob/GITHUB_SHA)
      --stdin                  lint standard input instead of files (needs --stdin-filename)
      --stdin-filename NAME    the file name standard input is linted as (tenant.yaml, clients/app.json,
                               x.patch.json): it decides how the text is read, and findings name it
      --print-config FILE      print the settings FILE gets (rules after overrides and --rule) as JSON
      --init                   write a starter .orglint.yaml here (never over an existing config)
      --no-error-on-unmatched-pattern
                               a path or glob that gives no tenant configuration is a note, not exit 2
      --pass-on-empty          a run that lints no file at all exits 0 (else 2)
      --no-inline-config       ignore every orglint-disable comment
      --no-plugins             load no plugin code named by the config (policies still apply)
      --color                  colours, even when stdout is not a terminal
      --no-color               no colours, even on a terminal (FORCE_COLOR and NO_COLOR are honoured too)
      --threads N|auto         worker threads for linting (default auto: on 4 or more cores, when the files
                               are large enough to pay for them); 1: none
      --debug                  say which files were skipped and why
  -v, --version                print the version
  -h, --help                   print this help
`;
var LIVE_COMMON = `      --domain DOMAIN|URL      the tenant (default: AUTH0_DOMAIN); audit: repeat it for several tenants
  -c, --config FILE            config file (default: the nearest .orglint.yaml/.yml/.json upward)
      --rule ID=SEVERITY       set a rule's severity, as for linting files; repeatable
      --max-rps N              cap the request rate (requests a second; per tenant)
      --no-plugins             load no plugin code named by the config (policies still apply)
      --color                  colours, even when stdout is not a terminal
      --no-color               no colours, even on a terminal
      --debug                  say when a request is retried or waits (never a token)
  -h, --help                   print this help
`;
var AUDIT = `Audit a live tenant (orglint audit --live [options]): read it through the Management API and lint it.
      --live                   required: read the tenant named by AUTH0_DOMAIN or --domain
                               (several --domain: read at once, each with its own AUTH0_CLIENT_ID__HOST,
                               AUTH0_CLIENT_SECRET__HOST or AUTH0_ACCESS_TOKEN__HOST, HOST as ACME_EU_AUTH0_COM)
  -f, --format NAME[=FILE]     output format, as for linting files; repeatable
  -o, --output-file FILE       write the output (the format given without =FILE) to FILE, not stdout
      --max-warnings N         exit 1 when there are more than N warnings
      --quiet                  report errors only
      --snapshot FILE          also save what was read (lint it offline with orglint FILE); a folder with one
                               file a tenant when there are several
      --concurrency N          requests at a time while reading (organizations' connections), 1 to 64 (default 8),
                               per tenant
${LIVE_COMMON}`;
var FIX = `Fix a live tenant (orglint fix --live [options]): plan the fixes; with --yes apply them (PATCH, journaled).
      --live                   required: change the tenant named by AUTH0_DOMAIN or --domain
      --unsafe                 plan unsafe fixes too
  -y, --yes                    apply the plan (without it nothing is sent)
      --journal FILE           the journal to write (default: orglint-journal-DOMAIN-TIME.jsonl here)
      --concurrency N          clients updated at a time, 1 to 64 (default 8)
${LIVE_COMMON}`;
var ROLLBACK = `Roll back a fix run (orglint rollback --journal FILE [options]): restore the values it changed.
      --journal FILE           required: the journal orglint fix --live --yes wrote
  -y, --yes                    apply the rollback (without it nothing is sent)
      --concurrency N          clients updated at a time, 1 to 64 (default 8)
      --live                   accepted, as for the other live commands
${LIVE_COMMON}`;
var RULES = `List the rules (orglint rules [options]), with the config's policies and plugin rules:
  -f, --format text|json       text (default) or JSON: id, severity, fixable, scope, description, docs
  -c, --config FILE            config file whose policies and plugins to list (default: the nearest)
      --no-plugins             load no plugin code named by the config
  -h, --help                   print this help
`;
var EXPLAIN = `Explain a rule (orglint explain RULE-ID [options]): print its documentation.
  -c, --config FILE            config file whose policies and plugins to know (default: the nearest)
      --no-plugins             load no plugin code named by the config
  -h, --help                   print this help
`;
var FLOWS = `Login flows (orglint flows [options] [paths...]): what login does per application: outcome, prompt,
organizations.
  -f, --format text|json|markdown   text (default), JSON or Markdown
  -c, --config FILE            config file (default: the nearest .orglint.yaml/.yml/.json upward)
      --keywords FILE          values for ##KEY## / @@KEY@@ placeholders
      --diff BASE              what changes for users since BASE: a git revision or a path
      --debug                  say which files were skipped and why
  -h, --help                   print this help
`;
var LSP = `Language server (orglint lsp [--stdio]): diagnostics, quick fixes and hover for editors, over stdio.
      --stdio                  talk LSP on standard input and output (the default, and the only transport)
  -h, --help                   print this help
`;
var FOOTER = `Live tenants: credentials only from the environment (AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET, or
AUTH0_ACCESS_TOKEN); never on the command line. fix and rollback exit 0 all applied, 1 some failed or
conflicted, 2 could not start, 130 interrupted (run the same command again to continue).

Paths may be globs ('tenants/**/*.yaml'), expanded by orglint.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings, 2 orglint could not run or found
nothing to lint.
`;
var COMMAND_HELP = {
  audit: `orglint ${version}

${AUDIT}
${FOOTER}`,
  fix: `orglint ${version}

${FIX}
${FOOTER}`,
  rollback: `orglint ${version}

${ROLLBACK}
${FOOTER}`,
  rules: `orglint ${version}

${RULES}`,
  explain: `orglint ${version}

${EXPLAIN}`,
  lsp: `orglint ${version}

${LSP}`,
  flows: `orglint ${version}

${FLOWS}`
};
var HELP = `orglint ${version}: lint Auth0 tenant configuration for Organization settings

Usage:
  orglint [options] [paths...]          lint files and folders (default: .)
  orglint --stdin --stdin-filename NAME lint standard input as the file NAME
  orglint --print-config FILE           the settings FILE gets, as JSON
  orglint --init                        write a starter .orglint.yaml
  orglint rules [--format json]         list every rule
  orglint explain RULE-ID               show a rule's documentation
  orglint audit --live                  lint a live tenant through the Management API
  orglint fix --live [--yes]            plan (and with --yes apply) fixes to a live tenant
  orglint rollback --journal FILE       restore the values a fix run changed
  orglint flows [paths...]              what login does per application; --diff BASE: what changes
  orglint lsp [--stdio]                 a language server for editors (diagnostics, quick fixes, hover)
  orglint COMMAND --help                the flags of one command

${LINT}
${AUDIT}
${FIX}
${ROLLBACK}
${RULES}
${EXPLAIN}
${FLOWS}
${LSP}
${FOOTER}`;

// src/cli/main.ts
var COMMANDS = {
  rules: async () => (await import("./chunks/rules-command-TUNR55J6.js")).rulesCommand,
  explain: async () => (await import("./chunks/rules-command-TUNR55J6.js")).explainCommand,
  audit: async () => (await import("./chunks/live-commands-P3ODMUWE.js")).auditCommand,
  fix: async () => (await import("./chunks/live-commands-P3ODMUWE.js")).fixCommand,
  rollback: async () => (await import("./chunks/live-commands-P3ODMUWE.js")).rollbackCommand,
  lsp: async () => (await import("./chunks/server-6U7EAZGD.js")).lspCommand,
  flows: async () => (await import("./chunks/flows-command-TYZPJQU5.js")).flowsCommand
};
async function main(argv, io2) {
  try {
    const [first, ...rest] = argv;
    const flagsOf = (args) => args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
    const asksHelp = (args) => flagsOf(args).some((a) => a === "--help" || a === "-h");
    if (!asksHelp(argv) && flagsOf(argv).some((a) => a === "--version" || a === "-v")) {
      io2.stdout(`${version}
`);
      return 0;
    }
    if (first !== void 0 && Object.hasOwn(COMMANDS, first) && asksHelp(rest)) {
      io2.stdout(COMMAND_HELP[first] ?? HELP);
      return 0;
    }
    if (asksHelp(argv)) {
      io2.stdout(HELP);
      return 0;
    }
    if (first !== void 0 && Object.hasOwn(COMMANDS, first)) {
      const command = await COMMANDS[first]();
      return await command(rest, io2);
    }
    const { lintCommand } = await import("./chunks/lint-command-3CDPUZI7.js");
    return await lintCommand(argv, io2);
  } catch (err) {
    return reportFatal(err, io2);
  }
}
function reportFatal(err, io2) {
  if (err instanceof ConfigError) io2.stderr(`orglint: config error: ${err.display}
`);
  else if (err instanceof UsageError || err instanceof MissingPathError) io2.stderr(`orglint: ${err.message}
`);
  else if (err?.code?.startsWith("ERR_PARSE_ARGS")) {
    io2.stderr(`orglint: ${err.message.replace(/\. To specify a positional argument.*$/s, "")}
(orglint --help lists the options)
`);
  } else {
    io2.stderr(`orglint: internal error: ${err?.message ?? String(err)}
`);
    if (io2.env.ORGLINT_DEBUG) io2.stderr(`${err?.stack ?? ""}
`);
    else io2.stderr("(set ORGLINT_DEBUG=1 for details, and please report it)\n");
  }
  return 2;
}

// src/cli/bin.ts
async function readStdin(limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}
function writer(stream) {
  let closed = false;
  stream.on("error", (err) => {
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") closed = true;
    else throw err;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
var io = {
  cwd: process.cwd(),
  env: process.env,
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  readStdin
};
var fatal = (err) => process.exit(reportFatal(err, io));
process.on("uncaughtException", fatal);
process.on("unhandledRejection", fatal);
var code = await main(process.argv.slice(2), io);
process.exitCode = code;
