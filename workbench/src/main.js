// The workbench page: c-my-invoices, as a storefront page would host it, against the fake
// controller. Builder properties come from the query string (?pageSize=5&paymentPageUrl=).
// ?component=logisense-pull shows c-logi-sense-catalogue-pull against the fake LogiSense
// controller instead.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import MyInvoices from 'c/myInvoices';
import LogiSenseCataloguePull from 'c/logiSenseCataloguePull';
import { scenario } from './apex.js';

const query = new URLSearchParams(window.location.search);

/** The payment page the storefront admin would configure; a workbench page stands in for it. */
const DEFAULT_PAYMENT_PAGE =
    '/pay.html?invoice={invoiceNumber}&amount={balance}&currency={currency}&id={invoiceId}';

const logiSense = query.get('component') === 'logisense-pull';
const element = logiSense
    ? createElement('c-logi-sense-catalogue-pull', { is: LogiSenseCataloguePull })
    : createElement('c-my-invoices', { is: MyInvoices });
document.title = logiSense ? 'LogiSense Catalogue Pull — workbench' : 'My Invoices — workbench';
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
