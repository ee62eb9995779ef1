/**
 * Findings: what every offline checker returns.
 *
 * A finding names the file (relative to the project root), the 1-based line, the rule that
 * fired and a message a person can act on. Checkers never print or exit; `cli.mjs` does.
 */
import path from 'node:path';

/**
 * @typedef {object} Finding
 * @property {string} file    path relative to the project root, forward slashes
 * @property {number} line    1-based line, 0 when the finding is about the file as a whole
 * @property {number} [column] 1-based column when known
 * @property {string} rule    short rule id, e.g. `xml-wellformed` or `pmd:ApexCRUDViolation`
 * @property {string} message what is wrong and, where useful, what to do
 */

/**
 * Builds a finding with a root-relative, forward-slash path.
 * @param {string} root project root
 * @param {string} file absolute or root-relative path
 * @param {number} line 1-based line (0 = whole file)
 * @param {string} rule rule id
 * @param {string} message human-readable message
 * @param {number} [column] 1-based column
 * @returns {Finding}
 */
export function finding(root, file, line, rule, message, column) {
    const rel = path.isAbsolute(file) ? path.relative(root, file) : file;
    const result = { file: rel.split(path.sep).join('/'), line: line || 0, rule, message };
    if (column) {
        result.column = column;
    }
    return result;
}

/**
 * Formats a finding as `file:line[:column]: rule: message`, the shape editors and CI logs link.
 * @param {Finding} f the finding
 * @returns {string}
 */
export function formatFinding(f) {
    const where = f.column ? `${f.file}:${f.line}:${f.column}` : `${f.file}:${f.line}`;
    return `${where}: ${f.rule}: ${f.message}`;
}

/**
 * Sorts findings by file, then line, so output is stable across runs.
 * @param {Finding[]} findings findings to sort in place
 * @returns {Finding[]}
 */
export function sortFindings(findings) {
    return findings.sort(
        (a, b) =>
            a.file.localeCompare(b.file) ||
            a.line - b.line ||
            (a.column ?? 0) - (b.column ?? 0) ||
            a.rule.localeCompare(b.rule)
    );
}

/**
 * Returns the 1-based line of a character offset in a text.
 * @param {string} text the whole text
 * @param {number} offset 0-based character offset
 * @returns {number}
 */
export function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
        }
    }
    return line;
}
