/**
 * The schema the reference checker resolves names against: the objects and fields defined in
 * `force-app`, plus the standard and managed-package (SBQQ, ccrz, blng) objects declared in the
 * stub `config/schema-stub.json`. Names are matched case-insensitively, as Apex and SOQL do.
 *
 * A project without a stub of its own (any SFDX project checked with `--root`) has declared
 * nothing about the org it deploys to, so holding it to our stub would only report every
 * standard object it uses. Its standard and managed objects come from the vendored reference
 * `config/schema-reference/org-sobjects.json` instead, and a standard or managed object that
 * reference does not list is unverifiable rather than unknown. The reference lists fields real
 * orgs have, not every field an org may have, so on its objects (and on standard objects known
 * only from force-app) only custom fields (`Foo__c`) the project must itself declare are checked.
 *
 * Stub format (field types as Apex types; a relationship field's type is the object it points to,
 * `SObject` when polymorphic; `childRelationships` maps a child relationship name to its object):
 *
 *   { "objects": { "Order": { "fields": { "AccountId": "Id", "Account": "Account" },
 *                             "childRelationships": { "OrderItems": "OrderItem" } } } }
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { metadataFolders, sourceFiles } from './project.mjs';

export const STUB_FILE = 'config/schema-stub.json';
/** Field names and Apex types read from real orgs' describe output; the stub must agree with it. */
export const REFERENCE_FILE = 'config/schema-reference/org-sobjects.json';
/** This repository's copy of the reference, for projects that have none of their own. */
const VENDORED_REFERENCE = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    '..',
    REFERENCE_FILE
);
/**
 * What a custom metadata relationship field (`MetadataRelationship`) may point at besides another
 * custom metadata type: the platform's entity and field definitions, which are no sObjects.
 */
const METADATA_ENTITIES = new Set(['entitydefinition', 'fielddefinition']);
/** A managed-package name: `ns__Name__c`. */
const NAMESPACED = /^[A-Za-z][A-Za-z0-9]*__[A-Za-z0-9_]+__[a-z]+$/i;
/** A custom field or relationship the project itself must declare: `Name__c`, `Name__r`. */
const LOCAL_CUSTOM_FIELD = /^[A-Za-z][A-Za-z0-9_]*?__[cr]$/i;

/** Fields every custom object, event or custom metadata type has without declaring them. */
const IMPLICIT_FIELDS = {
    __c: {
        Id: 'Id',
        Name: 'String',
        OwnerId: 'Id',
        Owner: 'SObject',
        CreatedById: 'Id',
        CreatedBy: 'User',
        CreatedDate: 'Datetime',
        LastModifiedById: 'Id',
        LastModifiedBy: 'User',
        LastModifiedDate: 'Datetime',
        LastViewedDate: 'Datetime',
        LastReferencedDate: 'Datetime',
        SystemModstamp: 'Datetime',
        IsDeleted: 'Boolean',
        CurrencyIsoCode: 'String',
        RecordTypeId: 'Id',
        RecordType: 'RecordType'
    },
    __e: {
        ReplayId: 'String',
        EventUuid: 'String',
        CreatedById: 'Id',
        CreatedDate: 'Datetime'
    },
    __mdt: {
        Id: 'Id',
        DeveloperName: 'String',
        MasterLabel: 'String',
        Label: 'String',
        Language: 'String',
        NamespacePrefix: 'String',
        QualifiedApiName: 'String',
        SystemModstamp: 'Datetime'
    }
};

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

/**
 * An object known to the checks.
 * @typedef {object} SObjectInfo
 * @property {string} name API name as declared
 * @property {string} origin where it is declared (`force-app` or the stub file)
 * @property {Map<string, {name: string, type: string}>} fields keyed by lower-case name
 * @property {Map<string, string>} children child relationship (lower-case) → child object name
 * @property {boolean} [open] its fields and children are known only in part (a project without a
 *   stub): a standard or managed field missing from `fields` is not reported
 */

/** Object and field lookups over force-app plus the stub. */
export class Schema {
    constructor() {
        /** @type {Map<string, SObjectInfo>} */
        this.objects = new Map();
        /** Where standard and managed objects are declared, as messages name it. */
        this.source = STUB_FILE;
        /** Whether a standard or managed object missing from {@link source} is unverifiable. */
        this.openWorld = false;
    }

