import { existsSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkoutOf, isBelow, shellWord } from '../sources/named-links';
import { ConfigError } from './config-error';

/**
 * Where a shared config from a package (`extends: "@org/cfg"`, found in a node_modules folder) may really be. A pull
 * request can commit `node_modules/evil -> /etc`, or a `node_modules/@org/cfg/orglint.yaml` (or `package.json`)
 * linked to a runner's file, whose keys an unknown-key error would quote in the CI log. So the real path of the
 * package's `package.json` (read to find its entry), of the config it names and of the files that config extends
 * by path (`./base.yaml`, in the package) must be inside the repository
 * holding the top config (outside a checkout, that config's folder; named-links.ts `checkoutOf`), in no folder or
 * file of it whose name starts with a dot but the package store pnpm makes there, `node_modules/.pnpm/`, or inside
 * pnpm's own store (its global virtual store links packages there): `store-dir` from the environment
 * (`npm_config_store_dir`), else `$PNPM_HOME/store`, `$XDG_DATA_HOME/pnpm/store` and the default for the system.
 * Never read otherwise, not a byte.
 */
export class PackageBounds {
  private readonly repository: string;
  private readonly label: string;
  private stores?: string[];

  /** `topConfig`: the config the chain of `extends` starts at (found, or named with --config) */
  constructor(topConfig: string) {
    const dir = path.dirname(path.resolve(topConfig));
    const repo = checkoutOf(dir);
    this.repository = real(repo ?? dir) ?? path.resolve(repo ?? dir);
    this.label = repo ? 'the repository' : "the config's folder";
  }

  /**
   * Throw a ConfigError at the `extends` entry (`display`, `at`) unless `file` (the package's package.json, or the
   * config it names) may be read. A file not there passes: resolving the package says so.
   */
  check(spec: string, file: string, display: string, at: { line: number; column: number }): void {
    const target = real(file);
    if (target === undefined) return;
    if (isBelow(target, this.repository)) {
      if (!hidden(path.relative(this.repository, target), true)) return;
      throw new ConfigError(
        `extends "${spec}" resolves, links followed, to ${shellWord(target)}, in a folder or file of ${this.label} whose name starts with a dot (node_modules/.pnpm aside); orglint reads a shared config from a package only inside ${this.label} or the package manager's store (a link in node_modules, which a pull request can commit, could point at a secret). Install the package again, or name the config with --config`,
        display,
        at.line,
        at.column,
      );
    }
    // (in the store, only where pnpm puts packages: `v10/links/…/node_modules/@org/cfg/…`. `store-dir` comes from the
    // environment, and `npm run` exports a repository's own `.npmrc` there: a pull request's `store-dir=/home/runner`
    // must not make the runner's files a package store)
    for (const store of this.storeDirs()) if (isBelow(target, store) && inStoreLayout(path.relative(store, target))) return;
    throw new ConfigError(
      `extends "${spec}" resolves, links followed, to ${shellWord(target)}, outside ${this.label} (${shellWord(this.repository)}) and the package manager's store; orglint reads a shared config from a package only there (a link in node_modules, which a pull request can commit, could point at a runner's files). Install the package in ${this.label} (not linked from elsewhere), or name the config with --config`,
      display,
      at.line,
      at.column,
    );
  }

  /** pnpm's store folders that exist, real paths (asked only for a package outside the repository) */
  private storeDirs(): string[] {
    if (this.stores) return this.stores;
    const env = process.env;
    const home = os.homedir();
    const candidates = [
      env.npm_config_store_dir,
      env.NPM_CONFIG_STORE_DIR,
      env.PNPM_HOME && path.join(env.PNPM_HOME, 'store'),
      env.XDG_DATA_HOME && path.join(env.XDG_DATA_HOME, 'pnpm', 'store'),
      process.platform === 'darwin' ? path.join(home, 'Library', 'pnpm', 'store') : undefined,
      process.platform === 'win32' && env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'pnpm', 'store') : undefined,
      path.join(home, '.local', 'share', 'pnpm', 'store'),
    ];
    const found = new Set<string>();
    for (const c of candidates) {
      if (!c || !path.isAbsolute(c)) continue;
      const r = real(c);
      // (never the whole file system, nor the home folder itself: a store is a folder of its own)
      if (r !== undefined && r !== path.parse(r).root && r !== real(home)) found.add(r);
    }
    return (this.stores = [...found]);
  }
}

/** The package's `package.json` that resolving `spec` from `fromDir` reads first (plugins.ts resolveModule's walk). */
export function packageJsonOf(spec: string, fromDir: string): string | undefined {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', spec, 'package.json');
    if (existsSync(file)) return file;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function real(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/** whether a path relative to pnpm's store is where pnpm keeps packages: below `v<N>/`, in a `node_modules` folder, no dot segment */
function inStoreLayout(rel: string): boolean {
  const segs = rel.split(path.sep);
  return /^v\d+$/.test(segs[0]) && segs.indexOf('node_modules') > 0 && !hidden(rel, false);
}

/** whether a relative path has a segment a dot starts (`.pnpm` right below `node_modules` aside, when `store`) */
function hidden(rel: string, store: boolean): boolean {
  const segs = rel.split(path.sep);
  return segs.some((seg, i) => seg.startsWith('.') && !(store && seg === '.pnpm' && segs[i - 1] === 'node_modules'));
}
