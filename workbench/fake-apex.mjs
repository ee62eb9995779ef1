/**
 * A stand-in for MyInvoicesController (force-app/billing-ui/classes) that runs in the browser
 * (the workbench) and in Node (its unit test): the same arguments, the same DTOs
 * (types/invoices.d.ts), the same rules and error messages, served from workbench/sample-data.json
 * instead of Salesforce Billing. When the controller's rules change, change them here too.
 *
 * Rules, as InvoiceQuery applies them:
 * - only issued invoices exist for the buyer, Posted and Rebilled (drafts are not final), in lists
 *   and in the detail;
 * - state: InvoiceSettlement's rules (stateOf below), run on the same JSON vectors as the Apex
 *   test (force-app/billing-ui/staticresources/InvoiceSettlementVectors.json);
 * - payable = Posted with a balance above zero; overdue = payable and due before the data's
 *   fixed "today";
 * - status filter: all; open = payable; overdue = open and due date before today; paid =
 *   everything else (balance zero or below, or rebilled); null means all;
 * - fromDate / toDate bound the invoice date, both inclusive, either may be null;
 * - sortBy is one of the whitelisted fields (null: invoiceDate), then Id in the same direction;
 *   empty values (a due date Billing did not set) come last in both directions; amount sorts
 *   are grouped by currency first (currency A→Z), as in a multi-currency org;
 * - pageSize null means 20, else clamped to 1..200;
 * - paging is keyset: nextCursor is an opaque token naming the last row of the page, valid only
 *   for the same sort; null on the last page; a blank cursor means the first page;
 * - requestedAccountId must be null or the sample account (the buyer's own); anything else is
 *   refused, as InvoiceAccountResolver refuses an account the user may not see; scenario
 *   "not-shared" answers as for a related account whose invoices are not shared with the buyer.
 * Errors reject with the shape an AuraHandledException reaches a component in:
 * `{ status: 500, body: { message }, headers: {} }`, with InvoiceErrors' messages.
 *
 * No Node or browser APIs beyond setTimeout, btoa and atob, so one module serves both.
 */

/** @typedef {import('../types/invoices').InvoiceDto} InvoiceDto */
/** @typedef {import('../types/invoices').InvoicePage} InvoicePage */
/** @typedef {import('../types/invoices').InvoiceDetailDto} InvoiceDetailDto */
/** @typedef {import('../types/invoices').GetInvoicesParams} GetInvoicesParams */

export const SORT_FIELDS = ['invoiceDate', 'dueDate', 'invoiceNumber', 'totalAmount', 'balance'];
export const STATUS_FILTERS = ['all', 'open', 'overdue', 'paid'];
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
/** What My Invoices asks for first: every status, newest first, the default page size. */
export const FIRST_PAGE_PARAMS = Object.freeze({
    requestedAccountId: null,
    statusFilter: 'all',
    fromDate: null,
    toDate: null,
    sortBy: 'invoiceDate',
    sortDirection: 'desc',
    pageSize: DEFAULT_PAGE_SIZE,
    cursor: null
});
const AMOUNT_FIELDS = ['totalAmount', 'balance'];

/** InvoiceErrors' buyer-safe messages. */
export const ERRORS = {
    NOT_ALLOWED: "You can't view invoices for this account.",
    NOT_FOUND: "This invoice isn't available.",
    BAD_REQUEST: "The invoice list can't be shown this way. Reload the page and try again.",
    BAD_CURSOR: 'The invoice list has changed. Reload the page and try again.',
    NOT_SHARED:
        "Invoices of {0} aren't shared with you yet. Ask the person who manages your company's account to have them shared with you."
};

/** Billing's statuses a buyer sees (InvoiceQuery.VISIBLE_STATUSES). */
export const VISIBLE_STATUSES = ['Posted', 'Rebilled'];

/**
 * Where an invoice stands (InvoiceSettlement.stateOf).
 * @param {{ statusCode: string, balance: number | null, payments: number | null, credits: number | null }} amounts
 */
export function stateOf({ statusCode, balance, payments, credits }) {
    if (statusCode === 'Rebilled') {
        return 'rebilled';
    }
    const paidSome = (payments ?? 0) > 0;
    const creditedSome = (credits ?? 0) > 0;
    if ((balance ?? 0) <= 0) {
        return creditedSome && !paidSome ? 'credited' : 'paid';
    }
    if (paidSome) {
        return 'partiallyPaid';
    }
    return creditedSome ? 'partiallyCredited' : 'unpaid';
}

