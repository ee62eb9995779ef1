/**
 * A stand-in for LogiSenseCatalogueController (force-app/logisense/classes) for the workbench and
 * its Node test: the same method names, arguments and DTOs (types/logisense.d.ts), over the same
 * JSON fixtures the Apex tests feed their HttpCalloutMock
 * (force-app/logisense/staticresources/LogiSenseFixtures.json). A pull advances one page each time
 * its progress is asked for (packages pages, then services), and ends with the counts a first pull
 * of the fixtures creates in Salesforce: the price book, one product per package frequency and
 * currency with its standard and LogiSense price book entries, each package service on each of its
 * package's products, and their charges. Scenario "pull-fails" stops the pull on its second page
 * as a LogiSense server error would. Errors reject in the AuraHandledException shape.
 */

/** @typedef {import('../types/logisense').LogiSensePriceBook} LogiSensePriceBook */
/** @typedef {import('../types/logisense').LogiSensePullStatus} LogiSensePullStatus */

const auraError = (message) => ({ status: 500, body: { message }, headers: {} });

/**
 * What a first pull of the fixtures creates.
 * @param {any} fixtures LogiSenseFixtures.json
 * @returns {number}
 */
export function createdByFirstPull(fixtures) {
    const packages = [...fixtures.packagesPage1.items, ...fixtures.packagesPage2.items];
    const products = packages.flatMap((pkg) =>
        pkg.frequencies.map((frequency) => `${pkg.identity}:${frequency.identity}`)
    );
    const productsOf = (packageId) =>
        packages.find((pkg) => pkg.identity === packageId)?.frequencies.length ?? 0;
    let serviceRows = 0;
    let chargeRows = 0;
    for (const service of fixtures.services.items) {
        const copies = productsOf(service.packageId);
        const charges =
            service.recurringPrices.length +
            service.oneTimePrices.length +
            service.transitionCharges.length +
            service.usageRates.length;
        serviceRows += copies;
        chargeRows += copies * charges;
    }
    return 1 + products.length * 3 + serviceRows + chargeRows;
}

/**
 * @param {any} fixtures LogiSenseFixtures.json
 * @param {{ scenario?: string, delayMs?: number }} [options]
 */
export function createFakeLogiSense(fixtures, options = {}) {
    const scenario = options.scenario ?? 'default';
    const delayMs = options.delayMs ?? 0;
    /** @type {Map<string, LogiSensePullStatus>} */
    const pulls = new Map();
    const pages = 3; // two pages of packages, one of services
    const later = (value) =>
        new Promise((resolve) => setTimeout(() => resolve(structuredClone(value)), delayMs));
    const refuse = (message) =>
        new Promise((_resolve, reject) => setTimeout(() => reject(auraError(message)), delayMs));

    return {
        /** @returns {Promise<LogiSensePriceBook[]>} */
        getPriceBooks() {
            if (scenario === 'logisense-down') {
                return refuse('GET PriceBook page 1 failed: HTTP 503');
            }
            return later(
                fixtures.priceBooks.items.map((book) => ({
                    id: String(book.identity),
                    name: book.name,
                    pulled: false
                }))
            );
        },
        /** @param {{ priceBookIds: string[] }} params */
        startPull({ priceBookIds } = { priceBookIds: [] }) {
            if (!priceBookIds?.length) {
                return refuse('Choose at least one price book.');
            }
            const id = `a0P${String(pulls.size + 1).padStart(15, '0')}`;
            pulls.set(id, {
                id,
                status: 'Queued',
                step: null,
                pagesDone: 0,
                pagesTotal: 0,
                created: 1,
                updated: 0,
                unchanged: 0,
                failed: 0,
                failures: [],
                message: null
            });
            return later(id);
        },
        /** @param {{ pullId: string }} params */
        getPull({ pullId }) {
            const pull = pulls.get(pullId);
            if (!pull) {
                return refuse('No such pull.');
            }
            if (pull.status !== 'Done' && pull.status !== 'Failed') {
                pull.pagesDone += 1;
                pull.pagesTotal = pages;
                if (scenario === 'pull-fails' && pull.pagesDone === 2) {
                    pull.status = 'Failed';
                    pull.message =
                        'GET PriceBook/12/Package page 2 failed: HTTP 500 (Internal error)';
                } else if (pull.pagesDone >= pages) {
                    pull.status = 'Done';
                    pull.step = 'Done';
                    pull.created = createdByFirstPull(fixtures);
                } else {
                    pull.status = 'Running';
                    pull.step = `Price book 12: packages, page ${pull.pagesDone + 1}`;
                }
            }
            return later(pull);
        }
    };
}

