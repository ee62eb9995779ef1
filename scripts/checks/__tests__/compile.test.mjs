import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../compile.mjs';
import {
    apexLsClassPath,
    apexLsJar,
    ensureJava17Overlay,
    JARS_DIR,
    JAVA17_MAJOR
} from '../lib/apexls-java17.mjs';
import { dependencyOrder, packagesFromReference, writePackages } from '../lib/apexls-packages.mjs';
import { assertFindings } from './assert-findings.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name) => path.join(here, '..', 'fixtures', 'compile', name);
const projectRoot = path.resolve(here, '..', '..', '..');
const PLANTED = 'force-app/main/default/classes/PlantedDefects.cls';
const CLASHES = 'force-app/main/default/classes/PlantedClashes.cls';

/** What the defects fixture must produce, and nothing else. */
const PLANTED_DEFECTS = [
    {
        file: PLANTED,
        line: 9,
        rule: 'hides-field',
        message: /Local variable is hiding class field 'panel'.*PlantedDefects\.cls: line 5/
    },
    {
        file: PLANTED,
        line: 10,
        rule: 'compile-error',
        message:
            /No matching method found for 'line' on 'InvoiceLines' taking arguments 'Schema\.Product2, Schema\.Product2, System\.Integer'/
    },
    {
        file: PLANTED,
        line: 11,
        rule: 'compile-error',
        message:
            /No matching method found for 'line' on 'InvoiceLines' taking arguments 'Schema\.Product2, System\.String', did you mean/
    },
    {
        file: PLANTED,
        line: 12,
        rule: 'compile-error',
        message: /No matching method found for 'lines' on 'InvoiceLines'/
    },
    {
        file: PLANTED,
        line: 14,
        rule: 'compile-error',
        message: /Incompatible types in assignment, from 'System\.String' to 'System\.Decimal'/
    },
    {
        file: PLANTED,
        line: 16,
        rule: 'compile-error',
        message: /Unknown field 'SBQQ__Statuss__c' on SObject 'Schema\.SBQQ__Quote__c'/
    },
    {
        file: PLANTED,
        line: 17,
        rule: 'compile-error',
        message: /Unknown field 'Nmae' on SObject 'Schema\.Account'/
    },
    {
        file: PLANTED,
        line: 18,
        rule: 'compile-error',
        message: /No variable or type found for 'total'/
    },
    {
        file: PLANTED,
        line: 19,
        rule: 'compile-error',
        message: /Unknown field or type 'No_Such_Label' on 'System\.Label'/
    },
    {
        file: 'force-app/main/default/classes/MissingMeta.cls',
        line: 1,
        rule: 'compile-error',
        message: /Type 'MissingMeta' is defined, but meta file is missing/
    },
    {
        file: 'force-app/main/default/classes/MissingMeta.cls',
        line: 5,
        rule: 'compile-error',
        message: /No type declaration found for 'Schema\.Nothing__c'/
    },
    {
        file: CLASHES,
        line: 11,
        rule: 'hides-field',
        message: /inner-class field 'pages' hides outer field 'PAGES' \(Integer\) of PlantedClashes/
    },
    {
        file: CLASHES,
        line: 19,
        rule: 'hides-field',
        message: /parameter 'panel' hides field 'PANEL' \(String\)/
    },
    {
        file: CLASHES,
        line: 21,
        rule: 'hides-field',
        message: /loop variable 'pages' hides field 'PAGES'/
    },
    {
        file: 'force-app/main/default/triggers/QuoteTrigger.trigger',
        line: 3,
        rule: 'compile-error',
        message: /Unknown field 'SBQQ__Stat__c' on SObject 'Schema\.SBQQ__Quote__c'/
    }
];

/** A folder of this test file's own, removed after it. */
let scratch;
before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-test-'));
});
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

const ownDir = (name) => fs.mkdtempSync(path.join(scratch, `${name}-`));

