/**
 * Project discovery shared by the checkers: where the source is and which files it holds.
 *
 * Every checker takes a project root (the repository, or a fixture project in tests) and
 * reads its `sfdx-project.json`, so fixtures are checked exactly like the real project.
 *
 * Files the project's `.forceignore` excludes never reach an org, so no checker looks at them:
 * {@link sourceFiles} and {@link metadataFolders} leave them out unless asked not to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SKIPPED_DIRS = new Set(['node_modules', '.sfdx', '.sf', '__tests__', '.git']);

/**
 * Reads `sfdx-project.json` and returns the absolute package directories.
 * @param {string} root project root
 * @returns {string[]}
 */
export function packageDirectories(root) {
    const projectFile = path.join(root, 'sfdx-project.json');
    const project = JSON.parse(fs.readFileSync(projectFile, 'utf8'));
    return (project.packageDirectories ?? []).map((dir) => path.resolve(root, dir.path));
}

/**
 * The `.forceignore` rules `sf` applies to a package directory: the first `.forceignore` found
 * searching upwards from it (the project root's, in a standard project), read by SDR's own
 * ForceIgnore so patterns match exactly as in `sf project convert/deploy`. Without one, nothing
 * is ignored.
 * @param {string} packageDir absolute package directory
 * @returns {{ denies: (file: string) => boolean }}
 */
export function forceIgnoreFor(packageDir) {
    const {
        ForceIgnore
    } = require('@salesforce/source-deploy-retrieve/lib/src/resolve/forceIgnore.js');
    return ForceIgnore.findAndCreate(packageDir);
}

/**
 * Lists every file under the package directories that can reach an org: tests, node_modules and
 * whatever `.forceignore` excludes are left out.
 * @param {string} root project root
 * @param {(file: string) => boolean} [accept] filter on the absolute path
 * @param {{ includeIgnored?: boolean }} [options] `includeIgnored` also lists `.forceignore`d
 *   files (the TypeScript build reads `.ts` sources that never deploy)
 * @returns {string[]} absolute paths, sorted
 */
export function sourceFiles(root, accept = () => true, { includeIgnored = false } = {}) {
    const out = [];
    for (const dir of packageDirectories(root)) {
        if (includeIgnored) {
            walkFiles(dir, accept, SKIPPED_DIRS, out);
        } else {
            const ignore = forceIgnoreFor(dir);
            walkFiles(dir, (file) => !ignore.denies(file) && accept(file), SKIPPED_DIRS, out);
        }
    }
    return out.sort();
}

/**
 * Lists the files under a folder, skipping folders by name.
 * @param {string} dir where to start
 * @param {(file: string) => boolean} accept filter on the absolute path
 * @param {Set<string>} skipped folder names not to enter
 * @param {string[]} [out] list to append to
 * @returns {string[]} absolute paths, in walk order
 */
export function walkFiles(dir, accept, skipped, out = []) {
    if (!fs.existsSync(dir)) {
        return out;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!skipped.has(entry.name)) {
                walkFiles(full, accept, skipped, out);
            }
        } else if (accept(full)) {
            out.push(full);
        }
    }
    return out;
}

/**
 * The sub-folders of every metadata folder with a given name in the package directories, e.g.
 * each object folder under any `objects/`, or each bundle under any `lwc/`. Folders
 * `.forceignore` excludes are left out.
 * @param {string} root project root
 * @param {string} folderName `objects`, `lwc`, …
 * @returns {string[]} absolute paths, sorted
 */
export function metadataFolders(root, folderName) {
    const found = [];
    const visit = (current, ignore) => {
        for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
            const full = path.join(current, entry.name);
            if (!entry.isDirectory() || SKIPPED_DIRS.has(entry.name) || ignore.denies(full)) {
                continue;
            }
            if (entry.name === folderName) {
                for (const child of fs.readdirSync(full, { withFileTypes: true })) {
                    const folder = path.join(full, child.name);
                    if (child.isDirectory() && !ignore.denies(folder)) {
                        found.push(folder);
                    }
                }
            } else {
                visit(full, ignore);
            }
        }
    };
    for (const dir of packageDirectories(root)) {
        if (fs.existsSync(dir)) {
            visit(dir, forceIgnoreFor(dir));
        }
    }
    return found.sort();
}

/**
 * Reads a project file as UTF-8 text.
 * @param {string} file absolute path
 * @returns {string}
 */
export function readText(file) {
    return fs.readFileSync(file, 'utf8');
}
