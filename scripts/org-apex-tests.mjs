#!/usr/bin/env node
/**
 * `npm run test:apex [-- --target-org alias]`: runs the project's Apex tests in an org, with
 * coverage. Apex runs only inside Salesforce, so this is not part of `npm test`; without an org
 * it says so and exits 1.
 */
import { runSfAgainstOrg } from './lib-org.mjs';

runSfAgainstOrg(
    [
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
        ...process.argv.slice(2)
    ],
    'test:apex'
);
