/**
 * bin/orglint.js turns on Node's compile cache (Node 22.1 and later) only in a folder no one else may write: the
 * cache is code the process runs. Tested with a stand-in for `module.enableCompileCache` and for the folders'
 * owners and modes (this Node may not have the function; a temporary folder sits in a world-writable /tmp), and
 * end to end with this Node: the command runs as before, and writes a cache only where this Node can keep one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** bin/compile-cache.js (plain JavaScript: the bin runs without a build) */
interface CompileCache {
  compileCacheDir(env: Record<string, string | undefined>, platform: string, home: string): string | undefined;
  enableOrglintCompileCache(deps: Record<string, unknown>): string | undefined;
}
const { compileCacheDir, enableOrglintCompileCache } = (await import('../../bin/compile-cache.js' as string)) as CompileCache;

const ROOT = path.resolve(__dirname, '../..');
const ENABLED = 1;

/** a stand-in for node:module that records the folders it was asked to cache in */
function fakeModule(status = ENABLED, throws = false) {
  const calls: string[] = [];
  return {
    calls,
    module: {
      constants: { compileCacheStatus: { FAILED: 0, ENABLED, ALREADY_ENABLED: 2, DISABLED: 3 } },
      enableCompileCache(dir: string) {
        if (throws) throw new Error('boom');
        calls.push(dir);
        return { status, directory: dir };
      },
    },
  };
}

/** folders by path: owner and mode (every other path: root's, 0755) */
function fakeStat(special: Record<string, { uid: number; mode: number; dir?: boolean }>) {
  return (p: string) => {
    const s = special[p] ?? { uid: 0, mode: 0o40755 };
    return { uid: s.uid, mode: s.mode, isDirectory: () => s.dir !== false };
  };
}

const ME = 1000;
const HOME = '/home/me';
const CACHE = '/home/me/.cache/orglint/compile-cache';
const mine = { '/home/me': { uid: ME, mode: 0o40700 }, '/home/me/.cache': { uid: ME, mode: 0o40700 }, '/home/me/.cache/orglint': { uid: ME, mode: 0o40700 }, [CACHE]: { uid: ME, mode: 0o40700 } };
const base = { env: {}, platform: 'linux', home: HOME, uid: ME, mkdir: () => undefined, realpath: (p: string) => p };

