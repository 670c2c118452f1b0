// Regenerate docs/rules.md from the rules' metadata (run `npm run build` first: it reads dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderRulesDoc, RULES } from '../dist/index.js';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/rules.md', renderRulesDoc(RULES));
console.log(`docs/rules.md: ${RULES.length} rules`);
