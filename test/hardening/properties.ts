/**
 * The properties orglint must keep on any input, as plain async checks that throw on a violation: vitest runs
 * them a bounded number of times (test/hardening/fuzz.test.ts), scripts/fuzz-long.mjs for much longer.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { load as jsYamlLoad } from 'js-yaml';
import { parseDocument } from 'yaml';
import { defaultConfig } from '../../src/config/load-config';
import { chooseFix, type Finding } from '../../src/engine/finding';
import { lintPaths, type LintRequest, type LintResult } from '../../src/engine/lint';
import { BUILTIN_RULES } from '../../src/engine/settings';
import { unifiedDiff } from '../../src/fix/diff';
import { fixPaths, type FixPass } from '../../src/fix/run-fixes';
import type { SourceDocument } from '../../src/sources/document';
import { FORMATTERS } from '../../src/formatters/index';
import type { FixSafety, Path } from '../../src/rule-api/types';
import { RULES } from '../../rules/index';
import type { FuzzFile } from './generators';

/** A property did not hold; the message says which and for what input. */
export class PropertyViolation extends Error {}

function fail(message: string, file: FuzzFile, extra?: unknown): never {
  const preview = Buffer.from(file.bytes).subarray(0, 400).toString('utf8');
  throw new PropertyViolation(`${message}\n  file: ${file.name} (${file.bytes.length} bytes)\n  starts: ${JSON.stringify(preview)}${extra === undefined ? '' : `\n  ${JSON.stringify(extra, null, 1).slice(0, 2000)}`}`);
}

/** The longest a lint of one fuzzed file (at most a few hundred KB) may take; far above the usual few ms. */
export const LINT_BOUND_MS = 8_000;

