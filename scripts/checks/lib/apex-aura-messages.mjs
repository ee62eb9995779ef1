/**
 * An AuraHandledException thrown straight from its constructor loses its message in Apex tests:
 * `getMessage()` says "Script-thrown exception" unless `setMessage()` was called, so a test that
 * asserts the rep's or buyer's message fails in the org (the component still gets the text). Build
 * it where the message is set too (ScreenError.of in this project) and throw that.
 *
 * The check works on the apex-parser token stream: `throw new AuraHandledException(` (or
 * `System.AuraHandledException`) in code, never in strings or comments.
 */
import { ApexLexer } from '@apexdevtools/apex-parser';

const SKIPPED = new Set([
    ApexLexer.COMMENT,
    ApexLexer.LINE_COMMENT,
    ApexLexer.DOC_COMMENT,
    ApexLexer.WS
]);

/**
 * Finds `throw new AuraHandledException(...)`.
 * @param {import('./apex-syntax.mjs').ApexToken[]} tokens every token of one file
 * @returns {import('./apex-suppressions.mjs').Located[]}
 */
export function unsetAuraMessages(tokens) {
    const code = tokens.filter((t) => !SKIPPED.has(t.type));
    const out = [];
    for (let i = 0; i + 2 < code.length; i++) {
        // `System.AuraHandledException` is the same class.
        const named =
            /^System$/i.test(code[i + 2].text) && code[i + 3]?.text === '.' ? i + 4 : i + 2;
        if (
            /^throw$/i.test(code[i].text) &&
            /^new$/i.test(code[i + 1].text) &&
            /^AuraHandledException$/i.test(code[named]?.text ?? '')
        ) {
            out.push({
                line: code[i].line,
                column: code[i].column + 1,
                message:
                    'AuraHandledException thrown without setMessage(): its getMessage() says ' +
                    '"Script-thrown exception" in Apex tests; throw ScreenError.of(message)'
            });
        }
    }
    return out;
}
