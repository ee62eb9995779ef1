/**
 * The `settings` block of a scratch org definition: each key names a Metadata API settings type
 * in camel case (`orderSettings` → OrderSettings) and `sf org create scratch` deploys it as that
 * type. The JSON schema accepts any object there, so this checks it against the settings types
 * derived from `@salesforce/types`: known settings, known fields, booleans, numbers and enums.
 * JSON values are converted to XML text on deploy, so `"true"` is as good as `true`.
 */
import { complexType, fieldNames, fieldOf, resolveAlias } from './metadata-schema.mjs';
import { closest } from './metadata-words.mjs';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Checks the scratch definition's `settings` object.
 * @param {import('./metadata-schema.mjs').MetadataSchema} schema metadata schema
 * @param {unknown} settings the `settings` value
 * @param {string} pointer JSON pointer of `settings`
 * @returns {Array<{ pointer: string, message: string }>}
 */
export function checkScratchSettings(schema, settings, pointer) {
    const problems = [];
    if (!isObject(settings)) {
        return [{ pointer, message: 'must be an object of settings types' }];
    }
    const known = Object.keys(schema.types)
        .filter((name) => name.endsWith('Settings'))
        .map((name) => name[0].toLowerCase() + name.slice(1));
    for (const [key, value] of Object.entries(settings)) {
        const typeName = key[0].toUpperCase() + key.slice(1);
        const where = `${pointer}/${key}`;
        if (!key.endsWith('Settings') || !complexType(schema, typeName)) {
            const hint = closest(key, known);
            problems.push({
                pointer: where,
                message:
                    `"${key}" is not a Metadata API settings type` +
                    (hint ? ` (did you mean "${hint}"?)` : '')
            });
            continue;
        }
        checkValue(schema, value, typeName, where, problems);
    }
    return problems;
}

function checkValue(schema, value, declared, pointer, problems) {
    const typeName = resolveAlias(schema, declared);
    if (typeName === 'any' || value === null) {
        return;
    }
    if (complexType(schema, typeName)) {
        if (!isObject(value)) {
            problems.push({ pointer, message: `must be an object (${typeName})` });
            return;
        }
        for (const [key, inner] of Object.entries(value)) {
            const spec = fieldOf(schema, typeName, key);
            const where = `${pointer}/${key}`;
            if (!spec) {
                const hint = closest(key, fieldNames(schema, typeName));
                problems.push({
                    pointer: where,
                    message:
                        `${typeName} has no field "${key}"` +
                        (hint ? ` (did you mean "${hint}"?)` : '')
                });
                continue;
            }
            const items = spec.array && Array.isArray(inner) ? inner : [inner];
            items.forEach((item, index) => {
                const itemPointer = items === inner ? `${where}/${index}` : where;
                checkValue(schema, item, spec.type, itemPointer, problems);
            });
        }
        return;
    }
    const text = typeof value === 'object' ? undefined : String(value);
    if (typeName === 'boolean' && text !== 'true' && text !== 'false') {
        problems.push({
            pointer,
            message: `must be true or false, found ${JSON.stringify(value)}`
        });
    } else if (typeName === 'number' && !(text && NUMBER.test(text))) {
        problems.push({ pointer, message: `must be a number, found ${JSON.stringify(value)}` });
    } else if (schema.enums[typeName] && !schema.enums[typeName].includes(text)) {
        const hint = closest(text ?? '', schema.enums[typeName]);
        problems.push({
            pointer,
            message:
                `${JSON.stringify(value)} is not a valid ${typeName}` +
                (hint ? ` (did you mean "${hint}"?)` : '')
        });
    } else if (typeName === 'string' && text === undefined) {
        problems.push({ pointer, message: `must be text, found ${JSON.stringify(value)}` });
    }
}

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
