// The forms a secret takes in each output format, for the last guard that masks them in the finished text
// (cli/outputs.ts). Only the escapes are imported, not the formatters: a run whose files hold a secret loads this
// and three small modules, not the Markdown, HTML and GitHub formatters and what they import.
import { esc } from './html/escape';
import { mdCode, mdText } from './markdown-text';
import { escapeData } from './workflow-escape';

/**
 * The secrets as each format writes them: Markdown escapes `_` and `*` (an Auth0 client secret holds `_` and
 * `-`), HTML writes `&lt;` and `&quot;` (and a search index in lower case), workflow commands `%25`; each form is
 * masked in the finished text. Longest first.
 */
export function secretForms(secrets: readonly string[]): string[] {
  const all = new Set<string>();
  for (const s of secrets) {
    all.add(s);
    // (the HTML report's search index holds names in lower case; only long values, so that a piece such as
    // PRIVATE of a PEM header does not mask the word private_key)
    const lower = s.length >= 12 ? [s.toLowerCase(), esc(s.toLowerCase())] : [];
    for (const form of [mdText(s), mdCode(s).replace(/^`+ ?| ?`+$/g, ''), esc(s), esc(mdText(s)), escapeData(s), ...lower]) if (form.length >= s.length) all.add(form);
  }
  return [...all].sort((a, b) => b.length - a.length);
}
