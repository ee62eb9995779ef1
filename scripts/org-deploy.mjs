#!/usr/bin/env node
/**
 * `npm run deploy [-- --target-org alias] [-- --dry-run]`: deploys force-app (after `npm run
 * build` has compiled the components) with `sf project deploy start`. Without an org it says so
 * and exits 1.
 */
import { runSfAgainstOrg } from './lib-org.mjs';

runSfAgainstOrg(
    ['project', 'deploy', 'start', '--source-dir', 'force-app', ...process.argv.slice(2)],
    'deploy'
);
