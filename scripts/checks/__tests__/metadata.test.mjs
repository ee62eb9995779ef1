import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../metadata.mjs';
import { loadMetadataSchema, parseMetadataTypes } from '../lib/metadata-schema.mjs';
import { readXml } from '../lib/metadata-xml.mjs';
import { assertFindings } from './assert-findings.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'metadata');
const projectRoot = path.resolve(here, '..', '..', '..');
const FIELDS = 'force-app/main/default/objects/Invoice__c/fields';

const check = (name) => run({ root: path.join(fixtures, name) });

describe('check:metadata', () => {
    test('clean fixture with many metadata types has no findings', async () => {
        const { findings, summary } = await check('clean');
        assert.deepEqual(findings, []);
        assert.match(
            summary,
            /^30 metadata file\(s\), 2 Apex source\(s\), 1 LWC bundle\(s\), 2 JSON/
        );
    });

    test('malformed XML names the file and the line the parser stopped at', async () => {
        const { findings } = await check('malformed-xml');
        assertFindings(findings, [
            {
                file: `${FIELDS}/Amount__c.field-meta.xml`,
                line: 8,
                rule: 'xml-wellformed',
                message: /malformed XML: Expected closing tag 'label' \(opened in line 4/
            }
        ]);
    });

    test('unknown and repeated elements are reported where they start', async () => {
        const { findings } = await check('unknown-element');
        const file = `${FIELDS}/Amount__c.field-meta.xml`;
        assertFindings(findings, [
            {
                file,
                line: 5,
                rule: 'unknown-element',
                message: /<lable> is not an element of CustomField \(did you mean <label>\?\)/
            },
            {
                file,
                line: 20,
                rule: 'unknown-element',
                message: /<labell> is not an element of CustomValue/
            },
            {
                file,
                line: 24,
                rule: 'duplicate-element',
                message: /<description> appears more than once in CustomField/
            }
        ]);
    });

    test('an enum value outside the WSDL list names the enum type', async () => {
        const { findings } = await check('bad-enum');
        assertFindings(findings, [
            {
                file: `${FIELDS}/Amount__c.field-meta.xml`,
                line: 7,
                rule: 'invalid-enum',
                message:
                    /<type> in CustomField: 'Currancy' is not a valid FieldType \(did you mean 'Currency'\?\)/
            }
        ]);
    });

    test('booleans and numbers are checked, on the right one of repeated elements', async () => {
        const { findings } = await check('bad-values');
        assertFindings(findings, [
            {
                file: `${FIELDS}/Paid__c.field-meta.xml`,
                line: 6,
                rule: 'invalid-boolean',
                message: /<required> in CustomField must be true or false, found 'maybe'/
            },
            {
                file: `${FIELDS}/Status__c.field-meta.xml`,
                line: 22,
                rule: 'invalid-boolean',
                message: /<default> in CustomValue must be true or false, found 'no'/
            },
            {
                file: `${FIELDS}/Notes__c.field-meta.xml`,
                line: 7,
                rule: 'invalid-number',
                message: /<visibleLines> in CustomField must be a number, found 'five'/
            }
        ]);
    });

    test('root element must match the suffix, the namespace and a known type', async () => {
        const { findings } = await check('wrong-root');
        const widget = 'force-app/main/default/widgets/Foo.widget-meta.xml';
        assertFindings(findings, [
            {
                file: `${FIELDS}/Amount__c.field-meta.xml`,
                line: 2,
                rule: 'root-mismatch',
                message:
                    /\.field-meta\.xml file here holds a CustomField, but the root element is <CustomObject>/
            },
            {
                file: 'force-app/main/default/flows/Old_Flow.flow-meta.xml',
                line: 2,
                rule: 'xml-namespace',
                message:
                    /must declare xmlns="http:\/\/soap\.sforce\.com\/2006\/04\/metadata" \(found "http:\/\/soap\.sforce\.com\/2006\/04\/metadata\/"\); the Tooling API's xmlns="urn:metadata\.tooling\.soap\.sforce\.com" is accepted too$/
            },
            {
                file: widget,
                line: 2,
                rule: 'unknown-suffix',
                message: /no metadata type uses the suffix \.widget-meta\.xml/
            },
            {
                file: widget,
                line: 2,
                rule: 'unknown-root',
                message: /<Widget> is not a Metadata API type/
            }
        ]);
    });

    test('Apex sources, LWC bundles and custom objects without their metadata file', async () => {
        const { findings } = await check('missing-meta');
        const base = 'force-app/main/default';
        assertFindings(findings, [
            {
                file: `${base}/classes/InvoiceHelper.cls`,
                line: 0,
                rule: 'missing-meta',
                message: /ApexClass InvoiceHelper has no InvoiceHelper\.cls-meta\.xml/
            },
            {
                file: `${base}/triggers/InvoiceTrigger.trigger`,
                line: 0,
                rule: 'missing-meta',
                message: /ApexTrigger InvoiceTrigger has no InvoiceTrigger\.trigger-meta\.xml/
            },
            {
                file: `${base}/lwc/invoiceList`,
                line: 0,
                rule: 'missing-meta',
                message: /LWC bundle invoiceList has no invoiceList\.js-meta\.xml/
            },
            {
                file: `${base}/objects/Credit_Note__c`,
                line: 0,
                rule: 'missing-meta',
                message: /custom object Credit_Note__c has no Credit_Note__c\.object-meta\.xml/
            }
        ]);
    });

    test('scratch definition: schema errors and settings, with JSON path and line', async () => {
        const { findings } = await check('bad-scratch-def');
        const file = 'config/project-scratch-def.json';
        assertFindings(findings, [
            { file, line: 4, rule: 'json-schema', message: /^hasSampleData: must be boolean/ },
            {
                file,
                line: 5,
                rule: 'json-schema',
                message:
                    /^features\[1\]: "MultiCurrancy" is not an allowed value \(did you mean "MultiCurrency"\?\)/
            },
            {
                file,
                line: 9,
                rule: 'scratch-settings',
                message:
                    /^settings\.orderSettings\.enableNegativeQuantity: must be true or false, found "sometimes"/
            },
            {
                file,
                line: 10,
                rule: 'scratch-settings',
                message:
                    /^settings\.orderSettings\.enableOrderz: OrderSettings has no field "enableOrderz" \(did you mean "enableOrders"\?\)/
            },
            {
                file,
                line: 12,
                rule: 'scratch-settings',
                message:
                    /^settings\.quoteSetting: "quoteSetting" is not a Metadata API settings type/
            }
        ]);
    });

    test('sfdx-project.json is validated against its schema', async () => {
        const { findings } = await check('bad-project-json');
        assertFindings(findings, [
            {
                file: 'sfdx-project.json',
                line: 9,
                rule: 'json-schema',
                message: /^sourceApiVersion: must be string/
            },
            {
                file: 'sfdx-project.json',
                line: 11,
                rule: 'json-schema',
                message: /^packageAliasses: unknown property "packageAliasses"/
            }
        ]);
    });

    test('sfdx-project.json that is not JSON stops the check with the line', async () => {
        const { findings, summary } = await check('broken-project-json');
        assertFindings(findings, [
            {
                file: 'sfdx-project.json',
                line: 7,
                rule: 'json-syntax',
                message: /^not valid JSON: unexpected "\]"/
            }
        ]);
        assert.match(summary, /nothing else checked/);
    });

    test('LWC targetConfigs: attributes are accepted, their rules checked', async () => {
        const { findings } = await check('lwc-config');
        const file = 'force-app/main/default/lwc/invoiceList/invoiceList.js-meta.xml';
        assertFindings(findings, [
            {
                file,
                line: 12,
                rule: 'lwc-target-config',
                message:
                    /configures lightning__RecordPage, which the bundle does not list in <targets>/
            },
            { file, line: 13, rule: 'lwc-target-config', message: /<property> needs a name/ },
            {
                file,
                line: 15,
                rule: 'lwc-target-config',
                message: /<supportedFormFactor> type must be Small or Large, found 'Medium'/
            },
            {
                file,
                line: 19,
                rule: 'unexpected-attribute',
                message: /<masterLabel> has attribute lang="en"/
            }
        ]);
    });

    test('the real project has no findings', async () => {
        const { findings } = await run({ root: projectRoot });
        assert.deepEqual(findings, []);
    });
});

describe('metadata XML reader', () => {
    test('keeps element offsets past comments, CDATA and attributes holding ">"', () => {
        const text = [
            '<?xml version="1.0"?>',
            '<A xmlns="ns">',
            '    <!-- <B>not an element</B> -->',
            '    <B note="a > b">one</B>',
            '    <B><![CDATA[<B>two</B>]]></B>',
            '    <C',
            '    >x &amp; y</C>',
            '</A>'
        ].join('\n');
        const root = readXml(text);
        const lineOf = (element) => text.slice(0, element.offset).split('\n').length;
        assert.deepEqual(
            root.children.map((e) => [e.name, lineOf(e), e.text]),
            [
                ['B', 4, 'one'],
                ['B', 5, '<B>two</B>'],
                ['C', 6, 'x & y']
            ]
        );
        assert.deepEqual(root.children[0].attrs, { note: 'a > b' });
    });
});

describe('metadata schema', () => {
    test('is derived from the @salesforce/types declarations', () => {
        const schema = loadMetadataSchema();
        assert.match(schema.source, /^@salesforce\/types@\d+\.\d+\.\d+$/);
        assert.ok(schema.enums.FieldType.includes('Currency'));
        assert.deepEqual(schema.types.CustomField.fields.type, { type: 'FieldType', array: false });
        assert.equal(schema.types.CustomField.base, 'Metadata');
    });

    test('reads enums, intersections, arrays and aliases from a d.ts text', () => {
        const schema = parseMetadataTypes(
            [
                'export type Metadata = { fullName?: string; };',
                "export type Kind = 'A' | 'B';",
                'export type Widget = Metadata & { kind?: Kind; parts: Part[]; size: number; };',
                'export type Part = { on: boolean; tags: string[]; extra?: any; };',
                'export type Gadget = Widget;'
            ].join('\n'),
            'test'
        );
        assert.deepEqual(schema.enums.Kind, ['A', 'B']);
        assert.deepEqual(schema.types.Widget, {
            base: 'Metadata',
            fields: {
                kind: { type: 'Kind', array: false },
                parts: { type: 'Part', array: true },
                size: { type: 'number', array: false }
            }
        });
        assert.deepEqual(schema.types.Part.fields.tags, { type: 'string', array: true });
        assert.deepEqual(schema.types.Part.fields.extra, { type: 'any', array: false });
        assert.equal(schema.aliases.Gadget, 'Widget');
    });

    test('files written with the Tooling API namespace and an fqn are accepted', async () => {
        // <ApexClass xmlns="urn:metadata.tooling.soap.sforce.com" fqn="Greeter">: orgs accept it
        const { findings, summary } = await check('tooling-namespace');
        assert.deepEqual(findings, []);
        assert.match(summary, /^2 metadata file\(s\), 1 Apex source\(s\), 1 LWC bundle\(s\)/);
    });

    test('.forceignored paths are not checked: a README-only bundle, a listed class', async () => {
        const { findings, summary } = await check('forceignored');
        assert.deepEqual(findings, []);
        assert.match(summary, /^1 metadata file\(s\), 1 Apex source\(s\), 0 LWC bundle\(s\)/);
    });

    test('a field deployable source uses but @salesforce/types leaves out is accepted', async () => {
        const { findings } = await check('types-gap');
        assert.deepEqual(findings, []);
    });
});
