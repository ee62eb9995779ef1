/**
 * Suppressions must say why.
 *
 * PMD honours two ways of silencing a rule: `@SuppressWarnings('PMD.RuleName')` on a declaration
 * and a `// NOPMD` comment on a line. Both are allowed here only with a reason a reviewer can
 * judge (STYLE.md: "every `@SuppressWarnings` carries its reason"):
 *
 *   // Reason: the log sink must write even when the user cannot see Log__c.
 *   @SuppressWarnings('PMD.ApexCRUDViolation')
 *
 *   insert entries; // NOPMD the log sink runs in system mode, see LogSink ApexDoc
 *
 * The check works on the apex-parser token stream, so text inside strings or other comments
 * never counts as an annotation.
 */
import { ApexLexer } from '@apexdevtools/apex-parser';

const COMMENT_TYPES = new Set([ApexLexer.COMMENT, ApexLexer.LINE_COMMENT, ApexLexer.DOC_COMMENT]);
/** Comments that can carry a reason: `//` and `/* *\/`, not ApexDoc (that documents the code). */
const REASON_TYPES = new Set([ApexLexer.COMMENT, ApexLexer.LINE_COMMENT]);
const WHITESPACE = ApexLexer.WS;

/**
 * @typedef {object} Located
 * @property {number} line    1-based line
 * @property {number} column  1-based column
 * @property {string} message what is wrong
 */

/**
 * Finds PMD suppressions that carry no reason.
 * @param {import('./apex-syntax.mjs').ApexToken[]} tokens every token of one file, comments included
 * @param {string} text the file content (to see what else sits on a comment's line)
 * @returns {Located[]}
 */
export function unexplainedSuppressions(tokens, text) {
    const lines = text.split(/\r?\n/);
    const out = [];
    const code = tokens.filter((t) => !COMMENT_TYPES.has(t.type) && t.type !== WHITESPACE);
    const comments = tokens.filter((t) => COMMENT_TYPES.has(t.type));

    for (let i = 0; i < code.length - 2; i++) {
        const at = code[i];
        if (at.type !== ApexLexer.ATSIGN || !/^SuppressWarnings$/i.test(code[i + 1].text)) {
            continue;
        }
        const { values, endLine } = annotationValues(code, i + 2);
        if (!values.some((value) => /\bPMD\b|^\s*all\s*$/i.test(value))) {
            continue;
        }
        if (!hasReason(comments, lines, at.line, endLine)) {
            out.push({
                line: at.line,
                column: at.column + 1,
                message:
                    `@SuppressWarnings('${values.join(', ')}') has no reason: put a comment ` +
                    'saying why on the same line or on the line directly above'
            });
        }
    }

    for (const comment of comments) {
        const match = /NOPMD(.*)/is.exec(comment.text);
        if (match && !isReasonText(match[1])) {
            out.push({
                line: comment.line,
                column: comment.column + 1,
                message: 'NOPMD has no reason: write why after the marker, e.g. `// NOPMD <reason>`'
            });
        }
    }
    return out;
}

/** Collects the string literals of `( ... )` starting at code[start]; returns them and the `)` line. */
function annotationValues(code, start) {
    const values = [];
    let endLine = code[start - 1].line;
    if (code[start]?.type !== ApexLexer.LPAREN) {
        return { values, endLine };
    }
    for (let j = start + 1; j < code.length; j++) {
        const token = code[j];
        endLine = token.line;
        if (token.type === ApexLexer.RPAREN) {
            break;
        }
        if (token.type === ApexLexer.StringLiteral) {
            values.push(token.text.slice(1, -1));
        }
    }
    return { values, endLine };
}

/**
 * A reason is a `//` or `/* *\/` comment with words in it, either on a line the annotation spans
 * or alone on the line directly above it.
 */
function hasReason(comments, lines, startLine, endLine) {
    return comments.some((comment) => {
        if (!REASON_TYPES.has(comment.type) || !isReasonText(commentBody(comment.text))) {
            return false;
        }
        const lastLine = comment.line + (comment.text.match(/\n/g)?.length ?? 0);
        if (comment.line <= endLine && lastLine >= startLine) {
            return true;
        }
        const aloneOnLine = lines[comment.line - 1].slice(0, comment.column).trim() === '';
        return lastLine === startLine - 1 && aloneOnLine;
    });
}

function commentBody(text) {
    return text
        .replace(/^\/\/|^\/\*|\*\/$/g, '')
        .replace(/^\s*\*/gm, '')
        .trim();
}

/** True when the text holds at least one word (two letters or more), not just punctuation. */
function isReasonText(text) {
    return /[A-Za-z]{2,}/.test(text.replace(/\*\/\s*$/, ''));
}
