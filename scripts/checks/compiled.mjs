/**
 * `npm run check:compiled`: every committed LWC `.js` equals a fresh compile of its `.ts`.
 *
 * The org receives the `.js` (`.forceignore` keeps `.ts` out), so a stale or hand-edited `.js`
 * would deploy behaviour nobody reviewed. Fix a finding with `npm run build`.
 */
import fs from 'node:fs';
import { finding } from './lib/findings.mjs';
import { compileLwc } from '../lib-lwc.mjs';

/**
 * @param {{ root: string }} options project root
 * @returns {Promise<{ findings: import('./lib/findings.mjs').Finding[], summary: string }>}
 */
export async function run({ root }) {
    const findings = [];
    const expected = compileLwc(root);
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
    return { findings, summary: `${expected.size} compiled component file(s)` };
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
