// The workbench's fake LogiSenseCatalogueController over the Apex tests' fixtures: what a pull
// shows as it goes, the counts it ends with, and its refusals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    createFakeLogiSense,
    createFakeLogiSensePush,
    createFakePackagePricing,
    createdByFirstPull
} from '../fake-logisense.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = JSON.parse(
    fs.readFileSync(
        path.join(root, 'force-app/logisense/staticresources/LogiSenseFixtures.json'),
        'utf8'
    )
);

test('a first pull of the fixtures creates what the Apex mapping test counts, plus the price book', () => {
    // LogiSenseCataloguePullTest: 4 products, 4 standard and 4 LogiSense entries, 2 services,
    // 12 charges; the price book is written when the pull starts.
    assert.equal(createdByFirstPull(fixtures), 1 + 4 + 4 + 4 + 2 + 12);
});

test('a pull goes page by page to Done with those counts', async () => {
    const apex = createFakeLogiSense(fixtures);
    const books = await apex.getPriceBooks();
    assert.deepEqual(
        books.map((book) => book.name),
        ['IoT North America', 'IoT Europe']
    );
    const pullId = await apex.startPull({ priceBookIds: [books[0].id] });
    const first = await apex.getPull({ pullId });
    assert.equal(first.status, 'Running');
    assert.equal(first.pagesDone, 1);
    await apex.getPull({ pullId });
    const done = await apex.getPull({ pullId });
    assert.equal(done.status, 'Done');
    assert.equal(done.created, createdByFirstPull(fixtures));
    assert.equal((await apex.getPull({ pullId })).pagesDone, 3, 'a finished pull stays as it is');
});

test('a failing pull says why; nothing chosen and LogiSense down are refused', async () => {
    const failing = createFakeLogiSense(fixtures, { scenario: 'pull-fails' });
    const pullId = await failing.startPull({ priceBookIds: ['12'] });
    await failing.getPull({ pullId });
    const failed = await failing.getPull({ pullId });
    assert.equal(failed.status, 'Failed');
    assert.match(failed.message, /HTTP 500/);
    await assert.rejects(failing.startPull({ priceBookIds: [] }), (error) =>
        /Choose at least one/.test(error.body.message)
    );
    const down = createFakeLogiSense(fixtures, { scenario: 'logisense-down' });
    await assert.rejects(down.getPriceBooks(), (error) => /HTTP 503/.test(error.body.message));
});

test('the fake push refuses with the reason the Apex check gives, or answers with the price plan', async () => {
    const labels = new Map([['LogiSense_Push_Not_Won', 'Only Closed Won.']]);
    const refused = createFakeLogiSensePush(fixtures, { scenario: 'push-refused', labels });
    const state = await refused.getPushState();
    assert.equal(state.canPush, false);
    assert.equal(state.reason, 'Only Closed Won.');
    const pushed = await createFakeLogiSensePush(fixtures).push();
    assert.equal(pushed.status, 'Pushed');
    assert.equal(pushed.logiSenseId, '7001');
});

test('the fake pricing controller serves the fixtures service and refuses what the server refuses', async () => {
    const apex = createFakePackagePricing(fixtures);
    const view = await apex.getServices();
    assert.equal(view.rows.length, fixtures.services.items.length + 2, 'and two sample services');
    assert.equal(view.billableState, 'Active');
    const row = view.rows[0];
    assert.equal(row.recurring, 10, 'the Active price');
    assert.equal(row.oneTime, 25);
    assert.deepEqual(JSON.parse(row.statePrices), { Active: 10, Suspended: 2 });
    assert.deepEqual(JSON.parse(row.defaults).tierRates, [0.01, 0.005]);
    /** An edit as the screen sends it. */
    const editOf = (from, changes) => ({
        id: from.id,
        quantity: from.quantity,
        recurring: from.recurring,
        oneTime: from.oneTime,
        estimatedUsage: from.estimatedUsage,
        statePrices: { Suspended: 2 },
        transitions: [5],
        tierRates: [0.01, 0.005],
        stamp: from.stamp,
        ...changes
    });
    const edit = editOf(row, { recurring: 12.5, tierRates: [0.01, 0.0025] });
    // 12.50 + the sample services' 15.00 and 1.00.
    assert.equal(await apex.save({ edits: [edit] }), 28.5);
    await assert.rejects(apex.save({ edits: [edit] }), (error) =>
        /since you opened/.test(error.body.message)
    );
    const fresh = (await apex.getServices()).rows[0];
    assert.equal(JSON.parse(fresh.usageTiers)[1].rate, 0.0025, 'the rate kept');
    assert.equal(JSON.parse(fresh.statePrices).Active, 12.5, 'Active follows the recurring price');
    await assert.rejects(
        apex.save({ edits: [editOf(fresh, { statePrices: { Suspended: -1 } })] }),
        (error) => /negative/.test(error.body.message)
    );
    await assert.rejects(
        apex.save({ edits: [editOf(fresh, { tierRates: [0.01, 0.00251] })] }),
        (error) => /4 decimals/.test(error.body.message)
    );
    await assert.rejects(apex.save({ edits: [editOf(fresh, { quantity: 11 })] }), (error) =>
        /out of its range/.test(error.body.message)
    );
});
