// Browser test of the workbench (`npm run test:e2e`): builds it if needed, serves it on a free
// loopback port and drives c-my-invoices in Debian's headless Chromium through playwright-core.
// Expectations come from workbench/sample-data.json and the custom labels, with a few literal
// anchors, so a change to the data or the component that alters what a buyer sees fails here.
// Saves docs/screenshots/my-invoices.png (the README shows it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildWorkbench } from '../build.mjs';
import { createFakeApex, FIRST_PAGE_PARAMS } from '../fake-apex.mjs';
import { readCustomLabels } from '../rollup.config.mjs';
import { startServer } from '../serve.mjs';

const workbench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(workbench, '..');
const SCREENSHOT = path.join(root, 'docs/screenshots/my-invoices.png');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];
const TEST = { timeout: 60_000 };
const WAIT_MS = 10_000;

const data = JSON.parse(fs.readFileSync(path.join(workbench, 'sample-data.json'), 'utf8'));
const labels = readCustomLabels();
const fake = createFakeApex(data);
const DEFAULTS = FIRST_PAGE_PARAMS;

/** What the fake controller answers; the page must show exactly this. */
async function expectedPages(params) {
    const pages = [];
    let cursor = null;
    do {
        const page = await fake.getInvoices({ ...DEFAULTS, ...params, cursor });
        pages.push(page.invoices);
        cursor = page.nextCursor;
    } while (cursor !== null);
    return pages;
}

const money = (amount, currency) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
const numbersOf = (invoices) => invoices.map((invoice) => invoice.invoiceNumber);

let server;
let context;
let page;
let userDataDir;
const problems = [];

before(
    async () => {
        assert.ok(
            fs.existsSync(CHROMIUM),
            `Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`
        );
        await buildWorkbench({ log: (line) => console.log(`# ${line}`) });
        server = await startServer({ port: 0 });
        userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-chromium-'));
        context = await chromium.launchPersistentContext(userDataDir, {
            executablePath: CHROMIUM,
            headless: true,
            args: CHROMIUM_ARGS,
            viewport: { width: 1280, height: 900 },
            locale: 'en-US',
            timezoneId: 'UTC'
        });
        page = context.pages()[0] ?? (await context.newPage());
        page.setDefaultTimeout(WAIT_MS);
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
            if (message.type() === 'error') {
                problems.push(`console error: ${message.text()}`);
            }
        });
    },
    { timeout: 240_000 }
);

after(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) {
        fs.rmSync(userDataDir, { recursive: true, force: true });
    }
});

const table = () => page.locator('c-my-invoices lightning-datatable').first();
const cells = (label) =>
    table().locator(`tbody :is(th, td)[data-label="${label}"]`).allInnerTexts();
const spinner = () => page.locator('c-my-invoices lightning-spinner');

