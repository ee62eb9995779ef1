import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../package.mjs';
import { assertFindings } from './assert-findings.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'package');
const projectRoot = path.resolve(here, '..', '..', '..');

const check = (name) => run({ root: path.join(fixtures, name) });

describe('check:package', () => {
    test('clean fixture converts with every component in package.xml', async (t) => {
        // A temp parent of this test's own, so another run sharing the machine cannot interfere.
        const tempParent = fs.mkdtempSync(path.join(os.tmpdir(), 'package-test-'));
        t.after(() => fs.rmSync(tempParent, { recursive: true, force: true }));
        const { findings, summary } = await run({
            root: path.join(fixtures, 'clean'),
            tempParent
        });
        assert.deepEqual(findings, []);
        assert.match(summary, /^29 source component\(s\) in 1 package dir\(s\) converted/);
        assert.deepEqual(fs.readdirSync(tempParent), [], 'the conversion output is removed');
    });

    test('a class without its .cls-meta.xml, dropped by convert, is reported', async () => {
        const { findings } = await check('class-without-meta');
        assertFindings(findings, [
            {
                file: 'force-app/main/default/classes/InvoiceHelper.cls',
                line: 0,
                rule: 'package-missing',
                message:
                    /^ApexClass InvoiceHelper is missing from the converted package \(InvoiceHelper\.cls has no InvoiceHelper\.cls-meta\.xml/
            }
        ]);
    });

    test('TypeScript sources and Jest tests that reach the package are reported', async () => {
        const { findings } = await check('leaked-sources');
        const bundle = 'force-app/main/default/lwc/invoiceList';
        assertFindings(findings, [
            {
                file: `${bundle}/invoiceList.ts`,
                line: 0,
                rule: 'package-leak',
                message:
                    /a TypeScript source reached the converted package \(lwc\/invoiceList\/invoiceList\.ts\)/
            },
            {
                file: `${bundle}/__tests__/invoiceList.test.ts`,
                line: 0,
                rule: 'package-leak',
                message: /a Jest test reached the converted package/
            }
        ]);
    });

    test('a failed conversion names the file the CLI could not type', async () => {
        const { findings } = await check('unknown-type');
        assertFindings(findings, [
            {
                file: 'force-app/main/default/widgets/Foo.widget-meta.xml',
                line: 0,
                rule: 'convert-failed',
                message:
                    /^sf project convert source failed \(TypeInferenceError\): Could not infer a metadata type/
            }
        ]);
    });

    test('Tooling API namespace, fqn and a .forceignored README-only bundle convert', async () => {
        const { findings, summary } = await check('tooling-namespace');
        assert.deepEqual(findings, []);
        assert.match(summary, /^2 source component\(s\) in 1 package dir\(s\) converted/);
    });

    test('the real project converts completely', async () => {
        const { findings } = await run({ root: projectRoot });
        assert.deepEqual(findings, []);
    });
});
