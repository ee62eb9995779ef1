#!/usr/bin/env node
/**
 * Writes `tsconfig.lwc-paths.json`: one `c/<bundle>` path per LWC bundle, so `import x from 'c/x'`
 * type-checks. (TypeScript allows one wildcard per path substitution, so a single pattern cannot do it.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lwcTypeScriptSources } from './lib-lwc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const paths = {};
for (const tsFile of lwcTypeScriptSources(root)) {
    const bundle = path.basename(path.dirname(tsFile));
    if (path.basename(tsFile, '.ts') === bundle) {
        paths[`c/${bundle}`] = [path.relative(root, tsFile).split(path.sep).join('/')];
    }
}
const config = { compilerOptions: { baseUrl: '.', paths } };
fs.writeFileSync(
    path.join(root, 'tsconfig.lwc-paths.json'),
    `${JSON.stringify(config, null, 2)}\n`
);
