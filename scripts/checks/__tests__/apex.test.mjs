/**
 * Tests for `npm run check:apex` (scripts/checks/apex.mjs).
 *
 * PMD starts a JVM (about 4 s), so each fixture project is checked once in a `before()` hook and
 * the assertions read the stored result. Parser and suppression helpers are tested on strings.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RULES_FILE, run } from '../apex.mjs';
import { loadRulesConfig, runPmd } from '../lib/apex-pmd.mjs';
import { antlrParse, prettierSyntaxErrors } from '../lib/apex-syntax.mjs';
import { unexplainedSuppressions } from '../lib/apex-suppressions.mjs';
import { expectFinding, findingKey } from './assert-findings.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'apex');
const repoRoot = path.resolve(here, '..', '..', '..');
const CLASSES = 'force-app/main/default/classes';
const TRIGGERS = 'force-app/main/default/triggers';

describe('check:apex on a clean project', () => {
    let result;
    before(async () => {
        result = await run({ root: path.join(fixtures, 'clean') });
    });

    it('reports no finding for a documented user-mode service, its test and a one-line trigger', () => {
        assert.deepEqual(result.findings.map(findingKey), []);
    });

    it('says how many files and rules it checked', () => {
        assert.match(result.summary, /^4 Apex files, \d+ PMD rules$/);
        const rules = Number(/(\d+) PMD rules/.exec(result.summary)[1]);
        assert.ok(
            rules >= 50,
            `expected the configured ~65 PMD rules to be selected, got ${rules}`
        );
    });
});

describe('check:apex on planted defects', () => {
    /** Every finding the defects fixture must produce, and nothing else. */
    const expected = [
        {
            file: `${CLASSES}/ConcatenatedQuery.cls`,
            line: 12,
            rule: 'pmd:ApexSOQLInjection',
            fragment: /untrusted\/unescaped variables.*\(security, PMD severity high\)/
        },
        // The `;` is missing at the end of line 11; both parsers notice at the next token.
        {
            file: `${CLASSES}/MissingSemicolon.cls`,
            line: 12,
            column: 9,
            rule: 'apex-syntax',
            fragment: /does not parse \(prettier-plugin-apex\): Unexpected token 'return'/
        },
        {
            file: `${CLASSES}/NonBreakingSpace.cls`,
            line: 11,
            column: 35,
            rule: 'apex-parser-syntax',
            fragment: /apex-parser\): token recognition error at: 'U\+00A0'/
        },
        {
            file: `${CLASSES}/NoSharingDeclared.cls`,
            line: 4,
            rule: 'pmd:ApexSharingViolations',
            fragment: /should declare a sharing model/
        },
        {
            file: `${CLASSES}/OversizedCatalog.cls`,
            line: 4,
            rule: 'pmd:ClassOver300Lines',
            fragment: /315 lines - threshold is 300.*\(design,/
        },
        {
            file: `${CLASSES}/QueryInLoop.cls`,
            line: 13,
            rule: 'pmd:OperationWithLimitsInLoop',
            fragment: /operations in loops that may hit governor limits \(performance,/
        },
        {
            file: `${CLASSES}/SystemModeQuery.cls`,
            line: 11,
            rule: 'pmd:ApexCRUDViolation',
            fragment: /Validate CRUD permission.*enforce user mode/
        },
        {
            file: `${CLASSES}/UnexplainedSuppressions.cls`,
            line: 12,
            rule: 'suppression-without-reason',
            fragment: /@SuppressWarnings\('PMD.ApexCRUDViolation'\) has no reason/
        },
        {
            file: `${CLASSES}/UnexplainedSuppressions.cls`,
            line: 22,
            rule: 'suppression-without-reason',
            fragment: /NOPMD has no reason/
        },
        {
            file: `${CLASSES}/UnreadableRefusal.cls`,
            line: 13,
            rule: 'aura-message-unset',
            fragment: /getMessage\(\) says "Script-thrown exception" in Apex tests/
        },
        {
            file: `${CLASSES}/UnreadableRefusal.cls`,
            line: 16,
            rule: 'aura-message-unset',
            fragment: /throw ScreenError\.of\(message\)/
        },
        {
            file: `${CLASSES}/UnusedLocal.cls`,
            line: 12,
            rule: 'pmd:UnusedLocalVariable',
            fragment: /Variable 'forgotten' defined but not used \(best-practices,/
        },
        {
            file: `${TRIGGERS}/ContactTrigger.trigger`,
            line: 1,
            rule: 'pmd:AvoidLogicInTrigger',
            fragment: /Avoid logic in triggers \(best-practices,/
        }
    ];
    let result;
    before(async () => {
        result = await run({ root: path.join(fixtures, 'defects') });
    });

    for (const want of expected) {
        it(`reports ${want.rule} at ${path.basename(want.file)}:${want.line}`, () => {
            expectFinding(result.findings, want, want.fragment);
        });
    }

    it('reports nothing else (suppressions with a reason pass and are honoured by PMD)', () => {
        assert.deepEqual(result.findings.map(findingKey).sort(), expected.map(findingKey).sort());
    });

    it('counts every file, including the ones that do not parse', () => {
        assert.match(result.summary, /^11 Apex files, \d+ PMD rules$/);
    });
});

describe('check:apex without Apex', () => {
    it('returns no finding and does not start PMD', async () => {
        const result = await run({ root: path.join(fixtures, 'no-apex') });
        assert.deepEqual(result, { findings: [], summary: '0 Apex files' });
    });
});

describe('check:apex rule configuration (config/apex-rules.json)', () => {
    let dir;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-rules-test-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const writeConfig = (name, config) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, JSON.stringify(config));
        return file;
    };

    it('gives every group a reason and selects Security and Performance by tag', () => {
        const config = loadRulesConfig(DEFAULT_RULES_FILE);
        const selectors = config.groups.flatMap((g) => g.selectors ?? []);
        assert.ok(selectors.includes('pmd:Security:Apex'), 'security selected by tag');
        assert.ok(selectors.includes('pmd:Performance:Apex'), 'performance selected by tag');
    });

    it('rejects a group without a "why" before starting PMD', () => {
        const file = writeConfig('no-why.json', { groups: [{ name: 'x', rules: ['ApexDoc'] }] });
        assert.throws(
            () => loadRulesConfig(file),
            /groups\[0\] \(x\) needs a "name" and a non-empty "why"/
        );
    });

    it('fails loudly on a misspelt rule name or a selector that selects nothing', async () => {
        const file = writeConfig('typos.json', {
            groups: [
                { name: 'security', why: 'w', selectors: ['pmd:Securty:Apex'] },
                { name: 'style', why: 'w', rules: ['ApexCRUDViolaton'] }
            ]
        });
        await assert.rejects(
            run({ root: path.join(fixtures, 'clean'), rulesFile: file }),
            (error) => {
                assert.match(error.message, /selector "pmd:Securty:Apex" selects no rule/);
                assert.match(error.message, /no PMD rule named "ApexCRUDViolaton"/);
                return true;
            }
        );
    });
});

