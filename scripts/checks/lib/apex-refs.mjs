/**
 * Finds the object and field names an Apex class or trigger uses and checks each against the
 * schema (force-app + stub): SOQL (SELECT, FROM, WHERE, ORDER BY, GROUP BY, sub-queries and
 * semi-joins), `new X__c(Field__c = …)`, `record.Field__c` / `record.Parent__r.Field__c` on
 * variables whose declared type is an SObject, `Order.Field__c` tokens, declared `X__c` types and
 * trigger objects. Built on the apex-parser's tree with a small scope table for variable types.
 */
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';

const CUSTOM_TYPE = /^[A-Za-z][A-Za-z0-9_]*__(c|e|mdt|x|b)$/i;
const TOKEN_PROPERTIES = new Set(['sobjecttype', 'fields', 'class']);

class SyntaxErrors extends ApexErrorListener {
    constructor() {
        super();
        this.errors = [];
    }
    apexSyntaxError(line, column, message) {
        this.errors.push({ line, column: column + 1, message });
    }
}

const kind = (node) => node?.constructor?.name ?? '';
const children = (node) => node?.children ?? [];
const where = (node) => ({ line: node.start.line, column: node.start.column + 1 });

/** Splits `Map<Id,List<Order>>` into its name and type arguments. */
function parseType(text) {
    const open = text.indexOf('<');
    if (open < 0) {
        return {
            name: text.replace(/\[\]$/, ''),
            args: text.endsWith('[]') ? [text.slice(0, -2)] : []
        };
    }
    const name = text.slice(0, open);
    const inner = text.slice(open + 1, text.lastIndexOf('>'));
    const args = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < inner.length; i++) {
        if (inner[i] === '<') depth++;
        if (inner[i] === '>') depth--;
        if (inner[i] === ',' && depth === 0) {
            args.push(inner.slice(start, i));
            start = i + 1;
        }
    }
    args.push(inner.slice(start));
    return { name, args };
}

/**
 * Checks one Apex source against the schema.
 * @param {string} text Apex source
 * @param {boolean} isTrigger parse as a trigger
 * @param {import('./schema.mjs').Schema} schema objects and fields
 * @returns {Array<{line: number, column: number, rule: string, message: string}>}
 */
export function checkApexReferences(text, isTrigger, schema) {
    const listener = new SyntaxErrors();
    const { parser } = ApexParserFactory.createLexerAndParser(text, listener);
    const tree = isTrigger ? parser.triggerUnit() : parser.compilationUnit();
    if (listener.errors.length > 0) {
        return []; // syntax is check:apex's job; names in a broken tree would be guesses
    }
    return new ApexReferenceWalker(schema).run(tree);
}

class ApexReferenceWalker {
    constructor(schema) {
        this.schema = schema;
        this.findings = [];
        this.scopes = [new Map()];
    }

    run(tree) {
        this.visit(tree);
        return this.findings;
    }

    report(node, rule, message) {
        this.findings.push({ ...where(node), rule, message });
    }

    declare(name, typeText) {
        this.scopes[this.scopes.length - 1].set(name.toLowerCase(), typeText);
    }

