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
        walkFiles(dir, accept, SKIPPED_DIRS, out);
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
 * each object folder under any `objects/`, or each bundle under any `lwc/`.
 * @param {string} root project root
 * @param {string} folderName `objects`, `lwc`, …
 * @returns {string[]} absolute paths, sorted
 */
export function metadataFolders(root, folderName) {
    const found = [];
    const visit = (current) => {
        for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
            if (!entry.isDirectory() || SKIPPED_DIRS.has(entry.name)) {
                continue;
            }
            const full = path.join(current, entry.name);
            if (entry.name === folderName) {
                for (const child of fs.readdirSync(full, { withFileTypes: true })) {
                    if (child.isDirectory()) {
                        found.push(path.join(full, child.name));
                    }
                }
            } else {
                visit(full);
            }
        }
    };
    for (const dir of packageDirectories(root)) {
        if (fs.existsSync(dir)) {
            visit(dir);
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
