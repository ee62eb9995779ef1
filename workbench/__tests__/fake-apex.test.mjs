// The workbench's fake MyInvoicesController and its sample data: the rules the real controller
// applies (filters, inclusive date range, whitelisted sort with Id tie-break, keyset paging) and
// sample data an admin may edit without breaking the arithmetic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    ERRORS,
    SORT_FIELDS,
    VISIBLE_STATUSES,
    createFakeApex,
    isOverdue,
    stateOf,
    FIRST_PAGE_PARAMS
} from '../fake-apex.mjs';

const workbench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = JSON.parse(fs.readFileSync(path.join(workbench, 'sample-data.json'), 'utf8'));
const apex = createFakeApex(data);
const posted = data.invoices.filter((invoice) => VISIBLE_STATUSES.includes(invoice.status));
const vectors = JSON.parse(
    fs.readFileSync(
        path.join(
            workbench,
            '..',
            'force-app/billing-ui/staticresources/InvoiceSettlementVectors.json'
        ),
        'utf8'
    )
).vectors;
const draft = data.invoices.find((invoice) => invoice.status === 'Draft');
const refusedWith = (message) => (error) => {
    assert.equal(error.status, 500);
    assert.equal(error.body.message, message);
    return true;
};
const base = FIRST_PAGE_PARAMS;
const cents = (amount) => Math.round(amount * 100);

/** Every page for the given parameters, following nextCursor. */
async function allPages(params) {
    const pages = [];
    let cursor = null;
    do {
        const page = await apex.getInvoices({ ...base, ...params, cursor });
        pages.push(page);
        cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 100);
    return pages;
}

