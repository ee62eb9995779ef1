// Browser test of the workbench (`npm run test:e2e`): builds it if needed, serves it on a free
// loopback port and drives c-my-invoices in Debian's headless Chromium through playwright-core.
// Expectations come from workbench/sample-data.json and the custom labels, with a few literal
// anchors, so a change to the data or the component that alters what a buyer sees fails here.
// Saves docs/screenshots/my-invoices.png and the 400 px / 768 px views (the README shows them).
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
const shot = (name) => path.join(root, 'docs/screenshots', `${name}.png`);
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
const logiSenseFixtures = JSON.parse(
    fs.readFileSync(
        path.join(root, 'force-app/logisense/staticresources/LogiSenseFixtures.json'),
        'utf8'
    )
);
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
        page.on('pageerror', (error) =>
            problems.push(
                `page error: ${error.message} ${error.stack?.split('\n').slice(0, 3).join(' | ')}`
            )
        );
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

const table = () => page.locator('c-my-invoices table.invoice-table').first();
const COLUMN = { Invoice: 1, 'Invoice Date': 2, 'Due Date': 3, Status: 4, Total: 5, Balance: 6 };
/** The texts of one column of the wide table (by header label). */
const cells = (label) => table().locator(`tbody tr > :nth-child(${COLUMN[label]})`).allInnerTexts();
const header = (field) => table().locator(`thead th:has(button[data-field="${field}"])`);
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
        assert.equal(await header('invoiceDate').getAttribute('aria-sort'), 'descending');
        // Overdue invoices carry the warning icon with its text; the others do not.
        const overdueCells = table().locator('tbody tr > :nth-child(3) lightning-icon');
        const overdueOnPage = first.filter((invoice) => invoice.overdue).length;
        assert.ok(overdueOnPage > 0);
        assert.equal(await overdueCells.count(), overdueOnPage);

        await page.waitForLoadState('networkidle');
        await page.mouse.move(0, 0);
        fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }
);

test('sorting by a column changes the order (descending, then ascending)', TEST, async () => {
    await open();
    await expectRows((await expectedPages({}))[0], 'the first page');
    const total = header('totalAmount');
    await total.locator('button').click();
    const [descending] = await expectedPages({ sortBy: 'totalAmount', sortDirection: 'desc' });
    await expectRows(descending, 'totals descending');
    assert.equal(await total.getAttribute('aria-sort'), 'descending');
    await total.locator('button').click();
    const [ascending] = await expectedPages({ sortBy: 'totalAmount', sortDirection: 'asc' });
    await expectRows(ascending, 'totals ascending');
    assert.equal(await total.getAttribute('aria-sort'), 'ascending');
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
        await table().locator('tbody tr > :nth-child(3) lightning-icon').count(),
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
    await table().locator('button.view-invoice').filter({ hasText: invoice.invoiceNumber }).click();
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
    await page.locator('c-my-invoices lightning-button.back button').click();
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
    assert.equal((await empty.innerText()).trim(), labels.get('My_Invoices_Empty_No_Filters'));
    assert.equal(await table().count(), 0);
});

test('scenario=error shows the error panel with the server message', TEST, async () => {
    await open('?scenario=error');
    const panel = page.locator('c-my-invoices c-error-panel');
    await panel.locator('.friendly-message').waitFor();
    assert.match(
        (await panel.locator('.friendly-message').innerText()).trim(),
        /Billing is not answering/
    );
    await panel.locator('button.toggle-details').click();
    await eventually(async () => {
        assert.match(await panel.locator('.error-details').innerText(), /Billing is not answering/);
    }, 'the error details');
    assert.equal(await table().count(), 0);
});

test(
    'a rebilled and a credited invoice say so, and the credit note shows in the detail',
    TEST,
    async () => {
        await open();
        await expectRows((await expectedPages({}))[0], 'the first page');
        const rebilled = data.invoices.find((invoice) => invoice.status === 'Rebilled');
        const row = table().locator('tbody tr').filter({ hasText: rebilled.invoiceNumber });
        assert.match(await row.innerText(), new RegExp(labels.get('My_Invoices_State_Rebilled')));
        assert.equal(await row.locator('a.pay').count(), 0, 'a rebilled invoice has no Pay');
        await row.locator('button.view-invoice').click();
        const detail = page.locator('c-my-invoices c-invoice-detail');
        await detail.locator('table.credits').waitFor();
        const credit = rebilled.creditNotes[0];
        assert.match(
            await detail.locator('table.credits').innerText(),
            new RegExp(credit.creditNoteNumber)
        );
    }
);

