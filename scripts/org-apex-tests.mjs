#!/usr/bin/env node
/**
 * `npm run test:apex`: runs the project's Apex tests in the default org (or `-- --target-org x`).
 *
 * Apex runs only inside Salesforce, so this needs an authorised org (`sf org login web` or a
 * scratch org from `config/project-scratch-def.json`). Without one it says so and exits 1; it is
 * not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sf = path.join(root, 'node_modules', '.bin', 'sf');
const env = {
    ...process.env,
    SF_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true'
};
const passThrough = process.argv.slice(2);

const args = [
    'apex',
    'run',
    'test',
    '--test-level',
    'RunLocalTests',
    '--code-coverage',
    '--result-format',
    'human',
    '--wait',
    '30',
    ...passThrough
];
const result = spawnSync(sf, args, { cwd: root, env, encoding: 'utf8' });
const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
if (/NoDefaultEnvError|NamedOrgNotFoundError|No authorization information/i.test(output)) {
    console.error(
        'test:apex needs a Salesforce org: none is authorised here.\n' +
            'Apex cannot run outside Salesforce. Authorise one with `sf org login web --set-default`\n' +
            '(or create a scratch org from config/project-scratch-def.json), deploy with\n' +
            '`npm run deploy`, then run `npm run test:apex` again.'
    );
    process.exit(1);
}
process.stdout.write(output);
process.exit(result.status ?? 1);
