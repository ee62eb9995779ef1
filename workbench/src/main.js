// The workbench page: c-my-invoices, as a storefront page would host it, against the fake
// controller. Builder properties come from the query string (?pageSize=5&paymentPageUrl=).
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import MyInvoices from 'c/myInvoices';
import { scenario } from './apex.js';

const query = new URLSearchParams(window.location.search);

/** The payment page the storefront admin would configure; a workbench page stands in for it. */
const DEFAULT_PAYMENT_PAGE =
    '/pay.html?invoice={invoiceNumber}&amount={balance}&currency={currency}&id={invoiceId}';

const element = createElement('c-my-invoices', { is: MyInvoices });
if (query.has('pageSize')) {
    element.pageSize = Number(query.get('pageSize'));
}
element.paymentPageUrl = query.has('paymentPageUrl')
    ? query.get('paymentPageUrl') || null
    : DEFAULT_PAYMENT_PAGE;
document.querySelector('#component').appendChild(element);

for (const link of document.querySelectorAll('[data-scenario]')) {
    if (link.dataset.scenario === scenario) {
        link.setAttribute('aria-current', 'page');
    }
}

window.addEventListener('lightning__showtoast', (event) => {
    console.info('toast', JSON.stringify(event.detail));
});
