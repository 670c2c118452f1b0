import path from 'node:path';
import type { LoadedFile } from '../sources/load';
import type { Finding } from './finding';
import type { TargetFile } from './files';
import { isModuleConfigName } from '../sources/terraform/module-file-names';

/**
 * orglint writes only the files it was handed (named, or found by walking a named folder or matching a glob). A
 * Terraform module brings in files that were not: `orglint main.tf` lints the values override.tf sets in main.tf's
 * resources, shown in override.tf (and `orglint override.tf` or `orglint variables.tf` lints main.tf's resources).
 * Those findings are shown, and offer no fix, with the reason: `--fix` and `--fix-dry-run` leave the file alone.
 * `targets`: the files the run lints, those handed and those a module brought in. A module file the config's `ignore`
 * globs leave out is none (an override file Terraform still merges): its findings offer no fix either, and say so,
 * rather than offer one `--fix` then refuses (fix/run-fixes.ts keeps that refusal for any other way in). A directory
 * export's siblings are never targets either: their findings are dropped, or widened in run-rules.ts.
 */
export function leaveUnhandedFixes(findings: Finding[], group: readonly TargetFile[], loaded: readonly LoadedFile[], targets: ReadonlySet<string>): void {
  // (only a Terraform module brings files into the run's targets: a directory export's group is asked nothing more)
  if (!loaded.some((l) => l.status === 'loaded' && l.doc.format === 'hcl')) return;
  let handed: Set<string> | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f.fix && !f.alternatives) continue;
    handed ??= new Set(group.map((t) => t.file));
    if (handed.has(f.file)) continue;
    const linted = targets.has(f.file);
    // (a file neither handed nor linted: a module file the config's ignore globs leave out, merged all the same)
    if (!linted && !isModuleConfigName(path.basename(f.file))) continue;
    f.fix = null;
    delete f.alternatives;
    // (one reason a finding says: a fix another reason left already has its own)
    if (f.message.includes('; --fix leaves it: ')) continue;
    f.message += linted
      ? `; --fix leaves it: ${path.basename(f.file)} was not named, and orglint writes only the files it is handed: name it too (or its folder) to fix it`
      : `; --fix leaves it: ${path.basename(f.file)} is left out by the config's ignore patterns, and orglint writes only the files it lints: change it by hand, or stop ignoring it`;
  }
}