    /**
     * Whether nothing can be said about an object name: the project has no stub, and the name is
     * a standard or managed-package object that neither force-app nor the reference declares.
     * @param {string} name object API name
     * @returns {boolean}
     */
    isUnverifiable(name) {
        return (
            this.openWorld &&
            !this.object(name) &&
            (customSuffix(name) === '' || NAMESPACED.test(name))
        );
    }

    /**
     * Returns the object, creating it when `origin` is given.
     * @param {string} name object API name
     * @param {string} [origin] where it is declared, to create it
     * @returns {SObjectInfo | undefined}
     */
    object(name, origin) {
        const key = name.toLowerCase();
        if (!this.objects.has(key) && origin) {
            this.objects.set(key, { name, origin, fields: new Map(), children: new Map() });
        }
        return this.objects.get(key);
    }

    /**
     * Adds a field (or a relationship, whose type is the target object) to an object.
     * @param {string} objectName object API name
     * @param {string} fieldName field API name
     * @param {string} type Apex type, or the referenced object's name
     */
    addField(objectName, fieldName, type) {
        this.object(objectName).fields.set(fieldName.toLowerCase(), { name: fieldName, type });
    }

    /**
     * Looks a field up.
     * @param {string} objectName object API name
     * @param {string} fieldName field API name
     * @returns {{name: string, type: string} | undefined}
     */
    field(objectName, fieldName) {
        return this.object(objectName)?.fields.get(fieldName.toLowerCase());
    }

    /**
     * The object a child relationship of `objectName` leads to.
     * @param {string} objectName parent object
     * @param {string} relationship child relationship name, e.g. `OrderItems`
     * @returns {string | undefined}
     */
    child(objectName, relationship) {
        return this.object(objectName)?.children.get(relationship.toLowerCase());
    }

    /**
     * Follows a field path (`Account.Owner.Name`) from an object.
     * @param {string} objectName where the path starts
     * @param {string[]} segments field and relationship names
     * @returns {{ type?: string, missing?: string }} the last field's type (undefined when the
     *   path leaves the known schema through a polymorphic or compound field), or a message
     *   naming the first segment that does not exist
     */
    resolvePath(objectName, segments) {
        let current = objectName;
        for (let i = 0; i < segments.length; i++) {
            const info = this.object(current);
            if (!info) {
                return {};
            }
            const field = info.fields.get(segments[i].toLowerCase());
            if (!field && info.open && !LOCAL_CUSTOM_FIELD.test(segments[i])) {
                return {}; // a standard or managed field of an object known only in part
            }
            if (!field) {
                const hint = this.suggestField(current, segments[i]);
                return {
                    missing:
                        `${info.name}.${segments[i]} is in neither force-app nor ${this.source}` +
                        (hint ? `; did you mean ${hint}?` : '')
                };
            }
            if (i === segments.length - 1) {
                return { type: field.type };
            }
            if (!this.object(field.type)) {
                return {};
            }
            current = field.type;
        }
        return {};
    }

    /**
     * The message for an object that is nowhere.
     * @param {string} objectName the unknown name
     * @returns {string}
     */
    unknownObject(objectName) {
        const hint = this.suggestObject(objectName);
        return (
            `object ${objectName} is neither in force-app nor in ${this.source}` +
            (hint ? ` (did you mean ${hint}?)` : '')
        );
    }

    /**
     * The closest known field name, for "did you mean" hints.
     * @param {string} objectName object API name
     * @param {string} fieldName the unknown name
     * @returns {string | undefined}
     */
    suggestField(objectName, fieldName) {
        const names = [...(this.object(objectName)?.fields.values() ?? [])].map((f) => f.name);
        return closest(fieldName, names);
    }

    /**
     * The closest known object name.
     * @param {string} objectName the unknown name
     * @returns {string | undefined}
     */
    suggestObject(objectName) {
        return closest(
            objectName,
            [...this.objects.values()].map((o) => o.name)
        );
    }
}

