#!/usr/bin/env node
/**
 * `npm test`: every offline gate, in order, each run even when an earlier one failed so a single
 * run shows everything that is wrong. Ends with `total: N passed, N failed`, where N counts each
 * gate plus each individual test the checker tests, Jest and the browser test ran. A gate whose
 * tool is missing (the browser test without Chromium) is skipped: neither passed nor failed.
 *
 *   npm test                 all gates
 *   npm test -- lint jest    only the named gates
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each gate: a name, the npm script it runs and how to read its own test counts. */
const GATES = [
    { name: 'format', script: 'format:check' },
    { name: 'lint', script: 'lint' },
    { name: 'typecheck', script: 'typecheck' },
    { name: 'compiled', script: 'check:compiled' },
    { name: 'metadata', script: 'check:metadata' },
    { name: 'refs', script: 'check:refs' },
    { name: 'apex', script: 'check:apex' },
    { name: 'compile', script: 'check:compile' },
    { name: 'flows', script: 'check:flows' },
    { name: 'package', script: 'check:package' },
    { name: 'checker-tests', script: 'test:checks', counts: nodeTestCounts },
    { name: 'jest', script: 'test:unit', counts: jestCounts },
    {
        name: 'e2e',
        script: 'test:e2e',
        counts: nodeTestCounts,
        skipUnless: {
            file: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
            reason: 'skipped: Chromium not installed (apt-get install chromium)'
        }
    }
];

function nodeTestCounts(output) {
    const pass = /^\S*\s*pass (\d+)$/m.exec(output);
    const fail = /^\S*\s*fail (\d+)$/m.exec(output);
    return pass ? { passed: Number(pass[1]), failed: Number(fail?.[1] ?? 0) } : null;
}

function jestCounts(output) {
    const line = /^Tests:\s+(.*)$/m.exec(output);
    if (!line) {
        return null;
    }
    const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(line[1])?.[1] ?? 0);
    return { passed: count('passed'), failed: count('failed') };
}

function runScript(script) {
    return new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', script], {
            cwd: root,
            env: { ...process.env, FORCE_COLOR: '0' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let output = '';
        const tee = (stream) => (chunk) => {
            output += chunk;
            stream.write(chunk);
        };
        child.stdout.on('data', tee(process.stdout));
        child.stderr.on('data', tee(process.stderr));
        child.on('close', (code) => resolve({ code: code ?? 1, output }));
    });
}

async function main(selected) {
    const gates = selected.length ? GATES.filter((g) => selected.includes(g.name)) : GATES;
    const results = [];
    for (const gate of gates) {
        console.log(`\n=== ${gate.name} (npm run ${gate.script}) ===`);
        if (gate.skipUnless && !fs.existsSync(gate.skipUnless.file)) {
            console.log(gate.skipUnless.reason);
            results.push({ gate, skipped: gate.skipUnless.reason, seconds: 0, tests: null });
            continue;
        }
        const started = Date.now();
        const { code, output } = await runScript(gate.script);
        const tests = gate.counts ? gate.counts(output) : null;
        results.push({ gate, ok: code === 0, seconds: (Date.now() - started) / 1000, tests });
    }
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    console.log('\n=== summary ===');
    for (const { gate, ok, skipped: skipReason, seconds, tests } of results) {
        if (skipReason) {
            console.log(`SKIP  ${gate.name.padEnd(14)} ${skipReason}`);
            skipped++;
            continue;
        }
        const detail = tests ? `, tests ${tests.passed} passed / ${tests.failed} failed` : '';
        console.log(
            `${ok ? 'PASS' : 'FAIL'}  ${gate.name.padEnd(14)} ${seconds.toFixed(1)}s${detail}`
        );
        passed += ok ? 1 : 0;
        failed += ok ? 0 : 1;
        if (tests) {
            passed += tests.passed;
            failed += tests.failed;
        }
    }
    const skippedText = skipped ? `, ${skipped} skipped` : '';
    console.log(`total: ${passed} passed, ${failed} failed${skippedText}`);
    return results.every((r) => r.ok || r.skipped) ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