    lookup(name) {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
            const type = this.scopes[i].get(name.toLowerCase());
            if (type !== undefined) {
                return type;
            }
        }
        return undefined;
    }

    isObject(typeText) {
        return Boolean(typeText && this.schema.object(typeText));
    }

    visitScoped(node) {
        this.scopes.push(new Map());
        children(node).forEach((child) => this.visit(child));
        this.scopes.pop();
    }

    visit(node) {
        switch (kind(node)) {
            case 'TriggerUnitContext':
                this.checkObjectName(node.id(1), node.id(1).getText(), 'trigger object');
                children(node).forEach((child) => this.visit(child));
                return;
            case 'ClassBodyContext':
                this.scopes.push(new Map());
                this.declareMembers(node);
                children(node).forEach((child) => this.visit(child));
                this.scopes.pop();
                return;
            case 'MethodDeclarationContext':
            case 'ConstructorDeclarationContext':
            case 'BlockContext':
            case 'ForStatementContext':
            case 'CatchClauseContext':
                this.visitScoped(node);
                return;
            case 'FormalParameterContext':
                this.declare(node.id().getText(), node.typeRef().getText());
                break;
            case 'LocalVariableDeclarationContext':
                for (const declarator of node.variableDeclarators().variableDeclarator_list()) {
                    this.declare(declarator.id().getText(), node.typeRef().getText());
                }
                break;
            case 'EnhancedForControlContext':
                this.declare(node.id().getText(), node.typeRef().getText());
                break;
            case 'TypeRefContext':
                this.checkDeclaredType(node);
                return;
            case 'DotExpressionContext':
                this.checkDotExpression(node);
                break;
            case 'CreatorContext':
                this.checkCreator(node);
                break;
            case 'QueryContext':
            case 'SubQueryContext':
                this.checkQuery(node, this.queryObject(node));
                return;
            default:
                break;
        }
        children(node).forEach((child) => this.visit(child));
    }

    declareMembers(classBody) {
        for (const declaration of classBody.classBodyDeclaration_list()) {
            const member = declaration.memberDeclaration?.();
            const field = member?.fieldDeclaration?.();
            if (field) {
                for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
                    this.declare(declarator.id().getText(), field.typeRef().getText());
                }
            }
            const property = member?.propertyDeclaration?.();
            if (property) {
                this.declare(property.id().getText(), property.typeRef().getText());
            }
        }
    }

    checkDeclaredType(typeRef) {
        for (const name of typeRef.getText().split(/[<>,[\].]+/)) {
            if (CUSTOM_TYPE.test(name) && !this.schema.object(name)) {
                this.reportUnknownObject(typeRef, name, 'type');
            }
        }
    }

    checkObjectName(node, name, what) {
        if (!this.schema.object(name)) {
            this.reportUnknownObject(node, name, what);
            return false;
        }
        return true;
    }

    reportUnknownObject(node, name, what) {
        if (this.schema.isUnverifiable(name)) {
            return; // a project without a stub: a standard object the reference lacks
        }
        this.report(node, 'unknown-object', `${what}: ${this.schema.unknownObject(name)}`);
    }

    /** Resolves `segments` from `objectName`; reports the first name that does not exist. */
    checkPath(node, objectName, segments, via) {
        const { type, missing } = this.schema.resolvePath(objectName, segments);
        if (missing) {
            this.report(node, 'unknown-field', `${via}: ${missing}`);
        }
        return type;
    }

    checkDotExpression(node) {
        if (!node.anyId()) {
            return;
        }
        const name = node.anyId().getText();
        const inner = node.expression();
        if (/^(System\.)?Label$/i.test(inner.getText()) && this.lookup('label') === undefined) {
            if (!this.schema.labels.has(name.toLowerCase())) {
                this.report(
                    node.anyId(),
                    'unknown-label',
                    `custom label ${name} is not in any *.labels-meta.xml in force-app`
                );
            }
            return;
        }
        let innerType = this.typeOf(inner);
        if (
            kind(inner) === 'PrimaryExpressionContext' &&
            kind(inner.primary()) === 'SoqlPrimaryContext'
        ) {
            innerType = parseType(innerType ?? '').args[0]; // `[SELECT … LIMIT 1].Field`: one row
        }
        if (innerType?.static) {
            if (!TOKEN_PROPERTIES.has(name.toLowerCase())) {
                this.checkPath(node.anyId(), innerType.static, [name], 'field token');
            }
            return;
        }
        if (this.isObject(innerType)) {
            this.checkPath(node.anyId(), innerType, [name], 'field access');
        }
    }

    /** The type of an expression when it can be known from declarations, else undefined. */
    typeOf(expression) {
        switch (kind(expression)) {
            case 'PrimaryExpressionContext': {
                const primary = expression.primary();
                if (kind(primary) === 'IdPrimaryContext') {
                    const name = primary.id().getText();
                    const declared = this.lookup(name);
                    if (declared !== undefined) {
                        return declared;
                    }
                    return this.schema.object(name) ? { static: name } : undefined;
                }
                if (kind(primary) === 'SoqlPrimaryContext') {
                    const object = this.queryObject(primary.soqlLiteral().query());
                    return object ? `List<${object}>` : undefined;
                }
                return undefined;
            }
            case 'DotExpressionContext': {
                const innerType = this.typeOf(expression.expression());
                if (!innerType || innerType.static) {
                    return undefined;
                }
                if (expression.anyId()) {
                    const field = this.isObject(innerType)
                        ? this.schema.field(innerType, expression.anyId().getText())
                        : undefined;
                    return field?.type;
                }
                return this.methodResultType(innerType, expression.dotMethodCall());
            }
            case 'ArrayExpressionContext': {
                const { name, args } = parseType(this.typeOf(expression.expression(0)) ?? '');
                return /^list$/i.test(name) ? args[0] : undefined;
            }
            case 'CastExpressionContext':
                return expression.typeRef().getText();
            case 'SubExpressionContext':
                return this.typeOf(expression.expression());
            default:
                return undefined;
        }
    }

    methodResultType(typeText, call) {
        if (typeof typeText !== 'string') {
            return undefined;
        }
        const method = call.anyId().getText().toLowerCase();
        const { name, args } = parseType(typeText);
        const collection = name.toLowerCase();
        if (method === 'clone') {
            return typeText;
        }
        if (collection === 'list' && method === 'get') {
            return args[0];
        }
        if (collection === 'map' && method === 'get') {
            return args[1];
        }
        if (collection === 'map' && method === 'values') {
            return `List<${args[1]}>`;
        }
        return undefined;
    }

    checkCreator(creator) {
        const typeName = creator.createdName().getText();
        if (!this.schema.object(typeName)) {
            if (CUSTOM_TYPE.test(typeName)) {
                this.reportUnknownObject(creator, typeName, 'new');
            }
            return;
        }
        const expressions = creator
            .classCreatorRest()
            ?.arguments()
            ?.expressionList()
            ?.expression_list();
        for (const expression of expressions ?? []) {
            if (kind(expression) === 'AssignExpressionContext') {
                const target = expression.expression(0);
                if (kind(target) === 'PrimaryExpressionContext') {
                    this.checkPath(target, typeName, [target.getText()], `new ${typeName}(…)`);
                }
            }
        }
    }

    /** The object a query reads from (for a select-list sub-query: the child relationship's). */
    queryObject(query) {
        const from = query.fromNameList().fieldName(0);
        const name = from.getText();
        if (kind(query) === 'SubQueryContext' && this.parentQueryObject(query)) {
            return this.schema.child(this.parentQueryObject(query), name);
        }
        return this.schema.object(name) ? name : undefined;
    }

    parentQueryObject(subQuery) {
        let node = subQuery.parentCtx;
        let inSelectList = false;
        while (node) {
            const k = kind(node);
            if (k === 'SelectEntryContext' || k === 'SubFieldEntryContext') {
                inSelectList = true;
            }
            if (k === 'QueryContext' || k === 'SubQueryContext') {
                return inSelectList ? this.queryObject(node) : undefined;
            }
            node = node.parentCtx;
        }
        return undefined;
    }

    checkQuery(query, object) {
        const from = query.fromNameList();
        const fromName = from.fieldName(0);
        if (!object) {
            const parent =
                kind(query) === 'SubQueryContext' ? this.parentQueryObject(query) : undefined;
            if (parent && this.schema.object(parent)?.open) {
                // an object known only in part: its child relationships are not listed
            } else if (parent) {
                this.report(
                    fromName,
                    'unknown-relationship',
                    `SOQL sub-query: ${fromName.getText()} is not a child relationship of ${parent}`
                );
            } else {
                this.checkObjectName(fromName, fromName.getText(), 'SOQL FROM object');
            }
        }
        const alias = from.soqlId(0)?.getText()?.toLowerCase();
        const visitFields = (node) => {
            for (const child of children(node)) {
                const k = kind(child);
                if (k === 'FromNameListContext' || k === 'TypeOfContext') {
                    continue;
                }
                if (k === 'SubQueryContext' || k === 'QueryContext') {
                    this.checkQuery(child, this.queryObject(child));
                    continue;
                }
                if (k === 'BoundExpressionContext') {
                    this.visit(child);
                    continue;
                }
                if (k === 'FieldNameContext') {
                    if (object) {
                        let segments = child.soqlId_list().map((id) => id.getText());
                        if (alias && segments.length > 1 && segments[0].toLowerCase() === alias) {
                            segments = segments.slice(1);
                        }
                        this.checkPath(child, object, segments, 'SOQL');
                    }
                    continue;
                }
                visitFields(child);
            }
        };
        visitFields(query);
    }
}
