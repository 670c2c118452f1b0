import { esc } from './escape';

/**
 * A small, safe Markdown renderer for rule READMEs: headings, paragraphs, lists, fenced code, inline code,
 * bold and links. Everything is escaped first; only http(s) links become anchors (a report opened from disk has
 * nowhere for relative links to go), so no text can inject markup.
 */
export function markdownToHtml(md: string, headingOffset = 2): string {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let para: string[] = [];
  let list: string[] | null = null;
  const flushPara = () => {
    if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list) out.push(`<ul>${list.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      flushPara();
      flushList();
      const close = fence[2];
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(close); i++) body.push(lines[i]);
      const lang = fence[3].trim().split(/\s+/)[0];
      out.push(`<pre class="code"${lang ? ` data-lang="${esc(lang)}"` : ''}><code>${esc(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flushPara();
      flushList();
      const level = Math.min(6, heading[1].length + headingOffset);
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      flushPara();
      (list ??= []).push(item[1]);
      continue;
    }
    if (line.trim() === '') {
      flushPara();
      flushList();
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return out.join('\n');
}

/** Inline Markdown: code spans verbatim (escaped), then bold and links on escaped text. */
function inline(text: string): string {
  return text
    .split(/(`+)([\s\S]*?)\1/)
    .map((part, i) => {
      // split with two groups yields [text, ticks, code, text, ticks, code, ...]
      if (i % 3 === 1) return '';
      if (i % 3 === 2) return `<code>${esc(part.trim())}</code>`;
      return esc(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?])/g, (_m, label: string, href: string, bare: string) => {
          const url = href ?? bare;
          if (!/^https?:\/\//i.test(url)) return label ?? url;
          return `<a href="${url}" rel="noopener noreferrer">${label ?? url}</a>`;
        });
    })
    .join('');
}
