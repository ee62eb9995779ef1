/**
 * Apex syntax, two opinions.
 *
 * 1. prettier + prettier-plugin-apex (Salesforce's own jorje parser, compiled to a native binary):
 *    the parser the formatter uses, so a file it rejects can be neither formatted nor deployed.
 *    The plugin throws a plain `Error` whose message lists the parse errors without positions;
 *    for a file that fails, the same native serializer is asked once more for its structured
 *    errors (line and column of each), on the untrimmed text so lines match the file.
 * 2. @apexdevtools/apex-parser (ANTLR grammar in JS): cheap, positions included, and its token
 *    stream (comments included) is reused by the suppression check.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as prettier from 'prettier';
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';

const require = createRequire(import.meta.url);
/** ANTLR's end-of-file token type. */
const EOF = -1;

/**
 * @typedef {object} SyntaxError
 * @property {number} line    1-based line, 0 when the parser gave no position
 * @property {number} column  1-based column, 0 when unknown
 * @property {string} message the parser's message
 */

/**
 * Parses Apex (class or trigger) with prettier-plugin-apex through prettier's Node API.
 * @param {string} text file content
 * @returns {Promise<SyntaxError[]>} empty when the file parses
 */
export async function prettierSyntaxErrors(text) {
    try {
        await prettier.format(text, { parser: 'apex', plugins: ['prettier-plugin-apex'] });
        return [];
    } catch (error) {
        if (error?.loc?.start) {
            const { line, column } = error.loc.start;
            return [{ line, column, message: firstLine(error.message) }];
        }
        const located = await serializerErrors(text);
        if (located.length > 0) {
            return located;
        }
        const messages = String(error?.message ?? error)
            .split(/\r?\n/)
            .map((m) => m.replace(/\.+$/, '').trim())
            .filter(Boolean);
        return messages.map((message) => ({ line: 0, column: 0, message }));
    }
}

/**
 * Asks the plugin's native serializer for the structured parse errors of a text.
 * Returns [] when the binary is not available on this platform or reports nothing.
 * @param {string} text file content
 * @returns {Promise<SyntaxError[]>}
 */
async function serializerErrors(text) {
    const executable = nativeSerializer();
    if (!executable) {
        return [];
    }
    const stdout = await new Promise((resolve) => {
        const child = spawn(executable, [], { env: { ...process.env, DEBUG: '' } });
        let out = '';
        child.stdout.on('data', (chunk) => {
            out += chunk;
        });
        child.on('error', () => resolve(''));
        child.on('close', () => resolve(out));
        child.stdin.end(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text);
    });
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    } catch {
        return [];
    }
    const output = Object.entries(parsed).find(([key]) => key.endsWith('.ParserOutput'))?.[1];
    return (output?.parseErrors ?? []).map((parseError) => {
        const loc = findLoc(parseError);
        return {
            line: loc?.line ?? 0,
            column: loc?.column ?? 0,
            message: String(parseError.message ?? 'syntax error').replace(/\.+$/, '')
        };
    });
}

function nativeSerializer() {
    const target = `${process.platform}-${process.arch}`;
    const suffix = process.platform === 'win32' ? '.exe' : '';
    try {
        return require.resolve(
            `@prettier-apex/apex-ast-serializer-${target}/apex-ast-serializer-${target}${suffix}`
        );
    } catch {
        return undefined;
    }
}

/** Depth-first search for the first `loc` object carrying a line (jorje nests it). */
function findLoc(node) {
    if (!node || typeof node !== 'object') {
        return undefined;
    }
    if (node.loc && typeof node.loc.line === 'number') {
        return node.loc;
    }
    for (const value of Object.values(node)) {
        const loc = findLoc(value);
        if (loc) {
            return loc;
        }
    }
    return undefined;
}

function firstLine(message) {
    return String(message).split(/\r?\n/)[0].trim();
}

class CollectingErrorListener extends ApexErrorListener {
    constructor() {
        super();
        this.errors = [];
    }

    apexSyntaxError(line, column, msg) {
        this.errors.push({ line, column: column + 1, message: visible(shortenTokenSet(msg)) });
    }
}

/** Spells out invisible or non-ASCII characters (a pasted non-breaking space reads as U+00A0). */
function visible(message) {
    return message.replace(
        /[^\x20-\x7E]/g,
        (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    );
}

/**
 * ANTLR lists every token it would have accepted ("expecting {'after', 'before', ... 230 more}").
 * Past a handful that helps nobody: keep the count instead.
 */
function shortenTokenSet(message) {
    const open = message.search(/(expecting|missing) \{/);
    if (open < 0) {
        return message;
    }
    const start = message.indexOf('{', open);
    let inQuote = false;
    let end = -1;
    for (let i = start + 1; i < message.length; i++) {
        if (message[i] === "'") {
            inQuote = !inQuote;
        } else if (message[i] === '}' && !inQuote) {
            end = i;
            break;
        }
    }
    if (end < 0) {
        return message;
    }
    const items = message.slice(start + 1, end).split(', ');
    if (items.length <= 6) {
        return message;
    }
    return `${message.slice(0, start)}one of ${items.length} tokens${message.slice(end + 1)}`;
}

/**
 * @typedef {object} ApexToken
 * @property {number} type    ApexLexer token type
 * @property {number} line    1-based line where the token starts
 * @property {number} column  0-based column where the token starts
 * @property {string} text    token text
 */

/**
 * Parses Apex with @apexdevtools/apex-parser: `compilationUnit()` for classes, `triggerUnit()`
 * for triggers. Lexer and parser errors both land in the result.
 * @param {string} text file content
 * @param {boolean} isTrigger true for `.trigger` files
 * @returns {{ errors: SyntaxError[], tokens: ApexToken[] }} errors, and every token (comments too)
 */
export function antlrParse(text, isTrigger) {
    const listener = new CollectingErrorListener();
    // A UTF-8 byte order mark is legal in Apex source but unknown to the grammar; a space keeps
    // every column where it was.
    const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    if (isTrigger) {
        parser.triggerUnit();
    } else {
        parser.compilationUnit();
    }
    const stream = parser.getTokenStream();
    stream.fill();
    const tokens = stream.tokens
        .filter((t) => t.type !== EOF)
        .map((t) => ({ type: t.type, line: t.line, column: t.column, text: t.text }));
    return { errors: listener.errors, tokens };
}
