/**
 * `npm run check:metadata`: every `*-meta.xml` in the package directories is a valid Metadata API
 * document, every source file that needs a metadata file has one, and the project's JSON
 * configuration matches the schemas `sf` uses.
 *
 * Per metadata file: well-formed XML; a root element that is a Metadata API type, in the
 * metadata namespace (or the Tooling API's, which tools write and orgs accept), and the type the file's suffix/folder stands for (per the
 * source-deploy-retrieve registry `sf` uses); only known child elements, recursively; enum,
 * boolean and number values as the WSDL declares them. The schema is derived at run time from
 * `@salesforce/types` (see lib/metadata-schema.mjs). Files `.forceignore` excludes never reach an
 * org and are skipped (lib/project.mjs leaves them out for every checker).
 *
 * Why: `sf project convert source` and `deploy` pass most of these mistakes straight through
 * (an unknown element, `Currancy`, `maybe`) or, for a class without its `.cls-meta.xml`, drop the
 * component without a word; the org then rejects or silently lacks it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { finding, lineOfOffset } from './lib/findings.mjs';
import { packageDirectories, readText, sourceFiles } from './lib/project.mjs';
import { isMetadataType, loadMetadataSchema } from './lib/metadata-schema.mjs';
import { splitSuffix, typeOfSource } from './lib/metadata-registry.mjs';
import { readXml } from './lib/metadata-xml.mjs';
import { validateComplex } from './lib/metadata-validate.mjs';
import { checkProjectJson } from './lib/metadata-json.mjs';

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';
/**
 * The namespace the Tooling API and tools built on it (VS Code's Salesforce extensions, the
 * Developer Console) write into new metadata files; `sf` and orgs deploy it like the other.
 */
export const TOOLING_NAMESPACE = 'urn:metadata.tooling.soap.sforce.com';
const NAMESPACES = new Set([METADATA_NAMESPACE, TOOLING_NAMESPACE]);
// Our own custom objects. A managed-package object (`ns__Name__c`) is not ours: a folder for it
// only adds fields, and shipping its .object-meta.xml would overwrite the package's settings.
const CUSTOM_OBJECT = /^(?![A-Za-z][A-Za-z0-9]*__[A-Za-z0-9_]+__[a-z]+$).+__(c|e|mdt|b|x)$/;
const CONTENT_WITH_META = { cls: 'ApexClass', trigger: 'ApexTrigger' };

/**
 * Runs the metadata check on a project.
 * @param {{ root: string }} options project root
 * @returns {Promise<{ findings: import('./lib/findings.mjs').Finding[], summary: string }>}
 */
export async function run({ root }) {
    const schema = loadMetadataSchema();
    const json = checkProjectJson(root, schema);
    const findings = [...json.findings];
    if (!json.projectReadable) {
        return { findings, summary: 'sfdx-project.json unreadable, nothing else checked' };
    }
    const counts = { meta: 0, apex: 0, bundles: 0 };
    for (const packageDir of packageDirectories(root)) {
        const files = sourceFiles(root, (file) => isInside(packageDir, file));
        for (const file of files.filter((f) => f.endsWith('-meta.xml'))) {
            counts.meta++;
            findings.push(...checkMetadataFile(root, file, packageDir, schema));
        }
        counts.apex += checkApexPairs(root, files, findings);
        counts.bundles += checkBundles(root, files, findings);
        checkObjectFolders(root, files, findings);
    }
    const summary =
        `${counts.meta} metadata file(s), ${counts.apex} Apex source(s), ` +
        `${counts.bundles} LWC bundle(s), ${json.checked} JSON config file(s); schema ${schema.source}`;
    return { findings, summary };
}

