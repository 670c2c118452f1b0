import type { SourceDocument } from '../document';
import { substituteKeywords, type KeywordMap } from '../keywords';
import { loadYamlFast } from './yaml-fast';

/**
 * Read YAML the fast way when possible; otherwise load the `yaml` package (once, on first need) and read it with
 * that. The path orglint takes for every YAML file, so a run over plain exports never loads `yaml`. A module of
 * its own: it needs both readers, and yaml-source.ts (the full one) imports yaml-fast.ts, so this cannot live in
 * yaml-fast.ts without an import cycle.
 */
export async function loadYamlAsync(file: string, text: string, bom: boolean, keywords?: KeywordMap): Promise<SourceDocument> {
  // keywords are substituted once, whichever reader ends up with the text
  const prepared = substituteKeywords(text, 'yaml', keywords);
  return loadYamlFast(file, text, bom, keywords, prepared) ?? (await import('./yaml-source')).loadYamlFull(file, text, bom, keywords, prepared);
}
