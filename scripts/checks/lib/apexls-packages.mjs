/**
 * Managed packages for apex-ls, generated from the real-org reference schema.
 *
 * apex-ls resolves a namespace declared in `sfdx-project.json` → `plugins.dependencies` as
 * `{ "namespace": "SBQQ", "path": "<dir>" }` from the SFDX project in `<dir>`. Without a path it
 * "ghosts" the namespace and accepts any name in it, so a typo in `SBQQ__Orderd__c` would pass.
 * This module writes one such project per namespace found in
 * `config/schema-reference/org-sobjects.json` (SBQQ, ccrz, blng): the package's own objects and
 * its fields on other objects, each with the Apex type real orgs report, so Apex is type-checked
 * against the packages' real fields.
 *
 * The reference lists fields as Apex types (`String`, `Id`, `Decimal`, …) and relationships as the
 * object they point to (`ccrz__Account__r: Account`); a field's metadata type is chosen so that
 * apex-ls gives it that Apex type. Fields that carry no namespace (an org's own additions to a
 * package object) are left out: they are not the package's.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { publish, stagingFor } from './cache-dir.mjs';

/** `ns__Name__c`: a managed-package name; group 1 is the namespace, group 2 the local name. */
const MANAGED_NAME = /^([A-Za-z][A-Za-z0-9]*)__([A-Za-z0-9_]+__c)$/;

const FIELD_XML = {
    String: '<type>Text</type>\n    <length>255</length>',
    Boolean: '<type>Checkbox</type>\n    <defaultValue>false</defaultValue>',
    Decimal: '<type>Number</type>\n    <precision>18</precision>\n    <scale>2</scale>',
    Double: '<type>Number</type>\n    <precision>18</precision>\n    <scale>2</scale>',
    Integer: '<type>Number</type>\n    <precision>18</precision>\n    <scale>0</scale>',
    Date: '<type>Date</type>',
    Datetime: '<type>DateTime</type>',
    Time: '<type>Time</type>'
};

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Splits the reference schema into one package per namespace.
 * @param {{objects: Record<string, {fields: Record<string, string>}>}} reference parsed JSON
 * @returns {Map<string, {objects: Map<string, {own: boolean, fields: Map<string, string>}>}>}
 *   namespace → object API name → whether the package owns the object, and its
 *   namespaced fields as local name → metadata XML body
 */
export function packagesFromReference(reference) {
    const packages = new Map();
    const packageOf = (namespace) => {
        if (!packages.has(namespace)) {
            packages.set(namespace, { objects: new Map() });
        }
        return packages.get(namespace);
    };
    const objectIn = (namespace, objectName, own) => {
        const objects = packageOf(namespace).objects;
        if (!objects.has(objectName)) {
            objects.set(objectName, { own, fields: new Map() });
        }
        return objects.get(objectName);
    };

    for (const [objectName, { fields }] of Object.entries(reference.objects)) {
        const objectNamespace = MANAGED_NAME.exec(objectName)?.[1];
        if (objectNamespace) {
            objectIn(objectNamespace, objectName, true);
        }
        for (const [fieldName, apexType] of Object.entries(fields)) {
            const field = MANAGED_NAME.exec(fieldName);
            if (!field) {
                continue;
            }
            const [, namespace, localName] = field;
            const relationship = fields[`${fieldName.slice(0, -3)}__r`];
            const body = fieldBody(namespace, localName, apexType, relationship);
            if (body) {
                objectIn(namespace, objectName, objectNamespace === namespace).fields.set(
                    localName,
                    body
                );
            }
        }
    }
    return packages;
}

/**
 * The XML inside `<CustomField>` for one field, or null when it cannot be expressed.
 * @param {string} namespace the field's namespace
 * @param {string} localName name without the namespace, e.g. `Quote__c`
 * @param {string} apexType Apex type from the reference
 * @param {string} [relationship] type of the matching `__r` relationship, when there is one
 * @returns {string|null}
 */
function fieldBody(namespace, localName, apexType, relationship) {
    const label = escapeXml(localName.slice(0, -3).replace(/_/g, ' '));
    const head = `<fullName>${escapeXml(localName)}</fullName>\n    <label>${label}</label>`;
    if (apexType === 'Id' && relationship && relationship !== 'SObject') {
        // A reference to an object of the same package is written without its namespace, as in
        // the package's own source.
        const target = relationship.startsWith(`${namespace}__`)
            ? relationship.slice(namespace.length + 2)
            : relationship;
        const relationshipName = `${localName.slice(0, -3)}_${crypto
            .createHash('sha1')
            .update(localName)
            .digest('hex')
            .slice(0, 6)}`;
        return (
            `${head}\n    <type>Lookup</type>\n    <referenceTo>${escapeXml(target)}</referenceTo>` +
            `\n    <relationshipName>${relationshipName}</relationshipName>` +
            '\n    <deleteConstraint>SetNull</deleteConstraint>'
        );
    }
    if (apexType === 'Id') {
        // An Id-typed field whose target real orgs do not report: text is the closest Apex type.
        return `${head}\n    <type>Text</type>\n    <length>18</length>`;
    }
    return FIELD_XML[apexType] ? `${head}\n    ${FIELD_XML[apexType]}` : null;
}

