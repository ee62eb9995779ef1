/**
 * Object, field and class names in XML metadata, checked against the schema: permission sets,
 * flows and custom metadata records. Positions come from the text itself, so each finding
 * points at the line that holds the wrong name.
 */
import { lineOfOffset } from './findings.mjs';

/** Every `<tag>…</tag>` block (no attributes, not nested in itself) with its offset. */
export function blocks(text, tag, from = 0, to = text.length) {
    const out = [];
    const pattern = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
    pattern.lastIndex = from;
    let match;
    while ((match = pattern.exec(text)) && match.index < to) {
        out.push({ body: match[1], start: match.index + tag.length + 2, end: pattern.lastIndex });
    }
    return out;
}

/** Every simple `<tag>value</tag>` inside a range, trimmed, with its line. */
export function values(text, tag, from = 0, to = text.length) {
    return blocks(text, tag, from, to)
        .filter((b) => !b.body.includes('<'))
        .map((b) => ({ value: b.body.trim(), line: lineOfOffset(text, b.start) }));
}

/**
 * Checks a permission set's fields, objects, Apex classes and custom permissions.
 * @param {string} text permission set XML
 * @param {import('./schema.mjs').Schema} schema objects and fields
 * @param {{ classes: Set<string>, customPermissions: Set<string> }} names force-app names (lower-case)
 * @returns {Array<{line: number, rule: string, message: string}>}
 */
export function checkPermissionSet(text, schema, names) {
    const findings = [];
    for (const block of blocks(text, 'fieldPermissions')) {
        for (const { value, line } of values(text, 'field', block.start, block.end)) {
            const [objectName, fieldName] = value.split('.');
            findings.push(...checkField(schema, objectName, fieldName, line, 'field permission'));
        }
    }
    for (const block of blocks(text, 'objectPermissions')) {
        for (const { value, line } of values(text, 'object', block.start, block.end)) {
            findings.push(...checkObject(schema, value, line, 'object permission'));
        }
    }
    for (const block of blocks(text, 'classAccesses')) {
        for (const { value, line } of values(text, 'apexClass', block.start, block.end)) {
            if (!value.includes('__') && !names.classes.has(value.toLowerCase())) {
                findings.push({
                    line,
                    rule: 'unknown-class',
                    message: `class access: Apex class ${value} is not in force-app`
                });
            }
        }
    }
    for (const block of blocks(text, 'customPermissions')) {
        for (const { value, line } of values(text, 'name', block.start, block.end)) {
            if (!value.includes('__') && !names.customPermissions.has(value.toLowerCase())) {
                findings.push({
                    line,
                    rule: 'unknown-custom-permission',
                    message: `custom permission ${value} is not in force-app`
                });
            }
        }
    }
    return findings;
}

const FLOW_DATA_ELEMENTS = ['recordLookups', 'recordCreates', 'recordUpdates', 'recordDeletes'];
const FLOW_FIELD_TAGS = ['field', 'queriedFields', 'sortField'];

/**
 * Checks a flow's trigger object, its record elements' objects and fields, and `$Record` paths.
 * @param {string} text flow XML
 * @param {import('./schema.mjs').Schema} schema objects and fields
 * @returns {Array<{line: number, rule: string, message: string}>}
 */
