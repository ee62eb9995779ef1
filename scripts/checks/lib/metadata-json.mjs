/**
 * `sfdx-project.json` and `config/project-scratch-def.json` against the JSON schemas that ship
 * with `@salesforce/core` (the ones `sf` itself validates with), using Ajv. The scratch
 * definition's `settings` block is also checked against the Metadata API settings types from
 * `@salesforce/types`, which the JSON schema leaves open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { finding, lineOfOffset } from './findings.mjs';
import { JsonSyntaxError, locateJson, pointerText } from './metadata-json-locate.mjs';
import { checkScratchSettings } from './metadata-settings.mjs';
import { closest } from './metadata-words.mjs';

const require = createRequire(import.meta.url);

/** The project files checked, each with the schema file in `@salesforce/core/schemas`. */
export const PROJECT_JSON_FILES = [
    { file: 'sfdx-project.json', schema: 'sfdx-project.schema.json', required: true },
    { file: 'config/project-scratch-def.json', schema: 'project-scratch-def.schema.json' }
];

const validators = new Map();

function validatorFor(schemaFile) {
    if (!validators.has(schemaFile)) {
        const dir = path.join(packageRoot('@salesforce/core'), 'schemas');
        const schema = JSON.parse(fs.readFileSync(path.join(dir, schemaFile), 'utf8'));
        validators.set(schemaFile, new Ajv({ allErrors: true, strict: false }).compile(schema));
    }
    return validators.get(schemaFile);
}

/** The folder of an installed package (its `exports` may hide `package.json` from resolve). */
function packageRoot(name) {
    let dir = path.dirname(require.resolve(name));
    while (
        !fs.existsSync(path.join(dir, 'package.json')) ||
        !dir.endsWith(name.replace('/', path.sep))
    ) {
        const parent = path.dirname(dir);
        if (parent === dir) {
            throw new Error(`cannot find the folder of ${name}`);
        }
        dir = parent;
    }
    return dir;
}

/**
 * Validates the project's JSON configuration files.
 * @param {string} root project root
 * @param {import('./metadata-schema.mjs').MetadataSchema} schema metadata schema, for settings
 * @returns {{ findings: import('./findings.mjs').Finding[], checked: number, projectReadable: boolean }}
 */
export function checkProjectJson(root, schema) {
    const findings = [];
    let checked = 0;
    let projectReadable = true;
    for (const { file, schema: schemaFile, required } of PROJECT_JSON_FILES) {
        const full = path.join(root, file);
        if (!fs.existsSync(full)) {
            if (required) {
                findings.push(finding(root, full, 0, 'json-schema', `${file} is missing`));
                projectReadable = false;
            }
            continue;
        }
        checked++;
        const text = fs.readFileSync(full, 'utf8');
        let data;
        try {
            data = JSON.parse(text);
        } catch (error) {
            findings.push(syntaxFinding(root, full, text, error));
            projectReadable = projectReadable && !required;
            continue;
        }
        const locations = locateJson(text);
        const at = (pointer) => lineOfOffset(text, locations.get(pointer) ?? 0);
        const validate = validatorFor(schemaFile);
        if (!validate(data)) {
            for (const problem of summarize(validate.errors, data)) {
                const message = `${pointerText(problem.pointer)}: ${problem.message} (schema ${schemaFile})`;
                findings.push(finding(root, full, at(problem.pointer), 'json-schema', message));
            }
        }
        if (file === 'config/project-scratch-def.json' && data?.settings) {
            for (const problem of checkScratchSettings(schema, data.settings, '/settings')) {
                const message = `${pointerText(problem.pointer)}: ${problem.message}`;
                findings.push(
                    finding(root, full, at(problem.pointer), 'scratch-settings', message)
                );
            }
        }
    }
    return { findings, checked, projectReadable };
}

/** Where and why a file is not JSON, from the locator's own scan (Node's message may lack a position). */
function syntaxFinding(root, file, text, parseError) {
    try {
        locateJson(text);
    } catch (error) {
        if (error instanceof JsonSyntaxError) {
            const message = `not valid JSON: ${error.message} (a trailing comma, a missing quote or comma?)`;
            return finding(root, file, lineOfOffset(text, error.offset), 'json-syntax', message);
        }
    }
    const flat = parseError.message.replace(/\s+/g, ' ');
    return finding(root, file, 1, 'json-syntax', `not valid JSON: ${flat}`);
}

const isCombo = (error) => error.keyword === 'anyOf' || error.keyword === 'oneOf';
const inside = (error, combo) =>
    error !== combo && error.schemaPath.startsWith(`${combo.schemaPath}/`);
const VALUE_KEYWORDS = new Set(['pattern', 'enum', 'const', 'type', 'format']);

/**
 * Turns Ajv's errors into one plain problem per cause. An `anyOf` failure is reported either as
 * "not an allowed value" (every branch tested the value itself) or as the errors of the branch
 * that came closest.
 */
function summarize(errors, data) {
    const combos = errors.filter(isCombo);
    const problems = [];
    for (const error of errors.filter((e) => !combos.some((c) => inside(e, c)))) {
        if (!isCombo(error)) {
            problems.push(describe(error));
            continue;
        }
        const branchErrors = errors.filter((e) => inside(e, error) && !isCombo(e));
        const onValue = branchErrors.every(
            (e) => e.instancePath === error.instancePath && VALUE_KEYWORDS.has(e.keyword)
        );
        if (onValue) {
            problems.push(notAllowed(error, branchErrors, valueAt(data, error.instancePath)));
            continue;
        }
        const byBranch = new Map();
        for (const e of branchErrors) {
            const branch = e.schemaPath.slice(error.schemaPath.length + 1).split('/')[0];
            byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
        }
        const best = [...byBranch.values()].sort((a, b) => a.length - b.length)[0] ?? [];
        problems.push(...best.map(describe));
    }
    return problems;
}

function notAllowed(error, branchErrors, value) {
    const allowed = branchErrors.flatMap((e) =>
        e.keyword === 'enum'
            ? e.params.allowedValues
            : e.keyword === 'const'
              ? [e.params.allowedValue]
              : []
    );
    const types = [
        ...new Set(branchErrors.filter((e) => e.keyword === 'type').map((e) => e.params.type))
    ];
    if (typeof value !== 'string' && types.length > 0 && !types.includes(typeof value)) {
        return {
            pointer: error.instancePath,
            message: `must be ${types.join(' or ')}, found ${JSON.stringify(value)}`
        };
    }
    const hint = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
    return {
        pointer: error.instancePath,
        message:
            `${JSON.stringify(value)} is not an allowed value` +
            (hint ? ` (did you mean "${hint}"?)` : '')
    };
}

function describe(error) {
    const { params } = error;
    switch (error.keyword) {
        case 'additionalProperties':
            return {
                pointer: `${error.instancePath}/${params.additionalProperty}`,
                message: `unknown property "${params.additionalProperty}"`
            };
        case 'required':
            return {
                pointer: error.instancePath,
                message: `missing required property "${params.missingProperty}"`
            };
        case 'enum':
            return {
                pointer: error.instancePath,
                message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
            };
        default:
            return { pointer: error.instancePath, message: error.message };
    }
}

function valueAt(data, pointer) {
    let value = data;
    for (const part of pointer.split('/').slice(1)) {
        value = value?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return value;
}