/**
 * The namespaces, each after those whose objects its fields sit on or point to (blng's fields on
 * SBQQ objects need SBQQ loaded first), ties in name order.
 * @param {ReturnType<typeof packagesFromReference>} packages from `packagesFromReference`
 * @returns {string[]}
 */
export function dependencyOrder(packages) {
    const needs = new Map();
    for (const [namespace, { objects }] of packages) {
        const on = new Set();
        for (const [objectName, { fields }] of objects) {
            on.add(MANAGED_NAME.exec(objectName)?.[1]);
            for (const body of fields.values()) {
                on.add(/<referenceTo>([A-Za-z0-9]+)__[A-Za-z0-9_]+__c</.exec(body)?.[1]);
            }
        }
        on.delete(namespace);
        on.delete(undefined);
        needs.set(
            namespace,
            [...on].filter((n) => packages.has(n))
        );
    }
    const ordered = [];
    const visit = (namespace, path = new Set()) => {
        if (ordered.includes(namespace) || path.has(namespace)) {
            return;
        }
        path.add(namespace);
        for (const needed of needs.get(namespace).sort((a, b) => a.localeCompare(b))) {
            visit(needed, path);
        }
        ordered.push(namespace);
    };
    for (const namespace of [...packages.keys()].sort((a, b) => a.localeCompare(b))) {
        visit(namespace);
    }
    return ordered;
}

/**
 * Writes each package as an SFDX project: `<dir>/<namespace>/sfdx-project.json` and
 * `metadata/objects/<Object>/…`, objects and fields without the package's own namespace.
 * @param {ReturnType<typeof packagesFromReference>} packages from `packagesFromReference`
 * @param {string} dir empty folder to write into
 * @param {string} apiVersion sourceApiVersion for the generated projects
 * @returns {{namespace: string, dir: string, objects: number, fields: number}[]}
 */
export function writePackages(packages, dir, apiVersion) {
    const written = [];
    for (const namespace of dependencyOrder(packages)) {
        const { objects } = packages.get(namespace);
        const packageDir = path.join(dir, namespace);
        fs.mkdirSync(packageDir, { recursive: true });
        const project = {
            packageDirectories: [{ path: 'metadata', default: true }],
            namespace,
            sourceApiVersion: apiVersion
        };
        fs.writeFileSync(
            path.join(packageDir, 'sfdx-project.json'),
            `${JSON.stringify(project, null, 2)}\n`
        );
        let fieldCount = 0;
        let objectCount = 0;
        for (const [objectName, { own, fields }] of objects) {
            const folderName = own ? objectName.slice(namespace.length + 2) : objectName;
            const objectDir = path.join(packageDir, 'metadata', 'objects', folderName);
            fs.mkdirSync(path.join(objectDir, 'fields'), { recursive: true });
            if (own) {
                objectCount++;
                fs.writeFileSync(
                    path.join(objectDir, `${folderName}.object-meta.xml`),
                    objectXml(folderName)
                );
            }
            for (const [localName, body] of fields) {
                fieldCount++;
                fs.writeFileSync(
                    path.join(objectDir, 'fields', `${localName}.field-meta.xml`),
                    '<?xml version="1.0" encoding="UTF-8"?>\n' +
                        '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
                        `    ${body}\n</CustomField>\n`
                );
            }
        }
        written.push({ namespace, dir: packageDir, objects: objectCount, fields: fieldCount });
    }
    return written;
}

function objectXml(localName) {
    const label = escapeXml(localName.slice(0, -3).replace(/_/g, ' '));
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
        `    <label>${label}</label>\n    <pluralLabel>${label}</pluralLabel>\n` +
        '    <nameField>\n        <label>Name</label>\n        <type>Text</type>\n    </nameField>\n' +
        '    <deploymentStatus>Deployed</deploymentStatus>\n' +
        '    <sharingModel>ReadWrite</sharingModel>\n</CustomObject>\n'
    );
}

/**
 * Generates (or reuses) the managed packages for a reference file under `cacheDir`.
 * @param {string} referenceFile the real-org reference schema (JSON)
 * @param {string} cacheDir where generated packages are kept
 * @param {string} apiVersion sourceApiVersion for the generated projects
 * @returns {{namespace: string, dir: string}[]}
 */
export function ensureManagedPackages(referenceFile, cacheDir, apiVersion) {
    const text = fs.readFileSync(referenceFile, 'utf8');
    const generator = fs.readFileSync(new URL(import.meta.url), 'utf8');
    const key = crypto
        .createHash('sha256')
        .update(text)
        .update(generator)
        .update(apiVersion)
        .digest('hex')
        .slice(0, 16);
    const dir = path.join(cacheDir, `managed-${key}`);
    const manifest = path.join(dir, 'packages.json');
    if (!fs.existsSync(manifest)) {
        const staging = stagingFor(dir);
        const written = writePackages(packagesFromReference(JSON.parse(text)), staging, apiVersion);
        const names = written.map(({ namespace }) => namespace);
        fs.writeFileSync(path.join(staging, 'packages.json'), JSON.stringify(names));
        publish(staging, dir, manifest);
    }
    const names = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    return names.map((namespace) => ({ namespace, dir: path.join(dir, namespace) }));
}
