/** JSON Web Keys written in a Terraform file's HCL text (textJwkMembers). */
import { addValue } from './redact-value';
import { COMMENTED_MEMBER, hasKtyWord, JWK_PRIVATE_NAMES, LOOSE_TEXT, mayHoldKty, nextKtyWord, scanJwkText, templateLiterals } from './redact-jwk';

/**
 * The private members of JSON Web Keys written as HCL object literals anywhere in a Terraform file's text, as
 * masks: one inside a function call (`jsonencode({ kty = "RSA", d = "…" })`) is never evaluated, so the
 * document's value does not hold it, while the source line shows it in every excerpt and diff hunk. One pass over
 * the text (strings, `${…}` templates, comments and heredocs told apart): each object's keys as written
 * (`kty = …`, `"kty": …`), and the quoted strings of the values of `d`, `p`, `q`, `dp`, `dq`, `qi`, `oth` and
 * `k`, taken when the object turns out to hold `kty`.
 */
export function textJwkMembers(text: string, found: Set<string>, depth = 0): void {
  if (!mayHoldKty(text)) return;
  const stack: HclFrame[] = [];
  /** the object frames whose private member's value is being read (innermost last) */
  const capturing: HclFrame[] = [];
  const n = text.length;
  /** the next `kty` word at or after a position (strings are read in order: the text is searched once) */
  let kty = -1;
  const ktyIn = (s: number, e: number): boolean => {
    if (kty !== -2 && kty < s) kty = nextKtyWord(text, s);
    return kty >= s && kty + 3 <= e;
  };
  /** the literal strings of `locals { NAME = "…" }` and of `variable "NAME" { default = "…" }`, by reference */
  const literals = new Map<string, string>();
  /** the references (`local.NAME`, `var.NAME`) private members of keys hold */
  const refs: string[] = [];
  /** the locals and variables whose literal is an object with `kty` (`locals { base = { kty = "RSA" } }`) */
  const keyRefs = new Set<string>();
  /** calls without `kty` of their own that read locals or variables (`merge(local.base, { d = … })`) */
  const pending: HclFrame[] = [];
  const endCapture = (f: HclFrame) => {
    if (!f.capture) return;
    f.capture = false;
    const at = capturing.lastIndexOf(f);
    if (at !== -1) capturing.splice(at, 1);
  };
  /** a comment: read as a text of its own when it holds `kty`; a member commented out inside an object is the object's */
  const comment = (start: number, end: number, top: HclFrame | undefined) => {
    if (depth < MAX_HEREDOC_DEPTH && ktyIn(start, end)) scanJwkText(text.slice(start, end), found, LOOSE_TEXT, depth + 1);
    if (top?.kind === OBJECT) {
      for (const m of text.slice(start, end).matchAll(COMMENTED_MEMBER)) {
        const v = m[3] ?? m[4];
        if (v) (top.values ??= []).push(v);
      }
    }
  };
  /** a key read in object `f`, the text from `i` on: whether `=` or `:` follows it (then it is a key) */
  const key = (f: HclFrame, name: string, i: number): number => {
    let j = i;
    // (spaces, and `/* … */` comments, which HCL reads as space: `d /* RSA */ = "…"`)
    for (;;) {
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (text.charCodeAt(j) !== 47 || text.charCodeAt(j + 1) !== 42) break;
      const close = text.indexOf('*/', j + 2);
      if (close === -1) break;
      j = close + 2;
    }
    const c = text.charCodeAt(j);
    if (!(c === 58 /* : */ || (c === 61 /* = */ && text.charCodeAt(j + 1) !== 61 && text.charCodeAt(j + 1) !== 62))) return i;
    if (name === 'kty') f.kty = true;
    else if (JWK_PRIVATE_NAMES.has(name)) {
      f.capture = true;
      capturing.push(f);
    }
    if (f.block === LOCALS) f.assign = `local.${name}`;
    else if (f.block !== undefined && name === 'default') f.assign = f.block;
    // (an object a local or a default is set to: its attributes are what `local.NAME.ATTR` reads)
    else if (f.assignTo !== undefined && f.assignTo.length < 200) f.assign = `${f.assignTo}.${name}`;
    return j + 1;
  };
  for (let i = 0; i < n; ) {
    // (no Terraform file nests this deep; a hostile one would otherwise hold a frame for each of millions of `{`)
    if (stack.length > MAX_HCL_DEPTH) return;
    const top = stack.length ? stack[stack.length - 1] : undefined;
    const c = text.charCodeAt(i);
    if (top?.kind === STR) {
      if (c === 92 /* \ */) i += 2;
      else if (c === 34 /* " */) {
        stack.pop();
        i++;
        const owner = stack.length ? stack[stack.length - 1] : undefined;
        // a string that holds a key as JSON or YAML (`jsondecode("{\"kty\":…}")`), template or not: read as a text
        if (depth < MAX_HEREDOC_DEPTH && ktyIn(top.start, i - 1)) nestedText(text.slice(top.start, i - 1), found, depth, true);
        if (top.plain) {
          const value = text.slice(top.start, i - 1);
          // (a key written with escapes, `"\u0064" = …`, is the name HCL reads)
          const after = top.atKey && owner ? key(owner, value.length <= 24 && value.includes('\\') ? unescapeHcl(value) : value, i) : i;
          if (after === i) {
            for (let k = Math.max(0, capturing.length - MAX_CAPTURING); k < capturing.length; k++) (capturing[k].values ??= []).push(value);
            if (owner?.assign) {
              literals.set(owner.assign, value);
              owner.assign = undefined;
            }
          }
          i = after;
        } else if (capturing.length) {
          // a private member's value written as a template (`d = "${var.prefix}PLANTED…"`): its literal text is
          // the key's, whatever the template adds
          for (const part of templateLiterals(text.slice(top.start, i - 1))) {
            for (let k = Math.max(0, capturing.length - MAX_CAPTURING); k < capturing.length; k++) (capturing[k].values ??= []).push(part);
          }
        }
      } else if ((c === 36 /* $ */ || c === 37) /* % */ && text.charCodeAt(i + 1) === 123) {
        if (text.charCodeAt(i - 1) === c) i += 2;
        else {
          top.plain = false;
          stack.push({ kind: INTERP, atKey: false, kty: false, capture: false, start: i });
          i += 2;
        }
      } else if (c === 10) stack.pop();
      else i++;
      continue;
    }
    if (c === 35 /* # */ || (c === 47 /* / */ && text.charCodeAt(i + 1) === 47)) {
      // a comment, and the comment lines right after it (a key commented out over several lines)
      const end = lineCommentsEnd(text, i);
      comment(i, end, top);
      i = end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      const end = close === -1 ? n : close + 2;
      comment(i, end, top);
      i = end;
    } else if (c === 60 /* < */ && text.charCodeAt(i + 1) === 60) {
      const head = HEREDOC.exec(text.slice(i, i + 80));
      if (!head) i += 2;
      else {
        const close = new RegExp(`\\n[ \\t]*${head[1]}[ \\t]*(?:\\r?\\n|$)`, 'g');
        close.lastIndex = i + head[0].length - 1;
        const m = close.exec(text);
        const bodyStart = i + head[0].length;
        i = m ? m.index + 1 : n;
        const body = text.slice(bodyStart, i);
        // a private member's value written as a heredoc (`d = <<EOT`): each line of it is the member's text
        if (top?.kind === OBJECT && top.capture) {
          for (const line of body.split(/\r?\n/)) {
            const bare = line.trim();
            if (bare) for (let k = Math.max(0, capturing.length - MAX_CAPTURING); k < capturing.length; k++) (capturing[k].values ??= []).push(bare);
          }
        }
        // a heredoc template's `${jsonencode({ kty = …, d = … })}`: read as a text of its own (a few levels deep);
        // its text as JSON or YAML (`jsondecode(<<EOT`, `yamldecode(<<EOT`) too
        if (depth < MAX_HEREDOC_DEPTH && body.includes('${')) textJwkMembers(body, found, depth + 1);
        if (depth < MAX_HEREDOC_DEPTH && hasKtyWord(body)) nestedText(body, found, depth, false);
        if (top?.kind === OBJECT) top.atKey = false;
      }
    } else if (c === 34) {
      stack.push({ kind: STR, atKey: top?.kind === OBJECT && top.atKey, kty: false, capture: false, start: i + 1, plain: true });
      if (top?.kind === OBJECT) top.atKey = false;
      i++;
    } else if (c === 123 /* { */ || c === 91 /* [ */ || c === 40 /* ( */) {
      if (top?.kind === OBJECT) top.atKey = false;
      const frame: HclFrame = { kind: c === 123 ? OBJECT : LIST, atKey: c === 123, kty: false, capture: false, start: i, call: c === 40 };
      // (a top-level `locals {` or `variable "NAME" {`: its literals are what `local.NAME` and `var.NAME` hold)
      if (c === 123 && stack.length === 0) frame.block = blockOf(text, i);
      // (an object a local or a variable's default is set to)
      if (c === 123 && top?.assign) {
        frame.assignTo = top.assign;
        top.assign = undefined;
      }
      stack.push(frame);
      i++;
    } else if (c === 125 /* } */ || c === 93 /* ] */ || c === 41 /* ) */) {
      if (top) {
        stack.pop();
        endCapture(top);
        if (top.kty && top.values) for (const v of top.values) addValue(found, v);
        if (top.kty && top.refs) refs.push(...top.refs);
        if (top.kty && top.assignTo) keyRefs.add(top.assignTo);
        if (top.call && !top.kty && top.args && (top.values || top.refs) && pending.length < MAX_REFERENCES) pending.push(top);
        // objects given to one call (`merge({ kty = "RSA", n = … }, { d = … })`) may make one key: the call
        // holds kty when one of them does, and the private members of the others
        const owner = stack.length ? stack[stack.length - 1] : undefined;
        // (a call inside the call, `merge({ kty = … }, tomap({ d = … }))`, gives its own the same way)
        if ((top.kind === OBJECT || top.call) && owner?.call) {
          if (top.kty) owner.kty = true;
          else {
            if (top.values) (owner.values ??= []).push(...top.values);
            if (top.refs) (owner.refs ??= []).push(...top.refs);
          }
        }
      }
      i++;
    } else if (c === 44 /* , */ || c === 10) {
      if (top?.kind === OBJECT) {
        endCapture(top);
        top.atKey = true;
        top.assign = undefined;
      }
      i++;
    } else if (top?.kind === OBJECT && top.atKey && IDENT_START.test(text[i])) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(text[j])) j++;
      top.atKey = false;
      i = key(top, text.slice(i, j), j);
      if (i < j) i = j;
    } else if ((capturing.length || top?.call) && (c === 108 /* l */ || c === 118) /* v */ && !IDENT_PART.test(text[i - 1] ?? ' ') && text[i - 1] !== '.') {
      // a private member's value read from a local or a variable (`d = local.jwk_d`): that literal is private;
      // a call's argument (`merge(local.base, …)`): the call holds kty when that local is a key
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(text);
      if (m) for (let k = Math.max(0, capturing.length - MAX_CAPTURING); k < capturing.length; k++) (capturing[k].refs ??= []).push(m[0]);
      if (m && top?.call && (top.args?.length ?? 0) < MAX_CAPTURING) (top.args ??= []).push(m[0]);
      if (top?.kind === OBJECT) top.atKey = false;
      i += m ? m[0].length : 1;
    } else {
      if (top?.kind === OBJECT && c !== 32 && c !== 9 && c !== 13) top.atKey = false;
      i++;
    }
  }
  for (const call of pending) {
    if (!call.args!.some((a) => keyRefs.has(a))) continue;
    if (call.values) for (const v of call.values) addValue(found, v);
    if (call.refs) refs.push(...call.refs);
  }
  for (const r of refs.slice(0, MAX_REFERENCES)) {
    const v = literals.get(r);
    if (v !== undefined) addValue(found, v);
  }
}

