/**
 * Checks what the Apex type checker (check:compile, apex-ls) cannot: the object and field names
 * inside the SOQL of an Apex class or trigger (SELECT, FROM, WHERE, ORDER BY, GROUP BY,
 * sub-queries and semi-joins, relationship paths and aliases), and that a custom object named
 * without a namespace in a type, a `new` or a trigger is the project's own (apex-ls would take
 * `Invoice__c` for `blng__Invoice__c`). Names are resolved against force-app + the stub. Built on
 * the apex-parser's tree.
 */
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';

/**
 * A custom object, event, metadata type, big or external object without a namespace (`Invoice__c`):
 * it must be the project's own. apex-ls resolves such a name against the managed packages too
 * (`Invoice__c` → `blng__Invoice__c`), which the org does not.
 */
const OWN_CUSTOM_TYPE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*__(c|e|mdt|b|x)$/i;

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

/**
 * Checks the SOQL of one Apex source against the schema.
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
    const findings = [];
    const report = (node, rule, message) => findings.push({ ...where(node), rule, message });
    const reported = new Set();
    const checkOwnType = (node, name, what) => {
        if (
            !OWN_CUSTOM_TYPE.test(name) ||
            schema.object(name) ||
            reported.has(`${node.start.line}:${name}`)
        ) {
            return;
        }
        reported.add(`${node.start.line}:${name}`);
        report(
            node,
            'unknown-object',
            `${what} ${name} is not in force-app; a managed-package object needs its namespace ` +
                '(e.g. blng__Invoice__c), which the Apex type checker would silently add'
        );
    };
    const visit = (node) => {
        const k = kind(node);
        if (k === 'QueryContext' || k === 'SubQueryContext') {
            checkQuery(schema, report, node, queryObject(schema, node), visit);
            return;
        }
        if (k === 'TriggerUnitContext') {
            checkOwnType(node.id(1), node.id(1).getText(), 'trigger object');
        } else if (k === 'TypeRefContext') {
            for (const name of node.getText().split(/[<>,[\].]+/)) {
                checkOwnType(node, name, 'type');
            }
        } else if (k === 'CreatedNameContext') {
            checkOwnType(node, node.getText(), 'new');
        }
        children(node).forEach(visit);
    };
    visit(tree);
    return findings;
}

/** The object a query reads from (for a select-list sub-query: the child relationship's). */
function queryObject(schema, query) {
    const name = query.fromNameList().fieldName(0).getText();
    const parent = kind(query) === 'SubQueryContext' ? parentQueryObject(schema, query) : null;
    if (parent) {
        return schema.child(parent, name);
    }
    return schema.object(name) ? name : undefined;
}

/** For a sub-query in a select list, the object of the query around it. */
function parentQueryObject(schema, subQuery) {
    let node = subQuery.parentCtx;
    let inSelectList = false;
    while (node) {
        const k = kind(node);
        if (k === 'SelectEntryContext' || k === 'SubFieldEntryContext') {
            inSelectList = true;
        }
        if (k === 'QueryContext' || k === 'SubQueryContext') {
            return inSelectList ? queryObject(schema, node) : undefined;
        }
        node = node.parentCtx;
    }
    return undefined;
}

/**
 * Reports the FROM object when the schema does not know it (its fields could not be checked),
 * then every field path of the query; bound Apex expressions are walked for nested queries.
 */
function checkQuery(schema, report, query, object, visit) {
    const from = query.fromNameList();
    const fromName = from.fieldName(0);
    if (!object) {
        const parent = kind(query) === 'SubQueryContext' ? parentQueryObject(schema, query) : null;
        if (parent && schema.object(parent)?.open) {
            // an object known only in part (a project without a stub): no child relationships listed
        } else if (parent) {
            report(
                fromName,
                'unknown-relationship',
                `SOQL sub-query: ${fromName.getText()} is not a child relationship of ${parent}`
            );
        } else if (!schema.isUnverifiable(fromName.getText())) {
            report(
                fromName,
                'unknown-object',
                `SOQL FROM object: ${schema.unknownObject(fromName.getText())}`
            );
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
                checkQuery(schema, report, child, queryObject(schema, child), visit);
                continue;
            }
            if (k === 'BoundExpressionContext') {
                visit(child);
                continue;
            }
            if (k === 'FieldNameContext') {
                if (object) {
                    let segments = child.soqlId_list().map((id) => id.getText());
                    if (alias && segments.length > 1 && segments[0].toLowerCase() === alias) {
                        segments = segments.slice(1);
                    }
                    const { missing } = schema.resolvePath(object, segments);
                    if (missing) {
                        report(child, 'unknown-field', `SOQL: ${missing}`);
                    }
                }
                continue;
            }
            visitFields(child);
        }
    };
    visitFields(query);
}