describe('PMD engine wrapper', () => {
    it('returns files PMD cannot parse instead of skipping them silently', async () => {
        // check:apex keeps unparsable files away from PMD; this guards the case where PMD's
        // parser alone rejects a file.
        const root = path.join(fixtures, 'defects');
        const file = path.join(root, CLASSES, 'MissingSemicolon.cls');
        const config = loadRulesConfig(DEFAULT_RULES_FILE);
        const result = await runPmd({ root, files: [file], config, configFile: 'apex-rules.json' });
        assert.deepEqual(result.violations, []);
        assert.equal(result.processingErrors.length, 1);
        assert.equal(result.processingErrors[0].file, file);
        assert.match(result.processingErrors[0].message, /Syntax error at 12:8: missing ';'/);
    });
});

describe('Apex parsers', () => {
    it('prettier-plugin-apex reports line and column of a syntax error', async () => {
        const text = 'public class A {\n    void m() {\n        Integer i = 1\n    }\n}\n';
        assert.deepEqual(await prettierSyntaxErrors(text), [
            { line: 4, column: 5, message: "Missing ';' at '}'" }
        ]);
    });

    it('prettier-plugin-apex rejects SOQL the ANTLR grammar lets through', async () => {
        const text = 'public class A { Object o = [SELECT Id FROM Account WHERE]; }';
        assert.equal(antlrParse(text, false).errors.length, 0);
        const errors = await prettierSyntaxErrors(text);
        assert.match(errors[0].message, /Unexpected token '\]'/);
    });

    it('apex-parser parses triggers with triggerUnit() and shortens long token lists', () => {
        assert.deepEqual(antlrParse('trigger T on Account(before insert) { }', true).errors, []);
        const { errors } = antlrParse('public class A { void m() { Integer i = 1;; } }', false);
        assert.equal(errors.length, 1);
        assert.match(errors[0].message, /^extraneous input ';' expecting one of \d+ tokens$/);
    });

    it('apex-parser accepts a byte order mark', () => {
        assert.deepEqual(antlrParse('\uFEFFpublic class A { }', false).errors, []);
    });
});

describe('suppression reasons', () => {
    const check = (text) => unexplainedSuppressions(antlrParse(text, false).tokens, text);

    it('accepts a block comment reason on the same line and ignores non-PMD warnings', () => {
        const text = [
            'public class A {',
            "    @SuppressWarnings('PMD.ApexDoc') /* internal helper, documented on the interface */",
            '    public void a() { }',
            "    @SuppressWarnings('sf:Unrelated')",
            '    public void b() { }',
            '}'
        ].join('\n');
        assert.deepEqual(check(text), []);
    });

    it('ignores annotation-looking text inside strings and comments', () => {
        const text = [
            'public class A {',
            "    String s = '@SuppressWarnings(\\'PMD\\') // NOPMD';",
            '}'
        ].join('\n');
        assert.deepEqual(check(text), []);
    });

    it('does not take a trailing comment of the previous statement as the reason', () => {
        const text = [
            'public class A {',
            '    Integer x = 1; // counter',
            "    @SuppressWarnings('PMD')",
            '    public void a() { }',
            '}'
        ].join('\n');
        assert.deepEqual(
            check(text).map((s) => s.line),
            [3]
        );
    });

    it('wants words after NOPMD, not punctuation', () => {
        const text = 'public class A {\n    Integer x = 1; // NOPMD -\n}';
        assert.deepEqual(
            check(text).map((s) => [s.line, s.message]),
            [[2, 'NOPMD has no reason: write why after the marker, e.g. `// NOPMD <reason>`']]
        );
    });
});

describe('check:apex on this repository', () => {
    it('reports no finding', async () => {
        const result = await run({ root: repoRoot });
        assert.deepEqual(result.findings.map(findingKey), []);
        assert.match(result.summary, /^\d+ Apex files?/);
    });
});

describe('check:apex on a project with .forceignored Apex', () => {
    it('does not parse a class .forceignore excludes', async () => {
        const result = await run({ root: path.join(fixtures, 'forceignored') });
        assert.deepEqual(result.findings.map(findingKey), []);
        assert.equal(result.summary, '0 Apex files');
    });
});
