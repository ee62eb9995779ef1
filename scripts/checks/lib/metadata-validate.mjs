/**
 * Checks a metadata file's element tree against the schema derived from `@salesforce/types`:
 * known child elements (following base types), single elements that repeat, enum values,
 * booleans, numbers, text where elements belong and elements where text belongs.
 *
 * Attributes are not elements: the WSDL declares none, so the only ones accepted are namespace
 * declarations and `xsi:type` / `xsi:nil` (custom metadata values use `xsi:type="xsd:string"`),
 * `fqn` on the root element (the component's name, written by Tooling API based tools and
 * ignored on deploy), plus those of the embedded LWC configuration below.
 */
import { complexType, fieldNames, fieldOf, resolveAlias } from './metadata-schema.mjs';
import { closest } from './metadata-words.mjs';
import { checkTargetConfigs } from './metadata-lwc.mjs';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const XSD_TYPES = {
    string: 'string',
    boolean: 'boolean',
    int: 'number',
    integer: 'number',
    long: 'number',
    short: 'number',
    double: 'number',
    float: 'number',
    decimal: 'number',
    date: 'string',
    dateTime: 'string',
    time: 'string',
    base64Binary: 'string',
    anyType: 'any'
};

/**
 * Elements the WSDL types as a string but whose source form is an XML fragment of its own. Each
 * maps to the checker for that fragment.
 */
const EMBEDDED_XML = {
    'LightningComponentBundle.targetConfigs': checkTargetConfigs
};

/**
 * @typedef {{ offset: number, rule: string, message: string }} Problem
 */

/**
 * Validates the children of `element` (the root, or any complex element) against `typeName`.
 * @param {import('./metadata-schema.mjs').MetadataSchema} schema the schema
 * @param {import('./metadata-xml.mjs').XmlElement} element the element whose content is checked
 * @param {string} typeName the complex type it holds
 * @param {Problem[]} problems collects what is wrong
 * @param {import('./metadata-xml.mjs').XmlElement} [root] the document's root element
 */
export function validateComplex(schema, element, typeName, problems, root = element) {
    checkAttributes(element, problems, element === root);
    if (element.text.trim() !== '') {
        problems.push({
            offset: element.offset,
            rule: 'unexpected-text',
            message: `<${element.name}> holds ${typeName} elements, not text ('${clip(element.text)}')`
        });
    }
    const seen = new Set();
    for (const child of element.children) {
        const spec = fieldOf(schema, typeName, child.name);
        if (!spec) {
            const hint = closest(child.name, fieldNames(schema, typeName));
            problems.push({
                offset: child.offset,
                rule: 'unknown-element',
                message:
                    `<${child.name}> is not an element of ${typeName}` +
                    (hint ? ` (did you mean <${hint}>?)` : '')
            });
            continue;
        }
        if (!spec.array && seen.has(child.name)) {
            problems.push({
                offset: child.offset,
                rule: 'duplicate-element',
                message: `<${child.name}> appears more than once in ${typeName} but holds a single value`
            });
        }
        seen.add(child.name);
        const embedded = EMBEDDED_XML[`${typeName}.${child.name}`];
        if (embedded) {
            embedded(child, root, problems);
            continue;
        }
        validateValue(
            schema,
            child,
            elementType(schema, child, spec.type),
            typeName,
            problems,
            root
        );
    }
}

/** The declared type, or the one `xsi:type` substitutes for it. */
function elementType(schema, element, declared) {
    const xsiType = element.attrs['xsi:type'];
    if (!xsiType) {
        return declared;
    }
    const local = xsiType.slice(xsiType.indexOf(':') + 1);
    if (xsiType.startsWith('xsd:') || xsiType.startsWith('xs:')) {
        return XSD_TYPES[local] ?? 'any';
    }
    return complexType(schema, local) ? local : declared;
}

function validateValue(schema, element, declared, parentType, problems, root) {
    if (element.attrs['xsi:nil'] === 'true') {
        return;
    }
    const typeName = resolveAlias(schema, declared);
    if (typeName === 'any') {
        return;
    }
    if (complexType(schema, typeName)) {
        validateComplex(schema, element, typeName, problems, root);
        return;
    }
    checkAttributes(element, problems);
    const where = `<${element.name}> in ${parentType}`;
    if (element.children.length > 0) {
        problems.push({
            offset: element.children[0].offset,
            rule: 'unexpected-element',
            message: `${where} holds a value, not elements; <${element.children[0].name}> does not belong here`
        });
        return;
    }
    const value = element.text.trim();
    if (typeName === 'boolean' && value !== 'true' && value !== 'false') {
        problems.push({
            offset: element.offset,
            rule: 'invalid-boolean',
            message: `${where} must be true or false, found '${clip(value)}'`
        });
    } else if (typeName === 'number' && !NUMBER.test(value)) {
        problems.push({
            offset: element.offset,
            rule: 'invalid-number',
            message: `${where} must be a number, found '${clip(value)}'`
        });
    } else if (schema.enums[typeName] && !schema.enums[typeName].includes(value)) {
        problems.push({
            offset: element.offset,
            rule: 'invalid-enum',
            message: `${where}: '${clip(value)}' is not a valid ${typeName} (${allowed(schema.enums[typeName], value)})`
        });
    }
}

function allowed(values, value) {
    const hint = closest(value, values);
    if (hint) {
        return `did you mean '${hint}'?`;
    }
    const list = values.slice(0, 12).join(', ');
    return `expected one of ${list}${values.length > 12 ? `, … (${values.length} values)` : ''}`;
}

function checkAttributes(element, problems, isRoot) {
    for (const name of Object.keys(element.attrs)) {
        if (name === 'xmlns' || /^(xmlns|xsi|xml):/.test(name) || (isRoot && name === 'fqn')) {
            continue;
        }
        problems.push({
            offset: element.offset,
            rule: 'unexpected-attribute',
            message: `<${element.name}> has attribute ${name}="${clip(element.attrs[name])}"; metadata values are written as child elements, not attributes`
        });
    }
}

/**
 * Shortens a value for a message.
 * @param {string} text any text
 * @returns {string}
 */
export function clip(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
