import InvoiceDueDate from 'c/invoiceDueDate';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;

describe('c-invoice-due-date', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows an overdue date in red with a warning icon that says so', async () => {
        const element = mountComponent('c-invoice-due-date', InvoiceDueDate, {
            text: 'Oct 15, 2026',
            overdue: true
        });
        await flushPromises();

        expect($(element, 'span').textContent).toBe('Oct 15, 2026');
        expect($(element, 'span').className).toBe('slds-text-color_error');
        expect($(element, 'lightning-icon').alternativeText).toBe('c.My_Invoices_Overdue');
        await expect(element).toBeAccessible();
    });

    it('shows a date not yet due plainly', async () => {
        const element = mountComponent('c-invoice-due-date', InvoiceDueDate, {
            text: 'Dec 1, 2026',
            overdue: false
        });
        await flushPromises();

        expect($(element, 'span').className).toBe('');
        expect($(element, 'lightning-icon')).toBeNull();
    });
});
