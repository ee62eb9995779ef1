import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../refs.mjs';
import { expectFinding as expectOne } from './assert-findings.mjs';

const expectFinding = (findings, file, line, rule, fragment) =>
    expectOne(findings, { file, line, rule }, fragment);

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name) => path.join(here, '..', 'fixtures', 'refs', name);
const CLASS = 'force-app/main/default/classes/BrokenRefs.cls';

describe('check:refs', () => {
    it('accepts a project whose every name resolves', async () => {
        const { findings, summary } = await run({ root: fixture('clean') });
        assert.deepEqual(findings, []);
        assert.match(summary, /^5 files against 6 objects$/);
    });

    it('accepts the real project', async () => {
        const { findings } = await run({ root: path.resolve(here, '..', '..', '..') });
        assert.deepEqual(findings, []);
    });

    describe('planted defects', () => {
        let findings;
        before(async () => {
            ({ findings } = await run({ root: fixture('defects') }));
        });

        it('reports a SOQL field that exists nowhere', () => {
            expectFinding(findings, CLASS, 9, 'unknown-field', /SOQL: Order\.Nonexistent_Field__c/);
        });

        it('reports a managed field misspelled against the stub, with the right name', () => {
            expectFinding(
                findings,
                CLASS,
                11,
                'unknown-field',
                /ccrz__OrderStauts__c .*did you mean ccrz__OrderStatus__c\?/
            );
        });

        it('follows relationships in WHERE', () => {
            expectFinding(findings, CLASS, 15, 'unknown-field', /Account\.Nmae/);
        });

        it('reports a sub-query on a child relationship that does not exist', () => {
            expectFinding(findings, CLASS, 16, 'unknown-relationship', /OrderLines .* of Order/);
        });

        it('reports a field inside a semi-join', () => {
            expectFinding(findings, CLASS, 20, 'unknown-field', /SOQL: Order\.Stauts .*Status\?/);
        });

        it('reports an ORDER BY field', () => {
            expectFinding(findings, CLASS, 23, 'unknown-field', /SOQL: Order\.EfectiveDate/);
        });

        it('reports a custom object named without its namespace in a type, new or trigger', () => {
            const onLine24 = findings.filter((f) => f.file === CLASS && f.line === 24);
            assert.deepEqual(
                onLine24.map((f) => `${f.rule}: ${f.message.split(' is ')[0]}`).sort(),
                [
                    'unknown-object: SOQL FROM object: object Invoice__c',
                    'unknown-object: type Invoice__c'
                ],
                'List<Invoice__c>, and the FROM object whose fields cannot be checked'
            );
            expectFinding(
                findings,
                CLASS,
                25,
                'unknown-object',
                /type Invoice__c is not in force-app; a managed-package object needs its namespace/
            );
            expectFinding(
                findings,
                'force-app/main/default/triggers/InvoiceTrigger.trigger',
                1,
                'unknown-object',
                /trigger object Invoice__c is not in force-app/
            );
        });

        it('leaves Apex outside SOQL to check:compile', () => {
            assert.deepEqual(
                findings.filter((f) => f.file === CLASS && f.line > 25),
                [],
                "the field assignment after the queries is apex-ls's to report"
            );
        });

        it('reports a permission set naming a missing field, object and class', () => {
            const file =
                'force-app/main/default/permissionsets/Broken_Access.permissionset-meta.xml';
            expectFinding(findings, file, 4, 'unknown-class', /OrderSyncService/);
            expectFinding(findings, file, 9, 'unknown-field', /Order\.Missing_Field__c/);
            expectFinding(findings, file, 20, 'unknown-object', /Sync_Logs__c .*Sync_Log__c/);
        });

        it('reports custom metadata values that name missing fields, and unknown record fields', () => {
            const file = 'force-app/main/default/customMetadata/Field_Mapping.Broken.md-meta.xml';
            expectFinding(findings, file, 10, 'unknown-field', /Source_Field__c: Order\.Stauts/);
            expectFinding(findings, file, 14, 'unknown-field', /ccrz__OrderNumber__c/);
            expectFinding(findings, file, 18, 'unknown-field', /Unknown_Setting__c/);
        });

        it('reports flow $Record paths and record-element fields that do not exist', () => {
            const file = 'force-app/main/default/flows/Order_Flag_For_Sync.flow-meta.xml';
            expectFinding(findings, file, 15, 'unknown-field', /\$Record: Order\.Acount/);
            expectFinding(findings, file, 35, 'unknown-field', /Sync_to_B2B_Order__c/);
        });

        it('checks the stub itself against field names read from real orgs', () => {
            const file = 'config/schema-stub.json';
            expectFinding(
                findings,
                file,
                29,
                'schema',
                /OrderItem\.Quantity has type Integer; real orgs say Double/
            );
            expectFinding(findings, file, 40, 'schema', /ccrz__OrderNumbr__c is not in/);
        });

        it('reports nothing else', () => {
            assert.equal(findings.length, 20, JSON.stringify(findings, null, 1));
        });
    });

    it('skips files .forceignore excludes', async () => {
        const { findings, summary } = await run({ root: fixture('forceignored') });
        assert.deepEqual(findings, []);
        assert.match(summary, /^0 files against 0 objects$/);
    });

    describe('a project without config/schema-stub.json', () => {
        let result;
        before(async () => {
            result = await run({ root: fixture('no-stub') });
        });

        it('says its standard objects come from the reference', () => {
            assert.match(
                result.summary,
                /^1 files against \d+ objects \(no config\/schema-stub\.json: standard objects from the reference\)$/
            );
        });

        it('reports only a custom field the project does not declare', () => {
            // Account.Tradestyle (a real field the reference lacks), Campaign and Case (standard
            // objects it lacks), Contact.Level__c on a declared standard object, a tooling-namespace
            // root and a MetadataRelationship to EntityDefinition all pass.
            expectOne(
                result.findings,
                {
                    file: 'force-app/main/default/permissionsets/Support.permissionset-meta.xml',
                    line: 20,
                    rule: 'unknown-field'
                },
                /^field permission: Account\.Region__c is in neither force-app nor config\/schema-reference\/org-sobjects\.json \(the project has no config\/schema-stub\.json\)$/
            );
            assert.equal(result.findings.length, 1);
        });
    });
});