/** a local or variable a value reads */
const REFERENCE = /(?:local|var)(?:\.[A-Za-z_][A-Za-z0-9_-]*)+/y;
/** how many references of private members are looked up */
const MAX_REFERENCES = 1000;
const LOCALS = 'locals';

/** a top-level block opened at `at`: `locals`, or `var.NAME` for `variable "NAME"`, else undefined */
function blockOf(text: string, at: number): string | undefined {
  const head = text.slice(Math.max(0, at - 200), at);
  if (/(?:^|\n)[ \t]*locals[ \t]*$/.test(head)) return LOCALS;
  const v = /(?:^|\n)[ \t]*variable[ \t]+"([^"\n]+)"[ \t]*$/.exec(head);
  return v ? `var.${v[1]}` : undefined;
}

const STR = 0;
const INTERP = 1;
const OBJECT = 2;
const LIST = 3;

/** an open bracket, string or `${` template of an HCL text (textJwkMembers) */
interface HclFrame {
  kind: typeof STR | typeof INTERP | typeof OBJECT | typeof LIST;
  /** (an object) a key may come next; (a string) it was opened where a key may come */
  atKey: boolean;
  /** (an object) it has a `kty` key */
  kty: boolean;
  /** (an object) the value of a private member is being read */
  capture: boolean;
  /** (an object) the quoted strings its private members' values hold */
  values?: string[];
  /** (a string) where its text starts; whether it has no template in it */
  start: number;
  plain?: boolean;
  /** (a list) it is a call's parentheses */
  call?: boolean;
  /** (an object) the references its private members' values hold (`local.NAME`) */
  refs?: string[];
  /** (a top-level block) `locals`, or `var.NAME` for a variable's block; the reference its current key's literal sets */
  block?: string;
  assign?: string;
  /** (an object) the local or variable it is the literal of; (a call) the locals and variables it is given */
  assignTo?: string;
  args?: string[];
}