const KNOWN_IDS = new Set([...RULES.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
const FILE_LEVEL = new Set(['parse-error', 'read-error', 'file-too-large']);
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const ARRAY_PROTO_KEYS = Object.getOwnPropertyNames(Array.prototype).sort().join(',');

/** A scratch folder; each input gets a fresh sub-folder, so directory-export siblings never leak between runs. */
export class Workspace {
  readonly root: string;
  /** called before each input is written (the long run's heartbeat) */
  onPut?: () => void;

  /** in a new temporary folder, or in `root` (the long run names it, to save the input of a hang) */
  constructor(root?: string) {
    this.root = root ?? mkdtempSync(path.join(tmpdir(), 'orglint-fuzz-'));
    mkdirSync(this.root, { recursive: true });
  }

  /** Write the file into a fresh folder; returns [folder, absolute file]. */
  put(file: FuzzFile): [string, string] {
    this.onPut?.();
    const dir = path.join(this.root, 'current');
    rmSync(dir, { recursive: true, force: true });
    const abs = path.join(dir, file.name);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, file.bytes);
    return [dir, abs];
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

function request(dir: string, paths: string[]): LintRequest {
  return { cwd: dir, paths, config: defaultConfig(dir), rules: RULES };
}

/** The text a decoder would see: BOMs and UTF-16 handled, bad bytes replaced. */
function looseText(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  return new TextDecoder('utf-8').decode(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b);
}

/** Whether the bytes are text orglint can decode (the oracle: no NUL early on, valid UTF-8 unless UTF-16). */
function decodable(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes);
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  const body = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
  if (body.subarray(0, 8192).includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** Does an independent parser reject this text? (only asked when orglint's answer is certain to matter) */
function independentlyBroken(name: string, text: string): boolean | undefined {
  if (/##|@@/.test(text)) return undefined; // keyword placeholders are rewritten before parsing
  if (/\.(json|har)$/i.test(name)) {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  }
  let jsYamlFails = false;
  try {
    jsYamlLoad(text);
  } catch {
    jsYamlFails = true;
  }
  let yamlFails = true;
  try {
    yamlFails = parseDocument(text, { uniqueKeys: true }).errors.length > 0;
  } catch {
    // a stack overflow on deep nesting: rejected
  }
  return jsYamlFails && yamlFails ? true : !jsYamlFails && !yamlFails ? false : undefined;
}

/** Is a file of this name certainly one orglint reads, whatever its content? */
function certainlyOurs(name: string, text: string): boolean {
  if (/^(clients|grants|client-grants|organizations)\/[^/]+\.json$/.test(name) || /\.(har|patch\.json)$/.test(name)) return true;
  return /\.ya?ml$/.test(name) && /^(["']?)(clients|clientGrants|organizations)\1[ \t]*:/m.test(text);
}

/** Run every output format over a result; each must render, and the machine-readable ones must parse. */
export async function checkFormatters(result: LintResult, cwd: string, file: FuzzFile): Promise<void> {
  for (const [name, load] of Object.entries(FORMATTERS)) {
    const formatter = await load();
    for (const color of [false, true]) {
      let out: string;
      try {
        out = formatter({ findings: result.findings, summary: result.summary, rules: RULES, cwd, color, toolVersion: 'fuzz', notes: { fixed: 0 } });
      } catch (err) {
        fail(`formatter ${name} threw: ${(err as Error).stack}`, file);
      }
      if (typeof out !== 'string') fail(`formatter ${name} returned ${typeof out}`, file);
      if (color) continue;
      if (name === 'json' || name === 'sarif') {
        try {
          JSON.parse(out);
        } catch (err) {
          fail(`formatter ${name} printed invalid JSON: ${(err as Error).message}`, file);
        }
      }
      // what a terminal or a CI log shows: no ESC sequence, carriage return or other control from the input
      if (['compact', 'stylish', 'github'].includes(name)) {
        const bad = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.exec(out);
        if (bad) fail(`formatter ${name} printed a raw control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`, file, out.slice(Math.max(0, bad.index - 200), bad.index + 50));
      }
      if (name === 'junit' && /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.test(out)) fail('junit output holds a character XML forbids', file);
      if (name === 'github') {
        for (const line of out.split('\n').filter(Boolean)) {
          if (line.startsWith('::') && /\r/.test(line)) fail('a GitHub annotation spans lines', file, line);
        }
      }
    }
  }
}

/**
 * Lint one file (named on the command line, or found by walking its folder): it must not throw, must finish in
 * bounded time, must report only sane positions and known rules, must not touch Object.prototype, and a file
 * that is certainly orglint's and that an independent parser rejects must give a file-level finding.
 */
export async function checkLint(ws: Workspace, file: FuzzFile, walk = false): Promise<LintResult> {
  const [dir, abs] = ws.put(file);
  const started = performance.now();
  let result: LintResult;
  try {
    result = await lintPaths(request(dir, [walk ? dir : abs]));
  } catch (err) {
    fail(`lint threw: ${(err as Error).stack}`, file);
  }
  const ms = performance.now() - started;
  if (ms > LINT_BOUND_MS) fail(`lint took ${Math.round(ms)} ms`, file);
  if (Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTO_KEYS) fail('Object.prototype changed', file);
  if (Object.getOwnPropertyNames(Array.prototype).sort().join(',') !== ARRAY_PROTO_KEYS) fail('Array.prototype changed', file);
  const text = looseText(file.bytes);
  const lines = text.split('\n');
  const mine = result.findings.filter((f) => f.file === abs);
  for (const f of result.findings) {
    if (!KNOWN_IDS.has(f.ruleId)) fail(`unknown rule id ${f.ruleId}`, file, f.message);
    if (!['error', 'warning', 'info'].includes(f.severity)) fail(`bad severity ${f.severity}`, file);
    if (typeof f.message !== 'string' || f.message.trim() === '') fail('empty message', file, f.ruleId);
    if (/\[object Object\]/.test(f.message) && !text.includes('[object Object]')) fail('message shows [object Object]', file, f.message);
    if (/\{\{\s*\w+\s*\}\}/.test(f.message) && !text.includes('{{')) fail('message has an unfilled {{placeholder}}', file, f.message);
    if (f.file !== abs) continue;
    const ok =
      Number.isInteger(f.line) && Number.isInteger(f.column) && f.line >= 1 && f.column >= 1 && f.endLine >= f.line && (f.endLine > f.line || f.endColumn >= f.column);
    if (!ok) fail('finding position out of order', file, { ...f, doc: undefined, source: undefined });
    if (!FILE_LEVEL.has(f.ruleId) || f.doc) {
      if (f.line > lines.length || f.endLine > lines.length) fail(`finding at line ${f.line}-${f.endLine} of a ${lines.length}-line file`, file, f.message);
      if (f.column > lines[f.line - 1].length + 1 || f.endColumn > lines[f.endLine - 1].length + 1) fail('finding column beyond its line', file, { line: f.line, column: f.column, endColumn: f.endColumn, rule: f.ruleId });
    }
  }
  if (!walk) {
    const fileLevel = mine.some((f) => FILE_LEVEL.has(f.ruleId));
    if (!decodable(file.bytes)) {
      if (!fileLevel) fail('a file orglint cannot decode was passed without a finding', file);
    } else if (certainlyOurs(file.name, text) && independentlyBroken(file.name, text) === true && !fileLevel) {
      fail('a broken file orglint reads was passed without a parse-error', file, mine.map((f) => f.ruleId));
    }
  }
  if (!walk && /\.ya?ml$/.test(file.name)) checkYamlValue(result.docs.get(abs), file);
  await checkFormatters(result, dir, file);
  return result;
}

/**
 * orglint reads YAML with its own fast reader when it can: what it makes of a file must be what the `yaml`
 * package makes of it (same value, same verdict on whether it parses).
 */
function checkYamlValue(doc: SourceDocument | undefined, file: FuzzFile): void {
  if (!doc || doc.format !== 'yaml' || /##|@@/.test(doc.text)) return;
  let reference: { ok: boolean; value?: unknown } = { ok: false };
  try {
    const d = parseDocument(doc.text, { uniqueKeys: true, merge: true, strict: true, logLevel: 'error' });
    if (d.errors.length === 0) reference = { ok: true, value: d.toJS({ maxAliasCount: 100 }) };
  } catch {
    // deep nesting or an alias bomb: rejected
  }
  const ok = doc.problems.length === 0;
  if (ok !== reference.ok) fail(`orglint ${ok ? 'read' : 'rejected'} YAML the yaml package ${reference.ok ? 'reads' : 'rejects'}`, file, doc.problems.map((p) => p.message));
  if (ok && !isDeepStrictEqual(doc.value, reference.value)) fail('orglint read a YAML value other than the yaml package does', file, { orglint: doc.value, yaml: reference.value });
}

/** A valid generated file gives no file-level finding and is linted (not skipped). */
export async function checkValidFile(ws: Workspace, file: FuzzFile): Promise<void> {
  const result = await checkLint(ws, file);
  const bad = result.findings.filter((f) => FILE_LEVEL.has(f.ruleId));
  if (bad.length) fail('a valid file gave a file-level finding', file, bad.map((f) => `${f.line}:${f.column} ${f.message}`));
  if (result.files.length !== 1) fail('a valid file was skipped', file);
}

// ---------------------------------------------------------------------------------------------------------
// fixing

/** Absolute document paths a fix may change: each op's path, and the list holding an item it removes. */
function fixPathsOf(findings: readonly Finding[], mode: FixSafety): { paths: Path[]; lists: Path[] } {
  const paths: Path[] = [];
  const lists: Path[] = [];
  for (const f of findings) {
    const fix = chooseFix(f, mode);
    if (!fix || !f.source) continue;
    for (const op of fix.ops) {
      const p = [...f.source.path, ...op.path];
      paths.push(p);
      if (op.op === 'rename') paths.push([...p.slice(0, -1), op.to]);
      if (op.op === 'remove' && typeof p[p.length - 1] === 'number') lists.push(p.slice(0, -1));
    }
  }
  return { paths, lists };
}

const startsWith = (p: Path, prefix: Path) => prefix.length <= p.length && prefix.every((s, i) => String(s) === String(p[i]));
const samePath = (a: Path, b: Path) => a.length === b.length && startsWith(a, b);

/** Paths where two values differ (the shallowest that differ). */
function differences(a: unknown, b: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (Object.is(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(at);
    else a.forEach((x, i) => differences(x, b[i], [...at, i], out));
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const ha = Object.prototype.hasOwnProperty.call(a, k);
      const hb = Object.prototype.hasOwnProperty.call(b, k);
      if (ha !== hb) out.push([...at, k]);
      else differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...at, k], out);
    }
    return out;
  }
  out.push(at);
  return out;
}

/** The lines of a document a pass may change: those of the findings it fixed and of the values their fixes touch. */
function allowedLines(pass: FixPass, mode: FixSafety): Set<number> {
  const allowed = new Set<number>();
  const starts = [0];
  for (let i = pass.doc.text.indexOf('\n'); i !== -1; i = pass.doc.text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number) => {
    let l = 0;
    while (l + 1 < starts.length && starts[l + 1] <= offset) l++;
    return l + 1;
  };
  for (const f of pass.applied) {
    for (let l = f.line; l <= f.endLine; l++) allowed.add(l);
    for (const op of chooseFix(f, mode)!.ops) {
      for (const target of ['key', 'value'] as const) {
        const span = pass.doc.locate([...f.source!.path, ...op.path], target);
        if (!span) continue;
        // removing the last item of a JSON list or object also removes the comma on the line before it
        const first = op.op === 'remove' && pass.doc.format === 'json' ? lineOf(span.start) - 1 : lineOf(span.start);
        for (let l = first; l <= lineOf(Math.max(span.start, span.end - 1)); l++) allowed.add(l);
      }
    }
  }
  return allowed;
}

/**
 * Fix one valid file: every pass must change values only at the paths its fixes name and text only on the
 * lines of the findings it fixed; the result must parse (for orglint and for an independent parser), keep the
 * BOM and line endings; and fixing the result again must change nothing.
 */
export async function checkFix(ws: Workspace, file: FuzzFile, mode: FixSafety): Promise<{ fixed: number }> {
  const [dir, abs] = ws.put(file);
  let outcome;
  try {
    outcome = await fixPaths(request(dir, [abs]), mode);
  } catch (err) {
    fail(`fix threw: ${(err as Error).stack}`, file);
  }
  const change = outcome.changed.get(abs);
  if (!change) return { fixed: 0 };
  const passes = outcome.passes.get(abs) ?? [];
  if (passes.at(-1)?.after !== change.after) fail('the last kept pass is not the text fixPaths would write', file);
  checkProven(file, change, mode);
  for (const [n, pass] of passes.entries()) {
    const { paths, lists } = fixPathsOf(pass.applied, mode);
    if (pass.next.problems.length) fail(`pass ${n + 1} left a file that does not parse: ${pass.next.problems[0].message}`, file, pass.after);
    for (const d of differences(pass.doc.value, pass.next.value)) {
      if (!paths.some((p) => startsWith(d, p)) && !lists.some((l) => samePath(d, l))) fail(`pass ${n + 1} changed ${JSON.stringify(d)}, which no fix names`, file, { paths, after: pass.after });
    }
    const allowed = allowedLines(pass, mode);
    // every line outside the fixed findings survives, in order (a subsequence of the new text: no diff
    // alignment to argue with), and the text grows by at most one line per property a fix adds
    const lines = pass.doc.text.split('\n');
    const afterLines = pass.after.split('\n');
    let j = 0;
    const lost: number[] = [];
    lines.forEach((line, i) => {
      if (allowed.has(i + 1)) return;
      while (j < afterLines.length && afterLines[j] !== line) j++;
      if (j === afterLines.length) lost.push(i + 1);
      else j++;
    });
    if (lost.length) fail(`pass ${n + 1} changed lines ${lost.join(', ')}, where no fixed finding is`, file, { allowed: [...allowed], diff: unifiedDiff(pass.doc.text, pass.after, 'a', 'b') });
    const adds = pass.applied.reduce((k, f) => k + chooseFix(f, mode)!.ops.filter((o) => o.op === 'set').length, 0);
    if (afterLines.length > lines.length + adds) fail(`pass ${n + 1} added ${afterLines.length - lines.length} lines for ${adds} set operations`, file, unifiedDiff(pass.doc.text, pass.after, 'a', 'b'));
  }
  const before = passes[0].doc;
  const after = change.after;
  if (change.bom !== before.bom) fail('the BOM changed', file);
  const fixedBytes = Buffer.from((change.bom ? '\uFEFF' : '') + after, 'utf8');
  const relint = await checkLint(ws, { name: file.name, bytes: fixedBytes });
  if (relint.findings.some((f) => FILE_LEVEL.has(f.ruleId))) fail('the fixed file does not parse', file, after);
  if (independentlyBroken(file.name, after) === true) fail('the fixed file does not parse independently', file, after);
  if (!before.text.includes('\r') && after.includes('\r')) fail('a fix added a carriage return to an LF file', file, after);
  if (before.text.includes('\r\n') && !/(^|[^\r])\n/.test(before.text) && /(^|[^\r])\n/.test(after)) fail('a fix added a bare LF to a CRLF file', file, after);
  // fixing again changes nothing, unless the first run's output still showed a fixable finding (one a fix
  // brought out, which is reported rather than fixed unseen)
  const [dir2, abs2] = ws.put({ name: file.name, bytes: fixedBytes });
  const again = await fixPaths(request(dir2, [abs2]), mode);
  const leftFixable = outcome.result.findings.some((f) => f.file === abs && chooseFix(f, mode));
  if (again.changed.size && !leftFixable) fail('fixing twice changed more than fixing once', file, unifiedDiff(after, again.changed.get(abs2)!.after, 'once', 'twice'));
  return { fixed: outcome.fixed };
}

/**
 * Proven before written, checked independently (js-yaml, which resolves anchors and merge keys its own way):
 * every value of the fixed file is the value before, except under the paths of the fixes of the findings the
 * run says it fixed; and each of those findings had been reported.
 */
function checkProven(file: FuzzFile, change: { before: string; after: string; fixed: Finding[] }, mode: FixSafety): void {
  if (!/\.ya?ml$/.test(file.name) || /##|@@/.test(change.before)) return;
  let before: unknown;
  let after: unknown;
  try {
    before = jsYamlLoad(change.before);
  } catch {
    return; // js-yaml rejects what the yaml package reads (e.g. a YAML 1.2 detail): nothing to compare with
  }
  try {
    after = jsYamlLoad(change.after);
  } catch (err) {
    fail(`the written file does not parse for an independent parser: ${(err as Error).message.split('\n')[0]}`, file, change.after);
  }
  const { paths, lists } = fixPathsOf(change.fixed, mode);
  for (const d of differences(before, after)) {
    if (!paths.some((p) => startsWith(d, p)) && !lists.some((l) => samePath(d, l))) {
      fail(`the written file changed ${JSON.stringify(d)}, which none of its fixed findings names`, file, { paths, diff: unifiedDiff(change.before, change.after, 'a', 'b') });
    }
  }
}
