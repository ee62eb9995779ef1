/**
 * `npm run check:package`: converts each package directory with the project's own `sf`
 * (`sf project convert source`, the same step a deploy starts with) and checks the result.
 *
 * Fails when the conversion fails (e.g. TypeInferenceError for a file no metadata type claims),
 * when a component the source defines is missing from the produced package.xml (convert drops a
 * `.cls` without its `.cls-meta.xml` without a word), and when a TypeScript source or a Jest test
 * reached the converted output (`.forceignore` must keep `.ts` files and `__tests__` folders out).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finding } from './lib/findings.mjs';
import { packageDirectories } from './lib/project.mjs';
import { expectedComponents, readPackageXml } from './lib/metadata-components.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SF = path.resolve(here, '..', '..', 'node_modules', '.bin', 'sf');
const SF_ENV = {
    SF_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    FORCE_COLOR: '0'
};

/**
 * Runs the package check on a project.
 * @param {object} options options
 * @param {string} options.root project root
 * @param {string} [options.tempParent] where the conversion output's temporary folder is made
 *   (and removed again); the machine's temp folder unless a caller wants to watch its own
 * @returns {Promise<{ findings: import('./lib/findings.mjs').Finding[], summary: string }>}
 */
export async function run({ root, tempParent = os.tmpdir() }) {
    const findings = [];
    const tmp = fs.mkdtempSync(path.join(tempParent, 'check-package-'));
    let expectedCount = 0;
    const dirs = packageDirectories(root);
    try {
        for (const [index, packageDir] of dirs.entries()) {
            const out = path.join(tmp, String(index));
            const failure = await convert(root, packageDir, out);
            if (failure) {
                findings.push(convertFinding(root, packageDir, failure));
                continue;
            }
            const packaged = readPackageXml(path.join(out, 'package.xml'));
            const expected = expectedComponents(root, packageDir);
            expectedCount += expected.length;
            for (const component of expected) {
                if (!packaged.get(component.type)?.has(component.name)) {
                    findings.push(missingFinding(root, component));
                }
            }
            findings.push(...leakedFiles(root, packageDir, out));
        }
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
    const summary = `${expectedCount} source component(s) in ${dirs.length} package dir(s) converted`;
    return { findings, summary };
}

/**
 * Runs `sf project convert source`; resolves undefined on success, else the CLI's error.
 * @returns {Promise<{ name: string, message: string, actions?: string[] } | undefined>}
 */
function convert(root, packageDir, out) {
    const args = ['project', 'convert', 'source', '--root-dir', path.relative(root, packageDir)];
    args.push('--output-dir', out, '--json');
    const options = {
        cwd: root,
        env: { ...process.env, ...SF_ENV },
        maxBuffer: 32 * 1024 * 1024,
        timeout: 180_000
    };
    return new Promise((resolve) => {
        execFile(process.execPath, [SF, ...args], options, (error, stdout, stderr) => {
            let result;
            try {
                result = JSON.parse(stdout);
            } catch {
                result = undefined;
            }
            if (!error && result?.status === 0) {
                resolve(undefined);
            } else if (result) {
                resolve({
                    name: result.name ?? 'Error',
                    message: result.message ?? '',
                    actions: result.actions
                });
            } else {
                const text = `${stderr}\n${stdout}\n${error?.message ?? ''}`.trim();
                resolve({ name: 'ConvertFailed', message: text.split('\n').slice(0, 5).join(' ') });
            }
        });
    });
}

function convertFinding(root, packageDir, failure) {
    const where = /(\/[^\s:]+):/.exec(failure.message);
    const file = where && fs.existsSync(where[1]) ? where[1] : packageDir;
    const message = where
        ? failure.message.slice(where.index + where[0].length).trim()
        : failure.message;
    const suggestion = (failure.actions ?? []).find((a) => a.startsWith('-- Did you mean'));
    return finding(
        root,
        file,
        0,
        'convert-failed',
        `sf project convert source failed (${failure.name}): ${message}` +
            (suggestion ? `; ${suggestion.replace(/^-- /, '')}` : '')
    );
}

function missingFinding(root, component) {
    return finding(
        root,
        component.file,
        0,
        'package-missing',
        `${component.type} ${component.name} is missing from the converted package` +
            (component.hint ? ` (${component.hint})` : '')
    );
}

/** TypeScript sources and Jest tests in the output: `.forceignore` let them through. */
function leakedFiles(root, packageDir, out) {
    const leaked = listFiles(out).filter(
        (rel) => rel.endsWith('.ts') || rel.split('/').includes('__tests__')
    );
    if (leaked.length === 0) {
        return [];
    }
    const sources = listFiles(packageDir);
    return leaked.map((rel) => {
        const source = sources.find((s) => s === rel || s.endsWith(`/${rel}`));
        const what = rel.split('/').includes('__tests__') ? 'a Jest test' : 'a TypeScript source';
        return finding(
            root,
            source ? path.join(packageDir, source) : packageDir,
            0,
            'package-leak',
            `${what} reached the converted package (${rel}); .forceignore must exclude ` +
                '**/*.ts and **/__tests__/** so only compiled JavaScript reaches the org'
        );
    });
}

/** Every file under `dir`, as forward-slash paths relative to it (node_modules skipped). */
function listFiles(dir) {
    const out = [];
    const walk = (current) => {
        for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules') {
                    walk(full);
                }
            } else {
                out.push(path.relative(dir, full).split(path.sep).join('/'));
            }
        }
    };
    if (fs.existsSync(dir)) {
        walk(dir);
    }
    return out;
}
