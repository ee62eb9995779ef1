/**
 * Runs the project's own `sf` CLI for the commands that need a Salesforce org. The CLI's output
 * streams as it comes (a deploy or a test run shows its progress), and "no org is authorised"
 * ends with one clear sentence and exit code 1 after the CLI's own error.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NO_ORG = /NoDefaultEnvError|NamedOrgNotFoundError|No authorization information|NoOrgFound/i;

/**
 * Runs `sf <args>` from the project root, streaming its output, and exits with its status.
 * @param {string[]} args sf arguments
 * @param {string} what what the command does, for the no-org message
 */
export function runSfAgainstOrg(args, what) {
    const sf = path.join(root, 'node_modules', '.bin', 'sf');
    const child = spawn(sf, args, {
        cwd: root,
        stdio: ['inherit', 'pipe', 'pipe'],
        env: {
            ...process.env,
            SF_DISABLE_TELEMETRY: 'true',
            SF_AUTOUPDATE_DISABLE: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true'
        }
    });
    let seen = '';
    const tee = (target) => (chunk) => {
        seen = (seen + chunk).slice(-20_000); // the error names the cause near the end
        target.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('error', (error) => {
        console.error(`${what}: could not start sf (${error.message}); run npm ci first.`);
        process.exit(1);
    });
    child.on('close', (code) => {
        if (code !== 0 && NO_ORG.test(seen)) {
            console.error(
                `\n${what} needs a Salesforce org, and none is authorised here.\n` +
                    'Authorise one with `npx sf org login web --set-default` (on a machine without a\n' +
                    'browser: `npx sf org login sfdx-url --sfdx-url-file <file> --set-default`), or\n' +
                    'create a scratch org with\n' +
                    '`npx sf org create scratch --definition-file config/project-scratch-def.json --set-default`,\n' +
                    'then run this command again. See README "Deploying to an org".'
            );
            process.exit(1);
        }
        process.exit(code ?? 1);
    });
}
