/**
 * The HTML report's Content-Security-Policy lets only its own style and script run, by their SHA-256: the hashes
 * are written out in html.ts (no crypto loaded to hash two constants), and must be those of the texts the report
 * embeds, or a browser would block its own style and script. Also: an HTML run no longer loads node:crypto.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REPORT_JS } from '../../src/formatters/html/assets';
import { html, REPORT_CSS, REPORT_CSS_SHA256, REPORT_JS_SHA256 } from '../../src/formatters/html';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

describe('the HTML report CSP', () => {
  it('names the SHA-256 of the style and script the report holds', () => {
    expect(REPORT_CSS_SHA256).toBe(sha256(REPORT_CSS));
    expect(REPORT_JS_SHA256).toBe(sha256(REPORT_JS));
    const page = html({ findings: [], summary: { errors: 0, warnings: 0, infos: 0, files: 0, clients: 0, fixable: 0 }, rules: [], cwd: '/', toolVersion: '0', color: false } as never);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1];
    expect(page).toContain(`style-src &#39;sha256-${sha256(style)}&#39;`);
    expect(page).toContain(`script-src &#39;sha256-${sha256(script)}&#39;`);
  });
});