export function checkFlow(text, schema) {
    const findings = [];
    const start = blocks(text, 'start')[0];
    const startObject = start ? values(text, 'object', start.start, start.end)[0] : undefined;
    let recordObject;
    if (startObject) {
        findings.push(...checkObject(schema, startObject.value, startObject.line, 'flow trigger'));
        recordObject = schema.object(startObject.value)?.name;
        for (const filter of blocks(text, 'filters', start.start, start.end)) {
            for (const { value, line } of values(text, 'field', filter.start, filter.end)) {
                findings.push(
                    ...checkField(schema, recordObject, value, line, 'flow trigger filter')
                );
            }
        }
    }
    for (const tag of FLOW_DATA_ELEMENTS) {
        for (const element of blocks(text, tag)) {
            const objectTag = values(text, 'object', element.start, element.end)[0];
            const onRecord = /<inputReference>\s*\$Record\s*<\/inputReference>/.test(element.body);
            let objectName = onRecord ? recordObject : undefined;
            if (objectTag) {
                findings.push(
                    ...checkObject(schema, objectTag.value, objectTag.line, `flow ${tag}`)
                );
                objectName = schema.object(objectTag.value)?.name;
            }
            if (!objectName) {
                continue;
            }
            for (const fieldTag of FLOW_FIELD_TAGS) {
                for (const { value, line } of values(text, fieldTag, element.start, element.end)) {
                    findings.push(...checkField(schema, objectName, value, line, `flow ${tag}`));
                }
            }
        }
    }
    if (recordObject) {
        const pattern = /\$Record(?:__Prior)?((?:\.[A-Za-z][A-Za-z0-9_]*)+)/g;
        let match;
        while ((match = pattern.exec(text))) {
            const segments = match[1].slice(1).split('.');
            const line = lineOfOffset(text, match.index);
            findings.push(...checkPath(schema, recordObject, segments, line, 'flow $Record'));
        }
    }
    return findings;
}

/**
 * Checks a custom metadata record: its fields exist on the type, and values that name objects,
 * fields or classes (as declared in `config/metadata-references.json`) resolve.
 * @param {string} typeName custom metadata type, e.g. `Sync_Field_Mapping__mdt`
 * @param {string} text record XML
 * @param {import('./schema.mjs').Schema} schema objects and fields
 * @param {Record<string, string>} references CMDT field → `object` | `field` | `field:<Field>` | `apexClass`
 * @param {Set<string>} classes force-app class names (lower-case)
 * @returns {Array<{line: number, rule: string, message: string}>}
 */
export function checkCustomMetadataRecord(typeName, text, schema, references, classes) {
    const findings = [];
    const recordValues = new Map();
    for (const block of blocks(text, 'values')) {
        const field = values(text, 'field', block.start, block.end)[0];
        const value = /<value[^>]*>([\s\S]*?)<\/value>/.exec(block.body);
        if (!field) {
            continue;
        }
        findings.push(...checkField(schema, typeName, field.value, field.line, 'custom metadata'));
        recordValues.set(field.value.toLowerCase(), {
            value: value?.[1]?.trim(),
            line: field.line
        });
    }
    for (const [fieldName, rule] of Object.entries(references ?? {})) {
        const entry = recordValues.get(fieldName.toLowerCase());
        if (!entry?.value) {
            continue;
        }
        const what = `${typeName}.${fieldName}`;
        if (rule === 'object') {
            findings.push(...checkObject(schema, entry.value, entry.line, what));
        } else if (rule === 'field') {
            const [objectName, ...path] = entry.value.split('.');
            const objectProblems = checkObject(schema, objectName, entry.line, what);
            findings.push(
                ...(objectProblems.length > 0
                    ? objectProblems
                    : checkPath(schema, objectName, path, entry.line, what))
            );
        } else if (rule.startsWith('field:')) {
            const objectName = recordValues.get(rule.slice(6).toLowerCase())?.value;
            if (objectName && schema.object(objectName)) {
                findings.push(
                    ...checkPath(schema, objectName, entry.value.split('.'), entry.line, what)
                );
            }
        } else if (rule === 'apexClass' && !classes.has(entry.value.toLowerCase())) {
            findings.push({
                line: entry.line,
                rule: 'unknown-class',
                message: `${what}: Apex class ${entry.value} is not in force-app`
            });
        }
    }
    return findings;
}

function checkObject(schema, objectName, line, what) {
    if (schema.object(objectName) || schema.isUnverifiable(objectName)) {
        return [];
    }
    return [
        { line, rule: 'unknown-object', message: `${what}: ${schema.unknownObject(objectName)}` }
    ];
}

function checkField(schema, objectName, fieldName, line, what) {
    if (!objectName || !schema.object(objectName)) {
        return checkObject(schema, objectName ?? '(none)', line, what);
    }
    return checkPath(schema, objectName, [fieldName ?? ''], line, what);
}

function checkPath(schema, objectName, segments, line, what) {
    const { missing } = schema.resolvePath(objectName, segments);
    return missing ? [{ line, rule: 'unknown-field', message: `${what}: ${missing}` }] : [];
}
