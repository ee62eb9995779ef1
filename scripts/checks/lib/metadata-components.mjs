/**
 * The components a package directory's source should produce, worked out from the files
 * themselves (not from the converter whose output they are compared with): an ApexClass per
 * `.cls`, a LightningComponentBundle per `lwc/<name>/` folder, `Invoice__c.Amount__c` per field
 * file, a CustomLabel per `<labels>` entry, a CustomObject per custom object folder, and one
 * component per other metadata file, typed and named as the SDR registry says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { readText, sourceFiles } from './project.mjs';
import { fullNameOf, splitSuffix, typeOfSource } from './metadata-registry.mjs';
import { readXml } from './metadata-xml.mjs';

// Our own custom objects. A managed-package object (`ns__Name__c`) is not ours: a folder for it
// only adds fields, and shipping its .object-meta.xml would overwrite the package's settings.
const CUSTOM_OBJECT = /^(?![A-Za-z][A-Za-z0-9]*__[A-Za-z0-9_]+__[a-z]+$).+__(c|e|mdt|b|x)$/;

/**
 * @typedef {object} ExpectedComponent
 * @property {string} type metadata type, e.g. `ApexClass`
 * @property {string} name full name as package.xml lists it
 * @property {string} file the source file (or bundle folder) it comes from
 * @property {string} [hint] why it might be missing, when the source shows a reason
 */

/**
 * Lists the components a package directory should convert to, skipping `.forceignore`d files.
 * @param {string} root project root
 * @param {string} packageDir absolute package directory
 * @returns {ExpectedComponent[]}
 */
export function expectedComponents(root, packageDir) {
    const files = sourceFiles(root, (file) => isInside(packageDir, file));
    const present = new Set(files);
    const found = new Map();
    const add = (component) => {
        const key = `${component.type}:${component.name}`;
        if (!found.has(key)) {
            found.set(key, component);
        }
    };
    for (const file of files) {
        const type = typeOfSource(file, packageDir);
        const split = splitSuffix(path.basename(file));
        if (!type || !split) {
            continue;
        }
        const name = fullNameOf(file, packageDir, type);
        if (name === undefined) {
            continue;
        }
        if (type.adapter === 'bundle') {
            add({ type: type.name, name, file: bundleFolder(file, packageDir, type) });
        } else if (split.isMeta) {
            add({ type: type.name, name, file });
            if (type.name === 'CustomLabels') {
                labelNames(file).forEach((label) =>
                    add({ type: 'CustomLabel', name: label, file })
                );
            }
        } else if (type.adapter === 'matchingContentFile') {
            const meta = `${file}-meta.xml`;
            const hint = present.has(meta)
                ? undefined
                : `${path.basename(file)} has no ${path.basename(meta)}, and convert drops a source file without its metadata file`;
            add({ type: type.name, name, file, hint });
        }
        addCustomObject(file, packageDir, present, add);
    }
    return [...found.values()];
}

function isInside(dir, file) {
    const rel = path.relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function bundleFolder(file, packageDir, type) {
    const parts = path.relative(packageDir, file).split(path.sep);
    const at = parts.lastIndexOf(type.directoryName, parts.length - 2);
    return path.join(packageDir, ...parts.slice(0, at + 2));
}

/** A custom object folder stands for a CustomObject even when its `.object-meta.xml` is missing. */
function addCustomObject(file, packageDir, present, add) {
    const parts = path.relative(packageDir, file).split(path.sep);
    const at = parts.lastIndexOf('objects', parts.length - 3);
    if (at < 0 || !CUSTOM_OBJECT.test(parts[at + 1])) {
        return;
    }
    const name = parts[at + 1];
    const folder = path.join(packageDir, ...parts.slice(0, at + 2));
    const meta = path.join(folder, `${name}.object-meta.xml`);
    add({
        type: 'CustomObject',
        name,
        file: present.has(meta) ? meta : folder,
        hint: present.has(meta) ? undefined : `objects/${name} has no ${name}.object-meta.xml`
    });
}

function labelNames(file) {
    const text = readText(file);
    if (XMLValidator.validate(text) !== true) {
        return []; // malformed: check:metadata reports it
    }
    const root = readXml(text);
    return (root?.children ?? [])
        .filter((child) => child.name === 'labels')
        .map((label) => label.children.find((c) => c.name === 'fullName')?.text.trim())
        .filter(Boolean);
}

/**
 * Reads package.xml into type → member names.
 * @param {string} file path of package.xml
 * @returns {Map<string, Set<string>>}
 */
export function readPackageXml(file) {
    const packaged = new Map();
    if (!fs.existsSync(file)) {
        return packaged;
    }
    const root = readXml(readText(file));
    for (const types of (root?.children ?? []).filter((c) => c.name === 'types')) {
        const name = types.children.find((c) => c.name === 'name')?.text.trim();
        const members = types.children
            .filter((c) => c.name === 'members')
            .map((c) => c.text.trim());
        if (name) {
            packaged.set(name, new Set([...(packaged.get(name) ?? []), ...members]));
        }
    }
    return packaged;
}
