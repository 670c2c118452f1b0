/**
 * Every error message orglint's source can print, found by reading src/ with the TypeScript compiler: messages
 * of the errors that stop the CLI (exit 2), of file-level findings (parse-error, read-error, file-too-large),
 * of failed live changes, and the `orglint: …` lines written to stderr. Variable parts become `…`.
 * test/hardening/errors-doc.test.ts requires each to have a row in docs/errors.md, so the table cannot go stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Where a message comes from, which decides the docs/errors.md section it belongs in. */
export type MessageKind = 'exit-2' | 'finding' | 'live' | 'stderr' | 'fix';

export interface MessageSite {
  kind: MessageKind;
  /** the message with every variable part as `…` */
  template: string;
  /** file:line in src/ */
  where: string;
}

/** Errors whose message the CLI prints before exiting 2. */
const EXIT_2_CLASSES = new Set(['UsageError', 'ConfigError', 'LiveSetupError', 'BaselineError', 'MissingPathError', 'PolicyError', 'PluginError', 'NothingLintedError']);
const FILE_RULES = new Set(['parse-error', 'read-error', 'file-too-large']);
/** Why a fix or a fixed file was not made or written: shown after `fix not made:` / `not fixed:` / `not written:` */
const FIX_CLASSES = new Set(['FixRefused', 'WriteRefused']);

/** Collapse whitespace and runs of `…`, so source templates and documented messages compare equal. */
export function normalizeMessage(text: string): string {
  let t = text;
  // documented placeholders, innermost first: `<file>`, an optional part `<; did you mean "<rule>"?>`
  for (let before = ''; before !== t; ) [before, t] = [t, t.replace(/<[^<>]*>/g, '…')];
  return t
    .replace(/\s+/g, ' ')
    .replace(/…(\s*…)+/g, '…')
    .trim();
}

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) walk(f, out);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(f);
  }
}

/** Collect every message site under `srcDir`. */
export function collectMessages(srcDir: string): MessageSite[] {
  const files: string[] = [];
  walk(srcDir, files);
  const out: MessageSite[] = [];
  for (const file of files.sort()) out.push(...collectFile(file, path.relative(path.dirname(srcDir), file)));
  const seen = new Set<string>();
  return out.filter((m) => {
    const key = `${m.kind}\u0000${m.template}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function collectFile(file: string, display: string): MessageSite[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: MessageSite[] = [];
  const functions = new Map<string, ts.FunctionLikeDeclaration>();
  const constants = new Map<string, ts.Expression>();
  const index = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name && node.body) functions.set(node.name.text, node);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)) functions.set(node.name.text, node.initializer);
      else if (!constants.has(node.name.text)) constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, index);
  };
  index(sf);
  const where = (node: ts.Node) => `${display}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const add = (kind: MessageKind, expr: ts.Expression | undefined, at: ts.Node) => {
    for (const t of templates(expr, 0)) {
      const template = normalizeMessage(t);
      // a bare `…` is a message passed through from elsewhere (read.message, err.message): documented there
      if (template && template !== '…') out.push({ kind, template, where: where(at) });
    }
  };

  /** The texts an expression can evaluate to, with `…` for what is only known at run time. */
  function templates(expr: ts.Expression | undefined, depth: number): string[] {
    if (!expr || depth > 4) return ['…'];
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return templates(expr.expression, depth);
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
    if (ts.isTemplateExpression(expr)) {
      let acc = [expr.head.text];
      for (const span of expr.templateSpans) acc = acc.map((a) => `${a}…${span.literal.text}`);
      return acc;
    }
    if (ts.isConditionalExpression(expr)) return [...templates(expr.whenTrue, depth + 1), ...templates(expr.whenFalse, depth + 1)];
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = templates(expr.left, depth + 1);
      const right = templates(expr.right, depth + 1);
      return left.flatMap((l) => right.map((r) => l + r));
    }
    if (ts.isIdentifier(expr)) {
      const init = constants.get(expr.text);
      return init && (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init) || ts.isTemplateExpression(init) || ts.isConditionalExpression(init) || ts.isCallExpression(init) || ts.isBinaryExpression(init))
        ? templates(init, depth + 1)
        : ['…'];
    }
    if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
      const fn = functions.get(expr.expression.text);
      if (!fn?.body) return ['…'];
      if (!ts.isBlock(fn.body)) return templates(fn.body, depth + 1);
      const returns: string[] = [];
      const visit = (n: ts.Node): void => {
        if (ts.isReturnStatement(n) && n.expression) returns.push(...templates(n.expression, depth + 1));
        if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
      };
      ts.forEachChild(fn.body, visit);
      return returns.length ? returns : ['…'];
    }
    return ['…'];
  }

  const property = (obj: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined => {
    for (const p of obj.properties) {
      if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name) return p.initializer;
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
    }
    return undefined;
  };

  const visit = (node: ts.Node): void => {
    // new UsageError(`…`), new ConfigError('…', file, line, column), …
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && EXIT_2_CLASSES.has(node.expression.text)) add('exit-2', node.arguments?.[0], node);
    // new FixRefused(`…`), new WriteRefused(`…`), refusal(`…`): why a fix was not made or a file not written
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && FIX_CLASSES.has(node.expression.text)) add('fix', node.arguments?.[0], node);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'refusal') add('fix', node.arguments[0], node);
    // class MissingPathError … { constructor() { super(`…`) } }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const cls = ts.findAncestor(node, ts.isClassDeclaration);
      if (cls?.name && EXIT_2_CLASSES.has(cls.name.text)) add('exit-2', node.arguments[0], node);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const rule = property(node, 'rule') ?? property(node, 'ruleId');
      const message = property(node, 'message');
      // { rule: 'read-error', message: `cannot read file: …` } and parse problems pushed by the loaders
      if (message && rule && ts.isStringLiteral(rule) && FILE_RULES.has(rule.text)) add('finding', message, node);
      else if (message && ts.isCallExpression(node.parent) && /\bproblems\.(push|splice|unshift)$/.test(node.parent.expression.getText())) add('finding', message, node);
      // { message, fatal }: how a failed Management API request is explained
      else if (message && property(node, 'fatal')) add('live', message, node);
    }
    // the JSON loader's table of parser errors: `invalid JSON: <text>`
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'ERROR_TEXT' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const p of node.initializer.properties) {
        if (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer)) out.push({ kind: 'finding', template: normalizeMessage(`invalid JSON: ${p.initializer.text}`), where: where(p) });
      }
    }
    // notes printed as `orglint: …` by the caller: warn(`…`) callbacks, notes.push(…)
    if (ts.isCallExpression(node) && (/^warn$/.test(node.expression.getText()) || /\bnotes\.push$/.test(node.expression.getText()))) add('stderr', node.arguments[0], node);
    // `orglint: …` lines written to stderr (debug lines aside)
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'stderr') {
      for (const t of templates(node.arguments[0], 0)) {
        const m = /^\n?orglint: (?!debug:)([\s\S]*?)\n?$/.exec(t);
        if (m) {
          const template = normalizeMessage(m[1]);
          if (template !== '…') out.push({ kind: 'stderr', template, where: where(node) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