test('sample data: one account, a fixed today, 40 to 50 invoices over about 14 months', () => {
    assert.match(data.today, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(data.account.name, 'Ursa Major Solar');
    assert.equal(data.account.id.length, 18);
    assert.ok(data.invoices.length >= 40 && data.invoices.length <= 50);
    const dates = data.invoices.map((invoice) => invoice.invoiceDate).sort();
    const months = (new Date(dates.at(-1)) - new Date(dates[0])) / (1000 * 60 * 60 * 24 * 30.44);
    assert.ok(months > 12 && months < 15, `${months} months`);
    assert.deepEqual([...new Set(data.invoices.map((invoice) => invoice.currencyCode))].sort(), [
        'EUR',
        'USD'
    ]);
});

test('sample data: unique ids and numbers, ISO dates, due date on or after the invoice date', () => {
    const ids = data.invoices.flatMap((invoice) => [
        invoice.id,
        ...invoice.lines.map((line) => line.id)
    ]);
    assert.equal(new Set(ids).size, ids.length);
    const invoiceNumbers = data.invoices.map((invoice) => invoice.invoiceNumber);
    assert.equal(new Set(invoiceNumbers).size, invoiceNumbers.length);
    assert.ok(draft, 'a Draft invoice shows that buyers see Posted invoices only');
    for (const invoice of data.invoices) {
        assert.ok(['Posted', 'Rebilled', 'Draft'].includes(invoice.status), invoice.invoiceNumber);
        assert.match(invoice.invoiceDate, /^\d{4}-\d{2}-\d{2}$/);
        if (invoice.dueDate !== null) {
            assert.match(invoice.dueDate, /^\d{4}-\d{2}-\d{2}$/);
            assert.ok(invoice.dueDate >= invoice.invoiceDate, invoice.invoiceNumber);
        }
        assert.ok(invoice.lines.length >= 1 && invoice.lines.length <= 4, invoice.invoiceNumber);
    }
});

test('sample data: totals consistent to the cent, balance = total - payments - credits', () => {
    for (const invoice of data.invoices) {
        let sum = 0;
        for (const line of invoice.lines) {
            const where = `${invoice.invoiceNumber} ${line.productName}`;
            assert.equal(
                cents(line.totalAmount),
                Math.round(line.quantity * line.unitPrice * 100) + cents(line.taxAmount),
                `${where}: quantity x unit price + tax`
            );
            sum += cents(line.totalAmount);
        }
        assert.equal(cents(invoice.totalAmount), sum, `${invoice.invoiceNumber}: sum of lines`);
        assert.equal(
            cents(invoice.balance),
            cents(invoice.totalAmount) - cents(invoice.payments) - cents(invoice.credits),
            `${invoice.invoiceNumber}: balance = total - payments - credits`
        );
        const credited = invoice.creditNotes.reduce((total, note) => total + cents(note.amount), 0);
        assert.equal(credited, cents(invoice.credits), `${invoice.invoiceNumber}: credit notes`);
        for (const note of invoice.creditNotes) {
            assert.ok(note.creditNoteDate >= invoice.invoiceDate, `${note.creditNoteNumber} date`);
        }
    }
});

test('sample data: every pdfUrl names a file the workbench serves', () => {
    const urls = new Set(data.invoices.map((invoice) => invoice.pdfUrl));
    assert.ok(urls.has(null), 'some invoices have no PDF');
    for (const url of urls) {
        if (url !== null) {
            assert.ok(fs.existsSync(path.join(workbench, 'public', url)), url);
        }
    }
});

test('InvoiceSettlement vectors: the fake gives every one its state, as the Apex test does', () => {
    assert.ok(vectors.length >= 10);
    for (const vector of vectors) {
        assert.equal(stateOf(vector), vector.state, vector.name);
    }
});

test('sample data: every state but partially credited, some overdue in each currency, a due-today edge', () => {
    const states = new Set(
        data.invoices
            .filter((invoice) => invoice.status !== 'Draft')
            .map((invoice) => stateOf({ ...invoice, statusCode: invoice.status }))
    );
    assert.deepEqual([...states].sort(), [
        'credited',
        'paid',
        'partiallyPaid',
        'rebilled',
        'unpaid'
    ]);
    const overdue = data.invoices.filter((invoice) => isOverdue(invoice, data.today));
    assert.ok(overdue.some((invoice) => invoice.currencyCode === 'USD'));
    assert.ok(overdue.some((invoice) => invoice.currencyCode === 'EUR'));
    assert.ok(data.invoices.some((i) => i.dueDate === data.today && i.balance > 0));
    assert.ok(data.invoices.some((i) => i.dueDate === null && i.balance > 0));
});

test('first page: newest 20 invoices, with a cursor and the account name', async () => {
    const page = await apex.getInvoices(base);
    assert.equal(page.invoices.length, 20);
    assert.equal(page.accountName, 'Ursa Major Solar');
    assert.equal(typeof page.nextCursor, 'string');
    const dates = page.invoices.map((invoice) => invoice.invoiceDate);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.deepEqual(Object.keys(page.invoices[0]).sort(), [
        'balance',
        'currencyCode',
        'dueDate',
        'id',
        'invoiceDate',
        'invoiceNumber',
        'overdue',
        'payable',
        'state',
        'status',
        'statusCode',
        'totalAmount'
    ]);
});

test('paging: every sort field and direction visits each invoice once, in order', async () => {
    for (const sortBy of SORT_FIELDS) {
        const byCurrency = sortBy === 'totalAmount' || sortBy === 'balance';
        for (const sortDirection of ['asc', 'desc']) {
            const where = `${sortBy} ${sortDirection}`;
            const pages = await allPages({ sortBy, sortDirection, pageSize: 7 });
            const rows = pages.flatMap((page) => page.invoices);
            assert.equal(rows.length, posted.length, where);
            assert.equal(new Set(rows.map((row) => row.id)).size, rows.length, where);
            assert.equal(pages.at(-1).nextCursor, null);
            const sign = sortDirection === 'asc' ? 1 : -1;
            for (let i = 1; i < rows.length; i++) {
                const [a, b] = [rows[i - 1], rows[i]];
                if (byCurrency && a.currencyCode !== b.currencyCode) {
                    // a multi-currency org: amounts grouped by currency, A to Z, in both directions
                    assert.ok(a.currencyCode < b.currencyCode, `${where}: currency groups`);
                } else if (a[sortBy] === b[sortBy]) {
                    assert.ok((a.id < b.id ? -1 : 1) * sign < 0, `${where}: Id tie-break`);
                } else if (a[sortBy] === null || b[sortBy] === null) {
                    assert.equal(b[sortBy], null, `${where}: empty values last`);
                } else {
                    assert.ok((a[sortBy] < b[sortBy] ? -1 : 1) * sign < 0, `${where}: order`);
                }
            }
        }
    }
    const [dueFirst] = await allPages({ sortBy: 'dueDate', sortDirection: 'asc', pageSize: 100 });
    assert.equal(dueFirst.invoices.at(-1).dueDate, null, 'no due date: last even ascending');
});

test('paging: equal invoice dates split across pages keep the Id order', async () => {
    const [first, second] = await allPages({ pageSize: 20 });
    assert.equal(first.invoices.at(-1).invoiceDate, second.invoices[0].invoiceDate);
    assert.ok(first.invoices.at(-1).id > second.invoices[0].id);
});

test('paging: pageSize null means 20, others are clamped to 1..200', async () => {
    const sizeOf = async (pageSize) =>
        (await apex.getInvoices({ ...base, pageSize })).invoices.length;
    assert.equal(await sizeOf(null), 20);
    assert.equal(await sizeOf(0), 1);
    assert.equal(await sizeOf(-5), 1);
    assert.equal(await sizeOf(3), 3);
    assert.equal(await sizeOf(500), posted.length);
});

test('paging: a blank cursor is the first page; a foreign or broken one is refused', async () => {
    const first = await apex.getInvoices(base);
    assert.deepEqual(await apex.getInvoices({ ...base, cursor: '' }), first);
    await assert.rejects(
        apex.getInvoices({ ...base, sortBy: 'balance', cursor: first.nextCursor }),
        refusedWith(ERRORS.BAD_CURSOR)
    );
    await assert.rejects(
        apex.getInvoices({ ...base, sortDirection: 'asc', cursor: first.nextCursor }),
        refusedWith(ERRORS.BAD_CURSOR)
    );
    await assert.rejects(
        apex.getInvoices({ ...base, cursor: 'not a cursor' }),
        refusedWith(ERRORS.BAD_CURSOR)
    );
});

test('null arguments mean the defaults: all invoices, newest first', async () => {
    const page = await apex.getInvoices({
        requestedAccountId: null,
        statusFilter: null,
        fromDate: null,
        toDate: null,
        sortBy: null,
        sortDirection: null,
        pageSize: null,
        cursor: null
    });
    assert.deepEqual(page, await apex.getInvoices(base));
});

test('only issued invoices (Posted, Rebilled) are shown, in lists and in the detail', async () => {
    const [all] = await allPages({ pageSize: 200 });
    assert.equal(all.invoices.length, posted.length);
    assert.ok(all.invoices.every((invoice) => VISIBLE_STATUSES.includes(invoice.status)));
    const rebilled = all.invoices.find((invoice) => invoice.statusCode === 'Rebilled');
    assert.equal(rebilled.state, 'rebilled');
    assert.equal(rebilled.payable, false);
    const detail = await apex.getInvoiceDetail({
        invoiceId: rebilled.id,
        requestedAccountId: null
    });
    assert.equal(detail.credits.length, 1, 'the Cancel and Rebill credit note');
    assert.ok(!all.invoices.some((invoice) => invoice.id === draft.id));
    await assert.rejects(
        apex.getInvoiceDetail({ invoiceId: draft.id, requestedAccountId: null }),
        refusedWith(ERRORS.NOT_FOUND)
    );
});

test('status filters: overdue is open and due before today; open and paid split all', async () => {
    const rows = async (statusFilter) =>
        (await apex.getInvoices({ ...base, statusFilter, pageSize: 100 })).invoices;
    const [all, open, overdue, paid] = await Promise.all(
        ['all', 'open', 'overdue', 'paid'].map(rows)
    );
    assert.equal(all.length, posted.length);
    assert.equal(open.length + paid.length, all.length);
    assert.ok(open.every((invoice) => invoice.balance > 0));
    assert.ok(paid.every((invoice) => invoice.balance === 0));
    assert.ok(overdue.length > 0);
    for (const invoice of overdue) {
        assert.ok(invoice.overdue && invoice.balance > 0 && invoice.dueDate < data.today);
    }
    assert.deepEqual(
        overdue.map((invoice) => invoice.id),
        all.filter((invoice) => invoice.overdue).map((invoice) => invoice.id)
    );
    const dueToday = all.find((invoice) => invoice.dueDate === data.today);
    assert.equal(dueToday.overdue, false, 'due today is not overdue yet');
    assert.ok(open.some((invoice) => invoice.id === dueToday.id));
});

test('date range: bounds on the invoice date, both inclusive', async () => {
    const day = '2026-05-15';
    const page = await apex.getInvoices({ ...base, fromDate: day, toDate: day });
    assert.equal(page.invoices.length, 2);
    assert.ok(page.invoices.every((invoice) => invoice.invoiceDate === day));
    const from = await apex.getInvoices({ ...base, fromDate: '2026-11-01', pageSize: 100 });
    assert.ok(from.invoices.every((invoice) => invoice.invoiceDate >= '2026-11-01'));
    assert.ok(from.invoices.some((invoice) => invoice.invoiceDate === '2026-11-01'));
    const none = await apex.getInvoices({ ...base, fromDate: '2026-12-01', toDate: '2026-11-01' });
    assert.deepEqual(none.invoices, []);
    await assert.rejects(
        apex.getInvoices({ ...base, fromDate: '15/05/2026' }),
        refusedWith(ERRORS.BAD_REQUEST)
    );
});

test("arguments outside the contract are refused with the controller's messages", async () => {
    for (const params of [
        { sortBy: 'Name; DELETE' },
        { sortDirection: 'sideways' },
        { statusFilter: 'draft' }
    ]) {
        await assert.rejects(
            apex.getInvoices({ ...base, ...params }),
            refusedWith(ERRORS.BAD_REQUEST)
        );
    }
    await assert.rejects(
        apex.getInvoices({ ...base, requestedAccountId: '001000000000001AAA' }),
        refusedWith(ERRORS.NOT_ALLOWED)
    );
    const own = data.account.id.slice(0, 15);
    assert.equal(
        (await apex.getInvoices({ ...base, requestedAccountId: own })).invoices.length,
        20
    );
});

test('detail: the invoice, its lines and PDF; an unknown id is refused', async () => {
    const invoice = data.invoices.find(
        (candidate) => candidate.pdfUrl && candidate.lines.length > 2
    );
    const detail = await apex.getInvoiceDetail({ invoiceId: invoice.id, requestedAccountId: null });
    assert.equal(detail.invoice.invoiceNumber, invoice.invoiceNumber);
    assert.equal(detail.invoice.overdue, isOverdue(invoice, data.today));
    assert.deepEqual(detail.lines, invoice.lines);
    assert.equal(detail.pdfUrl, invoice.pdfUrl);
    detail.lines[0].quantity = -1;
    assert.notEqual(invoice.lines[0].quantity, -1, 'answers are copies');
    await assert.rejects(
        apex.getInvoiceDetail({ invoiceId: 'a3K000000000000AAA' }),
        refusedWith(ERRORS.NOT_FOUND)
    );
    await assert.rejects(
        apex.getInvoiceDetail({ invoiceId: invoice.id, requestedAccountId: '001000000000001AAA' }),
        refusedWith(ERRORS.NOT_ALLOWED)
    );
});

test('scenarios: empty answers no invoices; error rejects both calls with a message', async () => {
    const empty = createFakeApex(data, { scenario: 'empty' });
    assert.deepEqual(await empty.getInvoices(base), {
        invoices: [],
        nextCursor: null,
        accountName: 'Ursa Major Solar'
    });
    const failing = createFakeApex(data, { scenario: 'error' });
    await assert.rejects(failing.getInvoices(base), (error) => /Billing/.test(error.body.message));
    await assert.rejects(failing.getInvoiceDetail({ invoiceId: data.invoices[0].id }), /./);
    const detailOnly = createFakeApex(data, { scenario: 'detail-error' });
    assert.equal((await detailOnly.getInvoices(base)).invoices.length, 20);
    await assert.rejects(detailOnly.getInvoiceDetail({ invoiceId: data.invoices[0].id }), /./);
});

test('answers arrive after the configured delay', async () => {
    const slow = createFakeApex(data, { delayMs: 50 });
    const started = Date.now();
    await slow.getInvoices(base);
    assert.ok(Date.now() - started >= 45);
});
