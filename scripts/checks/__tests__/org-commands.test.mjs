import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const scripts = path.resolve(here, '..', '..');

/** Runs an org command with a fresh, empty sf home: no org can be authorised there. */
function runWithoutOrg(script, args = []) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'no-org-'));
    try {
        return spawnSync(process.execPath, [path.join(scripts, script), ...args], {
            encoding: 'utf8',
            env: { ...process.env, HOME: home, SF_USE_GENERIC_UNIX_KEYCHAIN: 'true' }
        });
    } finally {
        fs.rmSync(home, { recursive: true, force: true });
    }
}

describe('org-only commands without an org', () => {
    it('test:apex says it needs an org and exits 1', () => {
        const result = runWithoutOrg('org-apex-tests.mjs');
        assert.equal(result.status, 1, result.stdout + result.stderr);
        assert.match(
            result.stderr,
            /^test:apex needs a Salesforce org, and none is authorised here\.$/m
        );
        assert.match(result.stderr, /`npx sf org login web --set-default`/);
        assert.match(
            result.stderr,
            /`npx sf org login sfdx-url --sfdx-url-file <file> --set-default`/
        );
    });

    it('deploy says it needs an org and exits 1', () => {
        const result = runWithoutOrg('org-deploy.mjs', ['--dry-run']);
        assert.equal(result.status, 1, result.stdout + result.stderr);
        assert.match(result.stderr, /^deploy needs a Salesforce org/m);
    });
});
