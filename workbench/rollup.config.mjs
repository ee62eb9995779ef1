/**
 * Rollup configuration of the workbench page: the project's components (compiled from TypeScript
 * into workbench/modules/c by build.mjs) with the real lightning-base-components, LWC 9.4.3 and
 * synthetic shadow, in one IIFE bundle. `npm start` runs it through build.mjs.
 *
 * Modules that only exist inside an org are served here instead:
 * - `@salesforce/apex/MyInvoicesController.*` → the fake controller over sample-data.json
 *   (src/apex.js → fake-apex.mjs), `LogiSenseCatalogueController.*` and `LogiSensePushController.*`
 *   → fake-logisense.mjs over the Apex tests' fixtures; any other Apex method rejects, so a new
 *   call shows up;
 * - `@salesforce/label/c.*` → the real values of every force-app/**\/*.labels-meta.xml
 *   (the base components' own `@salesforce/label/Lightning*` labels come from their package);
 * - `@salesforce/schema|user|community|resourceUrl|customPermission/*`, `lightning/navigation`,
 *   `lightning/platformShowToastEvent`, `lightning/actions` and `lightning/refresh` → small
 *   stand-ins.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { XMLParser } from 'fast-xml-parser';

const workbench = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(workbench, '..');
export const modulesDir = path.join(workbench, 'modules');
export const distDir = path.join(workbench, 'dist');

// The project's top-level @lwc/engine-dom is sfdx-lwc-jest's 8.x; the compiler here is the `lwc`
// package's 9.4.3, so the runtime must be its copy too.
const lwcRequire = createRequire(path.join(root, 'node_modules/lwc/package.json'));
const LWC_RUNTIME = {
    lwc: lwcRequire.resolve('@lwc/engine-dom'),
    '@lwc/synthetic-shadow': lwcRequire.resolve('@lwc/synthetic-shadow'),
    '@lwc/wire-service': lwcRequire.resolve('@lwc/wire-service')
};

/** Base-component template warnings that say nothing about our code. */
const QUIET_LWC_WARNINGS = new Set(['LWC1149', 'LWC1137', 'LWC1057', 'LWC1145']);

/**
 * Every custom label of the project, from each *.labels-meta.xml under force-app.
 * @returns {Map<string, string>} fullName → value
 */
export function readCustomLabels() {
    const parser = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false });
    const labels = new Map();
    const walk = (dir) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory() && entry.name !== 'node_modules') {
                walk(full);
            } else if (entry.name.endsWith('.labels-meta.xml')) {
                const xml = parser.parse(fs.readFileSync(full, 'utf8'));
                for (const label of xml.CustomLabels?.labels ?? []) {
                    labels.set(String(label.fullName), String(label.value ?? ''));
                }
            }
        }
    };
    walk(path.join(root, 'force-app'));
    return labels;
}

const VIRTUAL = '\0workbench:';
const APEX_BRIDGE = path.join(workbench, 'src', 'apex.js');