/**
 * A stand-in for LogiSensePushController: scenario "push-refused" answers as for an opportunity
 * that is not Closed Won (the reason the Apex check gives, from the same custom label); otherwise
 * the opportunity may be pushed and the push answers with the price plan of the fixtures.
 * @param {any} fixtures LogiSenseFixtures.json
 * @param {{ scenario?: string, delayMs?: number, labels?: Map<string, string> }} [options]
 */
export function createFakeLogiSensePush(fixtures, options = {}) {
    const scenario = options.scenario ?? 'default';
    const delayMs = options.delayMs ?? 0;
    const later = (value) =>
        new Promise((resolve) => setTimeout(() => resolve(structuredClone(value)), delayMs));
    const refused = scenario === 'push-refused';
    const reason = options.labels?.get('LogiSense_Push_Not_Won') ?? 'Not Closed Won';
    const identity = String(fixtures.pricePlanCreated.results.items[0].identity);
    return {
        getPushState() {
            return later({
                canPush: !refused,
                reason: refused ? reason : null,
                status: null,
                lastError: null,
                logiSenseId: null
            });
        },
        push() {
            return later(
                refused
                    ? { canPush: false, reason, status: null, lastError: null, logiSenseId: null }
                    : {
                          canPush: true,
                          reason: null,
                          status: 'Pushed',
                          lastError: null,
                          logiSenseId: identity
                      }
            );
        }
    };
}

/**
 * Two more services for the workbench's package (the fixtures hold one): a flat platform fee, and
 * SMS alerts with a Suspended price and usage tiers. Shaped as LogiSense's service list items.
 */
const SAMPLE_SERVICES = [
    {
        name: 'Platform Fee',
        defaultInstances: 1,
        minimumInstances: 1,
        maximumInstances: 1,
        recurringPrices: [{ serviceStatus: 'Active', amount: 15 }],
        oneTimePrices: [],
        transitionCharges: [],
        usageRates: []
    },
    {
        name: 'SMS Alerts',
        defaultInstances: 1,
        minimumInstances: 0,
        maximumInstances: 50,
        recurringPrices: [
            { serviceStatus: 'Active', amount: 1 },
            { serviceStatus: 'Suspended', amount: 0.5 }
        ],
        oneTimePrices: [],
        transitionCharges: [],
        usageRates: [
            { tierStart: 0, tierEnd: 500, amount: 0.02 },
            { tierStart: 500, amount: 0.015 }
        ]
    }
];

/**
 * A stand-in for PackageServicePricingController over the fixtures' package services (and
 * SAMPLE_SERVICES): the rows the catalogue gives (quantity, recurring price per state, one-time
 * price, transitions, usage tiers, the catalogue defaults), a save that refuses what the server
 * refuses (a stale stamp, a blank or negative value, too many decimals, a quantity out of range)
 * and keeps what it accepts, with a new stamp, for the reload.
 * @param {any} fixtures LogiSenseFixtures.json
 * @param {{ delayMs?: number }} [options]
 */
