/**
 * Which metadata type a source file holds, worked out the way `sf` does it: from the registry of
 * `@salesforce/source-deploy-retrieve` (the library behind `sf project convert/deploy`), not from a
 * hand-kept list. A file under a strict directory (`lwc/`, `objects/`, `staticresources/`, …)
 * takes that directory's type or one of its child types; any other file is typed by its suffix
 * (`Invoice.flow-meta.xml` → `flow` → Flow).
 */
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * @typedef {object} SourceType
 * @property {string} name metadata type, e.g. `CustomField`
 * @property {string} [parent] the parent type of a child type, e.g. `CustomObject`
 * @property {string} [adapter] SDR adapter (`bundle`, `matchingContentFile`, `decomposed`, …)
 * @property {boolean} inFolder whether components live in folders (reports, documents, …)
 * @property {string} [directoryName] the type's (or, for a child type, its parent's) folder name
 */

let registry;

/**
 * The SDR metadata registry, loaded once per process.
 * @returns {{ types: object, suffixes: Record<string, string>, strictDirectoryNames: Record<string, string>, childSuffixes: Map<string, {type: object, parent: object}> }}
 */
export function metadataRegistry() {
    if (!registry) {
        const raw = require('@salesforce/source-deploy-retrieve/lib/src/registry/metadataRegistry.json');
        const childSuffixes = new Map();
        for (const parent of Object.values(raw.types)) {
            for (const child of Object.values(parent.children?.types ?? {})) {
                for (const suffix of [child.suffix, child.legacySuffix].filter(Boolean)) {
                    if (!childSuffixes.has(suffix)) {
                        childSuffixes.set(suffix, { type: child, parent });
                    }
                }
            }
        }
        registry = { ...raw, childSuffixes };
    }
    return registry;
}

/**
 * Splits `Invoice__c.Amount__c.field-meta.xml` into its base name and suffix.
 * @param {string} fileName file name without folders
 * @returns {{ base: string, suffix: string, isMeta: boolean } | undefined}
 */
export function splitSuffix(fileName) {
    const meta = /^(.+)\.([^.]+)-meta\.xml$/.exec(fileName);
    if (meta) {
        return { base: meta[1], suffix: meta[2], isMeta: true };
    }
    const plain = /^(.+)\.([^.]+)$/.exec(fileName);
    return plain ? { base: plain[1], suffix: plain[2], isMeta: false } : undefined;
}

function describe(type, parent) {
    return {
        name: type.name,
        parent: parent?.name,
        adapter: (parent ?? type).strategies?.adapter,
        inFolder: Boolean(type.inFolder),
        directoryName: (parent ?? type).directoryName
    };
}

/**
 * The metadata type of a source file, or undefined when no type claims it.
 * @param {string} file absolute path
 * @param {string} packageDir absolute package directory holding it
 * @returns {SourceType | undefined}
 */
export function typeOfSource(file, packageDir) {
    const reg = metadataRegistry();
    const parts = path.relative(packageDir, file).split(path.sep);
    const split = splitSuffix(parts[parts.length - 1]);
    if (!split) {
        return undefined;
    }
    const { suffix } = split;
    for (let i = parts.length - 2; i >= 0; i--) {
        const strictId = reg.strictDirectoryNames[parts[i]];
        if (!strictId) {
            continue;
        }
        const type = reg.types[strictId];
        if (type.suffix === suffix || type.legacySuffix === suffix) {
            return describe(type);
        }
        const childId = type.children?.suffixes?.[suffix];
        if (childId) {
            return describe(type.children.types[childId], type);
        }
        if (!type.suffix) {
            return describe(type); // bundles: every file in the folder belongs to the bundle
        }
        break;
    }
    const id = reg.suffixes[suffix];
    if (id && reg.types[id]) {
        return describe(reg.types[id]);
    }
    const child = reg.childSuffixes.get(suffix);
    return child ? describe(child.type, child.parent) : undefined;
}

/**
 * The component's full name as it appears in package.xml: `Invoice__c.Amount__c` for a field,
 * `errorPanel` for any file of that bundle, `Folder/Name` for a report, the base name otherwise.
 * Undefined for a file that sits directly in a bundle type's folder (`lwc/jsconfig.json`), which
 * belongs to no component.
 * @param {string} file absolute path
 * @param {string} packageDir package directory
 * @param {SourceType} type what {@link typeOfSource} returned
 * @returns {string | undefined}
 */
export function fullNameOf(file, packageDir, type) {
    const parts = path.relative(packageDir, file).split(path.sep);
    const { base } = splitSuffix(parts[parts.length - 1]);
    const dirIndex = parts.lastIndexOf(type.directoryName, parts.length - 2);
    const nested = dirIndex >= 0 && dirIndex < parts.length - 2;
    if (type.adapter === 'bundle') {
        return nested ? parts[dirIndex + 1] : undefined;
    }
    if (type.adapter === 'mixedContent' && !type.inFolder) {
        return nested ? parts[dirIndex + 1] : base; // static resource folder or file
    }
    if (type.parent && nested) {
        return `${parts[dirIndex + 1]}.${base}`; // Invoice__c.Amount__c
    }
    if (type.inFolder && nested) {
        return [...parts.slice(dirIndex + 1, -1), base].join('/');
    }
    return base;
}