test(
    'scenario=not-shared says the related account is not shared, not "no invoices"',
    TEST,
    async () => {
        await open('?scenario=not-shared');
        const panel = page.locator('c-my-invoices c-error-panel');
        await panel.locator('.friendly-message').waitFor();
        await panel.locator('button.toggle-details').click();
        await eventually(async () => {
            assert.match(
                await panel.locator('.error-details').innerText(),
                /aren't shared with you/
            );
        }, 'the not-shared message');
        assert.equal(await page.locator('c-my-invoices .empty-state').count(), 0);
        assert.equal(
            await page.locator('c-my-invoices c-invoice-region lightning-button.retry').count(),
            1
        );
    }
);

test('a slow first detail never replaces the invoice opened after it', TEST, async () => {
    const [first] = await expectedPages({});
    const slow = first[0];
    const wanted = first[1];
    await open(`?slowDetail=${slow.id}&slowMs=2500&delay=100`);
    await expectRows(first, 'the first page');
    await table().locator('button.view-invoice').filter({ hasText: slow.invoiceNumber }).click();
    const back = page.locator('c-my-invoices lightning-button.back button');
    await back.click(); // Back works while the detail is loading
    await table().locator('button.view-invoice').filter({ hasText: wanted.invoiceNumber }).click();
    const heading = page.locator('c-my-invoices c-invoice-detail h2');
    await heading.filter({ hasText: wanted.invoiceNumber }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the slow answer has landed
    assert.equal((await heading.innerText()).trim(), wanted.invoiceNumber);
});

test(
    'keyboard only: Tab to an invoice, Enter opens it with focus on its heading, Back returns focus',
    TEST,
    async () => {
        await open();
        const [first] = await expectedPages({});
        await expectRows(first, 'the first page');
        const target = first[2].invoiceNumber;
        const activeText = () =>
            page.evaluate(() => {
                let active = globalThis.document.activeElement;
                while (active?.shadowRoot?.activeElement) {
                    active = active.shadowRoot.activeElement;
                }
                return `${active?.tagName} ${active?.textContent?.trim() ?? ''}`;
            });
        await page.locator('body').click({ position: { x: 5, y: 5 } });
        let steps = 0;
        while (!(await activeText()).startsWith(`BUTTON ${target}`)) {
            await page.keyboard.press('Tab');
            assert.ok(++steps < 60, `Tab never reached ${target}: at ${await activeText()}`);
        }
        await page.keyboard.press('Enter');
        await eventually(
            async () => assert.equal(await activeText(), `H2 ${target}`),
            'focus on the detail heading'
        );
        await page.keyboard.press('Shift+Tab'); // back to Back
        await eventually(
            async () => assert.match(await activeText(), /^BUTTON .*Back/),
            'Back focused'
        );
        await page.keyboard.press('Enter');
        await eventually(
            async () => assert.equal(await activeText(), `BUTTON ${target}`),
            'focus back on the invoice'
        );
    }
);

for (const width of [400, 768]) {
    test(`at ${width} px the list and the detail fit the screen`, TEST, async () => {
        await page.setViewportSize({ width, height: 900 });
        try {
            await open();
            const [first] = await expectedPages({});
            await eventually(async () => {
                assert.equal(await spinner().count(), 0, 'still loading');
                const shown = await page.locator('c-my-invoices .view-invoice').allInnerTexts();
                assert.deepEqual(
                    shown.map((text) => text.trim()),
                    numbersOf(first)
                );
            }, `the list at ${width} px`);
            if (width === 400) {
                assert.equal(await table().count(), 0, 'cards, not a table');
                assert.equal(
                    await page.locator('c-my-invoices .invoice-card').count(),
                    first.length
                );
            } else {
                assert.equal(await header('totalAmount').count(), 0, 'Total dropped at 768 px');
                assert.equal(await header('balance').count(), 1);
            }
            const overflow = await page.evaluate(
                () =>
                    globalThis.document.documentElement.scrollWidth -
                    globalThis.document.documentElement.clientWidth
            );
            assert.ok(overflow <= 0, `nothing past the right edge (${overflow} px)`);
            await page.mouse.move(0, 0);
            await page.screenshot({ path: shot(`my-invoices-${width}`), fullPage: false });
            const invoice = data.invoices.find(
                (candidate) => candidate.invoiceNumber === 'INV-001087'
            );
            await page
                .locator('c-my-invoices .view-invoice')
                .filter({ hasText: invoice.invoiceNumber })
                .click();
            await page.locator('c-my-invoices c-invoice-detail h2').waitFor();
            if (width === 400) {
                await eventually(async () => {
                    assert.equal(
                        await page.locator('c-my-invoices c-invoice-detail .line-card').count(),
                        invoice.lines.length
                    );
                }, 'one card per line');
            }
            const detailOverflow = await page.evaluate(
                () =>
                    globalThis.document.documentElement.scrollWidth -
                    globalThis.document.documentElement.clientWidth
            );
            assert.ok(detailOverflow <= 0, `detail fits (${detailOverflow} px)`);
            await page.screenshot({ path: shot(`my-invoices-detail-${width}`), fullPage: false });
        } finally {
            await page.setViewportSize({ width: 1280, height: 900 });
        }
    });
}

const pull = (selector) => page.locator(`c-logi-sense-catalogue-pull ${selector}`);

test(
    'LogiSense catalogue pull: choose a price book, watch the progress, read the summary',
    TEST,
    async () => {
        await page.goto(`${server.url}?component=logisense-pull&delay=200`);
        await pull('lightning-checkbox-group').waitFor();
        const names = await pull('lightning-checkbox-group label').allInnerTexts();
        assert.deepEqual(
            names.map((name) => name.trim()),
            logiSenseFixtures.priceBooks.items.map((book) => book.name)
        );
        await pull('lightning-checkbox-group label').first().click();
        await pull('lightning-button.start button').click();
        await pull('lightning-progress-bar').waitFor();
        await eventually(async () => {
            assert.ok(await pull('.step').isVisible(), 'the step shows while it runs');
        }, 'progress');
        await pull('.done').waitFor({ timeout: 15_000 });
        // LogiSenseCataloguePullTest counts 26 records from the fixtures; the price book makes 27.
        assert.equal((await pull('dd.created').innerText()).trim(), '27');
        assert.equal((await pull('dd.failed').innerText()).trim(), '0');
        await page.screenshot({ path: shot('logisense-pull'), fullPage: true });
    }
);

test('LogiSense catalogue pull: a pull LogiSense breaks says why', TEST, async () => {
    await page.goto(`${server.url}?component=logisense-pull&scenario=pull-fails&delay=100`);
    await pull('lightning-checkbox-group label').first().click();
    await pull('lightning-button.start button').click();
    const failed = pull('.stopped');
    await failed.waitFor({ timeout: 15_000 });
    assert.match(await failed.innerText(), /HTTP 500/);
    assert.equal(await failed.getAttribute('role'), 'alert');
});

test(
    'Push to LogiSense: an opportunity that is not Closed Won is refused, with the reason',
    TEST,
    async () => {
        await page.goto(`${server.url}?component=logisense-push&scenario=push-refused`);
        const reason = page.locator('c-logi-sense-opportunity-push .reason');
        await reason.waitFor();
        assert.equal((await reason.innerText()).trim(), labels.get('LogiSense_Push_Not_Won'));
        assert.equal(
            await page
                .locator('c-logi-sense-opportunity-push lightning-button.push button')
                .isDisabled(),
            true,
            'Push cannot be clicked'
        );
    }
);

test('Push to LogiSense: a push shows what LogiSense created', TEST, async () => {
    await page.goto(`${server.url}?component=logisense-push`);
    const button = page.locator('c-logi-sense-opportunity-push lightning-button.push button');
    await eventually(async () => assert.equal(await button.isDisabled(), false), 'Push enabled');
    await button.click();
    const pushed = page.locator('c-logi-sense-opportunity-push .pushed');
    await pushed.waitFor();
    assert.match(
        await pushed.innerText(),
        new RegExp(String(logiSenseFixtures.pricePlanCreated.results.items[0].identity))
    );
});

const pricing = (selector) => page.locator(`c-package-service-pricing ${selector}`);

test(
    'Package-service pricing: a price edit moves the totals, saves, and a negative price is refused',
    TEST,
    async () => {
        await page.goto(`${server.url}?component=package-pricing&delay=100`);
        await pricing('tbody tr').first().waitFor();
        const period = pricing('dd.period');
        // 1 x 10.00 (the fixtures' service) + 15.00 + 1.00 (the samples) a month; one-time
        // 25.00 + the 5.00 transition.
        assert.equal((await period.innerText()).trim(), '26.00');
        assert.equal((await pricing('dd.oneTime').innerText()).trim(), '30.00');
        await page.screenshot({ path: shot('package-pricing'), fullPage: true });

        const recurring = pricing('lightning-input.recurring input').first();
        /** Replaces the cell's value as a rep does: select it all, type, leave the cell. */
        const retype = async (value) => {
            await recurring.click();
            await recurring.press('Control+A');
            await page.keyboard.type(value);
            await recurring.press('Tab');
        };
        await retype('12.5');
        await eventually(
            async () => assert.equal((await period.innerText()).trim(), '28.50'),
            'total'
        );
        await pricing('lightning-button.save button').click();
        await eventually(async () => {
            assert.equal(await pricing('lightning-button.save button').isDisabled(), true);
            assert.equal(
                Number(await pricing('lightning-input.recurring input').first().inputValue()),
                12.5
            );
        }, 'saved and reloaded');

        await retype('-3');
        await eventually(async () => {
            assert.match(await pricing('.cell-error').first().innerText(), /negative/i);
            assert.equal(await pricing('lightning-button.save button').isDisabled(), true);
        }, 'the negative price refused at the cell');
    }
);

test(
    'Package-service pricing: by keyboard, a usage rate under a service is edited and saved',
    TEST,
    async () => {
        await page.goto(`${server.url}?component=package-pricing`);
        const usage = pricing('lightning-input.estimatedUsage input').first();
        await usage.waitFor();
        await usage.click();
        await usage.press('Control+A');
        await page.keyboard.type('1500');
        // Leave the cell: Tab passes the row's Reset and reaches its Charges; Enter opens them.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        const toggle = pricing('button.toggle').first();
        const focused = (locator) => locator.evaluate((node) => node.matches(':focus'));
        await eventually(
            async () => assert.equal(await focused(toggle), true),
            'Tab reaches Charges'
        );
        await page.keyboard.press('Enter');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        // 1,000 MB at 0.01 + 500 MB at 0.005.
        const usageTotal = pricing('dd.usage');
        assert.equal((await usageTotal.innerText()).trim(), '12.50');
        // Then Tab walks the opened charges: the Suspended price, the state change, two tiers.
        for (let i = 0; i < 4; i++) {
            await page.keyboard.press('Tab');
        }
        const rate = pricing('tr.charges lightning-input.tier input').nth(1);
        await eventually(
            async () => assert.equal(await focused(rate), true),
            'Tab reaches the second tier'
        );
        await page.keyboard.press('Control+A');
        await page.keyboard.type('0.0025');
        await page.keyboard.press('Tab');
        await eventually(
            async () => assert.equal((await usageTotal.innerText()).trim(), '11.25'),
            'the usage total follows the rate'
        );
        await page.screenshot({ path: shot('package-pricing-charges'), fullPage: true });
        await pricing('lightning-button.save button').click();
        await eventually(async () => {
            assert.equal(await pricing('lightning-button.save button').isDisabled(), true);
            assert.equal(Number(await rate.inputValue()), 0.0025);
        }, 'saved and reloaded with the rate');
    }
);

test('the page logged no errors', () => {
    assert.deepEqual(problems, []);
});
