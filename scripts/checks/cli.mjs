#!/usr/bin/env node
/**
 * Runs one offline checker and exits non-zero when it finds anything.
 *
 *   node scripts/checks/cli.mjs <compiled|metadata|refs|compile|apex|flows|package> [--root <dir>]
 *
 * Each checker module exports `run({ root })` resolving to `{ findings, summary }`.
 * Findings print as `file:line: rule: message`; the last line says how many files were looked at.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding, sortFindings } from './lib/findings.mjs';

const CHECKERS = {
    compiled: './compiled.mjs',
    metadata: './metadata.mjs',
    refs: './refs.mjs',
    compile: './compile.mjs',
    apex: './apex.mjs',
    flows: './flows.mjs',
    package: './package.mjs'
};

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultRoot = path.resolve(here, '..', '..');

async function main(argv) {
    const [name, ...rest] = argv;
    if (!CHECKERS[name]) {
        console.error(`usage: cli.mjs <${Object.keys(CHECKERS).join('|')}> [--root <dir>]`);
        return 2;
    }
    const rootIndex = rest.indexOf('--root');
    const root = rootIndex >= 0 ? path.resolve(rest[rootIndex + 1]) : defaultRoot;
    const checker = await import(CHECKERS[name]);
    const started = Date.now();
    const { findings, summary } = await checker.run({ root });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const f of sortFindings(findings)) {
        console.log(formatFinding(f));
    }
    const verdict = findings.length === 0 ? 'ok' : `${findings.length} problem(s)`;
    console.log(`check:${name}: ${summary}; ${verdict} (${seconds}s)`);
    return findings.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    (error) => {
        console.error(error?.stack ?? String(error));
        process.exitCode = 2;
    }
);
