/**
 * `npm run check:compiled`: every committed LWC `.js` equals a fresh compile of its `.ts`, and
 * every file the org will receive (`.js`, `.html`, `.css`) passes the open-source LWC compiler.
 *
 * The org receives the `.js` (`.forceignore` keeps `.ts` out), so a stale or hand-edited `.js`
 * would deploy behaviour nobody reviewed; fix that with `npm run build`. The LWC compiler is not
 * the platform's, but it rejects the same template and decorator errors (LWC1xxx codes).
 *
 * A project whose components are plain JavaScript has nothing to compile: only the second part
 * runs, and the summary says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { finding } from './lib/findings.mjs';
import { sourceFiles } from './lib/project.mjs';
import { compileLwc, lwcTypeScriptSources } from '../lib-lwc.mjs';

const { transformSync } = createRequire(import.meta.url)('lwc/compiler');
const DEPLOYED = /\.(js|html|css)$/;

/**
 * @param {{ root: string }} options project root
 * @returns {Promise<{ findings: import('./lib/findings.mjs').Finding[], summary: string }>}
 */
export async function run({ root }) {
    const findings = [];
    const typeScript = lwcTypeScriptSources(root).length > 0;
    if (typeScript && !fs.existsSync(path.join(root, 'tsconfig.build.json'))) {
        const message = 'LWC TypeScript sources but no tsconfig.build.json to compile them with';
        findings.push(finding(root, 'tsconfig.build.json', 0, 'compiled-config', message));
    }
    const expected = findings.length === 0 && typeScript ? compileLwc(root) : new Map();
    for (const [jsFile, content] of expected) {
        if (!fs.existsSync(jsFile)) {
            findings.push(
                finding(root, jsFile, 0, 'compiled-missing', 'no compiled .js; run `npm run build`')
            );
            continue;
        }
        const actual = fs.readFileSync(jsFile, 'utf8');
        if (actual !== content) {
            findings.push(
                finding(
                    root,
                    jsFile,
                    firstDifferentLine(actual, content),
                    'compiled-stale',
                    'differs from a fresh compile of its .ts; run `npm run build` and commit the result'
                )
            );
        }
    }
    const bundleFiles = sourceFiles(root, (file) => {
        const parts = file.split(path.sep);
        return DEPLOYED.test(file) && parts.at(-3) === 'lwc' && !parts.includes('__tests__');
    });
    for (const file of bundleFiles) {
        const problem = lwcCompileProblem(file);
        if (problem) {
            findings.push(finding(root, file, problem.line, 'lwc-compile', problem.message));
        }
    }
    const compiled = typeScript
        ? `${expected.size} compiled component file(s)`
        : 'no LWC TypeScript sources, nothing to compile';
    return {
        findings,
        summary: `${compiled}, ${bundleFiles.length} bundle file(s) through the LWC compiler`
    };
}

function lwcCompileProblem(file) {
    const bundle = path.basename(path.dirname(file));
    try {
        const result = transformSync(fs.readFileSync(file, 'utf8'), path.basename(file), {
            namespace: 'c',
            name: bundle,
            // Directives the platform compiles but the open-source compiler keeps behind flags:
            // `lwc:is` (dynamic components) and `lwc:on` (an object of event listeners).
            enableDynamicComponents: true,
            enableLwcOn: true
        });
        const error = (result.warnings ?? []).find((w) => w.level === 0 || w.level === 1);
        return error ? { line: error.location?.line ?? 0, message: error.message } : null;
    } catch (error) {
        return {
            line: error.location?.line ?? 0,
            message: String(error.message)
                .split('\n')[0]
                .replace(/^.*?(LWC\d+)/, '$1')
        };
    }
}

function firstDifferentLine(actual, expected) {
    const a = actual.split('\n');
    const b = expected.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i]) {
            return i + 1;
        }
    }
    return 1;
}