describe('the compile cache of bin/orglint.js', () => {
  it('is in the user\'s own cache folder: $XDG_CACHE_HOME when absolute, else ~/.cache; %LOCALAPPDATA% on Windows', () => {
    expect(compileCacheDir({}, 'linux', HOME)).toBe(CACHE);
    expect(compileCacheDir({ XDG_CACHE_HOME: '/srv/me-cache' }, 'linux', HOME)).toBe('/srv/me-cache/orglint/compile-cache');
    expect(compileCacheDir({ XDG_CACHE_HOME: 'relative/cache' }, 'linux', HOME)).toBe(CACHE);
    expect(compileCacheDir({}, 'linux', '')).toBeUndefined();
    expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32', 'C:\\Users\\me')).toBe('C:\\Users\\me\\AppData\\Local\\orglint\\compile-cache');
    expect(compileCacheDir({}, 'win32', 'C:\\Users\\me')).toBeUndefined();
  });

  it('is turned on in a private folder, and only on a Node that has it', () => {
    const fake = fakeModule();
    expect(enableOrglintCompileCache({ ...base, module: fake.module, lstat: fakeStat(mine) })).toBe(CACHE);
    expect(fake.calls).toEqual([CACHE]);
    let made = false;
    const node20 = { constants: {} };
    expect(enableOrglintCompileCache({ ...base, module: node20, mkdir: () => (made = true), lstat: fakeStat(mine) })).toBeUndefined();
    expect(made).toBe(false);
  });

  it('is refused where another user could plant compiled code: a folder others or the group may write, or owned by another user', () => {
    const cases: Record<string, { uid: number; mode: number; dir?: boolean }>[] = [
      { ...mine, [CACHE]: { uid: ME, mode: 0o40777 } },
      { ...mine, [CACHE]: { uid: ME, mode: 0o40770 } },
      { ...mine, [CACHE]: { uid: 1001, mode: 0o40700 } },
      { ...mine, '/home/me/.cache': { uid: 1001, mode: 0o40755 } },
      // a world-writable folder above, even a sticky one such as /tmp
      { ...mine, '/home': { uid: 0, mode: 0o41777 } },
      { ...mine, '/home/me/.cache/orglint': { uid: ME, mode: 0o40700, dir: false } },
    ];
    for (const special of cases) {
      const fake = fakeModule();
      expect(enableOrglintCompileCache({ ...base, module: fake.module, lstat: fakeStat(special) })).toBeUndefined();
      expect(fake.calls).toEqual([]);
    }
    // the real path is checked: a link to a shared folder is that folder
    const fake = fakeModule();
    const toTmp = (p: string) => p.replace('/home/me/.cache', '/tmp/shared');
    expect(enableOrglintCompileCache({ ...base, module: fake.module, realpath: toTmp, lstat: fakeStat({ ...mine, '/tmp': { uid: 0, mode: 0o41777 } }) })).toBeUndefined();
    expect(fake.calls).toEqual([]);
  });

  it('gives Node the real path it checked, and makes no folder under one that is not private', () => {
    // XDG_CACHE_HOME through a link: Node gets where the link led when it was checked, not the link
    const fake = fakeModule();
    const real = '/home/me/real/orglint/compile-cache';
    const linked = { ...base, env: { XDG_CACHE_HOME: '/srv/shared/link' }, realpath: (p: string) => p.replace('/srv/shared/link', '/home/me/real') };
    const privateReal = { '/home/me': { uid: ME, mode: 0o40700 }, '/home/me/real': { uid: ME, mode: 0o40700 }, '/home/me/real/orglint': { uid: ME, mode: 0o40700 }, [real]: { uid: ME, mode: 0o40700 } };
    expect(enableOrglintCompileCache({ ...linked, module: fake.module, lstat: fakeStat(privateReal) })).toBe(real);
    expect(fake.calls).toEqual([real]);
    // ~/.cache does not exist yet and /home is world-writable: nothing is made
    let made = false;
    const absent = (p: string) => {
      if (p.startsWith('/home/me/.cache')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return fakeStat({ '/home/me': { uid: ME, mode: 0o40700 }, '/home': { uid: 0, mode: 0o40777 } })(p);
    };
    expect(enableOrglintCompileCache({ ...base, module: fakeModule().module, mkdir: () => (made = true), lstat: absent })).toBeUndefined();
    expect(made).toBe(false);
  });

  it('is off on CI (a job\'s home may be restored from a shared cache)', () => {
    for (const env of [{ CI: 'true' }, { GITHUB_ACTIONS: 'true' }]) {
      const fake = fakeModule();
      let made = false;
      expect(enableOrglintCompileCache({ ...base, env, module: fake.module, mkdir: () => (made = true), lstat: fakeStat(mine) })).toBeUndefined();
      expect(fake.calls).toEqual([]);
      expect(made).toBe(false);
    }
  });

  it('leaves Node\'s own settings alone and never fails a run', () => {
    for (const env of [{ NODE_COMPILE_CACHE: '/home/me/chosen' }, { NODE_DISABLE_COMPILE_CACHE: '1' }]) {
      const fake = fakeModule();
      expect(enableOrglintCompileCache({ ...base, env, module: fake.module, lstat: fakeStat(mine) })).toBeUndefined();
      expect(fake.calls).toEqual([]);
    }
    expect(enableOrglintCompileCache({ ...base, module: fakeModule(ENABLED, true).module, lstat: fakeStat(mine) })).toBeUndefined();
    expect(enableOrglintCompileCache({ ...base, module: fakeModule().module, mkdir: () => { throw new Error('read-only'); } })).toBeUndefined();
    // Node said it could not (FAILED): not reported as on
    expect(enableOrglintCompileCache({ ...base, module: fakeModule(0).module, lstat: fakeStat(mine) })).toBeUndefined();
  });
});

describe('bin/orglint.js with this Node', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'orglint-cc-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('lints as before; keeps a cache in XDG_CACHE_HOME only when this Node has one and the folder is private', () => {
    const cache = path.join(home, 'cache');
    const env = { ...process.env, HOME: home, XDG_CACHE_HOME: cache, NODE_COMPILE_CACHE: undefined, CI: undefined, GITHUB_ACTIONS: undefined, NO_COLOR: '1' };
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/orglint.js'), 'examples/'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/problems?/);
    if (typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function') {
      // Node 20: nothing is written anywhere
      expect(existsSync(cache)).toBe(false);
    } else {
      // the folder is made private (0700); under the world-writable temporary folder it is not used
      expect(statSync(path.join(cache, 'orglint', 'compile-cache')).mode & 0o077).toBe(0);
    }
  });
});
