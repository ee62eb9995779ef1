/**
 * Tests for `npm run check:flows` (scripts/checks/flows.mjs).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RULES_FILE, loadFlowRules, run } from '../flows.mjs';
import { expectFinding, findingKey } from './assert-findings.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'flows');
const repoRoot = path.resolve(here, '..', '..', '..');
const FLOWS = 'force-app/main/default/flows';

describe('check:flows on a clean record-triggered flow', () => {
    it('reports nothing (description, fault path, auto-layout, API 67.0, trigger order)', async () => {
        const result = await run({ root: path.join(fixtures, 'clean') });
        assert.deepEqual(result.findings.map(findingKey), []);
        assert.equal(result.summary, '1 flow, 23 rules');
    });
});

describe('check:flows on planted defects', () => {
    /** Every finding the defects fixture must produce, and nothing else. */
    const expected = [
        {
            file: `${FLOWS}/Account_After_Update_Sync_Contact_City.flow-meta.xml`,
            line: 120,
            rule: 'flow:DMLStatementInLoop',
            fragment: /^DML Statement In A Loop: recordUpdates 'Update_Contact' \(error\)\. Collect/
        },
        {
            file: `${FLOWS}/Case_Before_Save_Set_Priority.flow-meta.xml`,
            line: 15,
            rule: 'flow-xml',
            fragment: /not well-formed XML: Expected closing tag 'label' \(opened in line 5/
        },
        {
            file: `${FLOWS}/Lead_Before_Save_Set_Rating.flow-meta.xml`,
            line: 3,
            rule: 'flow:APIVersion',
            fragment: /apiVersion is 58, expected >= 67 \(error\)/
        },
        {
            file: `${FLOWS}/Not_A_Flow.flow-meta.xml`,
            line: 3,
            rule: 'flow-xml',
            fragment: /root element is <CustomObject>, expected <Flow>/
        },
        {
            file: `${FLOWS}/Opportunity_After_Insert_Create_Task.flow-meta.xml`,
            line: 30,
            rule: 'flow:MissingFaultPath',
            fragment: /^Missing Fault Path: recordCreates 'Create_Task' \(error\)\. Connect a fault/
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

    it('reports nothing else', () => {
        assert.deepEqual(result.findings.map(findingKey).sort(), expected.map(findingKey).sort());
    });

    it("points at the element <name> in the file, not at the scanner's regenerated XML", () => {
        const text = fs.readFileSync(path.join(fixtures, 'defects', expected[0].file), 'utf8');
        assert.equal(text.split('\n')[expected[0].line - 1].trim(), '<name>Update_Contact</name>');
    });

    it('counts every flow file, including the broken ones', () => {
        assert.equal(result.summary, '5 flows, 23 rules');
    });
});

describe('check:flows rule configuration (config/flow-rules.json)', () => {
    let dir;
    const defects = path.join(fixtures, 'defects');
    const shipped = JSON.parse(fs.readFileSync(DEFAULT_RULES_FILE, 'utf8'));
    const writeConfig = (name, patch) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, JSON.stringify({ ...shipped, ...patch }));
        return file;
    };
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flow-rules-test-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('fails on errors and warnings and has a reason for every override', () => {
        assert.deepEqual(shipped.failOn, ['error', 'warning']);
        for (const [rule, override] of Object.entries(shipped.overrides)) {
            assert.ok(override.reason.trim().length > 20, `${rule} needs a real reason`);
        }
    });

    it('fails loudly on an unknown rule or an override without a reason', () => {
        const file = writeConfig('typos.json', {
            overrides: {
                DMLStatementsInLoop: { severity: 'note', reason: 'typo in the rule name' },
                MissingFaultPath: { severity: 'warning' }
            }
        });
        assert.throws(
            () => loadFlowRules(file),
            (error) => {
                assert.match(error.message, /no flow scanner rule named "DMLStatementsInLoop"/);
                assert.match(error.message, /overrides\.MissingFaultPath needs a "reason"/);
                return true;
            }
        );
    });

    it('lets a reasoned exception and a severity override change the result', async () => {
        const file = writeConfig('relaxed.json', {
            overrides: {
                ...shipped.overrides,
                DMLStatementInLoop: { severity: 'note', reason: 'test: demoted to a note' }
            },
            exceptions: {
                Opportunity_After_Insert_Create_Task: {
                    MissingFaultPath: { elements: ['Create_Task'], reason: 'test: excepted' }
                }
            }
        });
        const result = await run({ root: defects, rulesFile: file });
        const rules = result.findings.map((f) => f.rule).sort();
        assert.deepEqual(rules, ['flow-xml', 'flow-xml', 'flow:APIVersion']);
        assert.match(result.summary, /1 result\(s\) below failOn not failing/);
    });
});

describe('check:flows on this repository', () => {
    it('reports no finding', async () => {
        const result = await run({ root: repoRoot });
        assert.deepEqual(result.findings.map(findingKey), []);
        assert.match(result.summary, /^\d+ flows?, 23 rules/);
    });
});

describe('check:flows on files as tools write them', () => {
    it('scans a flow in the Tooling API namespace with one processMetadataValues', async () => {
        // The scanner's parser makes a single <processMetadataValues> an object, and its
        // AutoLayout rule then crashed on `.find`; the flow is valid and deploys.
        const result = await run({ root: path.join(fixtures, 'tooling-namespace') });
        assert.deepEqual(result.findings.map(findingKey), []);
        assert.equal(result.summary, '1 flow, 23 rules');
    });

    it('skips flows .forceignore excludes', async () => {
        const result = await run({ root: path.join(fixtures, 'forceignored') });
        assert.deepEqual(result.findings.map(findingKey), []);
        assert.equal(result.summary, '0 flows, 23 rules');
    });
});