export function createFakePackagePricing(fixtures, options = {}) {
    const delayMs = options.delayMs ?? 0;
    let saves = 0;
    const services = [...fixtures.services.items, ...SAMPLE_SERVICES];
    const rows = services.map((service, index) => {
        const prices = Object.fromEntries(
            service.recurringPrices.map((price) => [price.serviceStatus, price.amount])
        );
        const oneTime = service.oneTimePrices.reduce((sum, price) => sum + price.amount, 0);
        const transitions = service.transitionCharges.map((charge) => ({
            from: charge.fromStatus,
            to: charge.toStatus,
            amount: charge.amount
        }));
        const tiers = service.usageRates.map((rate) => ({
            start: rate.tierStart,
            end: rate.tierEnd ?? null,
            rate: rate.amount
        }));
        const { Active: recurring = 0, ...otherStates } = prices;
        return {
            id: `a1P${String(index + 1).padStart(15, '0')}`,
            name: service.name,
            quantity: service.defaultInstances,
            minimum: service.minimumInstances,
            maximum: service.maximumInstances,
            recurring,
            oneTime,
            estimatedUsage: 0,
            statePrices: JSON.stringify(prices),
            transitions: JSON.stringify(transitions),
            usageTiers: JSON.stringify(tiers),
            defaults: JSON.stringify({
                quantity: service.defaultInstances,
                recurring,
                oneTime,
                estimatedUsage: 0,
                statePrices: otherStates,
                transitions: transitions.map((charge) => charge.amount),
                tierRates: tiers.map((tier) => tier.rate)
            }),
            stamp: '2026-12-01T10:00:00.000Z#0'
        };
    });
    const later = (value) =>
        new Promise((resolve) => setTimeout(() => resolve(structuredClone(value)), delayMs));
    const refuse = (message) =>
        new Promise((_resolve, reject) =>
            setTimeout(() => reject({ status: 500, body: { message }, headers: {} }), delayMs)
        );
    /** Every number an edit carries. */
    const numbers = (edit) => [
        edit.quantity,
        edit.recurring,
        edit.oneTime,
        edit.estimatedUsage,
        ...Object.values(edit.statePrices ?? {}),
        ...(edit.transitions ?? []),
        ...(edit.tierRates ?? [])
    ];
    return {
        getServices() {
            return later({
                frequency: 'Monthly',
                unknownFrequency: null,
                billableState: 'Active',
                canEdit: true,
                productName: 'IoT Starter (Monthly, USD)',
                rows
            });
        },
        /** @param {{ edits: Array<Record<string, any>> }} params */
        save({ edits }) {
            for (const edit of edits) {
                const row = rows.find((candidate) => candidate.id === edit.id);
                if (!row || row.stamp !== edit.stamp) {
                    return refuse(
                        'Someone saved it since you opened it; reload. Nothing was saved.'
                    );
                }
                if (numbers(edit).some((value) => value === null || value < 0)) {
                    return refuse('Values cannot be blank or negative. Nothing was saved.');
                }
                const decimals = (value, places) =>
                    Math.abs(value * 10 ** places - Math.round(value * 10 ** places)) > 1e-6;
                const prices = [
                    edit.recurring,
                    edit.oneTime,
                    ...Object.values(edit.statePrices ?? {}),
                    ...(edit.transitions ?? [])
                ];
                if (prices.some((value) => decimals(value, 2))) {
                    return refuse('Prices take at most 2 decimals. Nothing was saved.');
                }
                if ((edit.tierRates ?? []).some((value) => decimals(value, 4))) {
                    return refuse('Usage rates take at most 4 decimals. Nothing was saved.');
                }
                const max = row.maximum ?? Infinity;
                if (
                    !Number.isInteger(edit.quantity) ||
                    edit.quantity < (row.minimum ?? 0) ||
                    edit.quantity > max
                ) {
                    return refuse(
                        `The quantity of ${row.name} is out of its range. Nothing was saved.`
                    );
                }
            }
            saves += 1;
            for (const edit of edits) {
                const row = rows.find((candidate) => candidate.id === edit.id);
                const prices = JSON.parse(row.statePrices);
                const transitions = JSON.parse(row.transitions);
                const tiers = JSON.parse(row.usageTiers);
                Object.assign(prices, edit.statePrices ?? {});
                if ('Active' in prices) {
                    prices.Active = edit.recurring;
                }
                (edit.transitions ?? []).forEach((amount, at) => (transitions[at].amount = amount));
                (edit.tierRates ?? []).forEach((rate, at) => (tiers[at].rate = rate));
                Object.assign(row, {
                    quantity: edit.quantity,
                    recurring: edit.recurring,
                    oneTime: edit.oneTime,
                    estimatedUsage: edit.estimatedUsage,
                    statePrices: JSON.stringify(prices),
                    transitions: JSON.stringify(transitions),
                    usageTiers: JSON.stringify(tiers),
                    stamp: `2026-12-01T10:00:00.000Z#${saves}`
                });
            }
            const cents = rows.reduce(
                (sum, row) => sum + Math.round(row.quantity * row.recurring * 100),
                0
            );
            return later(cents / 100);
        }
    };
}