/** The workbench scenarios (`?scenario=` on the page). */
export const SCENARIOS = ['default', 'empty', 'error', 'detail-error', 'not-shared'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An error as an imperative Apex call rejects with when the method throws AuraHandledException.
 * @param {string} message
 */
export function auraHandledError(message) {
    return { status: 500, body: { message }, headers: {} };
}

/**
 * Whether the buyer may pay an invoice: posted, with a balance above zero.
 * @param {{ status: string, balance: number }} invoice
 */
export function isPayable(invoice) {
    return invoice.status === 'Posted' && invoice.balance > 0;
}

/**
 * Whether an invoice is overdue on the given day.
 * @param {{ status: string, balance: number, dueDate: string | null }} invoice
 * @param {string} today ISO date
 */
export function isOverdue(invoice, today) {
    return isPayable(invoice) && invoice.dueDate !== null && invoice.dueDate < today;
}

const FILTERS = {
    all: () => true,
    open: (invoice) => isPayable(invoice),
    overdue: (invoice, today) => isOverdue(invoice, today),
    paid: (invoice) => !isPayable(invoice)
};

/**
 * Compares two sort values as `ORDER BY field <direction> NULLS LAST` does.
 * @returns {number} negative when a comes first
 */
function compareValues(a, b, direction) {
    const aNull = a === null || a === undefined;
    const bNull = b === null || b === undefined;
    if (aNull || bNull) {
        return aNull === bNull ? 0 : aNull ? 1 : -1;
    }
    if (a === b) {
        return 0;
    }
    return (a < b ? -1 : 1) * (direction === 'desc' ? -1 : 1);
}

/** The controller's ORDER BY: [CurrencyIsoCode ASC,] field dir NULLS LAST, Id dir. */
function compareRows(a, b, sortBy, direction) {
    const byCurrency = AMOUNT_FIELDS.includes(sortBy)
        ? compareValues(a.currencyCode, b.currencyCode, 'asc')
        : 0;
    return (
        byCurrency ||
        compareValues(a[sortBy], b[sortBy], direction) ||
        compareValues(a.id, b.id, direction)
    );
}

function encodeCursor(row, sortKey, sortBy) {
    const currency = AMOUNT_FIELDS.includes(sortBy) ? row.currencyCode : null;
    return btoa(JSON.stringify({ k: sortKey, v: row[sortBy] ?? null, i: row.id, c: currency }));
}

function decodeCursor(cursor, sortKey, sortBy) {
    let key;
    try {
        key = JSON.parse(atob(cursor));
    } catch {
        key = null;
    }
    if (!key || key.k !== sortKey || typeof key.i !== 'string') {
        throw auraHandledError(ERRORS.BAD_CURSOR);
    }
    return { [sortBy]: key.v, id: key.i, currencyCode: key.c };
}

function toDto(invoice, today) {
    return {
        id: invoice.id,
        invoiceNumber: invoice.invoiceNumber,
        invoiceDate: invoice.invoiceDate,
        dueDate: invoice.dueDate,
        status: invoice.status,
        statusCode: invoice.status,
        state: stateOf({ ...invoice, statusCode: invoice.status }),
        totalAmount: invoice.totalAmount,
        balance: invoice.balance,
        currencyCode: invoice.currencyCode,
        overdue: isOverdue(invoice, today),
        payable: isPayable(invoice)
    };
}

/** A date argument; Lightning refuses a value that is no date before the controller runs. */
function checkDate(value) {
    if (value === null || value === undefined) {
        return null;
    }
    if (typeof value !== 'string' || !ISO_DATE.test(value)) {
        throw auraHandledError(ERRORS.BAD_REQUEST);
    }
    return value;
}

/** Rows per page: null means the default, anything else is clamped to 1..MAX_PAGE_SIZE. */
function pageSizeOf(value) {
    const size = Math.trunc(Number(value));
    if (value === null || value === undefined || !Number.isFinite(size)) {
        return DEFAULT_PAGE_SIZE;
    }
    return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
}

/**
 * Creates the fake controller over one sample data set.
 * @param {{ today: string, account: { id: string, name: string }, invoices: object[] }} data
 * @param {{ scenario?: string, delayMs?: number, slowDetailId?: string | null, slowDetailMs?: number }} [options]
 *   slowDetailId / slowDetailMs: the detail of that one invoice answers after slowDetailMs instead
 *   (the browser test opens it, goes back and opens another, to see the late answer dropped)
 * @returns {{ getInvoices(params: GetInvoicesParams): Promise<InvoicePage>,
 *             getInvoiceDetail(params: { invoiceId: string, requestedAccountId?: string | null }): Promise<InvoiceDetailDto> }}
 */
export function createFakeApex(
    data,
    { scenario = 'default', delayMs = 0, slowDetailId = null, slowDetailMs = 0 } = {}
) {
    const { today, account } = data;
    const posted = data.invoices.filter((invoice) => VISIBLE_STATUSES.includes(invoice.status));

    const answer = (compute, wait = delayMs) =>
        new Promise((resolve, reject) => {
            setTimeout(() => {
                try {
                    // A fresh copy each time, as every server response is.
                    resolve(JSON.parse(JSON.stringify(compute())));
                } catch (error) {
                    reject(error);
                }
            }, wait);
        });

    const checkAccount = (requestedAccountId) => {
        if (requestedAccountId && requestedAccountId.slice(0, 15) !== account.id.slice(0, 15)) {
            throw auraHandledError(ERRORS.NOT_ALLOWED);
        }
    };

    return {
        getInvoices(params = {}) {
            return answer(() => {
                if (scenario === 'error') {
                    throw auraHandledError(
                        'Salesforce Billing is not answering (workbench scenario "error").'
                    );
                }
                checkAccount(params.requestedAccountId);
                if (scenario === 'not-shared') {
                    throw auraHandledError(
                        ERRORS.NOT_SHARED.replace('{0}', 'Pyramid Construction')
                    );
                }
                const statusFilter = params.statusFilter ?? 'all';
                const sortBy = params.sortBy ?? 'invoiceDate';
                const sortDirection = params.sortDirection ?? 'desc';
                if (
                    !STATUS_FILTERS.includes(statusFilter) ||
                    !SORT_FIELDS.includes(sortBy) ||
                    (sortDirection !== 'asc' && sortDirection !== 'desc')
                ) {
                    throw auraHandledError(ERRORS.BAD_REQUEST);
                }
                const sortKey = `${sortBy} ${sortDirection}`;
                const fromDate = checkDate(params.fromDate);
                const toDate = checkDate(params.toDate);
                const pageSize = pageSizeOf(params.pageSize);
                if (scenario === 'empty') {
                    return { invoices: [], nextCursor: null, accountName: account.name };
                }
                let rows = posted
                    .filter((invoice) => FILTERS[statusFilter](invoice, today))
                    .filter((invoice) => fromDate === null || invoice.invoiceDate >= fromDate)
                    .filter((invoice) => toDate === null || invoice.invoiceDate <= toDate)
                    .sort((a, b) => compareRows(a, b, sortBy, sortDirection));
                if (params.cursor) {
                    const after = decodeCursor(params.cursor, sortKey, sortBy);
                    rows = rows.filter((row) => compareRows(row, after, sortBy, sortDirection) > 0);
                }
                const page = rows.slice(0, pageSize);
                const last = page[page.length - 1];
                return {
                    invoices: page.map((invoice) => toDto(invoice, today)),
                    nextCursor: rows.length > pageSize ? encodeCursor(last, sortKey, sortBy) : null,
                    accountName: account.name
                };
            });
        },

        getInvoiceDetail({ invoiceId, requestedAccountId = null } = {}) {
            return answer(
                () => {
                    if (scenario === 'error' || scenario === 'detail-error') {
                        throw auraHandledError(
                            `This invoice could not be read (workbench scenario "${scenario}").`
                        );
                    }
                    checkAccount(requestedAccountId);
                    const invoice = posted.find((candidate) => candidate.id === invoiceId);
                    if (!invoice) {
                        throw auraHandledError(ERRORS.NOT_FOUND);
                    }
                    return {
                        invoice: toDto(invoice, today),
                        lines: invoice.lines,
                        credits: invoice.creditNotes ?? [],
                        pdfUrl: invoice.pdfUrl ?? null
                    };
                },
                invoiceId === slowDetailId ? slowDetailMs : delayMs
            );
        }
    };
}
