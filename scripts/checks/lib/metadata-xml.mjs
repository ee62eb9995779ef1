/**
 * A small XML reader for metadata files that keeps where each element starts, which
 * fast-xml-parser cannot report. Run it only on text `XMLValidator.validate` accepted: it trusts
 * the input to be well-formed and does not re-check nesting.
 */

/**
 * @typedef {object} XmlElement
 * @property {string} name tag name as written (prefix included)
 * @property {Record<string, string>} attrs attributes, values decoded
 * @property {XmlElement[]} children child elements in document order
 * @property {string} text the element's own character data, decoded (CDATA included)
 * @property {number} offset 0-based offset of the `<` that opens the element
 */

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Replaces the predefined and numeric character references.
 * @param {string} text raw character data
 * @returns {string}
 */
export function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref) => {
        if (ref.startsWith('#x')) {
            return String.fromCodePoint(parseInt(ref.slice(2), 16));
        }
        if (ref.startsWith('#')) {
            return String.fromCodePoint(parseInt(ref.slice(1), 10));
        }
        return ENTITIES[ref] ?? whole;
    });
}

/**
 * Reads a well-formed document into an element tree.
 * @param {string} text the XML document
 * @returns {XmlElement | undefined} the root element
 */
export function readXml(text) {
    const stack = [];
    let root;
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('<', i);
        const top = stack[stack.length - 1];
        if (open < 0) {
            break;
        }
        if (top && open > i) {
            top.text += decodeEntities(text.slice(i, open));
        }
        if (text.startsWith('<!--', open)) {
            i = skipPast(text, open, '-->');
        } else if (text.startsWith('<![CDATA[', open)) {
            const end = text.indexOf(']]>', open);
            if (top) {
                top.text += text.slice(open + 9, end < 0 ? text.length : end);
            }
            i = end < 0 ? text.length : end + 3;
        } else if (text.startsWith('<?', open)) {
            i = skipPast(text, open, '?>');
        } else if (text.startsWith('<!', open)) {
            i = skipPast(text, open, '>'); // DOCTYPE: metadata files have none with a subset
        } else if (text.startsWith('</', open)) {
            stack.pop();
            i = skipPast(text, open, '>');
        } else {
            const { element, end, selfClosing } = readStartTag(text, open);
            if (top) {
                top.children.push(element);
            } else {
                root ??= element;
            }
            if (!selfClosing) {
                stack.push(element);
            }
            i = end;
        }
    }
    return root;
}

function skipPast(text, from, marker) {
    const at = text.indexOf(marker, from);
    return at < 0 ? text.length : at + marker.length;
}

function readStartTag(text, open) {
    const nameMatch = /^<([^\s/>]+)/.exec(text.slice(open, open + 300));
    const element = {
        name: nameMatch ? nameMatch[1] : '',
        attrs: {},
        children: [],
        text: '',
        offset: open
    };
    let i = open + 1 + element.name.length;
    const attribute = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
    for (;;) {
        attribute.lastIndex = i;
        const match = attribute.exec(text);
        if (!match) {
            break;
        }
        element.attrs[match[1]] = decodeEntities(match[3] ?? match[4] ?? '');
        i = attribute.lastIndex;
    }
    const close = text.indexOf('>', i);
    const end = close < 0 ? text.length : close + 1;
    const selfClosing = close > 0 && text.slice(i, close).trim() === '/';
    return { element, end, selfClosing };
}
