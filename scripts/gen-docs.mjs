// Regenerate docs/rules.md from the rules' metadata (run `npm run build` first: it reads dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { editorSchemas, renderRulesDoc, RULES } from '../dist/index.js';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/rules.md', renderRulesDoc(RULES));
console.log(`docs/rules.md: ${RULES.length} rules`);

// JSON Schemas for editors (yaml-language-server, VS Code), from the same schema modules the engine uses
mkdirSync('docs/schemas', { recursive: true });
for (const [name, text] of Object.entries(editorSchemas(RULES))) writeFileSync(`docs/schemas/${name}`, text);
console.log(`docs/schemas: ${Object.keys(editorSchemas(RULES)).join(', ')}`);