function closest(name, candidates) {
    const target = name.toLowerCase();
    let best;
    let bestDistance = Math.max(2, Math.floor(target.length / 4)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(target, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}

/**
 * The suffix (`__c`, `__e`, `__mdt`, …) of a custom API name, or '' for standard names.
 * @param {string} name API name
 * @returns {string}
 */
export function customSuffix(name) {
    const match = /(__[a-z]+)$/i.exec(name);
    return match ? match[1].toLowerCase() : '';
}

/**
 * Loads force-app's objects and fields and the stub into one schema.
 * @param {string} root project root
 * @returns {{ schema: Schema, problems: Array<{file: string, line: number, message: string}> }}
 */
export function loadSchema(root) {
    const schema = new Schema();
    const problems = [];
    if (!loadStub(root, schema, problems)) {
        loadReference(root, schema);
    }
    const lookups = [];
    lookups.problems = problems;
    lookups.deployed = new Set(
        sourceFiles(root, (f) => /\.(field|object)-meta\.xml$/.test(f)).map((f) => path.resolve(f))
    );
    for (const objectDir of metadataFolders(root, 'objects')) {
        loadObjectDir(root, objectDir, schema, lookups);
    }
    // Second pass: a lookup's target may be declared after the field that points at it.
    for (const lookup of lookups) {
        const parent = schema.object(lookup.referenceTo);
        const metadataEntity =
            lookup.type === 'MetadataRelationship' &&
            METADATA_ENTITIES.has(lookup.referenceTo.toLowerCase());
        if (!parent && !metadataEntity && !schema.isUnverifiable(lookup.referenceTo)) {
            problems.push({
                file: lookup.file,
                line: 0,
                message: `lookup ${lookup.objectName}.${lookup.fieldName} points at object ${lookup.referenceTo}, which is neither in force-app nor in ${schema.source}`
            });
        } else if (parent && lookup.relationshipName) {
            parent.children.set(`${lookup.relationshipName}__r`.toLowerCase(), lookup.objectName);
        }
    }
    return { schema, problems };
}

/**
 * Loads the project's stub; false when the project has none.
 * @returns {boolean}
 */
function loadStub(root, schema, problems) {
    const file = path.join(root, STUB_FILE);
    if (!fs.existsSync(file)) {
        return false;
    }
    let stub;
    try {
        stub = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
        problems.push({ file, line: 1, message: `stub is not valid JSON: ${error.message}` });
        return true;
    }
    const referenceFile = path.join(root, REFERENCE_FILE);
    const reference = fs.existsSync(referenceFile)
        ? JSON.parse(fs.readFileSync(referenceFile, 'utf8')).objects
        : undefined;
    const text = fs.readFileSync(file, 'utf8');
    for (const [objectName, info] of Object.entries(stub.objects ?? {})) {
        if (reference) {
            problems.push(...compareWithReference(file, text, objectName, info, reference));
        }
        if (typeof info?.fields !== 'object') {
            problems.push({ file, line: 1, message: `stub object ${objectName} has no "fields"` });
            continue;
        }
        schema.object(objectName, STUB_FILE);
        for (const [fieldName, type] of Object.entries(info.fields)) {
            schema.addField(objectName, fieldName, String(type));
        }
        for (const [relationship, child] of Object.entries(info.childRelationships ?? {})) {
            schema.object(objectName).children.set(relationship.toLowerCase(), child);
        }
    }
    return true;
}

/**
 * For a project without a stub: every object of the reference (the project's own, else this
 * repository's), and unverifiable names for the standard and managed objects it lacks.
 */
function loadReference(root, schema) {
    const own = path.join(root, REFERENCE_FILE);
    const file = fs.existsSync(own) ? own : VENDORED_REFERENCE;
    const { objects } = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [objectName, info] of Object.entries(objects ?? {})) {
        // Org versions and features vary (Account.Tradestyle exists only with Data.com), so the
        // reference lists fields that exist, not every field: its objects are open.
        schema.object(objectName, REFERENCE_FILE).open = true;
        for (const [fieldName, type] of Object.entries(info.fields ?? {})) {
            schema.addField(objectName, fieldName, String(type));
        }
    }
    schema.source = `${REFERENCE_FILE} (the project has no ${STUB_FILE})`;
    schema.openWorld = true;
}

/**
 * A stub entry must match the reference read from real orgs: same object, same field name, same
 * type. A field the reference lacks needs a source in the object's `"verified"` map.
 */
function compareWithReference(file, text, objectName, info, reference) {
    const problems = [];
    const line = lineOf(text, `"${objectName}"`);
    const known = reference[objectName];
    if (!known) {
        if (!info?.verified?.['*']) {
            problems.push({
                file,
                line,
                message: `stub object ${objectName} is not in ${REFERENCE_FILE}; check the name, or give its source under "verified": {"*": "…"}`
            });
        }
        return problems;
    }
    for (const [fieldName, type] of Object.entries(info?.fields ?? {})) {
        const expected = known.fields[fieldName];
        const source = info.verified?.[fieldName];
        if (expected === undefined && !source) {
            const hint = closest(fieldName, Object.keys(known.fields));
            problems.push({
                file,
                line: lineOf(text, `"${fieldName}"`, text.indexOf(`"${objectName}"`)),
                message:
                    `stub field ${objectName}.${fieldName} is not in ${REFERENCE_FILE}` +
                    (hint ? ` (did you mean ${hint}?)` : '; give its source under "verified"')
            });
        } else if (expected !== undefined && expected !== type) {
            problems.push({
                file,
                line: lineOf(text, `"${fieldName}"`, text.indexOf(`"${objectName}"`)),
                message: `stub field ${objectName}.${fieldName} has type ${type}; real orgs say ${expected}`
            });
        }
    }
    return problems;
}

function lineOf(text, needle, from = 0) {
    const index = text.indexOf(needle, Math.max(0, from));
    return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

function loadObjectDir(root, objectDir, schema, lookups) {
    const objectName = path.basename(objectDir);
    const origin = path.relative(root, objectDir).split(path.sep).join('/');
    const suffix = customSuffix(objectName);
    const declared = lookups.deployed.has(path.join(objectDir, `${objectName}.object-meta.xml`));
    // A standard object's folder only extends it (new fields); it must still be in the stub.
    // Without a stub, a standard object the reference lacks is known only by those fields.
    if (schema.isUnverifiable(objectName) && !NAMESPACED.test(objectName)) {
        schema.object(objectName, origin).open = true;
    } else if (suffix || declared) {
        schema.object(objectName, origin);
        for (const [name, type] of Object.entries(IMPLICIT_FIELDS[suffix] ?? {})) {
            schema.addField(objectName, name, type);
        }
    }
    const fieldsDir = path.join(objectDir, 'fields');
    if (!fs.existsSync(fieldsDir)) {
        return;
    }
    for (const fileName of fs.readdirSync(fieldsDir).sort()) {
        const file = path.join(fieldsDir, fileName);
        if (!fileName.endsWith('.field-meta.xml') || !lookups.deployed.has(file)) {
            continue;
        }
        const fieldName = fileName.replace(/\.field-meta\.xml$/, '');
        const field = parseField(file);
        if (!schema.object(objectName)) {
            lookups.problems.push({
                file,
                line: 0,
                message: `field on ${objectName}, a standard object not declared in ${STUB_FILE}; add the object there`
            });
            continue;
        }
        schema.addField(objectName, fieldName, apexTypeOf(field));
        if (field.referenceTo && fieldName.toLowerCase().endsWith('__c')) {
            const relationship = fieldName.replace(/__c$/i, '__r');
            schema.addField(objectName, relationship, field.referenceTo);
            lookups.push({
                file,
                objectName,
                fieldName,
                type: field.type,
                referenceTo: field.referenceTo,
                relationshipName: field.relationshipName
            });
        }
    }
}

function parseField(file) {
    try {
        return xml.parse(fs.readFileSync(file, 'utf8'))?.CustomField ?? {};
    } catch {
        return {}; // malformed XML is the metadata checker's finding, not this one's
    }
}

const APEX_TYPES = {
    Checkbox: 'Boolean',
    Currency: 'Decimal',
    Number: 'Decimal',
    Percent: 'Decimal',
    Date: 'Date',
    DateTime: 'Datetime',
    Time: 'Time',
    Lookup: 'Id',
    MasterDetail: 'Id',
    MetadataRelationship: 'String',
    Location: 'Location'
};

function apexTypeOf(field) {
    return APEX_TYPES[field.type] ?? 'String';
}