describe('apex-ls on Java 17', () => {
    test('the overlay rewrites exactly the Java 21 classes to Java 17, and is reused', () => {
        const cacheDir = ownDir('cache');
        const first = ensureJava17Overlay({ cacheDir });
        assert.equal(first.built, true);
        assert.equal(first.classes.length, 21);
        assert.ok(
            first.classes.includes('io/github/apexdevtools/apexls/api/IssuesCollection.class')
        );
        for (const name of first.classes) {
            const bytes = fs.readFileSync(path.join(first.dir, name));
            assert.equal(bytes.readUInt32BE(0), 0xcafebabe, `${name} is a class file`);
            assert.equal(bytes.readUInt16BE(6), JAVA17_MAJOR, `${name} is Java 17`);
        }
        const second = ensureJava17Overlay({ cacheDir });
        assert.deepEqual(
            { dir: second.dir, built: second.built },
            { dir: first.dir, built: false }
        );
    });

    test('without the overlay apex-ls does not start on this Java; with it, it does', () => {
        const args = ['io.github.apexdevtools.apexls.CheckForIssues', '-w', fixture('clean')];
        const plain = spawnSync('java', ['-cp', path.join(JARS_DIR, '*'), ...args, '-n'], {
            encoding: 'utf8'
        });
        const javaVersion = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr;
        if (/version "(1[7-9]|20)\./.test(javaVersion)) {
            assert.match(plain.stderr, /UnsupportedClassVersionError/);
        }
        const overlay = ensureJava17Overlay({ cacheDir: ownDir('cache') });
        const patched = spawnSync('java', ['-cp', apexLsClassPath(overlay.dir), ...args, '-n'], {
            encoding: 'utf8'
        });
        assert.doesNotMatch(patched.stderr, /UnsupportedClassVersionError/);
        // The fixture's managed objects are unknown without the generated packages: apex-ls ran
        // and reported them (exit 4), which is all this test asks.
        assert.equal(patched.status, 4, patched.stderr);
        assert.match(patched.stdout, /No type declaration found for 'Schema\.SBQQ__Quote__c'/);
    });

    test('the apex-ls jar is the one the overlay was checked for', () => {
        assert.match(path.basename(apexLsJar()), /^apex-ls_2\.13-5\.3\.0/);
    });
});

describe('managed packages from the reference schema', () => {
    const reference = {
        objects: {
            SBQQ__Quote__c: {
                fields: {
                    Id: 'Id',
                    Name: 'String',
                    SBQQ__NetAmount__c: 'Decimal',
                    SBQQ__Primary__c: 'Boolean',
                    SBQQ__Account__c: 'Id',
                    SBQQ__Account__r: 'Account',
                    SBQQ__Opportunity2__c: 'Id',
                    SBQQ__Opportunity2__r: 'Opportunity',
                    SBQQ__OriginalQuote__c: 'Id',
                    SBQQ__OriginalQuote__r: 'SBQQ__Quote__c',
                    Case__c: 'Id',
                    Case__r: 'Case',
                    blng__BillingAccount__c: 'Id',
                    blng__BillingAccount__r: 'Account'
                }
            },
            Order: {
                fields: { Id: 'Id', SBQQ__Quote__c: 'Id', SBQQ__Quote__r: 'SBQQ__Quote__c' }
            }
        }
    };

    test('each namespace gets its objects and its fields on other objects, org additions left out', () => {
        const dir = ownDir('packages');
        const written = writePackages(packagesFromReference(reference), dir, '61.0');
        assert.deepEqual(
            written.map(({ namespace, objects, fields }) => ({ namespace, objects, fields })),
            [
                { namespace: 'SBQQ', objects: 1, fields: 6 },
                { namespace: 'blng', objects: 0, fields: 1 }
            ]
        );
        const sbqq = path.join(dir, 'SBQQ');
        assert.deepEqual(JSON.parse(fs.readFileSync(path.join(sbqq, 'sfdx-project.json'))), {
            packageDirectories: [{ path: 'metadata', default: true }],
            namespace: 'SBQQ',
            sourceApiVersion: '61.0'
        });
        const quote = path.join(sbqq, 'metadata', 'objects', 'Quote__c');
        assert.ok(fs.existsSync(path.join(quote, 'Quote__c.object-meta.xml')));
        assert.deepEqual(fs.readdirSync(path.join(quote, 'fields')).sort(), [
            'Account__c.field-meta.xml',
            'NetAmount__c.field-meta.xml',
            'Opportunity2__c.field-meta.xml',
            'OriginalQuote__c.field-meta.xml',
            'Primary__c.field-meta.xml'
        ]);
        const field = (name) => fs.readFileSync(path.join(quote, 'fields', name), 'utf8');
        assert.match(field('NetAmount__c.field-meta.xml'), /<type>Number<\/type>/);
        assert.match(field('Primary__c.field-meta.xml'), /<type>Checkbox<\/type>/);
        assert.match(field('Account__c.field-meta.xml'), /<referenceTo>Account<\/referenceTo>/);
        assert.match(
            field('OriginalQuote__c.field-meta.xml'),
            /<referenceTo>Quote__c<\/referenceTo>/,
            'a reference inside the package is written without its namespace'
        );
        const orderField = path.join(sbqq, 'metadata', 'objects', 'Order', 'fields');
        assert.deepEqual(fs.readdirSync(orderField), ['Quote__c.field-meta.xml']);
        assert.ok(
            fs.existsSync(
                path.join(dir, 'blng', 'metadata', 'objects', 'SBQQ__Quote__c', 'fields')
            ),
            "blng's field on a CPQ object sits in blng under the object's full name"
        );
    });
});

