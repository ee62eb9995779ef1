/**
 * `npm run check:refs`: every object, field, class and custom permission named where the Apex type
 * checker (check:compile) cannot see it exists in force-app or in the stub of standard and
 * managed-package objects (`config/schema-stub.json`): field and object names inside SOQL text,
 * custom metadata records, permission sets and flows. An org deploy rejects a dangling name; this
 * finds it offline, with the file and line.
 * A project without a stub is checked against the vendored reference of real orgs' objects
 * instead (see lib/schema.mjs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { finding } from './lib/findings.mjs';
import { sourceFiles, readText } from './lib/project.mjs';
import { loadSchema, STUB_FILE } from './lib/schema.mjs';
import { checkApexReferences } from './lib/apex-refs.mjs';
import { checkCustomMetadataRecord, checkFlow, checkPermissionSet } from './lib/metadata-refs.mjs';

export const METADATA_REFERENCES_FILE = 'config/metadata-references.json';

const baseName = (file, suffix) => path.basename(file).slice(0, -suffix.length);

/**
 * @param {{ root: string }} options project root
 * @returns {Promise<{ findings: import('./lib/findings.mjs').Finding[], summary: string }>}
 */
export async function run({ root }) {
    const { schema, problems } = loadSchema(root);
    const findings = problems.map((p) => finding(root, p.file, p.line, 'schema', p.message));
    const files = sourceFiles(root);
    const names = {
        classes: new Set(
            files.filter((f) => f.endsWith('.cls')).map((f) => baseName(f, '.cls').toLowerCase())
        ),
        customPermissions: new Set(
            files
                .filter((f) => f.endsWith('.customPermission-meta.xml'))
                .map((f) => baseName(f, '.customPermission-meta.xml').toLowerCase())
        )
    };
    const references = readMetadataReferences(root, schema, findings);
    let checked = 0;
    for (const file of files) {
        const local = checkFile(file, schema, names, references);
        if (local) {
            checked++;
            for (const f of local) {
                findings.push(finding(root, file, f.line, f.rule, f.message, f.column));
            }
        }
    }
    const objectCount = schema.objects.size;
    const against = schema.openWorld
        ? ` (no ${STUB_FILE}: standard objects from the reference)`
        : '';
    return { findings, summary: `${checked} files against ${objectCount} objects${against}` };
}

function checkFile(file, schema, names, references) {
    if (file.endsWith('.cls') || file.endsWith('.trigger')) {
        return checkApexReferences(readText(file), file.endsWith('.trigger'), schema);
    }
    if (file.endsWith('.permissionset-meta.xml')) {
        return checkPermissionSet(readText(file), schema, names);
    }
    if (file.endsWith('.flow-meta.xml')) {
        return checkFlow(readText(file), schema);
    }
    if (file.endsWith('.md-meta.xml')) {
        const typeName = `${path.basename(file).split('.')[0]}__mdt`;
        return checkCustomMetadataRecord(
            typeName,
            readText(file),
            schema,
            references[typeName.toLowerCase()],
            names.classes
        );
    }
    return null;
}

/**
 * Reads which custom metadata fields hold object, field or class names, and checks that each
 * field it lists exists (a typo there would silently switch a check off).
 */
function readMetadataReferences(root, schema, findings) {
    const file = path.join(root, METADATA_REFERENCES_FILE);
    if (!fs.existsSync(file)) {
        return {};
    }
    const config = JSON.parse(fs.readFileSync(file, 'utf8'));
    const byType = {};
    for (const [typeName, fields] of Object.entries(config.types ?? {})) {
        byType[typeName.toLowerCase()] = fields;
        for (const [fieldName, rule] of Object.entries(fields)) {
            const valid =
                ['object', 'field', 'apexClass'].includes(rule) || /^field:\w+$/.test(rule);
            if (!schema.field(typeName, fieldName) || !valid) {
                findings.push(
                    finding(
                        root,
                        file,
                        0,
                        'metadata-references',
                        `${typeName}.${fieldName}: ${valid ? 'no such custom metadata field' : `unknown rule "${rule}"`}`
                    )
                );
            }
        }
    }
    return byType;
}
