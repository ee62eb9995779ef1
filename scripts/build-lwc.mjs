#!/usr/bin/env node
/**
 * `npm run build`: writes the compiled `.js` beside each LWC `.ts` (only files whose content
 * changed are touched, so a clean tree stays clean).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLwc } from './lib-lwc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let written = 0;
const outputs = compileLwc(root);
for (const [jsFile, content] of outputs) {
    const current = fs.existsSync(jsFile) ? fs.readFileSync(jsFile, 'utf8') : null;
    if (current !== content) {
        fs.writeFileSync(jsFile, content);
        written++;
        console.log(`wrote ${path.relative(root, jsFile)}`);
    }
}
console.log(`build: ${outputs.size} component file(s) compiled, ${written} updated`);