/** Serves the org-only modules; see the header comment. */
function orgModules() {
    let labels;
    return {
        name: 'workbench-org-modules',
        buildStart() {
            labels = readCustomLabels();
            this.addWatchFile(path.join(root, 'force-app'));
        },
        resolveId(source) {
            if (LWC_RUNTIME[source]) {
                return LWC_RUNTIME[source];
            }
            if (source.startsWith('@salesforce/i18n/')) {
                // The base components' own stand-ins (en-US), for our components too.
                const shim = path.join(
                    root,
                    'node_modules/lightning-base-components/scopedImports',
                    `@salesforce-i18n-${source.slice('@salesforce/i18n/'.length)}.js`
                );
                return fs.existsSync(shim) ? shim : null;
            }
            if (
                /^@salesforce\/(apex|schema|user|community|resourceUrl|customPermission|contentAssetUrl)(\/|$)/.test(
                    source
                ) ||
                source.startsWith('@salesforce/label/c.') ||
                source === 'lightning/navigation' ||
                source === 'lightning/platformShowToastEvent' ||
                source === 'lightning/actions' ||
                source === 'lightning/refresh'
            ) {
                return VIRTUAL + source;
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) {
                return null;
            }
            const source = id.slice(VIRTUAL.length);
            const [, kind, rest = ''] = /^@salesforce\/([^/]+)\/?(.*)$/.exec(source) ?? [];
            if (source.startsWith('@salesforce/label/c.')) {
                const name = source.slice('@salesforce/label/c.'.length);
                if (!labels.has(name)) {
                    this.error(`Custom label c.${name} is in no force-app/**/*.labels-meta.xml`);
                }
                return `export default ${JSON.stringify(labels.get(name))};`;
            }
            if (source === '@salesforce/apex') {
                return 'export const refreshApex = () => Promise.resolve(); export const getSObjectValue = (record, field) => record?.[field?.fieldApiName ?? field];';
            }
            if (kind === 'apex') {
                return `import { apexMethod } from ${JSON.stringify(APEX_BRIDGE)};\nexport default apexMethod(${JSON.stringify(rest)});`;
            }
            if (kind === 'schema') {
                const [objectApiName, ...field] = rest.split('.');
                return `export default ${JSON.stringify({ objectApiName, fieldApiName: field.join('.') })};`;
            }
            if (kind === 'user') {
                return rest === 'isGuest'
                    ? 'export default false;'
                    : 'export default "005Wb00000WrkBnch1";';
            }
            if (kind === 'community') {
                return rest === 'basePath'
                    ? 'export default "";'
                    : 'export default "0DBWb00000WrkBnch1";';
            }
            if (kind === 'resourceUrl' || kind === 'contentAssetUrl') {
                return `export default ${JSON.stringify(`/resource/${rest}`)};`;
            }
            if (kind === 'customPermission') {
                return 'export default false;';
            }
            if (source === 'lightning/platformShowToastEvent') {
                return [
                    'export class ShowToastEvent extends CustomEvent {',
                    "    constructor(detail) { super('lightning__showtoast', { detail, bubbles: true, composed: true }); }",
                    '}'
                ].join('\n');
            }
            if (source === 'lightning/refresh') {
                return [
                    'export class RefreshEvent extends CustomEvent {',
                    "    constructor() { super('lightning__refresh', { bubbles: true, composed: true }); }",
                    '}'
                ].join('\n');
            }
            if (source === 'lightning/actions') {
                return [
                    'export class CloseActionScreenEvent extends CustomEvent {',
                    "    constructor() { super('close', { bubbles: true, composed: true }); }",
                    '}'
                ].join('\n');
            }
            // lightning/navigation
            return [
                "const Navigate = Symbol('Navigate');",
                "const GenerateUrl = Symbol('GenerateUrl');",
                'export const NavigationMixin = (Base) => class extends Base {',
                "    [Navigate](pageReference) { console.info('navigate', JSON.stringify(pageReference)); }",
                "    [GenerateUrl](pageReference) { return Promise.resolve('#' + encodeURIComponent(JSON.stringify(pageReference))); }",
                '};',
                'NavigationMixin.Navigate = Navigate;',
                'NavigationMixin.GenerateUrl = GenerateUrl;',
                'export class CurrentPageReference {',
                '    constructor(callback) { this.callback = callback; }',
                '    connect() { this.callback({ type: "standard__namedPage", attributes: { pageName: "home" }, state: {} }); }',
                '    disconnect() {}',
                '    update() {}',
                '}'
            ].join('\n');
        },
        transform(code, id) {
            if (id.endsWith('.json')) {
                return { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: null };
            }
            return null;
        }
    };
}

/**
 * @param {{ mode?: 'production' | 'development' }} [options]
 * @returns {import('rollup').RollupOptions}
 */
export function workbenchConfig({ mode = 'production' } = {}) {
    return {
        input: path.join(workbench, 'src', 'main.js'),
        output: {
            file: path.join(distDir, 'app.js'),
            format: 'iife',
            inlineDynamicImports: true
        },
        plugins: [
            orgModules(),
            replace({
                preventAssignment: true,
                values: {
                    'import.meta.env.SSR': 'false',
                    'process.env.NODE_ENV': JSON.stringify(mode)
                }
            }),
            lwc({
                rootDir: workbench,
                modules: [{ dir: modulesDir }, { npm: 'lightning-base-components' }],
                defaultModules: [],
                enableDynamicComponents: true,
                // lightning-base-combobox calls attachInternals(), which synthetic shadow allows only so.
                enableSyntheticElementInternals: true,
                // Only components need the LWC compiler; the runtime, the page script, the fake
                // server and the sample data are plain modules.
                exclude: [
                    '**/node_modules/lwc/**',
                    '**/node_modules/@lwc/**',
                    path.join(workbench, 'src', '**'),
                    path.join(workbench, '*.mjs'),
                    '**/*.json'
                ]
            })
        ],
        onwarn(warning, warn) {
            const ids = [warning.loc?.file ?? warning.id ?? '', ...(warning.ids ?? [])];
            if (ids.some((id) => id.includes('node_modules'))) {
                if (QUIET_LWC_WARNINGS.has(warning.pluginCode)) {
                    return;
                }
                if (['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(warning.code)) {
                    return;
                }
            }
            warn(warning);
        }
    };
}

export default workbenchConfig();
