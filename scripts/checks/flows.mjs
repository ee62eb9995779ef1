/**
 * `npm run check:flows`: every `*.flow-meta.xml` in the package directories is well-formed XML
 * with a `<Flow>` root and passes lightning-flow-scanner-core with `config/flow-rules.json`.
 *
 * Rules reported:
 * - `flow-xml`: not well-formed XML, or the root element is not `<Flow>` (the scanner would
 *   silently skip such a file, so this check runs first).
 * - `flow:<Rule>`: a scanner rule fired with a severity listed in `failOn`.
 * - `flow-scanner-error`: the scanner could not read the flow or a rule crashed on it.
 *
 * Lines point at the offending element's own `<name>` in the file as written (the scanner's
 * own line numbers refer to XML it regenerates, not to the file).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { finding } from './lib/findings.mjs';
import { readText, sourceFiles } from './lib/project.mjs';

const require = createRequire(import.meta.url);
const scanner = require('@flow-scanner/lightning-flow-scanner-core');

const here = path.dirname(fileURLToPath(import.meta.url));
const SEVERITIES = ['error', 'warning', 'note'];

/** What to do, for the rules whose own description does not say it in its first sentence. */
const FIXES = {
    DMLStatementInLoop: 'Collect the records in the loop and save them once after it.',
    SOQLQueryInLoop: 'Get the records once before the loop and look them up in the loop.',
    ActionCallsInLoop: 'Call the action once after the loop with a collection.',
    MissingFaultPath:
        'Connect a fault path (a Custom Error, or a log and end) so a failure is handled.',
    MissingNullHandler: 'Check the Get Records result with a Decision before using it.',
    FlowDescription: 'Describe what the flow does and why, in its description.',
    UnconnectedElement: 'Connect the element or delete it.',
    UnusedVariable: 'Use the variable or delete it.',
    GetRecordAllFields: 'Choose the fields to store instead of all fields.',
    InactiveFlow: 'Activate the flow or delete it from source.',
    APIVersion: 'Open the flow and save it at the current API version.',
    AutoLayout: 'Switch the flow canvas to Auto-Layout.'
};

/** The rule configuration every project (the repository and each fixture) is checked with. */
export const DEFAULT_RULES_FILE = path.resolve(here, '..', '..', 'config', 'flow-rules.json');

/**
 * Checks the flows of a project.
 * @param {object} options options
 * @param {string} options.root project root (holds `sfdx-project.json`)
 * @param {string} [options.rulesFile] rule configuration; defaults to the repository's config
 * @returns {Promise<{ findings: import('./lib/findings.mjs').Finding[], summary: string }>}
 */
export async function run({ root, rulesFile = DEFAULT_RULES_FILE }) {
    const { ruleOptions, failOn, ruleCount } = loadFlowRules(rulesFile);
    const files = sourceFiles(root, (file) => file.endsWith('.flow-meta.xml'));
    const findings = [];
    const texts = new Map();

    for (const file of files) {
        const text = readText(file);
        const problem = xmlProblem(text);
        if (problem) {
            findings.push(
                finding(root, file, problem.line, 'flow-xml', problem.message, problem.col)
            );
        } else {
            texts.set(path.resolve(file), text);
        }
    }

    let notes = 0;
    const parsed = await scanner.parse([...texts.keys()]);
    for (const flow of parsed.filter((p) => p.errorMessage || !p.flow)) {
        const message = `the flow scanner could not read this flow: ${flow.errorMessage}`;
        findings.push(finding(root, flow.uri, 0, 'flow-scanner-error', message));
    }
    parsed.filter((p) => p.flow).forEach((p) => listRepeatables(p.flow));
    for (const result of scanner.scan(parsed, ruleOptions)) {
        const file = path.resolve(result.flow.fsPath ?? result.flow.uri);
        const locate = elementLocator(texts.get(file) ?? '');
        for (const ruleResult of result.ruleResults) {
            if (ruleResult.errorMessage) {
                findings.push(
                    finding(root, file, 0, 'flow-scanner-error', ruleResult.errorMessage)
                );
            }
            if (!ruleResult.occurs) {
                continue;
            }
            if (!failOn.has(ruleResult.severity)) {
                notes += ruleResult.details.length;
                continue;
            }
            for (const violation of ruleResult.details) {
                const rule = `flow:${ruleResult.ruleName}`;
                const message = describe(ruleResult, violation);
                findings.push(finding(root, file, locate(violation), rule, message));
            }
        }
    }
    const plural = files.length === 1 ? '' : 's';
    const ignored = notes > 0 ? `, ${notes} result(s) below failOn not failing` : '';
    return { findings, summary: `${files.length} flow${plural}, ${ruleCount} rules${ignored}` };
}

