import path from 'node:path';
import { lint, tempTree } from './lint';

/** A fenced code block of a rule README's ❌ Invalid or ✅ Valid section. */
export interface ReadmeExample {
  kind: 'invalid' | 'valid';
  lang: string;
  /** file name to lint it as (fence option `file=NAME`), else tenant.yaml / a client file / a dump */
  file: string;
  code: string;
  line: number;
}

/** The examples of a README: every ```yaml / ```json block under `## ❌ Invalid` and `## ✅ Valid`. */
export function readmeExamples(readme: string): ReadmeExample[] {
  const out: ReadmeExample[] = [];
  let section: 'invalid' | 'valid' | null = null;
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^##\s/.test(l)) section = /❌/.test(l) ? 'invalid' : /✅/.test(l) ? 'valid' : null;
    const fence = /^```(yaml|yml|json)\b(.*)$/.exec(l);
    if (!fence || !section) continue;
    const body: string[] = [];
    const start = i + 1;
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    const code = body.join('\n') + '\n';
    const named = /file=(\S+)/.exec(fence[2])?.[1];
    const lang = fence[1] === 'yml' ? 'yaml' : fence[1];
    let file = named ?? 'tenant.yaml';
    if (!named && lang === 'json') {
      const v = JSON.parse(code);
      file = Array.isArray(v) || 'clients' in v ? 'dump.json' : 'clients/example.json';
    }
    out.push({ kind: section, lang, file, code, line: start });
  }
  return out;
}

/** Lint one README example in a temp folder. */
export async function lintExample(ex: ReadmeExample) {
  const dir = tempTree({ [ex.file]: ex.code });
  return lint([path.join(dir, ex.file)], { cwd: dir });
}
