// The workbench page: c-my-invoices, as a storefront page would host it, against the fake
// controller. Builder properties come from the query string (?pageSize=5&paymentPageUrl=).
// ?component=logisense-pull shows c-logi-sense-catalogue-pull and ?component=logisense-push the
// Push to LogiSense quick action against the fake LogiSense controllers instead.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import MyInvoices from 'c/myInvoices';
import LogiSenseCataloguePull from 'c/logiSenseCataloguePull';
import LogiSenseOpportunityPush from 'c/logiSenseOpportunityPush';
import PackageServicePricing from 'c/packageServicePricing';
import { scenario } from './apex.js';

const query = new URLSearchParams(window.location.search);

/** The payment page the storefront admin would configure; a workbench page stands in for it. */
const DEFAULT_PAYMENT_PAGE =
    '/pay.html?invoice={invoiceNumber}&amount={balance}&currency={currency}&id={invoiceId}';

const component = query.get('component');
const logiSense = ['logisense-pull', 'logisense-push', 'package-pricing'].includes(component);
let element;
if (component === 'logisense-pull') {
    element = createElement('c-logi-sense-catalogue-pull', { is: LogiSenseCataloguePull });
    document.title = 'LogiSense Catalogue Pull — workbench';
} else if (component === 'logisense-push') {
    element = createElement('c-logi-sense-opportunity-push', { is: LogiSenseOpportunityPush });
    element.recordId = '006Wb00000WrkBnch1';
    document.title = 'Push to LogiSense — workbench';
} else if (component === 'package-pricing') {
    element = createElement('c-package-service-pricing', { is: PackageServicePricing });
    element.recordId = '00kWb00000WrkBnch1';
    document.title = 'Package Service Pricing — workbench';
} else {
    element = createElement('c-my-invoices', { is: MyInvoices });
    document.title = 'My Invoices — workbench';
}
if (query.has('pageSize')) {
    element.pageSize = Number(query.get('pageSize'));
}
if (!logiSense) {
    element.paymentPageUrl = query.has('paymentPageUrl')
        ? query.get('paymentPageUrl') || null
        : DEFAULT_PAYMENT_PAGE;
}
document.querySelector('#component').appendChild(element);

for (const link of document.querySelectorAll('[data-scenario]')) {
    if (link.dataset.scenario === scenario) {
        link.setAttribute('aria-current', 'page');
    }
}

window.addEventListener('lightning__showtoast', (event) => {
    console.info('toast', JSON.stringify(event.detail));
});