/**
 * Reads `flow-rules.json` and turns it into scanner options. Throws on an unknown rule name,
 * a bad severity or an override/exception without a reason.
 * @param {string} file path of the configuration
 * @returns {{ ruleOptions: object, failOn: Set<string>, ruleCount: number }}
 */
export function loadFlowRules(file) {
    const config = JSON.parse(readText(file));
    const rules = new Map(scanner.getRules().map((rule) => [rule.name, rule]));
    const problems = [];
    const failOn = new Set(config.failOn ?? []);
    if (failOn.size === 0 || [...failOn].some((s) => !SEVERITIES.includes(s))) {
        problems.push(`"failOn" must list severities from ${SEVERITIES.join(', ')}`);
    }
    const selected = {};
    for (const [name, rule] of rules) {
        selected[name] = { severity: rule.severity };
    }
    for (const [name, override] of Object.entries(config.overrides ?? {})) {
        if (!rules.has(name)) {
            problems.push(`overrides: no flow scanner rule named "${name}"`);
            continue;
        }
        if (!override.reason?.trim()) {
            problems.push(`overrides.${name} needs a "reason"`);
        }
        const severity = override.severity ?? rules.get(name).severity;
        if (severity === 'off') {
            delete selected[name];
        } else if (!SEVERITIES.includes(severity)) {
            problems.push(`overrides.${name}: severity must be ${SEVERITIES.join(', ')} or off`);
        } else {
            selected[name] = { ...override.options, severity };
        }
    }
    const exceptions = {};
    for (const [flowName, byRule] of Object.entries(config.exceptions ?? {})) {
        for (const [name, exception] of Object.entries(byRule)) {
            if (!rules.has(name)) {
                problems.push(`exceptions.${flowName}: no flow scanner rule named "${name}"`);
            }
            if (!exception.reason?.trim() || !Array.isArray(exception.elements)) {
                problems.push(`exceptions.${flowName}.${name} needs "elements" and a "reason"`);
            }
            exceptions[flowName] = { ...exceptions[flowName], [name]: exception.elements };
        }
    }
    if (problems.length > 0) {
        throw new Error(`${file}: ${problems.join('; ')}`);
    }
    return {
        ruleOptions: { rules: selected, exceptions },
        failOn,
        ruleCount: Object.keys(selected).length
    };
}

/**
 * Flow attributes the metadata declares as lists but that the scanner's XML parser turns into a
 * single object when the file holds only one (AutoLayout then crashes on `.find`). A flow saved
 * by Flow Builder often has exactly one `<processMetadataValues>` (BuilderType).
 */
const LIST_ATTRIBUTES = ['processMetadataValues'];

/**
 * Makes every attribute in {@link LIST_ATTRIBUTES} an array on a parsed flow, so a valid flow
 * with one such element is scanned instead of reported as a scanner crash.
 * @param {{ xmldata?: object }} flow a flow the scanner parsed
 */
function listRepeatables(flow) {
    for (const name of LIST_ATTRIBUTES) {
        const value = flow.xmldata?.[name];
        if (value !== undefined && !Array.isArray(value)) {
            flow.xmldata[name] = [value];
            flow[name] = flow.xmldata[name];
        }
    }
}

