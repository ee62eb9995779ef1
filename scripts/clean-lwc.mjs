#!/usr/bin/env node
/**
 * `npm run clean:lwc`: deletes each compiled `.js` that has a `.ts` beside it.
 * `npm run build` puts them back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lwcTypeScriptSources } from './lib-lwc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let removed = 0;
for (const tsFile of lwcTypeScriptSources(root)) {
    const jsFile = tsFile.replace(/\.ts$/, '.js');
    if (fs.existsSync(jsFile)) {
        fs.rmSync(jsFile);
        removed++;
    }
}
console.log(`clean:lwc: removed ${removed} compiled file(s)`);