describe('dependency order of the generated packages', () => {
    test('a namespace comes after those whose objects its fields sit on', () => {
        const packages = packagesFromReference({
            objects: {
                SBQQ__Quote__c: { fields: { SBQQ__Status__c: 'String', blng__Flag__c: 'Boolean' } },
                ccrz__E_Order__c: { fields: { ccrz__Name__c: 'String' } }
            }
        });
        assert.deepEqual(dependencyOrder(packages), ['SBQQ', 'blng', 'ccrz']);
    });
});

describe('check:compile', () => {
    test('modern Apex on managed objects compiles without a finding', async () => {
        const tempParent = ownDir('run');
        const before = fs.readFileSync(path.join(fixture('clean'), 'sfdx-project.json'), 'utf8');
        const { findings, summary } = await run({ root: fixture('clean'), tempParent });
        assert.deepEqual(findings, []);
        assert.equal(
            summary,
            '1 class, 1 trigger type-checked by apex-ls against blng, ccrz, SBQQ'
        );
        assert.equal(
            fs.readFileSync(path.join(fixture('clean'), 'sfdx-project.json'), 'utf8'),
            before,
            "the project's sfdx-project.json is never changed"
        );
        assert.deepEqual(fs.readdirSync(tempParent), [], 'the workspace is removed');
    });

    test('every planted defect is reported with its file, line and message', async () => {
        const { findings } = await run({ root: fixture('defects'), tempParent: ownDir('run') });
        assertFindings(findings, PLANTED_DEFECTS);
    });

    test('the real project compiles: every class and trigger, no finding', async () => {
        const { findings, summary } = await run({ root: projectRoot, tempParent: ownDir('run') });
        assert.deepEqual(findings, []);
        assert.match(summary, /^\d{2,} classes, \d+ triggers? type-checked/);
    });

    test('every planted defect is reported when put into the real project', async () => {
        // The real force-app plus one more package directory holding the planted class.
        const project = ownDir('planted');
        fs.symlinkSync(path.join(projectRoot, 'force-app'), path.join(project, 'force-app'));
        fs.symlinkSync(path.join(fixture('defects'), 'force-app'), path.join(project, 'defects'));
        const classes = path.join(project, 'planted', 'classes');
        fs.mkdirSync(classes, { recursive: true });
        const source = [
            '@IsTest',
            'private class PlantedLedgerTest {',
            "    private static final String PANEL_NAME = 'Panel';",
            '    @IsTest',
            '    static void shouldNotCompile() {',
            "        Product2 panel_name = new Product2(Name = 'Panel');",
            '        MyInvoicesTestData.line(null, panel_name, PANEL_NAME, 2, 45, 10);',
            "        Assert.isNotNull(panel_name, 'never reached');",
            '    }',
            '}'
        ].join('\n');
        fs.writeFileSync(path.join(classes, 'PlantedLedgerTest.cls'), `${source}\n`);
        fs.copyFileSync(
            path.join(fixture('defects'), `${PLANTED}-meta.xml`),
            path.join(classes, 'PlantedLedgerTest.cls-meta.xml')
        );
        fs.writeFileSync(
            path.join(project, 'sfdx-project.json'),
            JSON.stringify({
                packageDirectories: [
                    { path: 'force-app', default: true },
                    { path: 'defects' },
                    { path: 'planted' }
                ],
                namespace: '',
                sourceApiVersion: '67.0'
            })
        );
        const { findings } = await run({ root: project, tempParent: ownDir('run') });
        const file = 'planted/classes/PlantedLedgerTest.cls';
        const fromFixture = PLANTED_DEFECTS.map((want) => ({
            ...want,
            file: want.file.replace(/^force-app\//, 'defects/')
        }));
        assertFindings(findings, [
            ...fromFixture,
            { file, line: 6, rule: 'hides-field', message: /hiding class field 'panel_name'/ },
            {
                file,
                line: 7,
                rule: 'compile-error',
                message:
                    /No matching method found for 'line' on 'MyInvoicesTestData' taking arguments 'null, Schema\.Product2, Schema\.Product2, /
            }
        ]);
    });

    test('what .forceignore keeps out of a deploy is not type-checked', async () => {
        const { findings, summary } = await run({
            root: fixture('forceignored'),
            tempParent: ownDir('run')
        });
        assert.deepEqual(findings, [], 'classes/scratch/Unfinished.cls does not compile');
        assert.match(summary, /^1 class, 0 triggers/);
    });

    test('platform types apex-ls lacks are accepted; a DataWeave script that does not exist is not', async () => {
        const { findings } = await run({
            root: fixture('platform-types'),
            tempParent: ownDir('run')
        });
        assertFindings(findings, [
            {
                file: 'force-app/main/default/classes/PlatformTypes.cls',
                line: 14,
                rule: 'compile-error',
                message: /No type declaration found for 'DataWeaveScriptResource\.farewell'/
            }
        ]);
    });

    test('without its .forceignore rule the ignored class would be reported', async () => {
        const copy = ownDir('unignored');
        fs.cpSync(fixture('forceignored'), copy, {
            recursive: true,
            filter: (source) => path.basename(source) !== '.forceignore'
        });
        const { findings } = await run({ root: copy, tempParent: ownDir('run') });
        assert.deepEqual(
            findings.map((f) => `${f.file}:${f.line}`),
            ['force-app/main/default/classes/scratch/Unfinished.cls:8'],
            'the control: the same class is a finding once nothing ignores it'
        );
    });

    test("a namespace the project only names is still checked against the package's fields", async () => {
        const project = ownDir('ghosted');
        fs.symlinkSync(path.join(fixture('defects'), 'force-app'), path.join(project, 'force-app'));
        fs.writeFileSync(
            path.join(project, 'sfdx-project.json'),
            JSON.stringify({
                packageDirectories: [{ path: 'force-app', default: true }],
                namespace: '',
                sourceApiVersion: '67.0',
                plugins: {
                    dependencies: [{ namespace: 'SBQQ' }],
                    additionalNamespaces: ['blng']
                }
            })
        );
        const { findings, summary } = await run({ root: project, tempParent: ownDir('run') });
        assert.ok(
            findings.some((f) => /SBQQ__Statuss__c/.test(f.message)),
            'the SBQQ typo is still found'
        );
        assert.ok(
            findings.some((f) => /from 'System\.String' to 'System\.Decimal'/.test(f.message)),
            'and the blng type error'
        );
        assert.match(summary, /against blng, ccrz, SBQQ$/);
    });

    test("a field of one package on another package's object is understood", async () => {
        const project = ownDir('cross');
        const classes = path.join(project, 'force-app', 'classes');
        fs.mkdirSync(classes, { recursive: true });
        fs.writeFileSync(
            path.join(project, 'sfdx-project.json'),
            JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }] })
        );
        fs.writeFileSync(
            path.join(classes, 'Billing.cls'),
            [
                'public with sharing class Billing {',
                '    public static Id accountOf(SBQQ__Quote__c quote) {',
                "        quote.SBQQ__Status__c = 'Draft';",
                '        return quote.blng__BillingAccount__c ?? quote.blng__Typo__c;',
                '    }',
                '}',
                ''
            ].join('\n')
        );
        fs.copyFileSync(
            path.join(fixture('defects'), `${PLANTED}-meta.xml`),
            path.join(classes, 'Billing.cls-meta.xml')
        );
        const referenceFile = path.join(project, 'reference.json');
        fs.writeFileSync(
            referenceFile,
            JSON.stringify({
                objects: {
                    SBQQ__Quote__c: {
                        fields: {
                            Id: 'Id',
                            SBQQ__Status__c: 'String',
                            blng__BillingAccount__c: 'Id',
                            blng__BillingAccount__r: 'Account'
                        }
                    }
                }
            })
        );
        const { findings } = await run({ root: project, referenceFile, tempParent: ownDir('run') });
        assertFindings(findings, [
            {
                file: 'force-app/classes/Billing.cls',
                line: 4,
                rule: 'compile-error',
                message: /Unknown field 'blng__Typo__c' on SObject 'Schema\.SBQQ__Quote__c'/
            }
        ]);
    });

    test('a package directory outside the project is a finding, not a silent pass', async () => {
        const project = ownDir('outside');
        fs.writeFileSync(
            path.join(project, 'sfdx-project.json'),
            JSON.stringify({
                packageDirectories: [
                    { path: path.relative(project, fixture('clean')) + '/force-app' }
                ]
            })
        );
        const { findings } = await run({ root: project, tempParent: ownDir('run') });
        assertFindings(findings, [
            {
                file: 'sfdx-project.json',
                line: 0,
                rule: 'apex-ls',
                message: /is outside the project, so its Apex cannot be type-checked/
            }
        ]);
    });

    test('a checker that prints nothing, or crashes, fails the gate', async () => {
        const fake = (name, body) => {
            const file = path.join(ownDir('java'), name);
            fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
            return file;
        };
        for (const [java, said] of [
            [fake('silent', 'exit 0'), /apex-ls failed \(exit 0\)/],
            [
                fake('crash', 'echo "java.lang.NullPointerException" >&2; exit 3'),
                /exit 3\): java\.lang\.NullPointerException/
            ],
            [fake('garbled', 'echo "{ not json"; exit 4'), /exit 4\)/]
        ]) {
            const { findings } = await run({
                root: fixture('clean'),
                java,
                tempParent: ownDir('run')
            });
            assertFindings(findings, [
                { file: 'sfdx-project.json', line: 0, rule: 'apex-ls', message: said }
            ]);
        }
    });

    test('a machine without Java fails the gate instead of passing it', async () => {
        const { findings } = await run({
            root: fixture('clean'),
            java: path.join(scratch, 'no-such-java'),
            tempParent: ownDir('run')
        });
        assertFindings(findings, [
            {
                file: 'sfdx-project.json',
                line: 0,
                rule: 'apex-ls',
                message: /apex-ls could not start: Java 17\+ is needed/
            }
        ]);
    });
});
