/**
 * `npm run check:apex`: every `.cls` / `.trigger` in the package directories parses, passes the
 * PMD rules in `config/apex-rules.json`, and silences a rule only with a written reason.
 *
 * Rules reported:
 * - `apex-syntax`: prettier-plugin-apex (Salesforce's jorje parser) rejects the file.
 * - `apex-parser-syntax`: @apexdevtools/apex-parser rejects a file prettier accepted (a second
 *   grammar; reported only for files without an `apex-syntax` finding).
 * - `pmd:<Rule>`: a PMD rule selected in `config/apex-rules.json` fired.
 * - `pmd-processing-error`: PMD could not analyse a file the parsers accepted.
 * - `suppression-without-reason`: `@SuppressWarnings('PMD...')` or `// NOPMD` without a reason.
 * - `aura-message-unset`: `throw new AuraHandledException(...)`, whose message Apex tests cannot
 *   read (lib/apex-aura-messages.mjs).
 *
 * Files with a syntax error are left out of the PMD run (PMD cannot analyse them either).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finding, sortFindings } from './lib/findings.mjs';
import { readText, sourceFiles } from './lib/project.mjs';
import { antlrParse, prettierSyntaxErrors } from './lib/apex-syntax.mjs';
import { unexplainedSuppressions } from './lib/apex-suppressions.mjs';
import { unsetAuraMessages } from './lib/apex-aura-messages.mjs';
import { loadRulesConfig, runPmd } from './lib/apex-pmd.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The rule selection every project (the repository and each fixture) is checked with. */
export const DEFAULT_RULES_FILE = path.resolve(here, '..', '..', 'config', 'apex-rules.json');

/**
 * Checks the Apex of a project.
 * @param {object} options options
 * @param {string} options.root project root (holds `sfdx-project.json`)
 * @param {string} [options.rulesFile] PMD rule selection; defaults to the repository's config
 * @returns {Promise<{ findings: import('./lib/findings.mjs').Finding[], summary: string }>}
 */
export async function run({ root, rulesFile = DEFAULT_RULES_FILE }) {
    const config = loadRulesConfig(rulesFile);
    const files = sourceFiles(root, (file) => /\.(cls|trigger)$/.test(file));
    if (files.length === 0) {
        return { findings: [], summary: '0 Apex files' };
    }

    const findings = [];
    const syntaxBroken = new Set();
    await mapLimit(files, os.availableParallelism?.() ?? 2, async (file) => {
        const text = readText(file);
        const fileFindings = await checkSource(root, file, text);
        if (fileFindings.some((f) => f.rule.endsWith('syntax'))) {
            syntaxBroken.add(file);
        }
        findings.push(...fileFindings);
    });

    const analysable = files.filter((file) => !syntaxBroken.has(file));
    let ruleCount = 0;
    if (analysable.length > 0) {
        const pmd = await runPmd({ root, files: analysable, config, configFile: rulesFile });
        ruleCount = pmd.ruleCount;
        for (const v of pmd.violations) {
            const where = v.url ? ` See ${v.url}` : '';
            const what = v.message.replace(/\.+$/, '');
            const message = `${what} (${v.group}, PMD severity ${v.severity}).${where}`;
            findings.push(finding(root, v.file, v.line, `pmd:${v.rule}`, message, v.column));
        }
        for (const error of pmd.processingErrors) {
            const syntax = /Syntax error at (\d+):\d+: .*/.exec(error.message);
            const at = syntax ?? /\bline (\d+)/.exec(error.message);
            const detail = syntax?.[0] ?? error.message.split('\n')[0];
            const message = `PMD could not analyse this file: ${detail}`;
            findings.push(
                finding(root, error.file, Number(at?.[1] ?? 0), 'pmd-processing-error', message)
            );
        }
    }
    const summary =
        `${files.length} Apex file${files.length === 1 ? '' : 's'}` +
        (analysable.length > 0 ? `, ${ruleCount} PMD rules` : '');
    return { findings: sortFindings(findings), summary };
}

/**
 * Syntax (two parsers) and suppression checks for one file.
 * @param {string} root project root
 * @param {string} file absolute path
 * @param {string} text file content
 * @returns {Promise<import('./lib/findings.mjs').Finding[]>}
 */
async function checkSource(root, file, text) {
    const out = [];
    const isTrigger = file.endsWith('.trigger');
    const prettierErrors = await prettierSyntaxErrors(text);
    const { errors: antlrErrors, tokens } = antlrParse(text, isTrigger);

    for (const e of prettierErrors) {
        const message = `does not parse (prettier-plugin-apex): ${e.message}`;
        out.push(finding(root, file, e.line, 'apex-syntax', message, e.column));
    }
    // The second opinion adds something only when prettier gave no located error for the file.
    if (!prettierErrors.some((e) => e.line > 0)) {
        for (const e of antlrErrors) {
            const message = `does not parse (@apexdevtools/apex-parser): ${e.message}`;
            out.push(finding(root, file, e.line, 'apex-parser-syntax', message, e.column));
        }
    }
    for (const s of unexplainedSuppressions(tokens, text)) {
        out.push(finding(root, file, s.line, 'suppression-without-reason', s.message, s.column));
    }
    for (const a of unsetAuraMessages(tokens)) {
        out.push(finding(root, file, a.line, 'aura-message-unset', a.message, a.column));
    }
    return out;
}

/** Runs `fn` on every item with at most `limit` in flight. */
async function mapLimit(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await fn(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
