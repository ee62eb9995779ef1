/**
 * The Metadata API schema, derived at run time from `@salesforce/types` (`lib/metadata.d.ts`, the
 * Metadata WSDL written out as TypeScript types) with the TypeScript compiler's parser. Nothing
 * here is hand-typed, so a new WSDL version only needs a new `@salesforce/types`.
 *
 * The d.ts uses four shapes, all of which are read:
 *   type FieldType = 'Text' | 'Currency' | …;           → an enum
 *   type CustomField = Metadata & { label?: string; … }  → a complex type with a base type
 *   type LookupFilter = { filterItems: FilterItem[]; … }  → a complex type
 *   type DocumentFolder = Folder;  type X = string;      → an alias
 *
 * The derived schema is cached in memory per process and on disk under
 * `node_modules/.cache/sfdx-checks/`, keyed by the d.ts size and modification time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CACHE_FORMAT = 1;
/** @type {typeof import('typescript')} */
let ts;

/**
 * A field of a complex type: `type` is `string`, `number`, `boolean`, `any`, an enum name or a
 * complex type name; `array` when the element may repeat.
 * @typedef {{ type: string, array: boolean }} FieldSpec
 */

/**
 * @typedef {object} MetadataSchema
 * @property {Record<string, { base?: string, fields: Record<string, FieldSpec> }>} types
 * @property {Record<string, string[]>} enums enum name → allowed values
 * @property {Record<string, string>} aliases alias name → target type name or primitive
 * @property {string} source where the schema came from, e.g. `@salesforce/types@1.9.0`
 */

/**
 * Enum values the server accepts and real, deployable source uses, but `@salesforce/types` leaves
 * out of its string unions. Kept to values seen in retrieved metadata, each with where it occurs.
 */
const EXTRA_ENUM_VALUES = {
    // ExperienceBundle <type> and CustomSite <siteType> of Experience Cloud (community) sites
    SiteType: ['ChatterNetwork', 'ChatterNetworkPicasso']
};

/**
 * Fields the server accepts and deployable source uses, but `@salesforce/types` leaves out: its
 * d.ts is generated from one org's WSDL, which lacks the fields of features that org does not
 * have. Kept to fields seen in source that deploys, each with where it occurs.
 */
const EXTRA_FIELDS = {
    // In @salesforce/types 1.7.1, dropped from 1.9.0; trailheadapps/ebikes-lwc E_Bikes.site-meta.xml
    CustomSite: { allowGuestPaymentsApi: { type: 'boolean', array: false } }
};

let memo;

/**
 * Loads the schema: from memory, else from the disk cache, else by parsing the d.ts.
 * @returns {MetadataSchema}
 */
export function loadMetadataSchema() {
    if (memo) {
        return memo;
    }
    const dts = path.join(
        path.dirname(require.resolve('@salesforce/types/metadata')),
        'metadata.d.ts'
    );
    const version = readVersion(dts);
    const stat = fs.statSync(dts);
    const key = `${CACHE_FORMAT}-${version}-${stat.size}-${Math.floor(stat.mtimeMs)}`;
    const cacheFile = cachePath(dts, key);
    let schema = readCache(cacheFile, key);
    if (!schema) {
        schema = parseMetadataTypes(fs.readFileSync(dts, 'utf8'), `@salesforce/types@${version}`);
        writeCache(cacheFile, key, schema);
    }
    for (const [typeName, fields] of Object.entries(EXTRA_FIELDS)) {
        const type = schema.types[typeName];
        if (type) {
            type.fields = { ...fields, ...type.fields };
        }
    }
    for (const [name, values] of Object.entries(EXTRA_ENUM_VALUES)) {
        const known = schema.enums[name] ?? [];
        schema.enums[name] = [...known, ...values.filter((value) => !known.includes(value))];
    }
    memo = schema;
    return memo;
}

function readVersion(dts) {
    const manifest = path.join(path.dirname(dts), '..', 'package.json');
    try {
        return JSON.parse(fs.readFileSync(manifest, 'utf8')).version ?? 'unknown';
    } catch {
        return 'unknown';
    }
}

function cachePath(dts, key) {
    const marker = `${path.sep}node_modules${path.sep}`;
    const at = dts.lastIndexOf(marker);
    if (at < 0) {
        return undefined;
    }
    const modules = dts.slice(0, at + marker.length);
    return path.join(modules, '.cache', 'sfdx-checks', `metadata-schema-${key}.json`);
}

function readCache(file, key) {
    if (!file) {
        return undefined;
    }
    try {
        const cached = JSON.parse(fs.readFileSync(file, 'utf8'));
        return cached.key === key ? cached.schema : undefined;
    } catch {
        return undefined; // no cache yet, or a damaged one: derive again
    }
}

function writeCache(file, key, schema) {
    if (!file) {
        return;
    }
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, JSON.stringify({ key, schema }));
        fs.renameSync(temp, file); // atomic, so a concurrent run never reads half a file
    } catch {
        // A read-only node_modules only costs the next run the parse again.
    }
}

