#!/usr/bin/env node
/**
 * Builds the workbench page into workbench/dist:
 *   1. copies every LWC bundle of force-app into workbench/modules/c/<name>/, each .ts compiled
 *      to .js exactly as `npm run build` compiles it for the org (tests and meta files left out);
 *   2. bundles src/main.js with rollup (rollup.config.mjs);
 *   3. copies index.html, public/*, the SLDS stylesheet and the SLDS icon sprites.
 *
 * Skips all of it when nothing it reads changed since the last build (workbench/dist/.inputs);
 * `--force` rebuilds anyway.
 *
 *   node workbench/build.mjs [--force]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { compileLwc } from '../scripts/lib-lwc.mjs';
import { distDir, modulesDir, workbenchConfig } from './rollup.config.mjs';
import { metadataFolders, walkFiles } from '../scripts/checks/lib/project.mjs';

const workbench = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(workbench, '..');
const SLDS = path.join(root, 'node_modules/@salesforce-ux/design-system/assets');
const SPRITES = ['action', 'custom', 'doctype', 'standard', 'utility'];
const STAMP = path.join(distDir, '.inputs');

const SKIPPED = new Set(['node_modules', '__tests__', 'dist', 'modules']);
const walk = (dir, accept) => walkFiles(dir, accept, SKIPPED);

/** The LWC bundle folders of force-app: name → absolute folder. */
function lwcBundles() {
    const bundles = new Map();
    for (const folder of metadataFolders(root, 'lwc')) {
        const name = path.basename(folder);
        if (bundles.has(name)) {
            throw new Error(`Two LWC bundles named ${name}`);
        }
        bundles.set(name, folder);
    }
    return bundles;
}

/** A digest of everything the build reads, so an unchanged tree needs no rebuild. */
function inputsDigest(mode) {
    const files = [
        ...walk(path.join(root, 'force-app'), (file) => {
            const parts = file.split(path.sep);
            return (
                parts.includes('lwc') ||
                file.endsWith('.labels-meta.xml') ||
                (parts.includes('staticresources') && file.endsWith('.json'))
            );
        }),
        ...walk(workbench, (file) => !file.includes(`${path.sep}e2e${path.sep}`)),
        path.join(root, 'scripts/lib-lwc.mjs'),
        path.join(root, 'tsconfig.build.json'),
        path.join(root, 'package-lock.json')
    ].sort();
    const hash = crypto.createHash('sha256').update(mode);
    for (const file of files) {
        hash.update(path.relative(root, file)).update('\0');
        hash.update(fs.readFileSync(file)).update('\0');
    }
    return hash.digest('hex');
}

/** Step 1: workbench/modules/c/<bundle>/ with compiled JavaScript. */
function prepareModules() {
    const compiled = compileLwc(root);
    fs.rmSync(modulesDir, { recursive: true, force: true });
    for (const [name, dir] of lwcBundles()) {
        const target = path.join(modulesDir, 'c', name);
        for (const file of walk(dir, () => true)) {
            const relative = path.relative(dir, file);
            if (file.endsWith('-meta.xml') || file.endsWith('.d.ts')) {
                continue;
            }
            let content;
            if (file.endsWith('.ts')) {
                content = compiled.get(file.replace(/\.ts$/, '.js'));
            } else if (file.endsWith('.js') && fs.existsSync(file.replace(/\.js$/, '.ts'))) {
                continue; // the committed compile output; the fresh one above replaces it
            } else {
                content = fs.readFileSync(file);
            }
            const out = path.join(target, relative.replace(/\.ts$/, '.js'));
            fs.mkdirSync(path.dirname(out), { recursive: true });
            fs.writeFileSync(out, content);
        }
    }
}

function copy(from, to) {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.cpSync(from, to, { recursive: true });
}

/** Step 3: the page, its static files and SLDS. */
function copyStatic() {
    copy(path.join(workbench, 'index.html'), path.join(distDir, 'index.html'));
    copy(path.join(workbench, 'public'), distDir);
    const css = 'styles/salesforce-lightning-design-system.min.css';
    copy(path.join(SLDS, css), path.join(distDir, 'assets', css));
    for (const sprite of SPRITES) {
        const file = `icons/${sprite}-sprite/svg/symbols.svg`;
        copy(path.join(SLDS, file), path.join(distDir, 'assets', file));
    }
}

/**
 * Builds the workbench unless it is up to date.
 * @param {{ force?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ built: boolean, seconds: number }>}
 */
export async function buildWorkbench({ force = false, log = console.log } = {}) {
    const started = Date.now();
    const mode = process.env.WORKBENCH_MODE === 'development' ? 'development' : 'production';
    const digest = inputsDigest(mode);
    const indexExists = fs.existsSync(path.join(distDir, 'app.js'));
    if (
        !force &&
        indexExists &&
        fs.existsSync(STAMP) &&
        fs.readFileSync(STAMP, 'utf8') === digest
    ) {
        log('workbench: up to date (workbench/dist); `node workbench/build.mjs --force` rebuilds');
        return { built: false, seconds: (Date.now() - started) / 1000 };
    }
    log(`workbench: building (${mode}) …`);
    prepareModules();
    fs.rmSync(distDir, { recursive: true, force: true });
    const config = workbenchConfig({ mode });
    const bundle = await rollup(config);
    try {
        await bundle.write(config.output);
    } finally {
        await bundle.close();
    }
    copyStatic();
    fs.writeFileSync(STAMP, digest);
    const seconds = (Date.now() - started) / 1000;
    const size = fs.statSync(path.join(distDir, 'app.js')).size / 1024 / 1024;
    log(`workbench: built workbench/dist in ${seconds.toFixed(1)}s (app.js ${size.toFixed(1)} MB)`);
    return { built: true, seconds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    buildWorkbench({ force: process.argv.includes('--force') }).catch((error) => {
        console.error(error.stack ?? error);
        process.exitCode = 1;
    });
}