function isInside(dir, file) {
    const rel = path.relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * Checks one metadata file.
 * @param {string} root project root
 * @param {string} file absolute path of a `*-meta.xml`
 * @param {string} packageDir its package directory
 * @param {import('./lib/metadata-schema.mjs').MetadataSchema} schema metadata schema
 * @returns {import('./lib/findings.mjs').Finding[]}
 */
export function checkMetadataFile(root, file, packageDir, schema) {
    const text = readText(file);
    const wellFormed = XMLValidator.validate(text);
    if (wellFormed !== true) {
        const { line, col, msg } = wellFormed.err;
        return [finding(root, file, line, 'xml-wellformed', `malformed XML: ${msg}`, col)];
    }
    const tree = readXml(text);
    if (!tree) {
        return [finding(root, file, 1, 'xml-wellformed', 'no root element')];
    }
    const problems = [];
    const report = (offset, rule, message) => problems.push({ offset, rule, message });
    const { base, suffix } = splitSuffix(path.basename(file));
    const type = typeOfSource(file, packageDir);
    const expected = type && (type.name === 'Settings' ? `${base}Settings` : type.name);
    if (!type) {
        report(
            tree.offset,
            'unknown-suffix',
            `no metadata type uses the suffix .${suffix}-meta.xml, so sf cannot convert or ` +
                'deploy this file (TypeInferenceError); check the suffix and folder'
        );
    }
    if (!NAMESPACES.has(tree.attrs.xmlns)) {
        const found = tree.attrs.xmlns === undefined ? 'none' : `"${tree.attrs.xmlns}"`;
        report(
            tree.offset,
            'xml-namespace',
            `<${tree.name}> must declare xmlns="${METADATA_NAMESPACE}" (found ${found}); ` +
                `the Tooling API's xmlns="${TOOLING_NAMESPACE}" is accepted too`
        );
    }
    if (expected && tree.name !== expected) {
        report(
            tree.offset,
            'root-mismatch',
            `a .${suffix}-meta.xml file here holds a ${expected}, but the root element is <${tree.name}>`
        );
    } else if (isMetadataType(schema, tree.name)) {
        validateComplex(schema, tree, tree.name, problems);
    } else if (!type) {
        report(tree.offset, 'unknown-root', `<${tree.name}> is not a Metadata API type`);
    }
    // A type the registry knows but @salesforce/types does not yet: only its root is checked.
    return problems.map((p) =>
        finding(
            root,
            file,
            lineOfOffset(text, p.offset),
            p.rule,
            p.message,
            columnOf(text, p.offset)
        )
    );
}

function columnOf(text, offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
}

/** Every `.cls`/`.trigger` needs its `-meta.xml`; without it convert and deploy drop it silently. */
function checkApexPairs(root, files, findings) {
    const present = new Set(files);
    let count = 0;
    for (const file of files) {
        const split = splitSuffix(path.basename(file));
        const typeName = split && !split.isMeta ? CONTENT_WITH_META[split.suffix] : undefined;
        if (!typeName) {
            continue;
        }
        count++;
        if (!present.has(`${file}-meta.xml`)) {
            findings.push(
                finding(
                    root,
                    file,
                    0,
                    'missing-meta',
                    `${typeName} ${split.base} has no ${path.basename(file)}-meta.xml beside it; ` +
                        'sf convert/deploy silently leave it out. Add one with <apiVersion> and <status>Active</status>'
                )
            );
        }
    }
    return count;
}

/** Every folder under an `lwc` directory is a bundle and needs `<name>.js-meta.xml`. */
function checkBundles(root, files, findings) {
    const bundles = new Map();
    for (const file of files) {
        const dir = path.dirname(file);
        const name = path.basename(dir);
        if (path.basename(path.dirname(dir)) === 'lwc' && !/^[._]/.test(name)) {
            bundles.set(dir, name);
        }
    }
    for (const [dir, name] of bundles) {
        if (!fs.existsSync(path.join(dir, `${name}.js-meta.xml`))) {
            findings.push(
                finding(
                    root,
                    dir,
                    0,
                    'missing-meta',
                    `LWC bundle ${name} has no ${name}.js-meta.xml; without it the component cannot be deployed`
                )
            );
        }
    }
    return bundles.size;
}

/** A custom object's folder (`objects/Invoice__c/`) needs `Invoice__c.object-meta.xml`. */
function checkObjectFolders(root, files, findings) {
    const folders = new Set();
    for (const file of files) {
        const rel = file.split(path.sep);
        const at = rel.lastIndexOf('objects');
        if (at >= 0 && at < rel.length - 2 && CUSTOM_OBJECT.test(rel[at + 1])) {
            folders.add(rel.slice(0, at + 2).join(path.sep));
        }
    }
    for (const folder of folders) {
        const name = path.basename(folder);
        if (!fs.existsSync(path.join(folder, `${name}.object-meta.xml`))) {
            findings.push(
                finding(
                    root,
                    folder,
                    0,
                    'missing-meta',
                    `custom object ${name} has no ${name}.object-meta.xml; its fields would deploy to an object that does not exist`
                )
            );
        }
    }
}