/**
 * Derives the schema from the text of `metadata.d.ts`.
 * @param {string} text the d.ts source
 * @param {string} source label for messages
 * @returns {MetadataSchema}
 */
export function parseMetadataTypes(text, source) {
    ts ??= require('typescript'); // loaded only when the disk cache misses
    const file = ts.createSourceFile('metadata.d.ts', text, ts.ScriptTarget.Latest, false);
    const schema = { types: {}, enums: {}, aliases: {}, source };
    for (const statement of file.statements) {
        if (!ts.isTypeAliasDeclaration(statement)) {
            continue;
        }
        const name = statement.name.text;
        const node = statement.type;
        if (ts.isUnionTypeNode(node) || ts.isLiteralTypeNode(node)) {
            const members = ts.isUnionTypeNode(node) ? node.types : [node];
            schema.enums[name] = members.map((member) => member.literal?.text ?? '');
        } else if (ts.isTypeLiteralNode(node)) {
            schema.types[name] = { fields: readFields(node, file) };
        } else if (ts.isIntersectionTypeNode(node)) {
            const base = node.types.find(ts.isTypeReferenceNode);
            const literal = node.types.find(ts.isTypeLiteralNode);
            schema.types[name] = {
                base: base?.typeName.getText(file),
                fields: literal ? readFields(literal, file) : {}
            };
        } else {
            schema.aliases[name] = typeName(node, file);
        }
    }
    return schema;
}

function readFields(literal, file) {
    const fields = {};
    for (const member of literal.members) {
        if (!ts.isPropertySignature(member) || !member.type) {
            continue;
        }
        const array = ts.isArrayTypeNode(member.type);
        const type = typeName(array ? member.type.elementType : member.type, file);
        fields[member.name.getText(file)] = { type, array };
    }
    return fields;
}

function typeName(node, file) {
    switch (node.kind) {
        case ts.SyntaxKind.StringKeyword:
            return 'string';
        case ts.SyntaxKind.NumberKeyword:
            return 'number';
        case ts.SyntaxKind.BooleanKeyword:
            return 'boolean';
        case ts.SyntaxKind.TypeReference: {
            const name = node.typeName.getText(file);
            return name === 'Date' ? 'string' : name; // xsd:date/dateTime values are text
        }
        default:
            return 'any'; // `any`, `unknown`: the WSDL leaves the content open
    }
}

/**
 * Follows aliases (`DocumentFolder = Folder`) to a complex type, enum or primitive name.
 * @param {MetadataSchema} schema the schema
 * @param {string} name a type name
 * @returns {string}
 */
export function resolveAlias(schema, name) {
    let current = name;
    for (let depth = 0; depth < 10 && schema.aliases[current]; depth++) {
        current = schema.aliases[current];
    }
    return current;
}

/**
 * The complex type `name` names (after aliases), or undefined for enums and primitives.
 * @param {MetadataSchema} schema the schema
 * @param {string} name a type name
 * @returns {{ name: string, base?: string, fields: Record<string, FieldSpec> } | undefined}
 */
export function complexType(schema, name) {
    const resolved = resolveAlias(schema, name);
    const type = schema.types[resolved];
    return type ? { name: resolved, ...type } : undefined;
}

/**
 * Looks a child element up on a complex type, following base types.
 * @param {MetadataSchema} schema the schema
 * @param {string} typeName complex type name
 * @param {string} element child element name
 * @returns {FieldSpec | undefined}
 */
export function fieldOf(schema, typeName, element) {
    let type = complexType(schema, typeName);
    for (let depth = 0; type && depth < 20; depth++) {
        if (Object.hasOwn(type.fields, element)) {
            return type.fields[element];
        }
        type = type.base ? complexType(schema, type.base) : undefined;
    }
    return undefined;
}

/**
 * All child element names a complex type allows (its own and its base types').
 * @param {MetadataSchema} schema the schema
 * @param {string} typeName complex type name
 * @returns {string[]}
 */
export function fieldNames(schema, typeName) {
    const names = [];
    let type = complexType(schema, typeName);
    for (let depth = 0; type && depth < 20; depth++) {
        names.push(...Object.keys(type.fields));
        type = type.base ? complexType(schema, type.base) : undefined;
    }
    return names;
}

/**
 * True when `typeName` is a Metadata API type, i.e. it derives from `Metadata`.
 * @param {MetadataSchema} schema the schema
 * @param {string} typeName candidate root element name
 * @returns {boolean}
 */
export function isMetadataType(schema, typeName) {
    if (typeName === 'Metadata') {
        return false; // the abstract base, never a file's root
    }
    let current = resolveAlias(schema, typeName);
    for (let depth = 0; depth < 20; depth++) {
        if (current === 'Metadata') {
            return true;
        }
        const type = schema.types[current];
        if (!type?.base) {
            return false;
        }
        current = resolveAlias(schema, type.base);
    }
    return false;
}