/**
 * Well-formedness and root element check.
 * @param {string} text file content
 * @returns {{ line: number, col?: number, message: string } | null}
 */
function xmlProblem(text) {
    const result = XMLValidator.validate(text);
    if (result !== true) {
        const { msg, line, col } = result.err;
        return { line, col, message: `not well-formed XML: ${msg}` };
    }
    const root = rootElement(text);
    if (root?.name !== 'Flow') {
        const found = root ? `<${root.name}>` : 'no element';
        return { line: root?.line ?? 1, message: `root element is ${found}, expected <Flow>` };
    }
    return null;
}

/** Yields the start/end tags of a well-formed XML text with their depth and line. */
function* tags(text) {
    const pattern =
        /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([\w.:-]+)[^>]*?(\/?)>/g;
    let depth = 0;
    let line = 1;
    let last = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        line += countNewlines(text, last, m.index);
        last = m.index;
        if (!m[2]) {
            continue;
        }
        if (m[1]) {
            depth--;
            continue;
        }
        yield { name: m[2], depth, line, end: pattern.lastIndex };
        if (!m[3]) {
            depth++;
        }
    }
}

function countNewlines(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++) {
        if (text.charCodeAt(i) === 10) {
            n++;
        }
    }
    return n;
}

function rootElement(text) {
    return tags(text).next().value;
}

/**
 * Builds a function giving the file line of a scanner violation: the `<name>` of a flow element
 * (a direct child of `<Flow>`), or the top-level tag of a flow attribute, else the `<Flow>` line.
 * @param {string} text the flow file
 * @returns {(violation: { name: string, type: string, metaType: string }) => number}
 */
function elementLocator(text) {
    const elementNames = new Map();
    const anyNames = new Map();
    const topLevelTags = new Map();
    let rootLine = 1;
    for (const tag of tags(text)) {
        if (tag.depth === 0) {
            rootLine = tag.line;
        } else if (tag.depth === 1 && !topLevelTags.has(tag.name)) {
            topLevelTags.set(tag.name, tag.line);
        } else if (tag.name === 'name') {
            const value = /^\s*([^<]*?)\s*<\/name>/.exec(text.slice(tag.end))?.[1];
            if (value && tag.depth === 2 && !elementNames.has(value)) {
                elementNames.set(value, tag.line);
            }
            if (value && !anyNames.has(value)) {
                anyNames.set(value, tag.line);
            }
        }
    }
    return (violation) => {
        if (violation.metaType === 'attribute') {
            return topLevelTags.get(violation.type) ?? anyNames.get(violation.type) ?? rootLine;
        }
        return elementNames.get(violation.name) ?? anyNames.get(violation.name) ?? rootLine;
    };
}

/** `<label>: <what> (<severity>). <first sentence of the rule's description>` */
function describe(ruleResult, violation) {
    const definition = ruleResult.ruleDefinition ?? {};
    const label = definition.label ?? ruleResult.ruleName;
    let what = `${violation.type} '${violation.name}'`;
    if (violation.metaType === 'attribute') {
        // Only APIVersion's expression states what is wanted (the configured one); the others
        // describe the offending value (e.g. InactiveFlow's "!= Active").
        const expected = ruleResult.ruleName === 'APIVersion' ? violation.details?.expression : '';
        what = missing(violation.name)
            ? `${violation.type} is missing`
            : `${violation.type} is ${violation.name}${expected ? `, expected ${expected}` : ''}`;
    }
    const advice =
        FIXES[ruleResult.ruleName] ?? /^[^.]*\./.exec(definition.description ?? '')?.[0] ?? '';
    return `${label}: ${what} (${ruleResult.severity}). ${advice}`.trim();
}

function missing(value) {
    return value === undefined || value === null || value === '' || value === 'undefined';
}
