/**
 * Names that hide a class field, which apex-ls (it flags only a plain local against a field of its
 * own class) lets through. Apex names are case-insensitive, so a local `panel` *is* the constant
 * `PANEL` for the rest of its block, and an inner class's `pages` hides the outer `PAGES`.
 *
 * Reported, against the fields and properties of the enclosing class and of every class around it:
 * - a local variable, a for-loop variable or a catch variable;
 * - a parameter whose declared type differs from the field's (`Product2 panel` against
 *   `String PANEL`); a parameter of the field's own type is the `this.config = config` idiom;
 * - a field or property of an inner class.
 */
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';

const kind = (node) => node?.constructor?.name ?? '';
const children = (node) => node?.children ?? [];
const idOf = (node) => children(node).find((child) => kind(child) === 'IdContext');

function walk(node, visit) {
    visit(node);
    for (const child of children(node)) {
        walk(child, visit);
    }
}

function declarators(node) {
    const found = [];
    walk(node, (child) => {
        if (kind(child) === 'VariableDeclaratorContext') {
            found.push(child);
        }
    });
    return found;
}

/** Whether a class body declaration (member or initializer block) carries `static`. */
const isStatic = (classBodyDeclaration) =>
    children(classBodyDeclaration).some(
        (child) => kind(child) === 'ModifierContext' && /^static$/i.test(child.getText())
    );

/**
 * Fields and properties declared directly in a class body:
 * lower-case name → {name, type, line, isStatic}.
 */
function membersOf(classDeclaration) {
    const members = new Map();
    const body = children(classDeclaration).find((child) => kind(child) === 'ClassBodyContext');
    for (const declaration of children(body)) {
        const member = children(declaration).find((c) => kind(c) === 'MemberDeclarationContext');
        const staticMember = isStatic(declaration);
        for (const item of children(member)) {
            if (kind(item) === 'FieldDeclarationContext') {
                const type = item.typeRef().getText();
                for (const declarator of declarators(item)) {
                    const name = idOf(declarator).getText();
                    const line = declarator.start.line;
                    members.set(name.toLowerCase(), { name, type, line, isStatic: staticMember });
                }
            } else if (kind(item) === 'PropertyDeclarationContext') {
                const name = idOf(item).getText();
                const type = item.typeRef().getText();
                const line = item.start.line;
                members.set(name.toLowerCase(), { name, type, line, isStatic: staticMember });
            }
        }
    }
    return members;
}

/** Whether code at this node runs without an instance (inside a static method or block). */
function inStaticCode(node) {
    for (let parent = node.parentCtx; parent; parent = parent.parentCtx) {
        if (kind(parent) === 'ClassBodyDeclarationContext') {
            return isStatic(parent);
        }
    }
    return false;
}

function enclosingClasses(node) {
    const classes = [];
    for (let parent = node.parentCtx; parent; parent = parent.parentCtx) {
        if (kind(parent) === 'ClassDeclarationContext') {
            classes.push(parent);
        }
    }
    return classes;
}

/**
 * Finds the names in one Apex source that hide a class field.
 * @param {string} text Apex source
 * @param {boolean} isTrigger parse as a trigger
 * @returns {Array<{line: number, column: number, message: string}>}
 */
export function nameClashes(text, isTrigger) {
    const listener = new ApexErrorListener();
    const { parser } = ApexParserFactory.createLexerAndParser(text, listener);
    const tree = isTrigger ? parser.triggerUnit() : parser.compilationUnit();
    const members = new Map();
    const membersCached = (classDeclaration) => {
        if (!members.has(classDeclaration)) {
            members.set(classDeclaration, membersOf(classDeclaration));
        }
        return members.get(classDeclaration);
    };
    const clashes = [];
    const check = (id, what, type, classes, allOuter = false) => {
        // Static code sees only static fields; an inner class sees only the outer static ones.
        const staticOnly = inStaticCode(id);
        for (const [depth, classDeclaration] of classes.entries()) {
            const field = membersCached(classDeclaration).get(id.getText().toLowerCase());
            if (
                !field ||
                ((staticOnly || allOuter || depth > 0) && !field.isStatic) ||
                (type && type.toLowerCase() === field.type.toLowerCase())
            ) {
                continue;
            }
            const owner = idOf(classDeclaration).getText();
            clashes.push({
                line: id.start.line,
                column: id.start.column + 1,
                message:
                    `${what} '${id.getText()}' hides ${allOuter || depth > 0 ? 'outer ' : ''}field ` +
                    `'${field.name}' (${field.type}) of ${owner}, line ${field.line}: Apex names ` +
                    'are case-insensitive, so every later use means the new name'
            });
            return;
        }
    };
    walk(tree, (node) => {
        switch (kind(node)) {
            case 'LocalVariableDeclarationContext':
                for (const declarator of declarators(node)) {
                    check(idOf(declarator), 'local variable', null, enclosingClasses(node));
                }
                break;
            case 'EnhancedForControlContext':
                check(idOf(node), 'loop variable', null, enclosingClasses(node));
                break;
            case 'CatchClauseContext':
                check(idOf(node), 'catch variable', null, enclosingClasses(node));
                break;
            case 'FormalParameterContext':
                check(idOf(node), 'parameter', node.typeRef().getText(), enclosingClasses(node));
                break;
            case 'FieldDeclarationContext':
            case 'PropertyDeclarationContext': {
                const outer = enclosingClasses(node).slice(1);
                const ids =
                    kind(node) === 'FieldDeclarationContext'
                        ? declarators(node).map(idOf)
                        : [idOf(node)];
                for (const id of ids) {
                    check(id, 'inner-class field', null, outer, true);
                }
                break;
            }
            default:
                break;
        }
    });
    return clashes;
}
