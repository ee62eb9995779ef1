/**
 * Folders the checks build once and reuse (under `node_modules/.cache/`), safe when several runs
 * share the machine: each run builds in a staging folder of its own and renames it into place;
 * whichever run finishes first wins, and the others use its result.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * A fresh staging folder name beside the final one.
 * @param {string} dir the final folder
 * @returns {string}
 */
export function stagingFor(dir) {
    return `${dir}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
}

/**
 * Moves a finished staging folder into place, or drops it when another run got there first.
 * @param {string} staging the built folder
 * @param {string} dir the final folder
 * @param {string} manifest a file inside `dir` that exists once it is complete
 */
export function publish(staging, dir, manifest) {
    try {
        fs.renameSync(staging, dir);
    } catch (error) {
        fs.rmSync(staging, { recursive: true, force: true });
        if (!fs.existsSync(manifest)) {
            throw error;
        }
    }
}
