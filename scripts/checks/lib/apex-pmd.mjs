/**
 * PMD for Apex through Salesforce Code Analyzer's core and PMD engine (PMD 7.26, Java 17).
 *
 * The rule selection lives in `config/apex-rules.json`; this module validates it against the
 * engine's own rule catalogue before running, so a misspelt rule or selector stops the check
 * instead of silently dropping a rule.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    EventType,
    LogLevel
} from '@salesforce/code-analyzer-core';

const require = createRequire(import.meta.url);
const { createEnginePlugin } = require('@salesforce/code-analyzer-pmd-engine');

const ENGINE = 'pmd';
const SEVERITY_NAMES = { 1: 'critical', 2: 'high', 3: 'moderate', 4: 'low', 5: 'info' };

/**
 * @typedef {object} RulesConfig
 * @property {{ name: string, why: string, selectors?: string[], rules?: string[] }[]} groups
 * @property {{ name: string, basedOn: string, properties?: Record<string, string>, why: string }[]} [tunedRules]
 * @property {Record<string, string>} [notEnforced] rule name → why it is not selected
 */

/**
 * Reads and shape-checks the rule configuration (not yet against the engine).
 * @param {string} file path of `apex-rules.json`
 * @returns {RulesConfig}
 */
export function loadRulesConfig(file) {
    const config = JSON.parse(fs.readFileSync(file, 'utf8'));
    const problems = [];
    if (!Array.isArray(config.groups) || config.groups.length === 0) {
        problems.push('"groups" must be a non-empty array');
    }
    for (const [i, group] of (config.groups ?? []).entries()) {
        const where = `groups[${i}] (${group.name ?? 'unnamed'})`;
        if (!group.name || !group.why?.trim()) {
            problems.push(`${where} needs a "name" and a non-empty "why"`);
        }
        if ((group.selectors?.length ?? 0) + (group.rules?.length ?? 0) === 0) {
            problems.push(`${where} selects nothing: give "selectors" or "rules"`);
        }
    }
    for (const [i, tuned] of (config.tunedRules ?? []).entries()) {
        if (
            !/^[A-Za-z][A-Za-z0-9]*$/.test(tuned.name ?? '') ||
            !tuned.basedOn ||
            !tuned.why?.trim()
        ) {
            problems.push(`tunedRules[${i}] needs a "name" (letters/digits), "basedOn" and "why"`);
        }
    }
    for (const [rule, why] of Object.entries(config.notEnforced ?? {})) {
        if (!String(why).trim()) {
            problems.push(`notEnforced.${rule} needs a reason`);
        }
    }
    if (problems.length > 0) {
        throw new Error(`${file}: ${problems.join('; ')}`);
    }
    return config;
}

/**
 * @typedef {object} PmdViolation
 * @property {string} rule     rule name
 * @property {string} group    config group that selected the rule
 * @property {string} severity PMD severity name
 * @property {string} file     absolute path
 * @property {number} line     1-based
 * @property {number} column   1-based
 * @property {string} message  PMD message
 * @property {string} [url]    rule documentation
 */

/**
 * Runs the configured PMD rules on the given files.
 * @param {object} options options
 * @param {string} options.root project root (Code Analyzer's config_root)
 * @param {string[]} options.files absolute paths of the `.cls` / `.trigger` files to analyse
 * @param {RulesConfig} options.config validated rule configuration
 * @param {string} options.configFile path of the configuration, for error messages
 * @returns {Promise<{ violations: PmdViolation[], processingErrors: { file: string, message: string }[], ruleCount: number }>}
 */