/** Polls until the check passes or the bounded wait runs out; then fails with the last reason. */
async function eventually(check, what) {
    const deadline = Date.now() + WAIT_MS;
    let last;
    for (;;) {
        try {
            return await check();
        } catch (error) {
            last = error;
        }
        if (Date.now() > deadline) {
            throw new Error(`Timed out waiting for ${what}: ${last?.message}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

/** Waits until the table shows exactly these invoices (and has stopped loading). */
async function expectRows(invoices, what) {
    await eventually(async () => {
        assert.equal(await spinner().count(), 0, 'still loading');
        assert.deepEqual(
            (await cells('Invoice')).map((text) => text.trim()),
            numbersOf(invoices)
        );
    }, what);
    const totals = (await cells('Total')).map((text) => text.trim());
    assert.deepEqual(
        totals,
        invoices.map((invoice) => money(invoice.totalAmount, invoice.currencyCode)),
        `${what}: totals`
    );
}

async function open(query = '') {
    await page.goto(`${server.url}${query}`);
    await page.locator('c-my-invoices lightning-card').waitFor();
}

test(
    'the table shows the newest page of sample invoices, amounts in their currency',
    TEST,
    async () => {
        await open();
        const [first] = await expectedPages({});
        assert.equal(first.length, 20);
        await expectRows(first, 'the first page');
        // Literal anchors, so a wrong fake server and a wrong page cannot agree by accident.
        const numbers = (await cells('Invoice')).map((text) => text.trim());
        const totals = (await cells('Total')).map((text) => text.trim());
        assert.equal(numbers[0], 'INV-001135');
        assert.equal(totals[0], '$458.98');
        assert.equal(numbers[1], 'INV-001132');
        assert.equal(totals[1], '€6,781.33');
        assert.equal(numbers[19], 'INV-001075');
        assert.match(
            await page.locator('c-my-invoices lightning-card').innerText(),
            /Ursa Major Solar/
        );
        assert.equal(
            await table().locator('thead th[aria-label="Invoice Date"]').getAttribute('aria-sort'),
            'descending'
        );
        // Overdue invoices carry the warning icon with its text; the others do not.
        const overdueCells = table().locator('tbody td[data-label="Due Date"] lightning-icon');
        const overdueOnPage = first.filter((invoice) => invoice.overdue).length;
        assert.ok(overdueOnPage > 0);
        assert.equal(await overdueCells.count(), overdueOnPage);

        await page.waitForLoadState('networkidle');
        await page.mouse.move(0, 0);
        fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }
);

test('sorting by a column changes the order (ascending, then descending)', TEST, async () => {
    await open();
    await expectRows((await expectedPages({}))[0], 'the first page');
    const header = table().locator('thead th[aria-label="Total"]');
    await header.locator('a.slds-th__action').click();
    const [ascending] = await expectedPages({ sortBy: 'totalAmount', sortDirection: 'asc' });
    await expectRows(ascending, 'totals ascending');
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    await header.locator('a.slds-th__action').click();
    const [descending] = await expectedPages({ sortBy: 'totalAmount', sortDirection: 'desc' });
    await expectRows(descending, 'totals descending');
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    assert.notDeepEqual(numbersOf(ascending), numbersOf(descending));
});

test('the Overdue status filter shows only overdue invoices', TEST, async () => {
    await open();
    await expectRows((await expectedPages({}))[0], 'the first page');
    // read-only lightning-combobox: a button opens the listbox
    await page.locator('c-my-invoices lightning-combobox.status-filter button').click();
    await page
        .locator('c-my-invoices lightning-base-combobox-item')
        .filter({ hasText: labels.get('My_Invoices_Status_Overdue') })
        .first()
        .click();
    const [overdue] = await expectedPages({ statusFilter: 'overdue' });
    assert.equal(overdue.length, 10);
    assert.ok(overdue.every((invoice) => invoice.overdue));
    await expectRows(overdue, 'overdue invoices');
    const balances = (await cells('Balance')).map((text) => text.trim());
    assert.deepEqual(
        balances,
        overdue.map((invoice) => money(invoice.balance, invoice.currencyCode))
    );
    assert.equal(
        await table().locator('tbody td[data-label="Due Date"] lightning-icon').count(),
        overdue.length
    );
});

test('the invoice date range keeps only invoices dated within it (inclusive)', TEST, async () => {
    await open();
    await expectRows((await expectedPages({}))[0], 'the first page');
    const day = 'May 15, 2026';
    for (const selector of ['lightning-input.from-date input', 'lightning-input.to-date input']) {
        const input = page.locator(`c-my-invoices ${selector}`);
        await input.fill(day);
        await input.press('Tab');
    }
    const [sameDay] = await expectedPages({ fromDate: '2026-05-15', toDate: '2026-05-15' });
    assert.equal(sameDay.length, 2);
    await expectRows(sameDay, 'invoices of 15 May 2026');
});

test('Next and Previous page through the invoices', TEST, async () => {
    await open();
    const pages = await expectedPages({});
    assert.deepEqual(
        pages.map((invoices) => invoices.length),
        [20, 20, 5]
    );
    await expectRows(pages[0], 'page 1');
    const pager = page.locator('c-my-invoices c-invoice-pager');
    const next = pager.locator('lightning-button.next button');
    const previous = pager.locator('lightning-button.previous button');
    assert.equal(await previous.isDisabled(), true);
    await next.click();
    await expectRows(pages[1], 'page 2');
    assert.equal(
        (await pager.locator('.page-number').innerText()).trim(),
        labels.get('My_Invoices_Page').replace('{0}', '2')
    );
    await next.click();
    await expectRows(pages[2], 'page 3');
    await eventually(async () => assert.equal(await next.isDisabled(), true), 'Next disabled');
    await previous.click();
    await expectRows(pages[1], 'page 2 again');
    await previous.click();
    await expectRows(pages[0], 'page 1 again');
    await eventually(async () => assert.equal(await previous.isDisabled(), true), 'Previous off');
});

test('clicking an invoice opens its detail with its lines, PDF link and back', TEST, async () => {
    await open();
    await expectRows((await expectedPages({}))[0], 'the first page');
    const invoice = data.invoices.find((candidate) => candidate.invoiceNumber === 'INV-001087');
    assert.ok(invoice.lines.length === 4 && invoice.pdfUrl);
    await table()
        .locator('tbody th[data-label="Invoice"] button')
        .filter({ hasText: invoice.invoiceNumber })
        .click();
    const detail = page.locator('c-my-invoices c-invoice-detail');
    await detail.locator('h2').filter({ hasText: invoice.invoiceNumber }).waitFor();
    const lines = detail.locator('lightning-datatable');
    await eventually(async () => {
        const products = await lines
            .locator('tbody :is(th, td)[data-label="Product"]')
            .allInnerTexts();
        assert.deepEqual(
            products.map((text) => text.trim()),
            invoice.lines.map((line) => line.productName)
        );
    }, 'the invoice lines');
    const lineTotals = await lines.locator('tbody :is(th, td)[data-label="Total"]').allInnerTexts();
    assert.deepEqual(
        lineTotals.map((text) => text.trim()),
        invoice.lines.map((line) => money(line.totalAmount, invoice.currencyCode))
    );
    const facts = await detail.innerText();
    assert.ok(facts.includes(money(invoice.totalAmount, invoice.currencyCode)), facts);
    assert.ok(facts.includes(labels.get('My_Invoices_Overdue')), 'overdue badge');
    const pdf = detail.locator('a.pdf');
    assert.equal(await pdf.getAttribute('href'), invoice.pdfUrl);
    const response = await page.request.get(new URL(invoice.pdfUrl, server.url).href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    await detail.locator('lightning-button.back button').click();
    await expectRows((await expectedPages({}))[0], 'the list again');
});

test('while invoices load, the spinner shows', TEST, async () => {
    await open('?delay=1500');
    await spinner().waitFor();
    await expectRows((await expectedPages({}))[0], 'the first page after the delay');
});

test('scenario=empty shows the empty state', TEST, async () => {
    await open('?scenario=empty');
    const empty = page.locator('c-my-invoices .empty-state');
    await empty.waitFor();
    assert.equal((await empty.innerText()).trim(), labels.get('My_Invoices_Empty'));
    assert.equal(await table().count(), 0);
});

test('scenario=error shows the error panel with the server message', TEST, async () => {
    await open('?scenario=error');
    const panel = page.locator('c-my-invoices c-error-panel');
    await panel.locator('.friendly-message').waitFor();
    assert.equal(
        (await panel.locator('.friendly-message').innerText()).trim(),
        labels.get('My_Invoices_Load_Error')
    );
    await panel.locator('button.toggle-details').click();
    await eventually(async () => {
        assert.match(await panel.locator('.error-details').innerText(), /Billing is not answering/);
    }, 'the error details');
    assert.equal(await table().count(), 0);
});

test('the page logged no errors', () => {
    assert.deepEqual(problems, []);
});
