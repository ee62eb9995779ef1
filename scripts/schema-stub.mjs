#!/usr/bin/env node
/**
 * `npm run schema:add -- Object.Field [Object.Field …]`: declares standard or managed-package
 * fields the project uses in `config/schema-stub.json`, copying each name and Apex type from the
 * reference read from real orgs (`config/schema-reference/org-sobjects.json`). A name the
 * reference lacks is refused, so a typo never enters the stub.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_FILE, STUB_FILE } from './checks/lib/schema.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reference = JSON.parse(fs.readFileSync(path.join(root, REFERENCE_FILE), 'utf8')).objects;
const stubPath = path.join(root, STUB_FILE);
const stub = JSON.parse(fs.readFileSync(stubPath, 'utf8'));
stub.objects ??= {};

let failed = false;
for (const name of process.argv.slice(2)) {
    const [objectName, fieldName] = name.split('.');
    const known = reference[objectName];
    const type = known?.fields[fieldName ?? 'Id'];
    if (!known || type === undefined) {
        console.error(`${name}: not in ${REFERENCE_FILE}; check the spelling`);
        failed = true;
        continue;
    }
    const entry = (stub.objects[objectName] ??= { fields: {} });
    entry.fields[fieldName ?? 'Id'] = type;
    entry.fields = Object.fromEntries(
        Object.entries(entry.fields).sort(([a], [b]) => a.localeCompare(b))
    );
    console.log(`${objectName}.${fieldName ?? 'Id'}: ${type}`);
}
stub.objects = Object.fromEntries(
    Object.entries(stub.objects).sort(([a], [b]) => a.localeCompare(b))
);
fs.writeFileSync(stubPath, `${JSON.stringify(stub, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