export async function runPmd({ root, files, config, configFile }) {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-apex-pmd-'));
    try {
        const customRuleset = writeTunedRuleset(workDir, config.tunedRules ?? []);
        const analyzer = new CodeAnalyzer(
            CodeAnalyzerConfig.fromObject({
                config_root: root,
                log_folder: workDir,
                root_working_folder: workDir,
                suppressions: { disable_suppressions: true },
                engines: { pmd: { custom_rulesets: customRuleset ? [customRuleset] : [] } }
            })
        );
        const engineErrors = [];
        const processingErrors = [];
        const onLog = (event) => {
            if (event.logLevel !== LogLevel.Error) {
                return;
            }
            const match = /processing error for file '(.+?)':\s*([\s\S]*)$/.exec(event.message);
            if (match) {
                processingErrors.push({ file: match[1], message: match[2].trim() });
            } else {
                engineErrors.push(event.message);
            }
        };
        analyzer.onEvent(EventType.LogEvent, onLog);
        analyzer.onEvent(EventType.EngineLogEvent, onLog);
        await analyzer.addEnginePlugin(createEnginePlugin());
        if (!analyzer.getEngineNames().includes(ENGINE)) {
            throw new Error(
                `PMD engine could not start (is Java 11+ on PATH?): ${engineErrors.join('; ')}`
            );
        }

        const { selectors, groupOfRule } = await resolveSelection(analyzer, config, configFile);
        const workspace = await analyzer.createWorkspace(files);
        const selection = await analyzer.selectRules(selectors);
        const results = await analyzer.run(selection, { workspace });

        const violations = [];
        for (const violation of results.getViolations()) {
            const rule = violation.getRule();
            const location = violation.getPrimaryLocation();
            if (rule.getEngineName() !== ENGINE || !location.getFile()) {
                throw new Error(`PMD failed: ${violation.getMessage()}`);
            }
            violations.push({
                rule: rule.getName(),
                group: groupOfRule.get(rule.getName()) ?? 'pmd',
                severity:
                    SEVERITY_NAMES[rule.getSeverityLevel()] ?? String(rule.getSeverityLevel()),
                file: location.getFile(),
                line: location.getStartLine() ?? 0,
                column: location.getStartColumn() ?? 0,
                message: violation.getMessage().trim(),
                url: rule.getResourceUrls()[0]
            });
        }
        if (engineErrors.length > 0) {
            throw new Error(`PMD reported errors: ${engineErrors.join('\n')}`);
        }
        return { violations, processingErrors, ruleCount: selection.getCount() };
    } finally {
        fs.rmSync(workDir, { recursive: true, force: true });
    }
}

/**
 * Checks every configured rule and selector against the engine's catalogue.
 * @returns {Promise<{ selectors: string[], groupOfRule: Map<string, string> }>}
 */
async function resolveSelection(analyzer, config, configFile) {
    const catalogue = (await analyzer.selectRules([ENGINE])).getRulesFor(ENGINE);
    const known = new Map();
    for (const rule of catalogue) {
        known.set(rule.getName(), (known.get(rule.getName()) ?? 0) + 1);
    }
    const problems = [];
    for (const tuned of config.tunedRules ?? []) {
        if (known.get(tuned.name) !== 1) {
            problems.push(
                `tuned rule ${tuned.name} (based on ${tuned.basedOn}) ` +
                    (known.has(tuned.name) ? 'clashes with a built-in rule name' : 'did not load')
            );
        }
    }
    const selectors = [];
    const groupOfRule = new Map();
    for (const group of config.groups) {
        const groupSelectors = [];
        for (const selector of group.selectors ?? []) {
            const count = (await analyzer.selectRules([selector])).getCount();
            if (count === 0) {
                problems.push(`group ${group.name}: selector "${selector}" selects no rule`);
            }
            groupSelectors.push(selector);
        }
        for (const name of group.rules ?? []) {
            if (!known.has(name)) {
                problems.push(`group ${group.name}: no PMD rule named "${name}"`);
            } else if (config.notEnforced?.[name]) {
                problems.push(`group ${group.name}: "${name}" is also listed as notEnforced`);
            }
            groupSelectors.push(`${ENGINE}:${name}`);
        }
        if (groupSelectors.length > 0 && problems.length === 0) {
            for (const rule of (await analyzer.selectRules(groupSelectors)).getRulesFor(ENGINE)) {
                if (!groupOfRule.has(rule.getName())) {
                    groupOfRule.set(rule.getName(), group.name);
                }
            }
        }
        selectors.push(...groupSelectors);
    }
    for (const name of Object.keys(config.notEnforced ?? {})) {
        if (!known.has(name)) {
            problems.push(`notEnforced: no PMD rule named "${name}"`);
        } else if (groupOfRule.has(name)) {
            problems.push(`notEnforced: "${name}" is selected by group ${groupOfRule.get(name)}`);
        }
    }
    if (problems.length > 0) {
        throw new Error(`${configFile}: ${problems.join('; ')}`);
    }
    return { selectors, groupOfRule };
}

/** Writes a PMD ruleset holding the re-thresholded copies of built-in rules; null when none. */
function writeTunedRuleset(dir, tunedRules) {
    if (tunedRules.length === 0) {
        return null;
    }
    const escape = (s) =>
        String(s).replace(
            /[<>&"]/g,
            (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]
        );
    const rules = tunedRules.map((tuned) => {
        const properties = Object.entries(tuned.properties ?? {})
            .map(([k, v]) => `            <property name="${escape(k)}" value="${escape(v)}"/>`)
            .join('\n');
        return [
            `    <rule ref="${escape(tuned.basedOn)}" name="${escape(tuned.name)}">`,
            `        <properties>\n${properties}\n        </properties>`,
            '    </rule>'
        ].join('\n');
    });
    const file = path.join(dir, 'tuned-rules.xml');
    fs.writeFileSync(
        file,
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<ruleset name="project-tuned-rules" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">',
            '    <description>Generated from config/apex-rules.json tunedRules.</description>',
            ...rules,
            '</ruleset>',
            ''
        ].join('\n')
    );
    return file;
}
