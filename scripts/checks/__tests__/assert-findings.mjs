/**
 * Assertions shared by the checker tests: a finding is identified by file, line and rule, and
 * its message must say what is wrong.
 */
import assert from 'node:assert/strict';

/**
 * `file:line rule`, the identity of a finding in assertions and failure output.
 * @param {{file: string, line: number, rule: string}} f a finding
 * @returns {string}
 */
export const findingKey = (f) => `${f.file}:${f.line} ${f.rule}`;

/**
 * Asserts the findings are exactly `expected`, each message matching its pattern, so both a
 * missed defect and a spurious extra finding fail.
 * @param {object[]} findings what the checker returned
 * @param {Array<{file: string, line: number, rule: string, message: RegExp}>} expected
 */
export function assertFindings(findings, expected) {
    assert.deepEqual(findings.map(findingKey).sort(), expected.map(findingKey).sort());
    for (const want of expected) {
        const got = findings.find((f) => findingKey(f) === findingKey(want));
        assert.match(got.message, want.message, `message of ${findingKey(want)}`);
    }
}

/**
 * Asserts exactly one finding at `file:line` with `rule`, whose message matches `fragment`.
 * @param {object[]} findings what the checker returned
 * @param {{file: string, line: number, rule: string, column?: number}} want where and what
 * @param {RegExp} fragment what the message must say
 */
export function expectFinding(findings, want, fragment) {
    const hits = findings.filter((f) => findingKey(f) === findingKey(want));
    assert.equal(
        hits.length,
        1,
        `expected one ${findingKey(want)}; got:\n${findings.map(findingKey).join('\n')}`
    );
    assert.match(hits[0].message, fragment);
    if (want.column) {
        assert.equal(hits[0].column, want.column);
    }
}
