/**
 * Where each value of a JSON document starts, so a schema error at `/features/6` can name its
 * line, and where a document that is not JSON goes wrong (Node's `JSON.parse` message does not
 * always give a position).
 */

const LITERAL = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)$/;

/** Thrown by {@link locateJson} at the first character that breaks the JSON grammar. */
export class JsonSyntaxError extends Error {
    constructor(offset, found) {
        super(found === undefined ? 'unexpected end of file' : `unexpected ${found}`);
        this.offset = offset;
    }
}

/**
 * Maps each JSON pointer to the offset where it starts: the member's key for an object member,
 * the value itself for an array item or the document.
 * @param {string} text a JSON document
 * @returns {Map<string, number>}
 * @throws {JsonSyntaxError} at the first syntax error
 */
export function locateJson(text) {
    const offsets = new Map();
    let i = 0;
    const fail = () => {
        throw new JsonSyntaxError(i, i < text.length ? JSON.stringify(text[i]) : undefined);
    };
    const skipSpace = () => {
        while (i < text.length && /\s/.test(text[i])) {
            i++;
        }
    };
    const expect = (char) => {
        skipSpace();
        if (text[i] !== char) {
            fail();
        }
        i++;
    };
    const readString = () => {
        const start = i;
        i++;
        while (i < text.length && text[i] !== '"') {
            i += text[i] === '\\' ? 2 : 1;
        }
        if (i >= text.length) {
            i = start;
            fail();
        }
        i++;
        return JSON.parse(text.slice(start, i));
    };
    /** Reads `open item (, item)* close`, calling `item(index)` for each. */
    const readList = (close, item) => {
        i++;
        skipSpace();
        if (text[i] === close) {
            i++;
            return;
        }
        for (let index = 0; ; index++) {
            item(index);
            skipSpace();
            if (text[i] === close) {
                i++;
                return;
            }
            expect(',');
            skipSpace();
        }
    };
    const readValue = (pointer, keyOffset) => {
        skipSpace();
        offsets.set(pointer, keyOffset ?? i);
        if (text[i] === '{') {
            readList('}', () => {
                const memberStart = i;
                if (text[i] !== '"') {
                    fail(); // also a trailing comma before `}`
                }
                const key = readString().replace(/~/g, '~0').replace(/\//g, '~1');
                expect(':');
                readValue(`${pointer}/${key}`, memberStart);
            });
        } else if (text[i] === '[') {
            readList(']', (index) => readValue(`${pointer}/${index}`));
        } else if (text[i] === '"') {
            readString();
        } else {
            const start = i;
            while (i < text.length && !/[\s,\]}:]/.test(text[i])) {
                i++;
            }
            if (!LITERAL.test(text.slice(start, i))) {
                i = start;
                fail();
            }
        }
    };
    readValue('');
    skipSpace();
    if (i < text.length) {
        fail();
    }
    return offsets;
}

/**
 * Writes a JSON pointer the way people read paths: `/features/6` → `features[6]`.
 * @param {string} pointer JSON pointer ('' for the document)
 * @returns {string}
 */
export function pointerText(pointer) {
    if (pointer === '') {
        return '(top level)';
    }
    let out = '';
    for (const raw of pointer.split('/').slice(1)) {
        const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        out += /^\d+$/.test(part) ? `[${part}]` : `${out ? '.' : ''}${part}`;
    }
    return out;
}
