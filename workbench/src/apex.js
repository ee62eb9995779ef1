// The bridge between the `@salesforce/apex/*` imports of the components and the fake controller:
// rollup.config.mjs turns `import getInvoices from '@salesforce/apex/MyInvoicesController.getInvoices'`
// into `apexMethod('MyInvoicesController.getInvoices')`.
import sampleData from '../sample-data.json';
import logiSenseFixtures from '../../force-app/logisense/staticresources/LogiSenseFixtures.json';
import { auraHandledError, createFakeApex } from '../fake-apex.mjs';
import {
    createFakeLogiSense,
    createFakeLogiSensePush,
    createFakePackagePricing
} from '../fake-logisense.mjs';

import NOT_WON from '@salesforce/label/c.LogiSense_Push_Not_Won';

const query = new URLSearchParams(window.location.search);

/** The page's scenario (`?scenario=empty|error|detail-error|not-shared`) and answer delay (`?delay=ms`). */
export const scenario = query.get('scenario') || 'default';
const delayMs = query.has('delay') ? Number(query.get('delay')) : 400;

const controllers = {
    MyInvoicesController: createFakeApex(sampleData, {
        scenario,
        delayMs,
        // ?slowDetail=<invoiceId>&slowMs=3000: that invoice's detail answers late (browser test).
        slowDetailId: query.get('slowDetail'),
        slowDetailMs: Number(query.get('slowMs') ?? 3000)
    }),
    LogiSenseCatalogueController: createFakeLogiSense(logiSenseFixtures, { scenario, delayMs }),
    LogiSensePushController: createFakeLogiSensePush(logiSenseFixtures, {
        scenario,
        delayMs,
        labels: new Map([['LogiSense_Push_Not_Won', NOT_WON]])
    }),
    PackageServicePricingController: createFakePackagePricing(logiSenseFixtures, { delayMs })
};

/**
 * The function an Apex import stands for.
 * @param {string} name `Class.method`
 * @returns {(params?: object) => Promise<unknown>}
 */
export function apexMethod(name) {
    const [className, methodName] = name.split('.');
    return (params) => {
        const method = controllers[className]?.[methodName];
        if (!method) {
            return Promise.reject(
                auraHandledError(
                    `${name} is not available in the workbench (workbench/src/apex.js).`
                )
            );
        }
        return method(params);
    };
}
