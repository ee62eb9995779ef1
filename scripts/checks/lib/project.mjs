/**
 * Project discovery shared by the checkers: where the source is and which files it holds.
 *
 * Every checker takes a project root (the repository, or a fixture project in tests) and
 * reads its `sfdx-project.json`, so fixtures are checked exactly like the real project.
 */
import fs from 'node:fs';
import path from 'node:path';

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
 * Lists every file under the package directories (tests and node_modules excluded).
 * @param {string} root project root
 * @param {(file: string) => boolean} [accept] filter on the absolute path
 * @returns {string[]} absolute paths, sorted
 */
export function sourceFiles(root, accept = () => true) {
    const out = [];
    for (const dir of packageDirectories(root)) {
        walk(dir, out, accept);
    }
    return out.sort();
}

function walk(dir, out, accept) {
    if (!fs.existsSync(dir)) {
        return;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name)) {
                walk(full, out, accept);
            }
        } else if (accept(full)) {
            out.push(full);
        }
    }
}

/**
 * Reads a project file as UTF-8 text.
 * @param {string} file absolute path
 * @returns {string}
 */
export function readText(file) {
    return fs.readFileSync(file, 'utf8');
}
