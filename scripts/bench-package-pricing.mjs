#!/usr/bin/env node
/**
 * `npm run bench`: recomputes the totals of a 200-service package with the shipped price math
 * (force-app/logisense/lwc/packagePricing, as compiled by `npm run build`) and prints the median
 * time per recompute. Fails when the median is over the budget of 2 ms: the pricing screen
 * recomputes on every keystroke.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_MS = 2;
const SERVICES = 200;
const RUNS = 2000;

// The compiled module is an ES module in a CommonJS package: load a copy as .mjs from a
// directory of this run's own.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pricing-'));
try {
    const copy = path.join(dir, 'packagePricing.mjs');
    fs.copyFileSync(
        path.join(root, 'force-app/logisense/lwc/packagePricing/packagePricing.js'),
        copy
    );
    const { packageTotals } = await import(pathToFileURL(copy).href);

    const services = Array.from({ length: SERVICES }, (_, i) => ({
        id: `s${i}`,
        quantity: (i % 7) + 1,
        recurring: 9.99 + i * 0.0125,
        oneTime: i % 3 === 0 ? 25 : 0,
        transitions: [5, 2.5],
        usageTiers: [
            { start: 0, end: 1000, rate: 0.01 },
            { start: 1000, end: 5000, rate: 0.0075 },
            { start: 5000, end: null, rate: 0.005 }
        ],
        estimatedUsage: 1200.5 + i
    }));
    for (let i = 0; i < 200; i++) {
        packageTotals(services, 'Monthly'); // warm up
    }
    const times = [];
    let sink = 0;
    for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        sink += packageTotals(services, 'Monthly').unitPrice;
        times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const p95 = times[Math.floor(times.length * 0.95)];
    console.log(
        `bench: ${SERVICES}-service package, ${RUNS} recomputes: median ${median.toFixed(3)} ms, ` +
            `p95 ${p95.toFixed(3)} ms per recompute (budget ${BUDGET_MS} ms; checksum ${sink.toFixed(2)})`
    );
    if (median > BUDGET_MS) {
        console.error(
            `bench: the median ${median.toFixed(3)} ms is over the ${BUDGET_MS} ms budget`
        );
        process.exitCode = 1;
    }
} finally {
    fs.rmSync(dir, { recursive: true, force: true });
}
