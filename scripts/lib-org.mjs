/**
 * Runs the project's own `sf` CLI for the commands that need a Salesforce org, and turns "no org
 * is authorised" into one clear sentence and exit code 1 instead of a stack of CLI errors.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NO_ORG = /NoDefaultEnvError|NamedOrgNotFoundError|No authorization information|NoOrgFound/i;

/**
 * Runs `sf <args>` from the project root and exits with its status.
 * @param {string[]} args sf arguments
 * @param {string} what what the command does, for the no-org message
 */
export function runSfAgainstOrg(args, what) {
    const sf = path.join(root, 'node_modules', '.bin', 'sf');
    const result = spawnSync(sf, args, {
        cwd: root,
        encoding: 'utf8',
        env: {
            ...process.env,
            SF_DISABLE_TELEMETRY: 'true',
            SF_AUTOUPDATE_DISABLE: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true'
        }
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (NO_ORG.test(output)) {
        console.error(
            `${what} needs a Salesforce org, and none is authorised here.\n` +
                'Authorise one with `sf org login web --set-default` (or create a scratch org:\n' +
                '`sf org create scratch --definition-file config/project-scratch-def.json --set-default`),\n' +
                'then run this command again. See README "Deploying to an org".'
        );
        process.exit(1);
    }
    process.stdout.write(output);
    process.exit(result.status ?? 1);
}