/** the deepest nesting of brackets, strings and templates read for JSON Web Keys */
const MAX_HCL_DEPTH = 1000;
/** how many nested objects reading a private member's value one string is given to (a JWK inside `oth`, say) */
const MAX_CAPTURING = 4;
/** how many heredocs inside heredocs' templates are read as texts of their own */
const MAX_HEREDOC_DEPTH = 4;
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
const HEREDOC = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/;

/** the end of a `#` or `//` comment at `at` and of the comment lines right after it */
function lineCommentsEnd(text: string, at: number): number {
  let eol = text.indexOf('\n', at);
  for (;;) {
    if (eol === -1) return text.length;
    let next = eol + 1;
    while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
    const c = text.charCodeAt(next);
    if (c !== 35 && !(c === 47 && text.charCodeAt(next + 1) === 47)) return eol;
    eol = text.indexOf('\n', next);
  }
}

/** an HCL string's text with its escapes resolved (`\"`, `\\`, `\n`, `\u0064`, `\U00000064`) */
function unescapeHcl(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (_, e: string) => {
    if (e.length > 1) {
      const code = parseInt(e.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : e;
    }
    return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
  });
}

/**
 * An HCL string's text (escapes resolved: `\"`, `\\`, `\n`, `$${`) or a heredoc's, read as JSON or YAML for JSON
 * Web Keys; each mask also in the form the file writes it (escaped again for a string).
 */
function nestedText(raw: string, found: Set<string>, depth: number, escaped: boolean): void {
  const text = escaped ? unescapeHcl(raw).replaceAll('$${', '${').replaceAll('%%{', '%{') : raw;
  const inner = new Set<string>();
  scanJwkText(text, inner, LOOSE_TEXT, depth + 1);
  for (const s of inner) addValue(found, s);
}
